import { Client } from 'pg';
import pino from 'pino';
import { openStore, type Store } from '../../src/store';
import { createPostgresDatabase, POSTGRES_ADMIN_URL, type TestDatabase } from '../support/databases';

async function terminateConnections(database: string): Promise<number> {
  const admin = new Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  try {
    const result = await admin.query(
      'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
      [database],
    );
    return result.rowCount ?? 0;
  } finally {
    await admin.end();
  }
}

describe('store on postgres when the server ends its connections', () => {
  let database: TestDatabase;
  let store: Store;
  const lines: { msg: string; code?: string }[] = [];

  beforeEach(async () => {
    database = await createPostgresDatabase();
    const logger = pino({ level: 'debug' }, { write: (line: string) => lines.push(JSON.parse(line)) });
    store = await openStore(database.url, process.cwd(), logger);
  });

  afterEach(async () => {
    await store.close();
    await database.drop();
  });

  test('an idle connection ended by the server is logged and replaced, and the process lives on', async () => {
    await store.ping();
    const name = new URL(database.url).pathname.slice(1);
    expect(await terminateConnections(name)).toBeGreaterThan(0);
    // The server's notice reaches the idle client asynchronously.
    for (let i = 0; i < 50 && lines.length === 0; i += 1) await new Promise((r) => setTimeout(r, 20));
    expect(lines).toContainEqual(
      expect.objectContaining({
        code: '57P01',
        msg: expect.stringContaining('idle PostgreSQL connection was closed'),
      }),
    );
    await expect(store.ping()).resolves.toBeUndefined();
  });
});
