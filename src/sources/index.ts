/**
 * The sources stage: polls RSS/Atom feeds and turns their items into plain-text Articles.
 * `ingestSource` is the entry point; the pure pieces are exported for tests and tools.
 * See docs/ingest.md for the rules.
 */

export { articleLanguage } from './article-language';
export { canonicalUrl } from './canonical-url';
export {
  classifyFetchError,
  classifyHttpStatus,
  ERROR_CLASS,
  type ErrorClass,
  FAILURE_POLICY,
} from './classify-error';
export { type DecodedBody, decodeFeedBody } from './decode-body';
export {
  type DedupKeys,
  dedupeBatch,
  dedupKeys,
  dropNearDuplicateTitles,
  NEAR_DUPLICATE_TITLE,
  NEAR_DUPLICATE_WINDOW_MS,
  type TitledItem,
} from './dedup';
export { discoverFeedLinks } from './discover-feed';
export { FeedError, feedFailure } from './feed-error';
export {
  type FeedRequest,
  type FetchResult,
  type FetchSettings,
  fetchFeed,
  MAX_REDIRECTS,
} from './fetch-feed';
export { type IngestDeps, ingestSource } from './ingest-source';
export {
  FAILING_AFTER,
  nextPollTime,
  PERMANENT_BACKOFF_CAP_MS,
  type PollTimeInput,
  RETRY_AFTER_CAP_MS,
  type SourceHealth,
  sourceHealthAfter,
  TRANSIENT_BACKOFF_CAP_MS,
} from './next-poll';
export {
  contentHash,
  itemGuid,
  MAX_TEXT_CHARS,
  MAX_TITLE_CHARS,
  type NormalizeContext,
  type NormalizeResult,
  normalizeFeedItems,
  normalizeItem,
} from './normalize-item';
export { type ParseOptions, parseFeed } from './parse-feed';
export { ParsePool } from './parse-pool';
export { type FeedBodyInput, type FeedBodyReader, type FeedBodyResult, readFeedBody } from './read-feed';
export {
  c1ToWindows1252,
  escapeBareAmpersands,
  repairFeedText,
  wrapRawHtmlDescriptions,
} from './repair-feed';
export { parseRetryAfter } from './retry-after';
export type { SourceFetchUpdate, SourceStore } from './source-store';
export type {
  FailureKind,
  FeedFailure,
  IngestedArticle,
  IngestOptions,
  IngestOutcome,
  ParsedItem,
  SkipReason,
  SourceRecord,
  SourceStatus,
} from './types';
