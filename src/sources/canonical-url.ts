/**
 * Query parameters that only say how a reader arrived (campaign, click and mailing-list ids).
 * They never select content, and leaving them in would make one article look like many.
 */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'msclkid',
  'yclid',
  'twclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'wickedid',
  'ncid',
  'ocid',
  'cmpid',
  'smid',
  'sr_share',
  'ref_src',
  'ref_url',
  'at_medium',
  'at_campaign',
  'at_custom1',
  'at_custom2',
  'at_custom3',
  'at_custom4',
  'from_rss',
  'cid_source',
]);
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'itm_'];

/** The longest URL kept; beyond this a link is more likely garbage than an article. */
export const MAX_URL_LENGTH = 2048;

/**
 * The canonical form of an article link, or null when it cannot be one: only absolute http(s)
 * URLs (relative ones resolve against `base`), no credentials, no fragment, tracking parameters
 * removed. Host case and default ports are normalized by the WHATWG URL parser; path and the
 * order of the remaining parameters are kept, since servers may depend on them.
 */
export function canonicalUrl(raw: string | null | undefined, base?: string): string | null {
  const trimmed = raw?.trim();
  if (!trimmed) return null;
  let url: URL;
  try {
    url = base ? new URL(trimmed, base) : new URL(trimmed);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password || !url.hostname) return null;
  url.hash = '';
  const tracking = [...url.searchParams.keys()].filter(isTrackingParam);
  // Rewriting searchParams re-serializes the whole query ("%20" becomes "+"), so touch it only
  // when there is something to remove.
  for (const name of tracking) url.searchParams.delete(name);
  if (tracking.length > 0 && url.searchParams.size === 0) url.search = '';
  const href = url.href;
  return href.length <= MAX_URL_LENGTH ? href : null;
}

function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMS.has(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix));
}
