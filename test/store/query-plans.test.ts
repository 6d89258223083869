import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { openStore, type Store } from '../../src/store';
import { createSqliteDatabase, type TestDatabase } from '../support/databases';

const now = new Date('2026-11-28T06:00:00.000Z');

/**
 * The send workers' and the fan-out's statements find their rows by key on SQLite, whatever the
 * batch size. Without statistics SQLite guesses ten rows per value of any index, so a status test
 * can look narrower than a list of ids or a key range and turn each batch into a walk of every
 * queued delivery or due reader (docs/email.md "SQLite: rows found by key"). The plans are read
 * with EXPLAIN QUERY PLAN on a second connection.
 */
describe('query plans on SQLite', () => {
  let database: TestDatabase;
  let store: Store;
  const statements: string[] = [];

  beforeAll(async () => {
    database = await createSqliteDatabase();
    store = await openStore(database.url, process.cwd(), undefined, (sql) => statements.push(sql));
  });

  afterAll(async () => {
    await store.close();
    await database.drop();
  });

  /** The plan's steps of the last statement `work` ran, as EXPLAIN QUERY PLAN words them. */
  async function planOf(work: () => Promise<unknown>): Promise<string[]> {
    statements.length = 0;
    await work();
    const sql = statements.at(-1) as string;
    const raw = new Database(database.url.replace(/^sqlite:/, ''), { readonly: true });
    try {
      const parameters = Array.from(sql.matchAll(/\?/g), () => null);
      const rows = raw.prepare(`explain query plan ${sql}`).all(...parameters) as { detail: string }[];
      return rows.map((row) => row.detail);
    } finally {
      raw.close();
    }
  }

  test.each([1, 10, 64, 200])('a claim of %i deliveries finds each by its id', async (count) => {
    const ids = Array.from({ length: count }, () => randomUUID());
    const plan = await planOf(() => store.deliveries.claimMany(ids, now));
    expect(plan).toEqual(['SEARCH deliveries USING INDEX sqlite_autoindex_deliveries_1 (id=?)']);
  });

  test('a page of due readers walks readers by id from where the last page ended, unsorted', async () => {
    const plan = await planOf(() => store.subscribers.pageDue(now, 'a', 1000));
    expect(plan).toEqual(['SEARCH subscribers USING INDEX sqlite_autoindex_subscribers_1 (id>?)']);
  });

  test("a page's next due times find each reader by its id", async () => {
    const entries = Array.from({ length: 1000 }, () => ({ id: randomUUID(), nextDueAt: now.toISOString() }));
    const plan = await planOf(() => store.subscribers.setNextDue(entries, now));
    expect(plan.at(-1)).toBe('SEARCH subscribers USING INDEX sqlite_autoindex_subscribers_1 (id=?)');
  });
});
