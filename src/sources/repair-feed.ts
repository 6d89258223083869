import { WINDOWS_1252_HIGH } from './decode-body';

/**
 * Repairs for what feeds in the wild do and feedparser (through sax) mangles. Each is applied
 * to the decoded text before it reaches feedparser, or to the strings it hands back, so the
 * parser itself stays feedparser (see docs/ingest.md "Repairs").
 */

const CDATA = /(<!\[CDATA\[[\s\S]*?\]\]>)/;
/** `&` that does not start an entity or character reference (`&amp;`, `&#8217;`, `&#x2019;`). */
const BARE_AMPERSAND = /&(?![A-Za-z][A-Za-z0-9]{0,31};|#[0-9]{1,7};|#[xX][0-9A-Fa-f]{1,6};)/g;
/** An RSS `<description>` (no namespace prefix) and its raw content. */
const DESCRIPTION = /<description(\s[^>]*)?>([\s\S]*?)<\/description\s*>/g;
const STARTS_WITH_CDATA = /^\s*<!\[CDATA\[/;
const HAS_MARKUP = /<[A-Za-z!/]/;

/**
 * Escapes every `&` that starts no entity, outside CDATA sections. sax reads a bare `&` as the
 * start of an entity up to the next `;`, so `?a=1&b</link>` swallowed the closing tag and the
 * link came out as `?a=1&b%3C/link%3E`; XML 1.0 §2.4 requires `&amp;`, browsers read it
 * leniently, and so do we.
 */
export function escapeBareAmpersands(xml: string): string {
  if (!xml.includes('&')) return xml;
  const parts = xml.split(CDATA);
  for (let index = 0; index < parts.length; index += 2) {
    parts[index] = (parts[index] as string).replace(BARE_AMPERSAND, '&amp;');
  }
  return parts.join('');
}

/**
 * Wraps HTML written unescaped inside an RSS `<description>` in CDATA. RSS 2.0 says the
 * description is entity-encoded HTML, but many feeds paste the markup as is; sax then sees
 * child elements and feedparser keeps none of their text.
 */
export function wrapRawHtmlDescriptions(xml: string): string {
  if (!xml.includes('<description')) return xml;
  return xml.replace(DESCRIPTION, (whole, attributes: string | undefined, inner: string) => {
    if (STARTS_WITH_CDATA.test(inner) || !HAS_MARKUP.test(inner)) return whole;
    return `<description${attributes ?? ''}><![CDATA[${inner.replaceAll(']]>', ']]&gt;')}]]></description>`;
  });
}

/**
 * Feeds written on Windows carry `&#146;` or the raw
 * byte 0x92 inside UTF-8 text for an apostrophe; both reach us as the C1 control U+0092, which
 * the plain-text cleaning removes ("don’t" became "dont"). HTML5 reads such character
 * references as windows-1252 (WHATWG HTML §13.2.5.80), and so do we; the five code points
 * windows-1252 leaves undefined stay controls.
 */
const C1_CONTROL = /[\u0080-\u009F]/g;

export function c1ToWindows1252(text: string): string {
  return text.replace(C1_CONTROL, (char) => WINDOWS_1252_HIGH[char.charCodeAt(0) - 0x80] ?? char);
}

/** The body as feedparser should see it: HTML descriptions wrapped, then bare `&` escaped. */
export function repairFeedText(xml: string): string {
  return escapeBareAmpersands(wrapRawHtmlDescriptions(xml));
}
