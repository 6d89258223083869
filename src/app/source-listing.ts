import type { Store } from '../store';

/** One source as `brief sources list --json` prints it (docs/ingest.md "Managing sources"). */
export interface SourceListing {
  id: string;
  /** Where it is polled now: the declared URL, or where permanent redirects led. */
  url: string;
  outlet: string;
  section: string;
  status: 'ok' | 'failing' | 'disabled';
  /** Class of the last failure (dns, connect, timeout, tls, http_status, too_large, not_a_feed, parse, …). */
  error_class: string | null;
  error_count: number;
  last_error: string | null;
  last_poll_at: string | null;
  next_poll_at: string;
  articles: number;
}

/**
 * Every source (except removed ones) as operators see it. `disabled`: turned off in
 * sources.yaml, by an operator, or by a 410 Gone; `failing`: its last poll failed; else `ok`.
 */
export async function sourceListing(store: Store): Promise<SourceListing[]> {
  const [rows, counts] = await Promise.all([store.sources.list(), store.articles.countBySource()]);
  return rows.map((row) => {
    const errorCount = Number(row.error_count);
    const disabled = row.enabled === 0 || row.status === 'disabled';
    return {
      id: row.id,
      url: row.url,
      outlet: row.outlet,
      section: row.section,
      status: disabled ? 'disabled' : errorCount > 0 ? 'failing' : 'ok',
      error_class: row.error_class,
      error_count: errorCount,
      last_error: row.last_error,
      last_poll_at: row.last_fetched_at,
      next_poll_at: row.next_fetch_at,
      articles: counts.get(row.id) ?? 0,
    };
  });
}
