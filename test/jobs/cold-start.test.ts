import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Job, QueueEvents } from 'bullmq';
import pino from 'pino';
import { parse as parseYaml } from 'yaml';
import { jobId } from '../../jobs/queues';
import { firstEditionWait } from '../../src/app/build-edition';
import { ingestById } from '../../src/app/ingest';
import { slotOf } from '../../src/edition/freeze-edition';
import { createSqliteDatabase, type TestDatabase } from '../support/databases';
import { FIXTURE_FEEDS } from '../support/paths';
import { type Pipeline, startPipeline } from '../support/pipeline';

jest.setTimeout(120_000);

type Source = { id: string; outlet: string; url: string; section: string };

/**
 * Cold start (docs/ingest.md "Cold start"): the first edition is built only once every enabled
 * source has been polled (stored, or failed) and clustered, never from an empty store; the build
 * job says why it waits and checks again.
 */
describe('the first edition of a fresh installation', () => {
  let database: TestDatabase;
  let pipeline: Pipeline;
  let events: QueueEvents;
  let eventsConnection: Pipeline['connection'];
  const logs: { msg: string; reason?: string }[] = [];
  const fixtures = parseYaml(readFileSync(join(FIXTURE_FEEDS, 'sources.yaml'), 'utf8')) as {
    sources: Source[];
  };
  // One feed that answers 404: its failed poll counts as done.
  const sources: Source[] = [
    ...fixtures.sources,
    { id: 'vanished-world', outlet: 'Vanished Gazette', url: '/vanished.xml', section: 'world' },
  ];

  beforeAll(async () => {
    database = await createSqliteDatabase();
    pipeline = await startPipeline(database, {
      smtpUrl: null,
      feeds: { dir: FIXTURE_FEEDS, sources },
      overrides: { edition: { firstEditionRecheckMs: 300 } },
      logger: pino({ level: 'info' }, { write: (line: string) => logs.push(JSON.parse(line)) }),
    });
    eventsConnection = pipeline.connection.duplicate();
    events = new QueueEvents('build', {
      connection: eventsConnection,
      prefix: pipeline.context.config.queuePrefix,
    });
    await events.waitUntilReady();
  });

  afterAll(async () => {
    await events.close();
    eventsConnection.disconnect(); // BullMQ leaves a connection it was handed open
    await pipeline.close();
    await database.drop();
  });

  async function stateOf(job: Job, wanted: string): Promise<void> {
    const deadline = Date.now() + 30_000;
    while ((await job.getState()) !== wanted) {
      if (Date.now() > deadline) throw new Error(`build job is ${await job.getState()}, not ${wanted}`);
      await new Promise((done) => setTimeout(done, 50));
    }
  }

  test('waits, saying why, until every source was polled (one failing), then builds with the articles', async () => {
    const { context, queues } = pipeline;
    expect(await firstEditionWait(context)).toBe(
      `${sources.length} of ${sources.length} enabled sources not polled yet (${sources
        .map((source) => source.id)
        .sort()
        .slice(0, 5)
        .join(', ')} and ${sources.length - 5} more)`,
    );

    const slot = slotOf(context.now()).toISOString();
    const build = await queues.build.add('build', { slot }, { jobId: jobId('build', slot) });
    await stateOf(build, 'delayed');
    expect(await context.store.editions.count()).toBe(0);
    const waits = logs.filter(
      (line) => line.msg === 'first edition waits for the first poll of every source',
    );
    expect(waits.length).toBeGreaterThanOrEqual(1);
    expect(waits[0]?.reason).toMatch(/^\d+ of \d+ enabled sources not polled yet/);

    // Every source but one polled: still waiting, and the reason names the one left.
    for (const source of sources.slice(0, -1)) await ingestById(context, source.id);
    expect(await firstEditionWait(context)).toBe(
      `1 of ${sources.length} enabled sources not polled yet (vanished-world)`,
    );
    const waitsBefore = logs.filter((line) => line.msg.startsWith('first edition waits')).length;
    await new Promise((done) => setTimeout(done, 1000));
    expect(await context.store.editions.count()).toBe(0);
    // It kept checking (every 300 ms here) and kept saying why.
    expect(logs.filter((line) => line.msg.startsWith('first edition waits')).length).toBeGreaterThan(
      waitsBefore,
    );
    expect(logs.findLast((line) => line.reason)?.reason).toMatch(/vanished-world/);

    // The last poll fails (404); it counts as done and the waiting job builds the edition.
    const failed = await ingestById(context, 'vanished-world');
    expect(failed?.error).toBeDefined();
    expect(await firstEditionWait(context)).toBeNull();
    const result = (await build.waitUntilFinished(events, 30_000)) as { editionId: string; built: boolean };
    expect(result.built).toBe(true);
    const edition = await context.store.editions.get(result.editionId);
    const stories = edition?.content.sections.flatMap((section) => section.stories) ?? [];
    expect(stories.length).toBeGreaterThan(3);
    // Built from what the polls stored, clustered first: every article has its story.
    expect(await context.store.articles.count()).toBeGreaterThan(100);
    expect(await context.store.articles.listUnclustered(1)).toHaveLength(0);
    expect(await firstEditionWait(context)).toBeNull();
  });
});
