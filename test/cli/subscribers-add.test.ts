import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { openStore } from '../../src/store';
import { createSqliteDatabase, type TestDatabase } from '../support/databases';
import { ROOT } from '../support/paths';

jest.setTimeout(60_000);

/** An operator cannot add back an address whose reader asked to be deleted. */
describe('brief subscribers add', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createSqliteDatabase();
  });

  afterAll(async () => {
    await database.drop();
  });

  const add = (email: string) =>
    spawnSync(process.execPath, [join(ROOT, 'bin/brief.js'), 'subscribers', 'add', email], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: database.url, TOKEN_SECRET: randomBytes(32).toString('hex') },
      encoding: 'utf8',
    });

  test('refuses an erased address, names why, and adds nothing', async () => {
    const store = await openStore(database.url, ROOT);
    try {
      const { subscriber } = await store.subscribers.create(
        {
          id: 'erased-reader',
          email: 'erased@example.org',
          status: 'active',
          sections: ['world'],
          timezone: 'UTC',
          sendHour: 7,
          frequency: 'daily',
          consent: null,
        },
        new Date(),
      );
      await store.readerData.erase(subscriber.id, new Date());
    } finally {
      await store.close();
    }
    const refused = add('Erased@Example.org');
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain('asked to be deleted');
    const accepted = add('someone.else@example.org');
    expect(accepted.status).toBe(0);
    const check = await openStore(database.url, ROOT);
    try {
      expect(await check.subscribers.getByEmail('erased@example.org')).toBeUndefined();
      expect(await check.subscribers.getByEmail('someone.else@example.org')).toMatchObject({
        status: 'active',
      });
    } finally {
      await check.close();
    }
  });
});
