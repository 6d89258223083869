import { personalize, renderVariant, variantKey } from '../../src/render';
import { brand, realisticEdition } from './support/editions';
import { inspectHtml } from './support/inspect-html';

const fields = {
  preferencesUrl: 'https://brief.example.org/preferences?token=abc&v=1',
  unsubscribeUrl: 'https://brief.example.org/unsubscribe?token=abc&v=1',
  localDateLabel: 'Sunday 29 November',
};

describe('renderVariant: a realistic morning', () => {
  const render = async (sections: string[]) =>
    personalize(await renderVariant(realisticEdition, sections, brand), fields);

  it('keys a variant by its sorted section ids', () => {
    expect(variantKey(['world', 'business', 'world'])).toBe('business+world');
    expect(variantKey([])).toBe('');
  });

  it('shows every headline, point and outlet of the chosen sections, in edition order', async () => {
    const variant = await renderVariant(realisticEdition, ['business', 'world'], brand);
    expect(variant.variantKey).toBe('business+world');
    expect(variant.storyCount).toBe(3);
    const { html } = personalize(variant, fields);
    const parsed = inspectHtml(html);
    for (const section of realisticEdition.sections.slice(0, 2)) {
      for (const story of section.stories) {
        expect(parsed.text).toContain(story.headline);
        for (const point of story.points) expect(parsed.text).toContain(point.text);
        for (const source of story.sources) expect(parsed.text).toContain(source.outlet);
      }
    }
    expect(parsed.text.indexOf('World')).toBeLessThan(parsed.text.indexOf('Business'));
    expect(parsed.text).not.toContain('Science');
  });

  it('names the outlets under each point and says how many sources the summary rests on', async () => {
    const parsed = inspectHtml((await render(['world', 'business'])).html);
    expect(parsed.text).toContain('BBC News · Pacific Wire · Continental Post');
    expect(parsed.text).toContain('Summary based on 5 sources');
    expect(parsed.text).toContain('Summary based on 3 sources');
    expect(parsed.text).toContain('Single source: based on The Daily Atlas only');
    expect(parsed.text).toContain('Harbor Times • 28 Nov •');
  });

  it('links every source title to its article, newest first', async () => {
    const { links } = inspectHtml((await render(['world'])).html);
    const ceasefireLinks = realisticEdition.sections[0]?.stories[0]?.sources ?? [];
    for (const source of ceasefireLinks)
      expect(links).toContainEqual({ href: source.url, text: source.title });
    const order = ceasefireLinks.map((source) => links.findIndex((link) => link.href === source.url));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('links "View in browser" to the edition page and each headline to its story page', async () => {
    const { html, text } = await render(['world', 'business']);
    const { links } = inspectHtml(html);
    expect(links).toContainEqual({
      href: 'https://brief.example.org/editions/ed-2026-11-29T06',
      text: 'View in browser',
    });
    expect(links).toContainEqual({
      href: 'https://brief.example.org/stories/st-ceasefire',
      text: 'Ceasefire talks resume in Cairo as aid convoys wait at the border',
    });
    expect(links.map((link) => link.href)).toContain('https://brief.example.org/stories/st-chips');
    expect(text).toContain('View in browser: https://brief.example.org/editions/ed-2026-11-29T06');
    expect(text).toContain(
      '1. Ceasefire talks resume in Cairo as aid convoys wait at the border\n   https://brief.example.org/stories/st-ceasefire',
    );
  });

  it('links pages under the public URL’s path when the site is mounted below the root', async () => {
    const mounted = { ...brand, publicUrl: 'https://example.org/brief/' };
    const { html } = personalize(await renderVariant(realisticEdition, ['world'], mounted), fields);
    const hrefs = inspectHtml(html).links.map((link) => link.href);
    expect(hrefs).toContain('https://example.org/brief/editions/ed-2026-11-29T06');
    expect(hrefs).toContain('https://example.org/brief/stories/st-ceasefire');
  });

  it('carries the reader’s links, the postal address and the sender in the footer', async () => {
    const { html, subject } = await render(['world']);
    const parsed = inspectHtml(html);
    expect(parsed.links).toContainEqual({ href: fields.preferencesUrl, text: 'Manage preferences' });
    expect(parsed.links).toContainEqual({ href: fields.unsubscribeUrl, text: 'Unsubscribe' });
    expect(html).toContain('token=abc&amp;v=1');
    expect(parsed.text).toContain(brand.postalAddress);
    expect(parsed.text).toContain('Sunday 29 November');
    expect(subject).toBe(
      'Morning Brief — Sunday 29 November: Ceasefire talks resume in Cairo as aid convoys wait at the border',
    );
  });

  it('loads nothing remote: no images, fonts, stylesheets or scripts', async () => {
    const { html } = await render(['world', 'business']);
    const names = new Set(inspectHtml(html).elements.map((element) => element.name));
    for (const tag of ['img', 'script', 'link', 'iframe', 'object', 'embed', 'video', 'audio', 'form']) {
      expect(names.has(tag)).toBe(false);
    }
    expect(html).not.toMatch(/@import|url\(|fonts\.googleapis|\ssrc=/i);
    expect(html).toContain('<meta name="color-scheme" content="light dark">');
  });

  it('writes a text part for people: numbered sources with URLs, outlets per point, footer links', async () => {
    const { text } = await render(['world', 'business']);
    expect(text).toContain('1. Ceasefire talks resume in Cairo as aid convoys wait at the border');
    expect(text).toContain('(BBC News, Pacific Wire, Continental Post)');
    expect(text).toContain('Summary based on 5 sources');
    expect(text).toContain('[1] BBC News • 28 Nov • Cairo talks resume as aid trucks queue at');
    expect(text).toContain('https://www.bbc.example/news/world-ceasefire-cairo');
    expect(text).toContain(`Manage preferences: ${fields.preferencesUrl}`);
    expect(text).toContain(`Unsubscribe: ${fields.unsubscribeUrl}`);
    expect(text).toContain(brand.postalAddress);
    expect(text).not.toMatch(/<[a-z/][^>]*>/i);
    const longLines = text.split('\n').filter((line) => line.length > 72 && !/https?:\/\//.test(line));
    expect(longLines).toEqual([]);
  });

  it('renders a short "quiet morning" email when the chosen sections have no stories', async () => {
    const variant = await renderVariant(realisticEdition, ['science', 'sports'], brand);
    expect(variant.storyCount).toBe(0);
    const { html, text, subject } = personalize(variant, fields);
    expect(inspectHtml(html).text).toContain('A quiet morning');
    expect(text).toContain('A QUIET MORNING');
    expect(text).toContain(`Unsubscribe: ${fields.unsubscribeUrl}`);
    expect(subject).toBe('Morning Brief — Sunday 29 November: a quiet morning');
    expect(inspectHtml(html).links).toContainEqual({ href: fields.unsubscribeUrl, text: 'Unsubscribe' });
  });
});
