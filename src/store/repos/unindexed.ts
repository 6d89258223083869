import { type RawBuilder, sql } from 'kysely';
import type { Dialect } from '../database';

/**
 * A column as a WHERE term that no index may serve on SQLite (unary `+`, SQLite's own way to keep
 * a term out of its plan), so that rows are found by key. Without ANALYZE, SQLite guesses ten rows
 * per value of any index, so `status IN (…)` looked narrower than a list of ids or a key range: it
 * walked every queued delivery for each claim and every due reader for each page of the fan-out
 * (docs/email.md "Sending at scale"). PostgreSQL keeps statistics and finds those rows by key
 * already; there the column stays as it is, since an expression it cannot estimate made it scan
 * the whole table for each page of the fan-out (45 ms against 4 ms, 100,000 readers).
 */
export function unindexed(column: string, dialect: Dialect): RawBuilder<string> {
  return dialect === 'sqlite' ? sql<string>`+${sql.ref(column)}` : sql.ref<string>(column);
}
