import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from 'kysely';
import { BriefError, errorMessage } from '../shared/errors';
import type { Dialect } from './database';
import * as initial from './migrations/0001-initial';
import * as sources from './migrations/0003-sources';
import * as deliveries from './migrations/0004-deliveries';
import * as readerData from './migrations/0005-reader-data';
import * as storyPages from './migrations/0007-story-pages';
import * as derivedTitles from './migrations/0008-derived-titles';
import type { Database } from './schema';

/** Migrations are compiled into the code (no file scanning), in order. */
const migrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0003-sources': sources,
  '0004-deliveries': deliveries,
  '0005-reader-data': readerData,
  '0007-story-pages': storyPages,
  '0008-derived-titles': derivedTitles,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/**
 * Brings the schema up to date. Roles starting together must not migrate twice: on PostgreSQL
 * Kysely takes an advisory lock; its SQLite adapter takes none (it assumes one process), so on
 * SQLite the whole run holds the database's write lock (BEGIN IMMEDIATE) and a second process
 * waits on the busy timeout, then finds nothing left to do.
 */
export async function migrateToLatest(db: Kysely<Database>, dialect: Dialect): Promise<string[]> {
  if (dialect === 'sqlite') await sql`BEGIN IMMEDIATE`.execute(db);
  // Numbers were handed out per change, so a database may already hold a later one (0005) when
  // an earlier number (0003) lands; each migration stands alone, so order of arrival is fine.
  const migrator = new Migrator({ db, provider, allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  if (dialect === 'sqlite') await sql.raw(error ? 'ROLLBACK' : 'COMMIT').execute(db);
  if (error) {
    throw new BriefError('store', 'MIGRATION_FAILED', `migration failed: ${errorMessage(error)}`, {
      cause: error,
    });
  }
  return (results ?? [])
    .filter((result) => result.status === 'Success')
    .map((result) => result.migrationName);
}
