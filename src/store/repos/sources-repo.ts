import type { Kysely, Selectable } from 'kysely';
import type { Database, SourcesTable } from '../schema';
import { inTransaction } from '../transaction';

export type SourceRow = Selectable<SourcesTable>;

export interface SourceDefinition {
  id: string;
  outlet: string;
  url: string;
  section: string;
  enabled: boolean;
}

export interface FetchUpdate {
  etag: string | null;
  lastModified: string | null;
  nextFetchAt: Date;
  lastFetchedAt: Date;
  errorCount: number;
  lastError: string | null;
  status: string;
}

export class SourcesRepo {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Makes the table match the configured list: new sources are added (due now), changed ones
   * updated, and sources no longer configured are disabled, never deleted, so their articles stay.
   */
  async syncFromConfig(definitions: SourceDefinition[], now: Date): Promise<void> {
    const configured = new Set(definitions.map((source) => source.id));
    await inTransaction(this.db, async (trx) => {
      for (const source of definitions) {
        const values = {
          outlet: source.outlet,
          url: source.url,
          section: source.section,
          enabled: source.enabled ? 1 : 0,
        };
        await trx
          .insertInto('sources')
          .values({
            id: source.id,
            ...values,
            next_fetch_at: now.toISOString(),
            error_count: 0,
            status: 'new',
          })
          .onConflict((oc) => oc.column('id').doUpdateSet(values))
          .execute();
      }
      const existing = await trx.selectFrom('sources').select('id').execute();
      const stale = existing.map((row) => row.id).filter((id) => !configured.has(id));
      if (stale.length > 0)
        await trx.updateTable('sources').set({ enabled: 0 }).where('id', 'in', stale).execute();
    });
  }

  async listDue(now: Date): Promise<SourceRow[]> {
    return this.db
      .selectFrom('sources')
      .selectAll()
      .where('enabled', '=', 1)
      .where('next_fetch_at', '<=', now.toISOString())
      .orderBy('next_fetch_at')
      .execute();
  }

  async list(): Promise<SourceRow[]> {
    return this.db.selectFrom('sources').selectAll().orderBy('section').orderBy('id').execute();
  }

  async get(id: string): Promise<SourceRow | undefined> {
    return this.db.selectFrom('sources').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async recordFetch(id: string, update: FetchUpdate): Promise<void> {
    await this.db
      .updateTable('sources')
      .set({
        etag: update.etag,
        last_modified: update.lastModified,
        next_fetch_at: update.nextFetchAt.toISOString(),
        last_fetched_at: update.lastFetchedAt.toISOString(),
        error_count: update.errorCount,
        last_error: update.lastError,
        status: update.status,
      })
      .where('id', '=', id)
      .execute();
  }

  /** Makes every enabled source due now (used by `run-once` and `demo`). */
  async makeAllDue(now: Date): Promise<void> {
    await this.db
      .updateTable('sources')
      .set({ next_fetch_at: now.toISOString() })
      .where('enabled', '=', 1)
      .execute();
  }
}
