import type { ErrorClass } from './classify-error';
import type { TitledItem } from './dedup';
import type { IngestedArticle, SourceStatus } from './types';

/** What one poll leaves on the source row, success or not. */
export interface SourceFetchUpdate {
  /** Validators to send next time; unchanged on 304 and on errors. */
  etag: string | null;
  lastModified: string | null;
  /** Earliest time the scheduler may poll this source again. */
  nextFetchAt: Date;
  /** Consecutive failures, 0 after a success or 304. */
  errorCount: number;
  /** Reason of the last failure ("sources: …"), null after a success or 304. */
  lastError: string | null;
  /** Class of the last failure, null after a success or 304. */
  errorClass: ErrorClass | null;
  /** What the operator should know about a good poll (items left out by the cap), else null. */
  note: string | null;
  /** New feed URL after permanent redirects (RFC 9110 §15.4.2, §15.4.9); absent when unchanged. */
  url?: string;
  status: SourceStatus;
  /** When this poll ran (the `now` given to ingestSource). */
  lastFetchedAt: Date;
}

/**
 * The storage the ingest stage needs, declared here and implemented by src/store. Both methods
 * may throw only when the store itself fails; ingestSource lets that propagate.
 */
export interface SourceStore {
  /**
   * Inserts the articles that are new and returns exactly those, in input order. An article is
   * a duplicate, and silently skipped, when an article with the same (sourceId, guid) or the
   * same canonical `url` is already stored. Articles of one call never conflict with each other
   * (ingest removes in-feed duplicates first). Existing rows are never modified, but a copy
   * whose canonical URL another source already stored is recorded as one more outlet carrying
   * that article (syndication).
   */
  insertArticles(articles: IngestedArticle[]): Promise<IngestedArticle[]>;

  /**
   * Titles of the articles of `outlet` (any of its sources) published or fetched since `since`,
   * for near-duplicate detection.
   */
  recentTitles(outlet: string, since: Date): Promise<TitledItem[]>;

  /**
   * Records the result of one poll on the source `sourceId`: every field of `update` replaces
   * the stored value. Called once per ingestSource call, after insertArticles.
   */
  recordFetch(sourceId: string, update: SourceFetchUpdate): Promise<void>;
}
