import { type RawBuilder, sql } from 'kysely';

/**
 * A text column's value as an expression that no index can serve (`column || ''`), for a test
 * that must not choose how rows are found. Without ANALYZE, SQLite guesses ten rows per value of
 * any index, so `status IN (…)` looks narrower than a list of ids or a key range, and it walked
 * every queued delivery for each claim and every due reader for each page of the fan-out
 * (docs/email.md "Sending at scale"). PostgreSQL, which keeps statistics, finds rows by key there
 * anyway.
 */
export function unindexed(column: string): RawBuilder<string> {
  return sql<string>`(${sql.ref(column)} || '')`;
}
