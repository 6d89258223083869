import {
  type IngestedArticle,
  type IngestOutcome,
  ingestSource,
  type SourceRecord,
  type SourceStatus,
} from '../sources';
import type { SourceRow, Store } from '../store';
import type { AppContext } from './context';

/** Adapts the store to the ingest stage's own SourceStore interface. */
function sourceStoreOf(store: Store) {
  return {
    insertArticles: (articles: IngestedArticle[]) =>
      store.articles.insertNew(articles, (article) => article.contentHash),
    recordFetch: (sourceId: string, update: Parameters<Store['sources']['recordFetch']>[1]) =>
      store.sources.recordFetch(sourceId, update),
  };
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

/** Polls one source by id; a disabled or unknown source is reported, not polled. */
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
  const outcome = await ingestSource(toRecord(row), {
    store: sourceStoreOf(context.store),
    now: context.now(),
    options: context.config.ingest,
    logger,
    newId: context.newId,
  });
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
