import { errorMessage } from '../shared/errors';
import { FeedError, feedFailure } from './feed-error';
import { parseRetryAfter } from './retry-after';
import type { FailureKind, FeedFailure } from './types';

/**
 * How each kind of failure is treated. `transient` failures back off gently (they usually
 * heal by themselves); the others back off harder because someone has to fix something.
 * `disables` stops polling until an operator re-enables the source.
 */
export const FAILURE_POLICY: Readonly<Record<FailureKind, { transient: boolean; disables: boolean }>> = {
  // Resolver hiccups and refused/reset connections are the commonest short outages.
  dns: { transient: true, disables: false },
  connect: { transient: true, disables: false },
  timeout: { transient: true, disables: false },
  network: { transient: true, disables: false },
  // 5xx: "the server is aware that it has erred" (RFC 9110 §15.6); 429 asks us to slow down
  // (RFC 6585 §4). Both come with Retry-After when the server knows better.
  server_error: { transient: true, disables: false },
  rate_limited: { transient: true, disables: false },
  // A 200 with nothing in it is almost always a publishing system mid-rebuild.
  empty_body: { transient: true, disables: false },
  // Certificates, redirect loops, oversized feeds and bad URLs need a human on either side.
  tls: { transient: false, disables: false },
  bad_url: { transient: false, disables: false },
  too_large: { transient: false, disables: false },
  too_many_redirects: { transient: false, disables: false },
  bad_redirect: { transient: false, disables: false },
  // 404 "does not indicate whether this lack of representation is temporary or permanent"
  // (RFC 9110 §15.5.5), so keep retrying, slowly; 401/403 and other 4xx likewise.
  not_found: { transient: false, disables: false },
  client_error: { transient: false, disables: false },
  // 410 Gone: "likely to be permanent … links to the target ought to be removed"
  // (RFC 9110 §15.5.11). The one failure that stops polling.
  gone: { transient: false, disables: true },
  not_a_feed: { transient: false, disables: false },
  parse_error: { transient: false, disables: false },
};

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL', 'EAI_NODATA']);
const CONNECT_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EHOSTDOWN',
  'EPIPE',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
]);
const TIMEOUT_CODES = new Set([
  'ETIMEDOUT',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);
const TLS_CODE =
  /^(CERT_|ERR_TLS_|ERR_SSL_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED|SELF_SIGNED_CERT|HOSTNAME_MISMATCH)/;

/**
 * Maps whatever fetch threw to a failure kind. fetch (undici) wraps socket errors as
 * `TypeError: fetch failed` with the system error as `cause`, so the cause chain is read
 * for a code; an aborted timeout signal surfaces as a `TimeoutError`.
 */
export function classifyFetchError(error: unknown): FeedFailure {
  if (error instanceof FeedError) return error.failure;
  const chain = causeChain(error);
  if (chain.some((link) => link.name === 'TimeoutError')) {
    return feedFailure('timeout', 'the feed did not answer in time');
  }
  const code = chain.map((link) => link.code).find((value): value is string => typeof value === 'string');
  const detail = chain.map((link) => link.message).join(': ');
  if (code === 'ERR_INVALID_URL' || /invalid url|failed to parse url/i.test(detail)) {
    return feedFailure('bad_url', `the feed URL is not valid (${detail})`);
  }
  if (code && DNS_CODES.has(code))
    return feedFailure('dns', `the feed's host name does not resolve (${code})`);
  if (code && CONNECT_CODES.has(code))
    return feedFailure('connect', `could not connect to the feed (${code})`);
  if (code && TIMEOUT_CODES.has(code))
    return feedFailure('timeout', `the feed did not answer in time (${code})`);
  if (code && TLS_CODE.test(code)) return feedFailure('tls', `TLS certificate problem (${code})`);
  return feedFailure('network', `network error (${detail || errorMessage(error)})`);
}

/**
 * Maps an unsuccessful final status (after redirects, never 304) to a failure kind, reading
 * Retry-After where RFC 9110 §10.2.3 gives it meaning: 503 (§15.6.4) and 429 (RFC 6585 §4).
 */
export function classifyHttpStatus(status: number, retryAfterHeader: string | null, now: Date): FeedFailure {
  const retryAfter = parseRetryAfter(retryAfterHeader, now);
  const details = { httpStatus: status, retryAfter };
  if (status === 429)
    return feedFailure('rate_limited', 'the feed server says too many requests (HTTP 429)', details);
  if (status === 404) return feedFailure('not_found', 'the feed URL was not found (HTTP 404)', details);
  if (status === 410) return feedFailure('gone', 'the feed was removed for good (HTTP 410 Gone)', details);
  if (status >= 500) return feedFailure('server_error', `the feed server failed (HTTP ${status})`, details);
  return feedFailure('client_error', `the feed server refused the request (HTTP ${status})`, details);
}

interface CauseLink {
  name: string;
  message: string;
  code: unknown;
}

/**
 * The error and its causes, read by shape rather than `instanceof Error`: a DOMException from
 * the abort signal, or an error from another realm (test runners), is not always an Error instance.
 */
function causeChain(error: unknown): CauseLink[] {
  const chain: CauseLink[] = [];
  let current: unknown = error;
  while (typeof current === 'object' && current !== null && chain.length < 5) {
    const link = current as { name?: unknown; message?: unknown; code?: unknown; cause?: unknown };
    chain.push({ name: String(link.name ?? ''), message: String(link.message ?? ''), code: link.code });
    current = link.cause;
  }
  return chain;
}

/** The coarse classes operators see (`brief sources list`); the kind says more in `last_error`. */
export type ErrorClass =
  | 'dns'
  | 'connect'
  | 'timeout'
  | 'tls'
  | 'network'
  | 'bad_url'
  | 'http_status'
  | 'redirect'
  | 'too_large'
  | 'empty'
  | 'not_a_feed'
  | 'parse';

export const ERROR_CLASS: Readonly<Record<FailureKind, ErrorClass>> = {
  dns: 'dns',
  connect: 'connect',
  timeout: 'timeout',
  tls: 'tls',
  network: 'network',
  bad_url: 'bad_url',
  server_error: 'http_status',
  rate_limited: 'http_status',
  client_error: 'http_status',
  not_found: 'http_status',
  gone: 'http_status',
  too_large: 'too_large',
  too_many_redirects: 'redirect',
  bad_redirect: 'redirect',
  empty_body: 'empty',
  not_a_feed: 'not_a_feed',
  parse_error: 'parse',
};
