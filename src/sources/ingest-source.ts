import type { Logger } from '../shared/logger';
import { dedupeBatch, dropNearDuplicateTitles, NEAR_DUPLICATE_WINDOW_MS } from './dedup';
import { fetchFeed } from './fetch-feed';
import { nextPollTime, sourceHealthAfter } from './next-poll';
import { type FeedBodyReader, readFeedBody } from './read-feed';
import type { SourceStore } from './source-store';
import type {
  FeedFailure,
  IngestedArticle,
  IngestOptions,
  IngestOutcome,
  SkipReason,
  SourceRecord,
} from './types';

export interface IngestDeps {
  store: SourceStore;
  /** The time of this poll: fetch time of the articles, base of the next poll. */
  now: Date;
  options: IngestOptions;
  /** Failures are logged at warn, successful polls at debug, bound to `source_id`. */
  logger: Logger;
  /** Id for each new article. */
  newId: () => string;
  /** HTTP client; the global fetch when omitted. */
  fetch?: typeof fetch;
  /** Languages the source's section accepts (ISO 639-1); absent or empty: every language. */
  languages?: readonly string[];
  /**
   * Parses and normalizes a fetched body: a pool of worker threads (parse-pool.ts), else
   * readFeedBody in this thread.
   */
  readFeed?: FeedBodyReader;
}

/**
 * Polls one source: fetch → parse → normalize → store → schedule the next poll.
 *
 * A broken feed is data, not an exception: unreachable hosts, HTTP errors, HTML pages, truncated
 * or oversized bodies end as `status: 'error'` with the reason recorded on the source (error
 * count, last error, status, next fetch time) and previously stored articles untouched. Only
 * our own bugs and store failures throw.
 *
 * It polls whatever it is given: leaving `disabled` sources alone and waiting for `nextFetchAt`
 * is the scheduler's job.
 */
export async function ingestSource(source: SourceRecord, deps: IngestDeps): Promise<IngestOutcome> {
  const { options, now } = deps;
  // Callers usually bind source_id already (one child per job); bind it only if they did not.
  const log =
    'source_id' in deps.logger.bindings() ? deps.logger : deps.logger.child({ source_id: source.id });

  // 1. Fetch, conditionally: an unchanged feed costs the publisher a 304 and us nothing more.
  const response = await fetchFeed(
    { url: source.url, etag: source.etag, lastModified: source.lastModified },
    { ...options, fetch: deps.fetch ?? fetch, now },
  );
  if (response.kind === 'failed') return recordFailure(source, response.failure, deps, log);
  if (response.kind === 'not_modified') {
    // Keep the stored validators: some servers omit or change them on 304.
    return recordSuccess(source, deps, log, {
      status: 'not_modified',
      etag: source.etag,
      lastModified: source.lastModified,
      movedTo: response.movedTo,
    });
  }
  if (response.redirected && !response.movedTo) {
    log.info({ url: source.url, final_url: response.url }, 'sources: feed URL redirects temporarily');
  }

  // 2. Parse, then 3. take the newest items up to the cap and normalize them: plain text,
  // canonical http(s) links, dates checked; one bad item skips only itself. In a worker thread
  // when there is a pool, else in slices here, so a huge feed does not hold the event loop.
  const read = await (deps.readFeed ?? readFeedBody)({
    body: response.body,
    contentType: response.contentType,
    url: response.url,
    source: { id: source.id, outlet: source.outlet, section: source.section },
    fetchedAt: now,
    maxArticleAgeHours: options.maxArticleAgeHours,
    maxItemsPerPoll: options.maxItemsPerPoll,
    ...(deps.languages ? { languages: deps.languages } : {}),
  });
  if (!read.ok) return recordFailure(source, read.failure, deps, log);
  const skipped = new Map<SkipReason, number>();
  for (const reason of read.skips) addSkips(skipped, reason);
  const articles = read.articles.map((article) => ({ ...article, id: deps.newId() }));
  const { unique, duplicates } = dedupeBatch(articles);
  addSkips(skipped, 'duplicate_in_feed', duplicates);
  const recent = await deps.store.recentTitles(
    source.outlet,
    new Date(now.getTime() - NEAR_DUPLICATE_WINDOW_MS),
  );
  const { kept, dropped } = dropNearDuplicateTitles(unique, recent);
  addSkips(skipped, 'near_duplicate_title', dropped);

  // 4. Store: the store keeps what is new by (source, guid) and canonical URL.
  const inserted = kept.length > 0 ? await deps.store.insertArticles(kept) : [];
  addSkips(skipped, 'already_stored', kept.length - inserted.length);

  // 5. Record the poll and schedule the next one.
  return recordSuccess(source, deps, log, {
    status: 'ok',
    etag: response.etag,
    lastModified: response.lastModified,
    movedTo: response.movedTo,
    fetched: read.fetched,
    inserted,
    skipped: [...skipped].map(([reason, n]) => ({ reason, count: n })),
    note:
      read.taken < read.fetched
        ? `took the newest ${read.taken} of ${read.fetched} items (ingest.maxItemsPerPoll)`
        : null,
  });
}

