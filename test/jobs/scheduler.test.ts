import { randomBytes } from 'node:crypto';
import { createQueues, type Queues } from '../../jobs/queues';
import { tick } from '../../jobs/scheduler';
import { type AppContext, closeContext, createContext } from '../../src/app/context';
import { connectRedis } from '../../src/app/redis';
import { loadConfig } from '../../src/config/load-config';
import { silentLogger } from '../../src/shared/logger';
import { createSqliteDatabase, type TestDatabase } from '../support/databases';
import { REDIS_URL, ROOT } from '../support/paths';

/** Two schedulers (two processes' worth of context) over one database and one Redis prefix. */
describe('scheduler tick', () => {
  let database: TestDatabase;
  let contexts: AppContext[];
  let queues: Queues[];
  let connection: ReturnType<typeof connectRedis>;
  let now: Date;

  beforeEach(async () => {
    database = await createSqliteDatabase();
    now = new Date('2026-11-28T06:07:30.000Z');
    const config = loadConfig({
      env: {},
      cwd: ROOT,
      overrides: {
        databaseUrl: database.url,
        queuePrefix: `brief-test-${randomBytes(5).toString('hex')}`,
        tokenSecret: randomBytes(32).toString('hex'),
      },
    });
    // One after the other: better-sqlite3 is synchronous, so two openings in one thread would wait on each other.
    contexts = [];
    for (const _ of [0, 1])
      contexts.push(await createContext({ config, logger: silentLogger, cwd: ROOT, now: () => now }));
    await contexts[0]?.store.sources.syncFromConfig(config.sources, now);
    connection = connectRedis(REDIS_URL);
    queues = [0, 1].map(() => createQueues(connection, config.queuePrefix, config.delivery));
  });

  afterEach(async () => {
    for (const set of queues) {
      for (const queue of [set.ingest, set.build, set.fanout, set.send, set.readers])
        await queue.obliterate({ force: true });
      await set.close();
    }
    connection.disconnect();
    for (const context of contexts) await closeContext(context);
    await database.drop();
  });

  async function counts() {
    const set = queues[0] as Queues;
    return {
      ingest: await set.ingest.count(),
      build: await set.build.count(),
      fanout: await set.fanout.count(),
      readers: await set.readers.count(),
    };
  }

  test('a tick enqueues every due source, the slot build and one fan-out', async () => {
    const result = await tick(contexts[0] as AppContext, queues[0] as Queues);
    expect(result).toEqual({ ingest: 16, slot: '2026-11-28T06:00:00.000Z' });
    expect(await counts()).toEqual({ ingest: 16, build: 1, fanout: 1, readers: 1 });
  });

  test('repeated ticks and a second scheduler add no duplicate work', async () => {
    await tick(contexts[0] as AppContext, queues[0] as Queues);
    await tick(contexts[0] as AppContext, queues[0] as Queues);
    await tick(contexts[1] as AppContext, queues[1] as Queues);
    await Promise.all([
      tick(contexts[0] as AppContext, queues[0] as Queues),
      tick(contexts[1] as AppContext, queues[1] as Queues),
    ]);
    expect(await counts()).toEqual({ ingest: 16, build: 1, fanout: 1, readers: 1 });
  });

  test('a later minute adds a new fan-out but no second build or purge for the same hour', async () => {
    await tick(contexts[0] as AppContext, queues[0] as Queues);
    now = new Date('2026-11-28T06:12:30.000Z');
    await tick(contexts[1] as AppContext, queues[1] as Queues);
    expect(await counts()).toEqual({ ingest: 16, build: 1, fanout: 2, readers: 1 });
    now = new Date('2026-11-28T07:00:10.000Z');
    await tick(contexts[1] as AppContext, queues[1] as Queues);
    expect(await counts()).toEqual({ ingest: 16, build: 2, fanout: 3, readers: 2 });
  });
});
