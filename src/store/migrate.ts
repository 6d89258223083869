import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import { BriefError, errorMessage } from '../shared/errors';
import * as initial from './migrations/0001-initial';
import type { Database } from './schema';

/** Migrations are compiled into the code (no file scanning), in order. */
const migrations: Record<string, Migration> = {
  '0001-initial': initial,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Brings the schema up to date; concurrent starts are serialized by Kysely's migration lock. */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error)
    throw new BriefError('store', 'MIGRATION_FAILED', `migration failed: ${errorMessage(error)}`, {
      cause: error,
    });
  return (results ?? [])
    .filter((result) => result.status === 'Success')
    .map((result) => result.migrationName);
}
