import type { Job } from 'bullmq';
import { buildProcessor, fanoutProcessor, ingestProcessor, sendProcessor } from '../../jobs/processors';
import { slotOf } from '../../src/edition/freeze-edition';
import { type SmtpSink, startSmtpSink } from '../deliver/support/smtp-sink';
import { createSqliteDatabase, type TestDatabase } from '../support/databases';
import { addReader, type Pipeline, startPipeline } from '../support/pipeline';

jest.setTimeout(120_000);

/** A job object as BullMQ hands it to a processor; only what the processors read. */
function job<T>(data: T, attemptsMade = 0, attempts = 2): Job<T> {
  return { data, attemptsMade, opts: { attempts } } as unknown as Job<T>;
}

/**
 * Every job is idempotent (docs/architecture.md). Each processor runs twice on the same payload and the
 * second run changes nothing (no new articles, edition, delivery or message).
 */
describe('each job, run twice', () => {
  let database: TestDatabase;
  let sink: SmtpSink;
  let pipeline: Pipeline;

  beforeAll(async () => {
    database = await createSqliteDatabase();
    sink = await startSmtpSink();
    pipeline = await startPipeline(database, { smtpUrl: sink.url });
    await pipeline.workers.close(); // processors are driven by hand here
    await addReader(pipeline.context, 'twice@example.org', 'Europe/Berlin', ['world']);
  });

  afterAll(async () => {
    await pipeline.close();
    await sink.close();
    await database.drop();
  });

  test('ingest, build, fan-out and send', async () => {
    const { context, queues } = pipeline;
    const ingest = ingestProcessor(context);
    const sources = await context.store.sources.list();
    for (const source of sources) await ingest(job({ sourceId: source.id }));
    const articles = await context.store.articles.count();
    expect(articles).toBeGreaterThan(100);
    for (const source of sources) {
      const second = await ingest(job({ sourceId: source.id }));
      expect(second).toMatchObject({ inserted: 0 });
    }
    expect(await context.store.articles.count()).toBe(articles);

    const slot = slotOf(context.now()).toISOString();
    const build = buildProcessor(context, queues);
    const first = await build(job({ slot }));
    const again = await build(job({ slot }));
    expect(first.built).toBe(true);
    expect(again).toEqual({ editionId: first.editionId, built: false });

    const fanout = fanoutProcessor(context, queues);
    const fanned = await fanout(job({ slot }));
    const refanned = await fanout(job({ slot }));
    expect(fanned).toMatchObject({ editionId: first.editionId, created: 1, queued: 1 });
    expect(refanned).toMatchObject({ created: 0 });
    const deliveries = await context.store.deliveries.listByEdition(first.editionId as string);
    expect(deliveries).toHaveLength(1);

    const send = sendProcessor(context, queues);
    const deliveryId = deliveries[0]?.id as string;
    await expect(send(job({ deliveryId }))).resolves.toMatchObject({ kind: 'sent' });
    await expect(send(job({ deliveryId }))).resolves.toMatchObject({
      kind: 'skipped',
      reason: 'already sent',
    });
    expect(sink.messages).toHaveLength(1);
  });

  test('a malformed payload is refused without retries', async () => {
    const send = sendProcessor(pipeline.context, pipeline.queues);
    await expect(send(job({ deliveryId: 42 as unknown as string }))).rejects.toMatchObject({
      name: 'UnrecoverableError',
    });
  });
});
