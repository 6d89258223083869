import { BriefError } from '../shared/errors';
import type { FailureKind, FeedFailure } from './types';

export interface FailureDetails {
  httpStatus?: number;
  retryAfter?: Date | null;
}

/** Builds a FeedFailure whose message starts with the stage, like every error message here. */
export function feedFailure(kind: FailureKind, detail: string, details: FailureDetails = {}): FeedFailure {
  const failure: FeedFailure = { kind, message: `sources: ${detail}` };
  if (details.httpStatus !== undefined) failure.httpStatus = details.httpStatus;
  if (details.retryAfter) failure.retryAfter = details.retryAfter;
  return failure;
}

/**
 * An expected failure of one feed (unreachable, refused, not a feed…). parseFeed throws it;
 * ingestSource catches it and records it on the source. Anything else thrown is a bug.
 * The code is `SOURCES_` plus the kind in capitals, e.g. `SOURCES_NOT_A_FEED`.
 */
export class FeedError extends BriefError {
  readonly failure: FeedFailure;

  constructor(
    kind: FailureKind,
    detail: string,
    details: FailureDetails = {},
    options?: { cause?: unknown },
  ) {
    super('sources', `SOURCES_${kind.toUpperCase()}`, detail, options);
    this.name = 'FeedError';
    this.failure = feedFailure(kind, detail, details);
  }

  get kind(): FailureKind {
    return this.failure.kind;
  }
}
