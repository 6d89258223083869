import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAdminService } from '../../jobs/admin-service';
import { runCycle } from '../../jobs/run-cycle';
import { importBounces } from '../../src/app/bounces';
import { type SmtpSink, startSmtpSink } from '../deliver/support/smtp-sink';
import { createSqliteDatabase, type TestDatabase } from '../support/databases';
import { ROOT } from '../support/paths';
import { addReader, type Pipeline, startPipeline } from '../support/pipeline';

jest.setTimeout(180_000);

async function waitFor(check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((done) => setTimeout(done, 50));
  }
}

/** Hard bounces, at send time (5xx) and later (RFC 3464 reports), and a relay that asks us to wait. */
describe('bounces and throttling, through the real queues and an SMTP server', () => {
  let database: TestDatabase;
  let sink: SmtpSink;
  let pipeline: Pipeline;
  // Once armed, the relay answers 451 to every storm reader for 1.5 s from the first one it sees.
  let stormArmed = false;
  let stormStartedAt = 0;
  const STORM_MS = 1500;

  beforeAll(async () => {
    database = await createSqliteDatabase();
    sink = await startSmtpSink({
      onRcpt: (address) => {
        if (!stormArmed || !address.startsWith('storm')) return undefined;
        stormStartedAt ||= Date.now();
        if (Date.now() > stormStartedAt + STORM_MS) return undefined;
        return { match: /./, code: 451, message: '4.7.1 Too many messages, slow down' };
      },
    });
    pipeline = await startPipeline(database, {
      smtpUrl: sink.url,
      overrides: {
        delivery: { maxAttempts: 6, retryDelayMs: 200, concurrency: 4, throttleMs: 1000, bounceLimit: 3 },
      },
    });
  });

  afterAll(async () => {
    await pipeline.close();
    await sink.close();
    await database.drop();
  });

  test('three 5xx replies suppress the reader: no more sends, listed with their bounces', async () => {
    const { context, queues } = pipeline;
    const gone = await addReader(context, 'gone@example.net', 'UTC', ['world']); // the server answers 550
    const report = await runCycle(context, queues, pipeline.connection);
    expect(report.sends.failed).toBe(1);
    const admin = createAdminService(context, queues);
    for (const requestId of ['again-1', 'again-2', 'again-3']) {
      const { deliveryId } = await admin.resendToSubscriber({
        subscriber: gone.id,
        requestId,
        operator: 'test',
      });
      await waitFor(async () => {
        const status = (await context.store.deliveries.get(deliveryId))?.status;
        return status === 'failed_permanent' || status === 'suppressed';
      });
    }
    const attempts = sink.attempts.filter((attempt) => attempt.address === 'gone@example.net');
    expect(attempts.map((attempt) => attempt.code)).toEqual([550, 550, 550]);
    const after = await context.store.subscribers.get(gone.id);
    expect(after?.status).toBe('bounced');
    const deliveries = await context.store.deliveries.listBySubscriber(gone.id);
    expect(deliveries[0]).toMatchObject({ status: 'suppressed', lastError: 'subscriber is bounced' });
    expect(await admin.bouncedReaders()).toEqual([
      expect.objectContaining({ id: gone.id, email: 'g***@example.net', hardBounces: 3 }),
    ]);
    const audit = await context.store.audit.forSubject('subscriber', gone.id);
    expect(audit.map((entry) => entry.action)).toContain('subscriber.bounced');
  });

  test('delivery reports: failed 5.x.x recipients count once each; delays and strangers do not', async () => {
    const { context } = pipeline;
    const reader = await addReader(context, 'full-mailbox@example.org', 'UTC', ['world']);
    const mbox = readFileSync(join(ROOT, 'test/fixtures/bounces/reports.mbox'), 'utf8');
    const first = await importBounces(context, mbox);
    expect(first).toMatchObject({ messages: 4, reports: 4, counted: 2, suppressed: 0 });
    expect(first.ignored).toEqual([
      { recipient: 'f***@example.org', reason: 'not a permanent failure (action delayed, status 4.2.2)' },
      { recipient: 's***@example.com', reason: 'no reader has this address' },
    ]);
    expect((await context.store.subscribers.get(reader.id))?.status).toBe('active');

    const again = await importBounces(context, mbox);
    expect(again).toMatchObject({ counted: 0, suppressed: 0 });

    const eml = readFileSync(join(ROOT, 'test/fixtures/bounces/third-report.eml'), 'utf8');
    const third = await createAdminService(context, pipeline.queues).importBounces(eml);
    expect(third).toMatchObject({ messages: 1, counted: 1, suppressed: 1 });
    const after = await context.store.subscribers.get(reader.id);
    expect(after?.status).toBe('bounced');
    const [listed] = await context.store.subscribers.listBounced(1);
    expect(listed?.lastBounce).toMatch(/^DSN 5\.2\.2 smtp; 552 5\.2\.2 Mailbox full/);
  });

  test('a 451 storm slows the whole queue, then every message arrives once', async () => {
    const { context, queues } = pipeline;
    const readers = Array.from({ length: 12 }, (_, n) => `storm${n}@example.org`);
    for (const email of readers) await addReader(context, email, 'Europe/Paris', ['world']);
    stormArmed = true;
    await runCycle(context, queues, pipeline.connection);
    const arrived = sink.messages
      .map((raw) => /^To: (.+)$/m.exec(raw.toString())?.[1]?.trim() ?? '')
      .filter((to) => to.startsWith('storm'));
    expect(arrived.sort()).toEqual([...readers].sort());
    // After the first 451 the queue pauses for throttleMs: the few sends already in flight
    // (concurrency 4) finish, then nothing is tried until the pause is over.
    const tries = sink.attempts.filter((attempt) => attempt.address.startsWith('storm'));
    const firstRefusal = tries.find((attempt) => attempt.code === 451);
    expect(firstRefusal).toBeDefined();
    const refusedAt = firstRefusal?.at as number;
    const duringPause = tries.filter(
      (attempt) => attempt.at > refusedAt + 200 && attempt.at < refusedAt + 900,
    );
    expect(duringPause).toEqual([]);
    expect(tries.filter((attempt) => attempt.code === 451).length).toBeLessThan(readers.length * 2);
  });
});
