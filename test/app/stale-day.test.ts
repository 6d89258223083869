import { queueSends } from '../../jobs/processors';
import { runCycle } from '../../jobs/run-cycle';
import { buildEdition } from '../../src/app/build-edition';
import { fanOut } from '../../src/app/fan-out';
import { ingestById } from '../../src/app/ingest';
import type { Delivery } from '../../src/store';
import { type SmtpSink, startSmtpSink } from '../deliver/support/smtp-sink';
import { createSqliteDatabase, type TestDatabase } from '../support/databases';
import { type Pipeline, startPipeline } from '../support/pipeline';

jest.setTimeout(180_000);

/**
 * Never a stale day (docs/email.md "Never a stale day"): a digest queued before a downtime is
 * sent after it only while it is still that reader's local day; otherwise it is recorded as
 * skipped (`stale_day`) and nothing is sent, and the next fan-out makes and sends today's once.
 */
describe('a delivery queued before a downtime', () => {
  let database: TestDatabase;
  let sink: SmtpSink;
  let pipeline: Pipeline;
  // Saturday 28 November, 05:30 UTC: London's 03:00 and New York's 00:00 send hours have passed.
  let clock = new Date('2026-11-28T05:30:00.000Z');

  beforeAll(async () => {
    database = await createSqliteDatabase();
    sink = await startSmtpSink();
    pipeline = await startPipeline(database, {
      smtpUrl: sink.url,
      now: () => clock,
      deferWorkers: true,
      // The feeds do not change between the two days played here (nothing-new skips are tested elsewhere).
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

  async function reader(email: string, timezone: string, sendHour: number) {
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
    return subscriber;
  }

  function mailTo(address: string): string[] {
    return sink.messages
      .map((raw) => raw.toString())
      .filter((text) => new RegExp(`^To: ${address}\\r?$`, 'm').test(text));
  }

  async function settled(ids: string[]): Promise<Delivery[]> {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const rows = await Promise.all(ids.map((id) => pipeline.context.store.deliveries.get(id)));
      if (rows.every((row) => row && row.status !== 'queued' && row.status !== 'sending'))
        return rows as Delivery[];
      if (Date.now() > deadline) throw new Error('deliveries still waiting after 60 s');
      await new Promise((done) => setTimeout(done, 100));
    }
  }

  test('is skipped as stale_day past the reader midnight, sent while still their day; today’s arrives once', async () => {
    const { context, queues } = pipeline;
    const london = await reader('london@example.org', 'Europe/London', 3);
    const newYork = await reader('new-york@example.org', 'America/New_York', 0);

    // Before the downtime: the scheduler's work for 05:00 UTC, its send jobs queued, no send worker up.
    for (const source of await context.store.sources.listDue(clock)) await ingestById(context, source.id);
    await buildEdition(context, clock);
    const first = await fanOut(context, clock, (ids) => queueSends(queues, ids));
    expect(first.created).toBe(2);
    const queued = await context.store.deliveries.listBySubscriber(london.id);
    const [londonDay1] = queued;
    const [newYorkDay1] = await context.store.deliveries.listBySubscriber(newYork.id);
    expect(londonDay1?.localDate).toBe('2026-11-28');
    expect(newYorkDay1?.localDate).toBe('2026-11-28');
    expect(await queues.send.getWaitingCount()).toBe(2);

    // Down until Sunday 04:00 UTC: London is at 04:00 on the 29th, New York still at 23:00 on the 28th.
    clock = new Date('2026-11-29T04:00:00.000Z');
    await pipeline.startWorkers();
    const [londonAfter, newYorkAfter] = await settled([londonDay1?.id as string, newYorkDay1?.id as string]);
    expect(londonAfter?.status).toBe('skipped');
    expect(londonAfter?.lastError).toMatch(
      /^stale_day: made for 2026-11-28, it is now 2026-11-29 in Europe\/London$/,
    );
    expect(newYorkAfter?.status).toBe('sent');
    expect(mailTo('london@example.org')).toHaveLength(0);
    expect(mailTo('new-york@example.org')).toHaveLength(1);

    // The next cycle (a scheduler tick's work) makes London's Sunday digest and sends it, once.
    await runCycle(context, queues, pipeline.connection);
    await runCycle(context, queues, pipeline.connection);
    const london2 = mailTo('london@example.org');
    expect(london2).toHaveLength(1);
    // "Morning Brief — Sunday, 29 Nov", Q-encoded: the subject carries the reader's local date.
    expect(london2[0]).toMatch(/^Subject: .*Sunday=2C_29_Nov/m);
    const rows = await context.store.deliveries.listBySubscriber(london.id);
    expect(rows.map((row) => [row.localDate, row.status]).sort()).toEqual([
      ['2026-11-28', 'skipped'],
      ['2026-11-29', 'sent'],
    ]);
    // New York's day has not ended: nothing more for it.
    expect(mailTo('new-york@example.org')).toHaveLength(1);
  });
});
