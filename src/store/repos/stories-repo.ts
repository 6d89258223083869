import type { Kysely, Selectable } from 'kysely';
import type { Database, StoriesTable } from '../schema';
import { inTransaction } from '../transaction';

export type StoryRow = Selectable<StoriesTable>;

const DOC_COUNT_KEY = 'cluster.doc_count';

/** Stories and the clusterer's learned term statistics (IDF survives restarts). */
export class StoriesRepo {
  constructor(private readonly db: Kysely<Database>) {}

  /** Live stories (not merged away) whose last article is at or after `since`. */
  async loadRecent(since: Date): Promise<StoryRow[]> {
    return this.db
      .selectFrom('stories')
      .selectAll()
      .where('last_seen_at', '>=', since.toISOString())
      .where('merged_into', 'is', null)
      .execute();
  }

  /** How many stories are live (not merged into another), for the brief_stories gauge. */
  async countLive(): Promise<number> {
    const row = await this.db
      .selectFrom('stories')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('merged_into', 'is', null)
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  async byIds(ids: string[]): Promise<StoryRow[]> {
    if (ids.length === 0) return [];
    return this.db.selectFrom('stories').selectAll().where('id', 'in', ids).execute();
  }

  async upsert(rows: StoryRow[]): Promise<void> {
    if (rows.length === 0) return;
    await inTransaction(this.db, async (trx) => {
      for (const row of rows) {
        const { id, ...rest } = row;
        await trx
          .insertInto('stories')
          .values(row)
          .onConflict((oc) => oc.column('id').doUpdateSet(rest))
          .execute();
      }
    });
  }

  async markMerged(fromId: string, intoId: string): Promise<void> {
    await this.db.updateTable('stories').set({ merged_into: intoId }).where('id', '=', fromId).execute();
  }

  async loadTermStats(): Promise<{ docCount: number; df: [string, number][] }> {
    const rows = await this.db.selectFrom('term_stats').select(['term', 'df']).execute();
    const meta = await this.db
      .selectFrom('settings')
      .select('value')
      .where('key', '=', DOC_COUNT_KEY)
      .executeTakeFirst();
    return { docCount: meta ? Number(meta.value) : 0, df: rows.map((row) => [row.term, Number(row.df)]) };
  }

  /** Writes only the terms whose document frequency changed, and the new document count. */
  async saveTermStats(docCount: number, changes: [string, number][]): Promise<void> {
    await inTransaction(this.db, async (trx) => {
      for (let start = 0; start < changes.length; start += 400) {
        const values = changes.slice(start, start + 400).map(([term, df]) => ({ term, df }));
        await trx
          .insertInto('term_stats')
          .values(values)
          .onConflict((oc) => oc.column('term').doUpdateSet((eb) => ({ df: eb.ref('excluded.df') })))
          .execute();
      }
      await trx
        .insertInto('settings')
        .values({ key: DOC_COUNT_KEY, value: String(docCount) })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: String(docCount) }))
        .execute();
    });
  }
}
