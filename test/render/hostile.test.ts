import { personalize, renderVariant } from '../../src/render';
import { brand } from './support/editions';
import { hostileEdition } from './support/hostile';
import { inspectHtml } from './support/inspect-html';

const fields = {
  preferencesUrl: 'https://brief.example.org/preferences?token=p',
  unsubscribeUrl: 'https://brief.example.org/unsubscribe?token=u',
  localDateLabel: 'Sunday 29 November',
};

describe('renderVariant: hostile feed text (invariant 4)', () => {
  let html = '';
  let text = '';
  let subject = '';

  beforeAll(async () => {
    const variant = await renderVariant(hostileEdition, ['world'], brand);
    ({ html, text, subject } = personalize(variant, fields));
  });

  it('lets no script, image, frame or event handler through', () => {
    const { elements } = inspectHtml(html);
    const names = new Set(elements.map((element) => element.name));
    for (const tag of ['script', 'img', 'iframe', 'object', 'embed', 'link', 'svg', 'math', 'form', 'base']) {
      expect(names.has(tag)).toBe(false);
    }
    const handlers = elements.flatMap((element) =>
      Object.keys(element.attributes).filter((n) => n.startsWith('on')),
    );
    expect(handlers).toEqual([]);
    expect(elements.filter((element) => 'src' in element.attributes)).toEqual([]);
  });

  it('keeps only http(s) links, and drops the unsafe ones while keeping their titles', () => {
    const { links, text: visible } = inspectHtml(html);
    for (const link of links) expect(link.href).toMatch(/^https?:\/\//);
    expect(html).not.toMatch(/javascript:|data:text/i);
    expect(visible).toContain('Script link');
    expect(visible).toContain('Data link');
    expect(visible).toContain('Protocol-relative');
    expect(links.map((link) => link.text)).not.toContain('Script link');
    const quoted = links.find((link) => link.text.startsWith('Attribute'));
    expect(quoted?.href).toBe('https://evil.example/a%22%3E%3Cscript%3Ealert(1)%3C/script%3E');
    expect(links.find((link) => link.text === 'Credentials')?.href).toBe('https://evil.example/path');
  });

  it('adds no style from the feed: only the template’s own <style> blocks exist', () => {
    const { styles, elements } = inspectHtml(html);
    expect(styles.join('\n')).not.toMatch(/display:\s*none|color:\s*red/);
    expect(elements.filter((element) => element.name === 'style' && element.attributes.inline)).toEqual([]);
    expect(html).not.toContain('<mj-');
  });

  it('never interprets a placeholder or template slot written in feed text', () => {
    const { links } = inspectHtml(html);
    expect(links.filter((link) => link.href === fields.unsubscribeUrl)).toHaveLength(1);
    expect(links.filter((link) => link.href === fields.preferencesUrl)).toHaveLength(1);
    expect(text.split(fields.unsubscribeUrl)).toHaveLength(2);
    expect(text.split(fields.preferencesUrl)).toHaveLength(2);
    expect(subject).not.toContain(fields.unsubscribeUrl);
    expect(html).toContain('[mb:preferencesUrl]]');
    expect(html).toContain('{{senderName}} {{body}}');
  });

  it('shows feed markup as harmless words, not as markup', () => {
    const { text: visible } = inspectHtml(html);
    expect(visible).toContain('Breaking: markets rally');
    expect(visible).toContain('Officials said nothing new.');
    expect(visible).toContain('"quotes" & ampersands');
    expect(visible).not.toContain('\u202e');
    expect(text).not.toMatch(/<\/?(script|img|style|mj-[a-z]+|div|table)\b/i);
  });

  it('bounds a 2 MB description: cut with an ellipsis, far under the size cap', () => {
    expect(Buffer.byteLength(html)).toBeLessThan(30 * 1024);
    expect(inspectHtml(html).text).toMatch(/Huge: Lorem ipsum[^…]{100,480}…/);
  });
});
