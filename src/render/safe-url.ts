/** Longest link we keep. Longer ones are usually tracking-laden and cost bytes in a 100 KB budget. */
export const MAX_URL_CHARS = 2048;

/**
 * Returns the URL normalized by WHATWG URL parsing when it is http(s), else null (the caller
 * drops the link and keeps the text). `javascript:`, `data:`, `vbscript:`, relative and
 * protocol-relative URLs are all refused. Credentials are removed: a link in a newsletter has
 * no business carrying them, and `https://trusted.example@evil.example` is a classic lure.
 */
export function safeHttpUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_URL_CHARS) return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.hostname.length === 0) return null;
  url.username = '';
  url.password = '';
  const href = url.href;
  return href.length > MAX_URL_CHARS ? null : href;
}
