import { ERROR_CLASS, type ErrorClass, FAILURE_POLICY } from './classify-error';
import type { FeedFailure, SourceStatus } from './types';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** After this many failures in a row a source is reported `failing` (it is still polled). */
export const FAILING_AFTER = 5;
/**
 * Longest wait after transient failures: an outage of a few hours is retried often enough that
 * a recovered feed makes the next morning's edition.
 */
export const TRANSIENT_BACKOFF_CAP_MS = 6 * HOUR;
/** Longest wait after failures that need a human (404, not a feed…): still checked daily. */
export const PERMANENT_BACKOFF_CAP_MS = 24 * HOUR;
/**
 * Longest Retry-After honoured. A server may ask for more, but an absurd value (or a clock far
 * off) must not silence a source for weeks; a day is what a human-fixable failure gets anyway.
 */
export const RETRY_AFTER_CAP_MS = 24 * HOUR;

export interface PollTimeInput {
  now: Date;
  pollMinutes: number;
  /** Consecutive failures including this one; 0 after a success. */
  errorCount: number;
  /** Failure of this poll, if any. */
  failure?: FeedFailure;
}

/**
 * When to poll next. A healthy source waits `pollMinutes`. After failures the wait doubles per
 * consecutive failure (pollMinutes × 2^(n−1)), one extra doubling for failures that need a
 * human, capped at 6 h (transient) or 24 h (the rest). A Retry-After (RFC 9110 §10.2.3) is a
 * minimum: we never come back earlier than the server asked, up to RETRY_AFTER_CAP_MS.
 */
export function nextPollTime(input: PollTimeInput): Date {
  const base = input.pollMinutes * MINUTE;
  const { failure } = input;
  if (!failure || input.errorCount <= 0) return new Date(input.now.getTime() + base);

  const policy = FAILURE_POLICY[failure.kind];
  // A disabled source waits for an operator; should it be polled anyway, once a day is plenty.
  if (policy.disables) return new Date(input.now.getTime() + PERMANENT_BACKOFF_CAP_MS);
  const doublings = input.errorCount - 1 + (policy.transient ? 0 : 1);
  const cap = policy.transient ? TRANSIENT_BACKOFF_CAP_MS : PERMANENT_BACKOFF_CAP_MS;
  // 2^20 already exceeds any cap; bounding the exponent keeps the arithmetic finite.
  const backoff = Math.min(cap, base * 2 ** Math.min(doublings, 20));
  const requested = failure.retryAfter ? failure.retryAfter.getTime() - input.now.getTime() : 0;
  const wait = Math.max(backoff, Math.min(requested, RETRY_AFTER_CAP_MS));
  return new Date(input.now.getTime() + wait);
}

export interface SourceHealth {
  errorCount: number;
  status: SourceStatus;
  lastError: string | null;
  errorClass: ErrorClass | null;
}

/** The source's error count, status and last error after a poll ended in `failure` (or not). */
export function sourceHealthAfter(previousErrorCount: number, failure?: FeedFailure): SourceHealth {
  if (!failure) return { errorCount: 0, status: 'active', lastError: null, errorClass: null };
  const errorCount = previousErrorCount + 1;
  const errorClass = ERROR_CLASS[failure.kind];
  if (FAILURE_POLICY[failure.kind].disables)
    return { errorCount, status: 'disabled', lastError: failure.message, errorClass };
  const status: SourceStatus = errorCount >= FAILING_AFTER ? 'failing' : 'active';
  return { errorCount, status, lastError: failure.message, errorClass };
}
