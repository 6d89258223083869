import { runCycle } from '../../jobs/run-cycle';
import { FANOUT_PAGE, fanOut } from '../../src/app/fan-out';
import { NOTHING_NEW_REASON } from '../../src/app/whats-new';
import { slotOf } from '../../src/edition/freeze-edition';
import { mjmlCompilations } from '../../src/render';
import { type SmtpSink, startSmtpSink } from '../deliver/support/smtp-sink';
import { createSqliteDatabase, type TestDatabase } from '../support/databases';
import { addReader, type Pipeline, startPipeline } from '../support/pipeline';

jest.setTimeout(180_000);

const VARIANTS = [['world'], ['world', 'business'], ['science', 'world']];

function recipients(sink: SmtpSink, from = 0): string[] {
  return sink.messages.slice(from).map((raw) => /^To: (.+)$/m.exec(raw.toString())?.[1]?.trim() ?? '');
}

/**
 * The live path, fan-out worker to send workers over real Redis and SMTP: MJML compiled once per
 * variant whatever the readers (invariant 6), a fan-out that pages and does not walk served
 * readers again, and no email on a morning with nothing new (invariant 8).
 */
describe('fan-out and send workers', () => {
  let database: TestDatabase;
  let sink: SmtpSink;
  let pipeline: Pipeline;
  // Saturday 07:30 UTC.
  let clock = new Date('2026-11-28T07:30:00.000Z');

  beforeAll(async () => {
    database = await createSqliteDatabase();
    sink = await startSmtpSink();
    pipeline = await startPipeline(database, { smtpUrl: sink.url, now: () => clock });
  });

  afterAll(async () => {
    await pipeline.close();
    await sink.close();
    await database.drop();
  });

  test('MJML is compiled once per variant for 90 readers, each reader gets their own links', async () => {
    const { context } = pipeline;
    for (let n = 0; n < 90; n += 1)
      await addReader(context, `reader${n}@example.org`, 'UTC', VARIANTS[n % 3] as string[]);
    const before = mjmlCompilations();
    const report = await runCycle(context, pipeline.queues, pipeline.connection);
    expect(report.sends).toEqual({ sent: 90, failed: 0, skipped: 0 });
    expect(mjmlCompilations() - before).toBe(3);
    const delivered = recipients(sink);
    expect(new Set(delivered).size).toBe(90);
    const first = sink.messages[0]?.toString() as string;
    const second = sink.messages[1]?.toString() as string;
    const unsubscribe = (raw: string) =>
      /^List-Unsubscribe: <([^>]+)>/m.exec(raw.replace(/\r\n /g, ' '))?.[1];
    expect(unsubscribe(first)).toMatch(/^https:\/\/brief\.example\.org\/u\//);
    expect(unsubscribe(first)).not.toBe(unsubscribe(second));
  });

  test('a second run in the same hour walks no reader already served', async () => {
    const { context } = pipeline;
    const slot = slotOf(clock);
    const queued: string[] = [];
    const again = await fanOut(context, slot, async (ids) => {
      queued.push(...ids);
    });
    expect(again).toMatchObject({ walked: 0, created: 0, queued: 0 });
    expect(queued).toEqual([]);
  });

  test('readers are read a page at a time, and those not due yet come back only when due', async () => {
    const { context } = pipeline;
    const extra = FANOUT_PAGE + 200;
    for (let n = 0; n < extra; n += 1)
      await addReader(context, `later${n}@example.org`, 'UTC', ['world'], n % 2 === 0 ? 0 : 2);
    const pages: number[] = [];
    const pageDue = context.store.subscribers.pageDue.bind(context.store.subscribers);
    const spy = jest
      .spyOn(context.store.subscribers, 'pageDue')
      .mockImplementation(async (now, afterId, limit) => {
        const page = await pageDue(now, afterId, limit);
        pages.push(page.length);
        return page;
      });
    try {
      const slot = slotOf(clock);
      const first = await fanOut(context, slot, async () => {});
      expect(first).toMatchObject({ walked: extra, created: extra / 2, notDue: extra / 2 });
      expect(Math.max(...pages)).toBeLessThanOrEqual(FANOUT_PAGE);
      expect(pages.length).toBeGreaterThan(1);

      const same = await fanOut(context, slot, async () => {});
      expect(same.walked).toBe(0);

      clock = new Date('2026-11-28T09:45:00.000Z'); // the 09:00 readers are due now
      const later = await fanOut(context, slot, async () => {});
      expect(later).toMatchObject({ walked: extra / 2, created: extra / 2 });
    } finally {
      spy.mockRestore();
      // These readers are not part of the next test.
      for (let n = 0; n < extra; n += 1) {
        const reader = await context.store.subscribers.getByEmail(`later${n}@example.org`);
        if (reader) await context.store.subscribers.setStatus(reader.id, 'unsubscribed', clock);
      }
    }
  });

  test('a morning with nothing new sends nothing and records why; something new is sent', async () => {
    const { context } = pipeline;
    const before = sink.messages.length;
    // Sunday's edition tells exactly Saturday's stories (frozen ahead of the run, so the build
    // keeps it): nothing new for anyone who had Saturday's email.
    clock = new Date('2026-11-29T07:30:00.000Z');
    const [saturday] = await context.store.editions.latest(1);
    const slot = slotOf(clock).toISOString();
    await context.store.editions.createForSlot({
      ...(saturday?.content as NonNullable<typeof saturday>['content']),
      editionId: 'sunday-same-stories',
      slot,
      builtAt: clock.toISOString(),
    });
    const quiet = await runCycle(context, pipeline.queues, pipeline.connection);
    expect(quiet.editionId).toBe('sunday-same-stories');
    expect(sink.messages.length).toBe(before);
    expect(quiet.sends).toMatchObject({ sent: 0, skipped: 90 });
    const skipped = await context.store.deliveries.listByEdition(quiet.editionId, ['skipped']);
    expect(skipped).toHaveLength(90);
    expect(skipped[0]?.lastError).toBe(NOTHING_NEW_REASON);

    // A reader who never had an email has something new in the same edition.
    await addReader(context, 'newcomer@example.org', 'UTC', ['world']);
    clock = new Date('2026-11-29T07:40:00.000Z');
    await runCycle(context, pipeline.queues, pipeline.connection);
    expect(recipients(sink, before)).toEqual(['newcomer@example.org']);
  });
});
