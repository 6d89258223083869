import type { Article } from '../shared/types';

/**
 * Where a source stands: `active` polls at the normal interval, `failing` has failed
 * FAILING_AFTER times in a row and is retried slowly, `disabled` answered 410 Gone and is
 * not polled again until an operator re-enables it (see docs/ingest.md).
 */
export type SourceStatus = 'active' | 'failing' | 'disabled';

/** A feed as the ingest stage needs it: its identity plus what the last poll left behind. */
export interface SourceRecord {
  id: string;
  outlet: string;
  /** Feed URL (http or https). */
  url: string;
  section: string;
  /** Validator from the last 200 response, sent back as If-None-Match (RFC 9110 §13.1.2). */
  etag: string | null;
  /** Validator from the last 200 response, sent back as If-Modified-Since (RFC 9110 §13.1.3). */
  lastModified: string | null;
  /** Consecutive failed polls; 0 after any success or 304. */
  errorCount: number;
  status: SourceStatus;
}

/** The `ingest` block of the configuration (src/config/schema.ts), as ingest uses it. */
export interface IngestOptions {
  /** Whole-request budget: connect, headers and body. */
  timeoutMs: number;
  /** Largest body accepted, counted after decompression while streaming. */
  maxFeedBytes: number;
  userAgent: string;
  /** Normal interval between polls of a healthy source. */
  pollMinutes: number;
  /** Items published longer ago than this are skipped. */
  maxArticleAgeHours: number;
  /** Items taken from one poll, newest first; the rest are counted as `over_item_cap`. */
  maxItemsPerPoll: number;
}

/** An `Article` plus the hash the store keeps to notice edited items. */
export interface IngestedArticle extends Article {
  /** SHA-256 (hex) of the normalized title and text. */
  contentHash: string;
}

/**
 * Why a fetch or parse failed. Each kind has one policy (transient or not, disables or not)
 * in classify-error.ts, so the schedule never depends on message text.
 */
export type FailureKind =
  | 'dns'
  | 'connect'
  | 'timeout'
  | 'tls'
  | 'network'
  | 'bad_url'
  | 'server_error'
  | 'rate_limited'
  | 'client_error'
  | 'not_found'
  | 'gone'
  | 'too_large'
  | 'too_many_redirects'
  | 'bad_redirect'
  | 'empty_body'
  | 'not_a_feed'
  | 'parse_error';

/** An expected failure of one poll, recorded on the source rather than thrown. */
export interface FeedFailure {
  kind: FailureKind;
  /** Human-readable reason, starting with "sources: ". */
  message: string;
  httpStatus?: number;
  /** When the server asked us to come back (Retry-After, RFC 9110 §10.2.3). */
  retryAfter?: Date;
}

/** One feed entry as parsed, before any cleaning. Strings may hold HTML and entities. */
export interface ParsedItem {
  /** RSS guid, Atom id or RDF about, only when the feed declares one. */
  guid: string | null;
  /**
   * Item link (feedburner:origLink or Atom rel=canonical when present), resolved against the feed
   * URL and xml:base; not yet checked or cleaned.
   */
  link: string | null;
  title: string;
  /** RSS description / Atom summary. */
  summary: string;
  /** RSS content:encoded / Atom content. */
  content: string;
  /** RSS pubDate, Atom published, dc:date; null when missing or unparseable. */
  publishedAt: Date | null;
  /** Atom updated; null when missing or unparseable. */
  updatedAt: Date | null;
  author: string | null;
  /** The site the feed belongs to (RSS channel link, Atom alternate, JSON Feed home_page_url). */
  siteUrl: string | null;
  /** Language the feed or item declares (RSS `language`, `xml:lang`, JSON Feed `language`), as written. */
  language: string | null;
}

/** Why an item of a good feed was not stored. */
export type SkipReason =
  | 'invalid_url'
  | 'empty'
  | 'too_old'
  | 'language'
  | 'duplicate_in_feed'
  | 'near_duplicate_title'
  | 'over_item_cap'
  | 'already_stored';

export interface IngestOutcome {
  sourceId: string;
  status: 'ok' | 'not_modified' | 'error';
  /** Items found in the feed body (0 for 304 and errors). */
  fetched: number;
  /** Articles the store accepted as new. */
  inserted: IngestedArticle[];
  skipped: { reason: SkipReason; count: number }[];
  error?: { kind: FailureKind; message: string };
  nextFetchAt: Date;
}
