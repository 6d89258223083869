import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { openStore } from '../../src/store';
import { createSqliteDatabase, type TestDatabase } from '../support/databases';
import { REDIS_URL, ROOT } from '../support/paths';

jest.setTimeout(60_000);

describe('brief status', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createSqliteDatabase();
    const store = await openStore(database.url, ROOT);
    const now = new Date();
    // Readers due at each of the next three UTC hours: 1, 2 and 3 of them.
    for (const [offset, count] of [
      [1, 1],
      [2, 2],
      [3, 3],
    ] as const) {
      for (let index = 0; index < count; index++) {
        await store.subscribers.create(
          {
            id: `r-${offset}-${index}`,
            email: `r${offset}.${index}@example.org`,
            status: 'active',
            sections: ['world'],
            timezone: 'UTC',
            sendHour: (now.getUTCHours() + offset) % 24,
            frequency: 'daily',
            consent: null,
          },
          now,
        );
      }
    }
    await store.close();
  });

  afterAll(async () => {
    await database.drop();
  });

  test('shows the next delivery hours with their reader counts', () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [join(ROOT, 'bin/brief.js'), 'status', ...args], {
        cwd: ROOT,
        env: {
          ...process.env,
          DATABASE_URL: database.url,
          REDIS_URL,
          QUEUE_PREFIX: `brief-test-${randomBytes(5).toString('hex')}`,
          TOKEN_SECRET: randomBytes(32).toString('hex'),
          LOG_LEVEL: 'warn',
        },
        encoding: 'utf8',
        timeout: 60_000,
      });
    const hour = Math.floor(Date.now() / 3_600_000) * 3_600_000;
    const expected = [1, 2, 3].map((offset) => ({
      slot: new Date(hour + offset * 3_600_000).toISOString(),
      readers: offset,
    }));
    const json = run('--json', '--slots', '2');
    expect(json.status).toBe(0);
    expect((JSON.parse(json.stdout) as { nextSlots: unknown }).nextSlots).toEqual(expected.slice(0, 2));
    const text = run();
    expect(text.stdout).toContain(
      `next slots: \n${expected.map((entry) => `  ${entry.slot}: ${entry.readers} reader(s)\n`).join('')}`,
    );
  });
});