function addSkips(skipped: Map<SkipReason, number>, reason: SkipReason, count = 1): void {
  if (count > 0) skipped.set(reason, (skipped.get(reason) ?? 0) + count);
}

interface SuccessResult {
  status: 'ok' | 'not_modified';
  etag: string | null;
  lastModified: string | null;
  movedTo: string | null;
  note?: string | null;
  fetched?: number;
  inserted?: IngestedArticle[];
  skipped?: IngestOutcome['skipped'];
}

async function recordSuccess(
  source: SourceRecord,
  deps: IngestDeps,
  log: Logger,
  result: SuccessResult,
): Promise<IngestOutcome> {
  const health = sourceHealthAfter(source.errorCount);
  const nextFetchAt = nextPollTime({ now: deps.now, pollMinutes: deps.options.pollMinutes, errorCount: 0 });
  await deps.store.recordFetch(source.id, {
    etag: result.etag,
    lastModified: result.lastModified,
    nextFetchAt,
    ...health,
    note: result.note ?? null,
    lastFetchedAt: deps.now,
    ...(result.movedTo && result.movedTo !== source.url ? { url: result.movedTo } : {}),
  });
  if (result.movedTo && result.movedTo !== source.url) {
    log.info({ url: source.url, new_url: result.movedTo }, 'sources: feed moved permanently; URL updated');
  }
  const outcome: IngestOutcome = {
    sourceId: source.id,
    status: result.status,
    fetched: result.fetched ?? 0,
    inserted: result.inserted ?? [],
    skipped: result.skipped ?? [],
    nextFetchAt,
  };
  log.debug(
    {
      status: outcome.status,
      fetched: outcome.fetched,
      inserted: outcome.inserted.length,
      skipped: outcome.skipped,
    },
    'sources: feed polled',
  );
  return outcome;
}

async function recordFailure(
  source: SourceRecord,
  failure: FeedFailure,
  deps: IngestDeps,
  log: Logger,
): Promise<IngestOutcome> {
  const health = sourceHealthAfter(source.errorCount, failure);
  const nextFetchAt = nextPollTime({
    now: deps.now,
    pollMinutes: deps.options.pollMinutes,
    errorCount: health.errorCount,
    failure,
  });
  // Validators stay as they were: they describe the last representation we actually stored.
  // Keeping those of a broken body would turn the next poll into a 304 for it, hiding the fix.
  await deps.store.recordFetch(source.id, {
    etag: source.etag,
    lastModified: source.lastModified,
    nextFetchAt,
    ...health,
    note: null,
    lastFetchedAt: deps.now,
  });
  log.warn(
    {
      kind: failure.kind,
      http_status: failure.httpStatus,
      error_count: health.errorCount,
      status: health.status,
      next_fetch_at: nextFetchAt,
    },
    failure.message,
  );
  return {
    sourceId: source.id,
    status: 'error',
    fetched: 0,
    inserted: [],
    skipped: [],
    error: { kind: failure.kind, message: failure.message },
    nextFetchAt,
  };
}
