import { runCycle } from '../../jobs/run-cycle';
import { sendDelivery } from '../../src/app/send-delivery';
import { type SmtpSink, startSmtpSink } from '../deliver/support/smtp-sink';
import { createSqliteDatabase, type TestDatabase } from '../support/databases';
import { type Pipeline, startPipeline } from '../support/pipeline';

jest.setTimeout(180_000);

/**
 * Invariants 1 and 2 under a controlled clock: after downtime the next run sends what is still
 * owed today, in each reader's own calendar; yesterday's missed digest is not sent; a send that
 * died mid-transaction is not repeated.
 */
describe('delivery guarantees over days and downtime', () => {
  let database: TestDatabase;
  let sink: SmtpSink;
  let pipeline: Pipeline;
  // Saturday 15:30 UTC; the service was down since 06:00.
  let clock = new Date('2026-11-28T15:30:00.000Z');

  beforeAll(async () => {
    database = await createSqliteDatabase();
    sink = await startSmtpSink();
    // The feeds do not change between the days played here: the old "send anyway" behaviour
    // keeps every day's digest (nothing-new skips are tested in quiet-morning.test.ts).
    pipeline = await startPipeline(database, {
      smtpUrl: sink.url,
      now: () => clock,
      overrides: {
        delivery: { maxAttempts: 2, retryDelayMs: 200, concurrency: 4, skipWhenNothingNew: false },
      },
    });
  });

  afterAll(async () => {
    await pipeline.close();
    await sink.close();
    await database.drop();
  });

  async function reader(email: string, timezone: string, sendHour: number, pausedUntil: Date | null = null) {
    const { context } = pipeline;
    const { subscriber } = await context.store.subscribers.create(
      {
        id: context.newId(),
        email,
        status: 'active',
        sections: ['world'],
        timezone,
        sendHour,
        frequency: 'daily',
        consent: null,
      },
      clock,
    );
    if (pausedUntil) {
      await context.store.subscribers.updatePreferences(subscriber.id, { pausedUntil }, clock);
      await context.store.subscribers.setStatus(subscriber.id, 'paused', clock);
    }
    return subscriber;
  }

  function recipients(from = 0): string[] {
    return sink.messages
      .slice(from)
      .map((raw) => /^To: (.+)$/m.exec(raw.toString())?.[1]?.trim() ?? '')
      .sort();
  }

  test('downtime: owed readers are served today, yesterday is not made up, pauses hold', async () => {
    await reader('london-7am@example.org', 'Europe/London', 7); // 07:00 passed during downtime: owed
    await reader('auckland-7am@example.org', 'Pacific/Auckland', 7); // already Sunday 04:30 there: not yet
    await reader('chicago-7am@example.org', 'America/Chicago', 7); // 09:30 local: owed
    await reader('later@example.org', 'UTC', 18); // 18:00 has not come
    await reader('paused@example.org', 'UTC', 7, new Date('2026-12-05T00:00:00.000Z'));

    await runCycle(pipeline.context, pipeline.queues, pipeline.connection);
    expect(recipients()).toEqual(['chicago-7am@example.org', 'london-7am@example.org']);
  });

  test('the same day again: nothing new; later, the 18:00 reader and Auckland once its Sunday 07:00 passes', async () => {
    const before = sink.messages.length;
    clock = new Date('2026-11-28T16:10:00.000Z');
    await runCycle(pipeline.context, pipeline.queues, pipeline.connection);
    expect(sink.messages.length).toBe(before);

    clock = new Date('2026-11-28T19:05:00.000Z'); // Auckland is now Sunday 08:05: its Sunday digest is due too
    await runCycle(pipeline.context, pipeline.queues, pipeline.connection);
    expect(recipients(before)).toEqual(['auckland-7am@example.org', 'later@example.org']);
  });

  test('the next day everyone is owed again, once', async () => {
    const before = sink.messages.length;
    clock = new Date('2026-11-29T20:00:00.000Z');
    await runCycle(pipeline.context, pipeline.queues, pipeline.connection);
    await runCycle(pipeline.context, pipeline.queues, pipeline.connection);
    // Auckland's local day is now Monday 09:00: owed again; the paused reader still is not.
    expect(recipients(before)).toEqual([
      'auckland-7am@example.org',
      'chicago-7am@example.org',
      'later@example.org',
      'london-7am@example.org',
    ]);
  });

  test('a send that died mid-transaction is recorded, not repeated', async () => {
    const { context } = pipeline;
    const subscriber = await reader('crash@example.org', 'UTC', 7);
    const [edition] = await context.store.editions.latest(1);
    const { delivery } = await context.store.deliveries.createScheduled(
      {
        id: context.newId(),
        subscriberId: subscriber.id,
        editionId: edition?.id as string,
        localDate: '2026-11-29',
        variantKey: 'world',
      },
      clock,
    );
    await context.store.deliveries.claim(delivery.id, clock); // the worker died after claiming
    const before = sink.messages.length;
    const outcome = await sendDelivery(context, delivery.id, { lastAttempt: false });
    expect(outcome).toMatchObject({ kind: 'failed' });
    expect(sink.messages.length).toBe(before);
    const after = await context.store.deliveries.get(delivery.id);
    expect(after?.status).toBe('failed_permanent');
    expect(after?.lastError).toMatch(/interrupted/);
  });
});
