import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCycle } from '../../jobs/run-cycle';
import { createSqliteDatabase, type TestDatabase } from '../support/databases';
import { type Pipeline, startPipeline } from '../support/pipeline';

jest.setTimeout(120_000);

const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Good</title><link>https://good.example/</link>
<item><title>Harbour reopens after storm repairs</title><link>https://good.example/harbour</link>
<pubDate>Sat, 28 Nov 2026 05:00:00 GMT</pubDate><description>Ships can dock again.</description></item></channel></rss>`;

/** `brief run-once` runs runCycle: a failing source waits out its backoff unless forced. */
describe('a cycle honours each source’s backoff', () => {
  let database: TestDatabase;
  let pipeline: Pipeline;
  let clock = new Date('2026-11-28T07:00:00Z');

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'brief-backoff-'));
    writeFileSync(join(dir, 'good.xml'), FEED);
    database = await createSqliteDatabase();
    pipeline = await startPipeline(database, {
      smtpUrl: null,
      now: () => clock,
      feeds: {
        dir,
        sources: [
          { id: 'good', outlet: 'Good Outlet', url: '/good.xml', section: 'world' },
          { id: 'missing', outlet: 'Missing Outlet', url: '/missing.xml', section: 'world' },
        ],
      },
    });
  });
  afterAll(async () => {
    await pipeline.close();
    await database.drop();
  });

  const errorsOf = async (id: string) => Number((await pipeline.context.store.sources.get(id))?.error_count);

  test('polls what is due, skips what waits, and polls everything when forced', async () => {
    const first = await runCycle(pipeline.context, pipeline.queues, pipeline.connection);
    expect(first.polled).toBe(2);
    expect(await errorsOf('missing')).toBe(1);

    // Ten minutes later nothing is due: the good feed waits ingest.pollMinutes, the 404 longer.
    clock = new Date(clock.getTime() + 10 * 60_000);
    const second = await runCycle(pipeline.context, pipeline.queues, pipeline.connection);
    expect(second.polled).toBe(0);
    expect(await errorsOf('missing')).toBe(1);

    clock = new Date(clock.getTime() + 60_000);
    const forced = await runCycle(pipeline.context, pipeline.queues, pipeline.connection, 60_000, true);
    expect(forced.polled).toBe(2);
    expect(await errorsOf('missing')).toBe(2);
  });
});
