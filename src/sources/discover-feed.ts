/**
 * Feed autodiscovery: the feeds a web page announces with `<link rel="alternate" type="…"
 * href="…">` in its head (the RSS Advisory Board's autodiscovery rules, also how browsers find
 * them), in page order, resolved against the page URL. Only http(s) URLs are returned.
 */
const LINK_TAG = /<link\b[^>]*>/gi;
const ATTRIBUTE = /([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/g;
const FEED_TYPES = new Set([
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/feed+json',
  'application/json',
]);
/** The head is where the links are; a page's body can be megabytes. */
const HEAD_CHARS = 256 * 1024;

export function discoverFeedLinks(html: string, pageUrl: string): string[] {
  const found: string[] = [];
  for (const [tag] of html.slice(0, HEAD_CHARS).matchAll(LINK_TAG)) {
    const attributes = attributesOf(tag);
    const rel = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/);
    const type = (attributes.get('type') ?? '').toLowerCase().split(';')[0]?.trim() ?? '';
    const href = attributes.get('href');
    if (!rel.includes('alternate') || !FEED_TYPES.has(type) || !href) continue;
    const url = resolveHttp(decodeEntities(href), pageUrl);
    if (url && !found.includes(url)) found.push(url);
  }
  return found;
}

function attributesOf(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of tag.matchAll(ATTRIBUTE)) {
    const name = (match[1] ?? '').toLowerCase();
    if (!attributes.has(name)) attributes.set(name, match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}

/** The character references an href realistically carries. */
function decodeEntities(value: string): string {
  return value
    .replace(/&amp;/gi, '&')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(Number.parseInt(code, 16)));
}

function resolveHttp(href: string, base: string): string | null {
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
