import {
  type IngestedArticle,
  type IngestOutcome,
  ingestSource,
  type SourceFetchUpdate,
  type SourceRecord,
  type SourceStatus,
  type SourceStore,
} from '../sources';
import type { SourceRow, Store } from '../store';
import type { AppContext } from './context';
import { HostLimiter, hostOf } from './host-limiter';
import { parsePoolOf } from './parse-pools';

/** Adapts the store to the ingest stage's own SourceStore interface. */
function sourceStoreOf(store: Store): SourceStore {
  return {
    insertArticles: (articles: IngestedArticle[]) =>
      store.articles.insertNew(articles, (article) => article.contentHash),
    recentTitles: (outlet: string, since: Date) => store.articles.recentTitles(outlet, since),
    recordFetch: (sourceId: string, update: SourceFetchUpdate) => store.sources.recordFetch(sourceId, update),
  };
}

/** One per-host limiter per process (per context), sized by ingest.perHostConcurrency. */
const limiters = new WeakMap<AppContext, HostLimiter>();

function limiterOf(context: AppContext): HostLimiter {
  let limiter = limiters.get(context);
  if (!limiter) {
    limiter = new HostLimiter(context.config.ingest.perHostConcurrency);
    limiters.set(context, limiter);
  }
  return limiter;
}

function toRecord(row: SourceRow): SourceRecord {
  const status: SourceStatus = row.status === 'failing' || row.status === 'disabled' ? row.status : 'active';
  return {
    id: row.id,
    outlet: row.outlet,
    url: row.url,
    section: row.section,
    etag: row.etag,
    lastModified: row.last_modified,
    errorCount: Number(row.error_count),
    status,
  };
}

/**
 * Polls one source by id, waiting for a slot of its host (ingest.perHostConcurrency); a disabled
 * or unknown source is reported, not polled.
 */
export async function ingestById(context: AppContext, sourceId: string): Promise<IngestOutcome | null> {
  const row = await context.store.sources.get(sourceId);
  if (row?.enabled !== 1 || row.status === 'disabled') {
    context.logger.info(
      { source_id: sourceId },
      'source skipped: unknown, disabled in config, or gone (410)',
    );
    return null;
  }
  const logger = context.logger.child({ source_id: sourceId });
  const languages = context.config.sections.find((section) => section.id === row.section)?.languages;
  const pool = parsePoolOf(context);
  const outcome = await limiterOf(context).run(hostOf(row.url), () =>
    ingestSource(toRecord(row), {
      store: sourceStoreOf(context.store),
      now: context.now(),
      options: context.config.ingest,
      logger,
      newId: context.newId,
      ...(languages?.length ? { languages } : {}),
      ...(pool ? { readFeed: pool.read } : {}),
    }),
  );
  logger.info(
    {
      status: outcome.status,
      fetched: outcome.fetched,
      inserted: outcome.inserted.length,
      error: outcome.error?.message,
    },
    'source polled',
  );
  return outcome;
}
