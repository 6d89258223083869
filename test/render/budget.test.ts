import mjml2html from 'mjml';
import { HTML_BYTE_LIMIT, PLANS, personalize, renderVariant } from '../../src/render';
import { estimateHtmlBytes } from '../../src/render/budget';
import { compileMjml, leanHtml } from '../../src/render/compile-mjml';
import { buildDigestView } from '../../src/render/digest-view';
import { buildMjml } from '../../src/render/html-part';
import { loadTemplates } from '../../src/render/templates';
import { brand, maximalEdition, realisticEdition } from './support/editions';
import { inspectHtml } from './support/inspect-html';

/** Signed links are long; use realistic ones so the measured size is the size a reader gets. */
const fields = {
  preferencesUrl: `https://brief.example.org/preferences?token=${'x'.repeat(180)}`,
  unsubscribeUrl: `https://brief.example.org/unsubscribe?token=${'y'.repeat(180)}`,
  localDateLabel: 'Wednesday 30 September',
};

describe('HTML size budget (invariant 6: Gmail clips past ~102 KB)', () => {
  const allSections = ['world', 'business', 'science', 'culture'];

  it('keeps the largest realistic edition under 100 KB, every story still there', async () => {
    const edition = maximalEdition();
    const variant = await renderVariant(edition, allSections, brand);
    const { html } = personalize(variant, fields);
    const bytes = Buffer.byteLength(html, 'utf8');
    expect(bytes).toBeLessThan(HTML_BYTE_LIMIT);
    expect(variant.trimmed).toBe(true);
    expect(variant.omittedStories).toBe(0);
    expect(variant.storyCount).toBe(32);
    const visible = inspectHtml(html).text;
    for (const story of edition.sections.flatMap((section) => section.stories)) {
      expect(visible).toContain(story.headline);
    }
    expect(visible.split('Summary based on 10 sources')).toHaveLength(33);
    expect(visible).toMatch(/\+ \d+ more sources/);
  });

  it('uses the generous plan when the edition is small', async () => {
    const variant = await renderVariant(realisticEdition, ['world', 'business'], brand);
    expect(variant.trimmed).toBe(false);
    expect(variant.plan).toEqual(PLANS[0]);
  });

  it('drops low-ranked stories only when even the tersest story does not fit', async () => {
    const huge = maximalEdition();
    for (const section of huge.sections)
      section.stories = [...section.stories, ...section.stories, ...section.stories];
    const variant = await renderVariant(huge, allSections, brand);
    expect(variant.omittedStories).toBeGreaterThan(0);
    expect(Buffer.byteLength(personalize(variant, fields).html)).toBeLessThan(HTML_BYTE_LIMIT);
  });

  it('is minified: no line breaks or indentation outside Outlook comments, styles on one line', async () => {
    const variant = await renderVariant(realisticEdition, ['world', 'business'], brand);
    const outsideOutlook = variant.html.replace(/<!--\[if[\s\S]*?<!\[endif\]-->/g, '');
    expect(outsideOutlook).not.toMatch(/\n/);
    expect(outsideOutlook).not.toMatch(/>\s{3,}</);
    const styles = [...outsideOutlook.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]);
    expect(styles.length).toBeGreaterThan(2);
    for (const style of styles) expect(style).not.toMatch(/\s\{|\{\s|;\s|;\}|\/\*/);
    // The same MJML compiled without minifying is larger, even with its indentation removed.
    const plain = await mjml2html(
      buildMjml(
        loadTemplates(),
        buildDigestView(realisticEdition, ['business', 'world'], variant.plan),
        brand,
      ),
      {
        validationLevel: 'strict',
        fonts: {},
        minify: false,
      },
    );
    expect(Buffer.byteLength(leanHtml(plain.html))).toBeGreaterThan(variant.htmlBytes);
  });

  it('estimates the compiled size before compiling, never under and within 1 KB', async () => {
    const templates = loadTemplates();
    const cases = [
      { edition: realisticEdition, sections: ['world', 'business'], plan: PLANS[0] },
      { edition: realisticEdition, sections: ['science'], plan: PLANS[0] },
      { edition: maximalEdition(), sections: ['world'], plan: PLANS[0] },
      { edition: maximalEdition(), sections: allSections, plan: PLANS[5] },
    ];
    for (const { edition, sections, plan } of cases) {
      const view = buildDigestView(edition, sections, plan ?? PLANS[0]!);
      const mjml = buildMjml(templates, view, brand);
      const actual = Buffer.byteLength(leanHtml(await compileMjml(mjml)), 'utf8');
      const estimate = estimateHtmlBytes(mjml, view);
      expect(estimate).toBeGreaterThanOrEqual(actual);
      expect(estimate - actual).toBeLessThan(1024);
    }
  });
});
