import { classifyFetchError, classifyHttpStatus } from './classify-error';
import { FeedError, feedFailure } from './feed-error';
import type { FeedFailure } from './types';

/**
 * Redirects followed per poll. RFC 9110 §15.4 leaves the number to the client and warns about
 * cycles; five covers http→https→www→CDN chains seen in practice.
 */
export const MAX_REDIRECTS = 5;

/** Feed media types first; generic XML next; anything else last, so a server can still answer. */
const ACCEPT =
  'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1';

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** RFC 9110 §15.4.2 and §15.4.9: the target has moved for good, and links ought to follow. */
const PERMANENT_REDIRECTS = new Set([301, 308]);
/**
 * Codings we decode (fetch decodes all three); brotli first because CDNs compress feeds best
 * with it (RFC 9110 §12.5.3, RFC 7932). Set explicitly: Node's fetch offers only gzip and deflate.
 */
const ACCEPT_ENCODING = 'br, gzip, deflate';

export interface FeedRequest {
  url: string;
  etag: string | null;
  lastModified: string | null;
}

export interface FetchSettings {
  fetch: typeof fetch;
  timeoutMs: number;
  maxFeedBytes: number;
  userAgent: string;
  now: Date;
}

export type FetchResult =
  | {
      kind: 'fetched';
      body: Buffer;
      contentType: string | null;
      etag: string | null;
      lastModified: string | null;
      /** URL after redirects, the base for relative links in the feed. */
      url: string;
      redirected: boolean;
      /** Where permanent redirects (301, 308) from the requested URL lead, when they do. */
      movedTo: string | null;
    }
  | { kind: 'not_modified'; url: string; movedTo: string | null }
  | { kind: 'failed'; failure: FeedFailure };

/**
 * One conditional GET of a feed. Never throws for network or HTTP trouble: every expected
 * failure comes back as `{ kind: 'failed' }` with a classified reason.
 *
 * - Sends the stored validators as If-None-Match and If-Modified-Since (RFC 9110 §13.1.2,
 *   §13.1.3); a conforming server evaluates If-None-Match first (§13.2.2) and answers 304.
 * - Follows redirects itself (at most MAX_REDIRECTS), resolving Location against the current
 *   URL (§10.2.2) and refusing any target that is not http(s); reports where permanent ones lead.
 * - Accepts brotli, gzip and deflate content codings.
 * - One timeout covers the whole exchange, body included, so a server trickling bytes cannot
 *   hold a worker.
 * - The body is counted while it streams (after decompression) and the download is abandoned
 *   once it passes maxFeedBytes; a too-large Content-Length is refused before reading.
 */
export async function fetchFeed(request: FeedRequest, settings: FetchSettings): Promise<FetchResult> {
  const signal = AbortSignal.timeout(settings.timeoutMs);
  const headers = requestHeaders(request, settings.userAgent);
  let url = request.url;
  // Only an unbroken chain of permanent redirects from the start moves the source.
  let movedTo: string | null = null;
  let permanentSoFar = true;
  try {
    for (let hop = 0; hop <= MAX_REDIRECTS; hop += 1) {
      const response = await settings.fetch(url, { headers, redirect: 'manual', signal });
      if (REDIRECT_STATUSES.has(response.status)) {
        await response.body?.cancel();
        const next = redirectTarget(url, response.headers.get('location'));
        if (typeof next !== 'string') return { kind: 'failed', failure: next };
        permanentSoFar &&= PERMANENT_REDIRECTS.has(response.status);
        if (permanentSoFar) movedTo = next;
        url = next;
        continue;
      }
      if (response.status === 304) {
        await response.body?.cancel();
        return { kind: 'not_modified', url, movedTo };
      }
      if (!response.ok) {
        await response.body?.cancel();
        const failure = classifyHttpStatus(
          response.status,
          response.headers.get('retry-after'),
          settings.now,
        );
        return { kind: 'failed', failure };
      }
      const body = await readLimited(response, settings.maxFeedBytes);
      if (body.length === 0) {
        return { kind: 'failed', failure: feedFailure('empty_body', 'the feed answered with an empty body') };
      }
      return {
        kind: 'fetched',
        body,
        contentType: response.headers.get('content-type'),
        etag: response.headers.get('etag'),
        lastModified: response.headers.get('last-modified'),
        url,
        redirected: url !== request.url,
        movedTo,
      };
    }
  } catch (error) {
    return { kind: 'failed', failure: classifyFetchError(error) };
  }
  return {
    kind: 'failed',
    failure: feedFailure('too_many_redirects', `more than ${MAX_REDIRECTS} redirects, last to ${url}`),
  };
}

function requestHeaders(request: FeedRequest, userAgent: string): Record<string, string> {
  // RFC 9110 §10.1.5: identify the client so publishers can reach whoever runs it.
  const headers: Record<string, string> = {
    'user-agent': userAgent,
    accept: ACCEPT,
    'accept-encoding': ACCEPT_ENCODING,
  };
  if (request.etag) headers['if-none-match'] = request.etag;
  if (request.lastModified) headers['if-modified-since'] = request.lastModified;
  return headers;
}

function redirectTarget(from: string, location: string | null): string | FeedFailure {
  if (!location) return feedFailure('bad_redirect', `redirect from ${from} without a Location header`);
  let target: URL;
  try {
    target = new URL(location, from);
  } catch {
    return feedFailure('bad_redirect', `redirect to an invalid URL (${location.slice(0, 200)})`);
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    return feedFailure('bad_redirect', `redirect to a non-http(s) URL (${target.protocol})`);
  }
  return target.href;
}

/** Reads the body, giving up as soon as it passes `limit` bytes (Content-Length may be absent or lie). */
async function readLimited(response: Response, limit: number): Promise<Buffer> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) {
    await response.body?.cancel();
    throw tooLarge(limit);
  }
  if (!response.body) return Buffer.alloc(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

function tooLarge(limit: number): FeedError {
  return new FeedError('too_large', `the feed is larger than the ${limit}-byte limit (ingest.maxFeedBytes)`);
}
