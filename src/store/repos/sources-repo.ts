import { type Kysely, type Selectable, sql } from 'kysely';
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
  errorClass: string | null;
  note: string | null;
  status: string;
  /** The feed moved for good (301/308): poll it here from now on. */
  url?: string;
}

export class SourcesRepo {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Makes the table match the configured list (docs/ingest.md "Managing sources"): new sources
   * are added (due now) and changed ones updated. sources.yaml wins: a source it names takes over
   * a source of the same id added with `brief sources add`, and one added there under another id
   * with the same URL is disabled. The stored URL follows permanent redirects until the declared
   * URL itself changes. Config sources no longer listed are disabled, never deleted, so their
   * articles stay; sources added from the command line are left alone.
   */
  async syncFromConfig(definitions: SourceDefinition[], now: Date): Promise<void> {
    const configured = new Set(definitions.map((source) => source.id));
    const urls = definitions.map((source) => source.url);
    await inTransaction(this.db, async (trx) => {
      for (const source of definitions) {
        const values = {
          outlet: source.outlet,
          section: source.section,
          enabled: source.enabled ? 1 : 0,
          declared_url: source.url,
          origin: 'config',
        };
        await trx
          .insertInto('sources')
          .values({
            id: source.id,
            ...values,
            url: source.url,
            next_fetch_at: now.toISOString(),
            error_count: 0,
            status: 'new',
          })
          .onConflict((oc) =>
            oc.column('id').doUpdateSet({
              ...values,
              url: sql<string>`case when sources.declared_url = excluded.declared_url then sources.url else excluded.url end`,
            }),
          )
          .execute();
      }
      const existing = await trx.selectFrom('sources').select(['id', 'origin', 'declared_url']).execute();
      const stale = existing
        .filter((row) =>
          row.origin === 'config'
            ? !configured.has(row.id)
            : !configured.has(row.id) && urls.includes(row.declared_url ?? ''),
        )
        .map((row) => row.id);
      if (stale.length > 0)
        await trx.updateTable('sources').set({ enabled: 0 }).where('id', 'in', stale).execute();
    });
  }

  /** Adds a source declared with `brief sources add`; false when the id is taken. */
  async addFromCli(source: Omit<SourceDefinition, 'enabled'>, now: Date): Promise<boolean> {
    const rows = await this.db
      .insertInto('sources')
      .values({
        id: source.id,
        outlet: source.outlet,
        url: source.url,
        declared_url: source.url,
        section: source.section,
        enabled: 1,
        origin: 'cli',
        next_fetch_at: now.toISOString(),
        error_count: 0,
        status: 'new',
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('id')
      .execute();
    return rows.length === 1;
  }

  /** The source polling `url` now or declared with it, if any. */
  async findByUrl(url: string): Promise<SourceRow | undefined> {
    return this.db
      .selectFrom('sources')
      .selectAll()
      .where((eb) => eb.or([eb('url', '=', url), eb('declared_url', '=', url)]))
      .executeTakeFirst();
  }

  /**
   * Removes a source added from the command line: deleted when it has no articles, otherwise
   * disabled and marked removed, so the articles (and stories citing them) keep their source.
   */
  async removeCliSource(id: string): Promise<'deleted' | 'retired'> {
    return inTransaction(this.db, async (trx) => {
      const used = await trx
        .selectFrom('articles')
        .select('id')
        .where('source_id', '=', id)
        .executeTakeFirst();
      if (!used) {
        await trx.deleteFrom('article_outlets').where('source_id', '=', id).execute();
        await trx.deleteFrom('sources').where('id', '=', id).execute();
        return 'deleted';
      }
      await trx.updateTable('sources').set({ enabled: 0, origin: 'removed' }).where('id', '=', id).execute();
      return 'retired';
    });
  }

  /**
   * An operator stops or resumes polling. Disabling sets the status (sources.yaml's `enabled`
   * stays what the file says); enabling also clears the error count and makes the source due now.
   */
  async setOperatorEnabled(id: string, enabled: boolean, now: Date): Promise<void> {
    const update = enabled
      ? { status: 'active', error_count: 0, next_fetch_at: now.toISOString(), enabled: 1 }
      : { status: 'disabled' };
    await this.db.updateTable('sources').set(update).where('id', '=', id).execute();
  }

  /** Sources to poll now: enabled, not disabled, and due unless `force`. */
  async listDue(now: Date, options: { force?: boolean } = {}): Promise<SourceRow[]> {
    let query = this.db
      .selectFrom('sources')
      .selectAll()
      .where('enabled', '=', 1)
      .where('status', '!=', 'disabled');
    if (!options.force) query = query.where('next_fetch_at', '<=', now.toISOString());
    return query.orderBy('next_fetch_at').orderBy('id').execute();
  }

  /**
   * Sources that would be polled (enabled, not disabled) and never have been: no poll of theirs,
   * successful or failed, is recorded yet.
   */
  async listUnpolled(): Promise<{ id: string }[]> {
    return this.db
      .selectFrom('sources')
      .select('id')
      .where('enabled', '=', 1)
      .where('status', '!=', 'disabled')
      .where('last_fetched_at', 'is', null)
      .orderBy('id')
      .execute();
  }

  /** How many sources would be polled (enabled, not disabled). */
  async countPollable(): Promise<number> {
    const row = await this.db
      .selectFrom('sources')
      .select((eb) => eb.fn.countAll<number | string>().as('count'))
      .where('enabled', '=', 1)
      .where('status', '!=', 'disabled')
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  /** Every source except those removed from the command line. */
  async list(): Promise<SourceRow[]> {
    return this.db
      .selectFrom('sources')
      .selectAll()
      .where('origin', '!=', 'removed')
      .orderBy('section')
      .orderBy('id')
      .execute();
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
        error_class: update.errorClass,
        note: update.note,
        status: update.status,
        ...(update.url ? { url: update.url } : {}),
      })
      .where('id', '=', id)
      .execute();
  }
}
