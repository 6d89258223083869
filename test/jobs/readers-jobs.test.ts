import { randomUUID } from 'node:crypto';
import type { Job } from 'bullmq';
import { simpleParser } from 'mailparser';
import { queueSignups, readersProcessor } from '../../jobs/processors';
import type { ReadersPayload } from '../../jobs/queues';
import { type SmtpSink, startSmtpSink } from '../deliver/support/smtp-sink';
import { dialects, type TestDatabase } from '../support/databases';
import { type Pipeline, startPipeline } from '../support/pipeline';

jest.setTimeout(120_000);

function job(name: string, data: ReadersPayload): Job<ReadersPayload> {
  return { name, data, attemptsMade: 0, opts: { attempts: 5 } } as unknown as Job<ReadersPayload>;
}

/** The readers' queue: sign-ups handled off the request path, and expired sign-ups purged. */
describe.each(dialects)('readers jobs on %s', (_dialect, createDatabase) => {
  let database: TestDatabase;
  let sink: SmtpSink;
  let pipeline: Pipeline;
  let clock = new Date('2026-11-28T06:00:00.000Z');

  beforeAll(async () => {
    database = await createDatabase();
    sink = await startSmtpSink();
    pipeline = await startPipeline(database, { smtpUrl: sink.url, now: () => clock });
  });

  afterAll(async () => {
    await pipeline.close();
    await sink.close();
    await database.drop();
  });

  async function storeSignup(email: string): Promise<string> {
    const id = randomUUID();
    await pipeline.context.store.signups.record({
      id,
      email,
      sections: ['world'],
      timezone: 'Asia/Tokyo',
      sendHour: 6,
      consentIp: null,
      consentTextVersion: '2026-11-1',
      createdAt: clock,
    });
    return id;
  }

  test('a sign-up job run twice makes one pending reader and sends one confirmation', async () => {
    const { context, queues } = pipeline;
    const process = readersProcessor(context, queues);
    const before = sink.messages.length;
    const id = await storeSignup('twice.signup@example.org');
    await expect(process(job('signup', { signupId: id }))).resolves.toEqual({ kind: 'sent' });
    await expect(process(job('signup', { signupId: id }))).resolves.toEqual({
      kind: 'skipped',
      reason: 'sign-up request already handled',
    });
    expect(sink.messages.length).toBe(before + 1);
    const mail = await simpleParser(sink.messages.at(-1) as Buffer);
    expect(mail.text).toContain('press "Confirm my subscription"');
    expect(mail.text).toContain('The link works for 7 days.');
    const reader = await context.store.subscribers.getByEmail('twice.signup@example.org');
    expect(reader).toMatchObject({ status: 'pending', timezone: 'Asia/Tokyo', sendHour: 6 });
    expect(await context.store.signups.get(id)).toBeUndefined();
    const consents = (await context.store.readerData.export(reader?.id ?? ''))?.consents;
    expect(consents).toEqual([
      { at: clock.toISOString(), event: 'given', method: 'web-form', ip: null, textVersion: '2026-11-1' },
    ]);
  });

  test('through the real queue and worker, a queued sign-up ends in the inbox', async () => {
    const before = sink.messages.length;
    const id = await storeSignup('queued.signup@example.org');
    await queueSignups(pipeline.queues, [id]);
    const deadline = Date.now() + 30_000;
    while (sink.messages.length === before && Date.now() < deadline)
      await new Promise((done) => setTimeout(done, 50));
    const mail = await simpleParser(sink.messages.at(-1) as Buffer);
    expect(mail.to).toMatchObject({ value: [{ address: 'queued.signup@example.org' }] });
  });

  test('purge: unconfirmed sign-ups older than the link are deleted with their data; others stay', async () => {
    const { context, queues } = pipeline;
    const process = readersProcessor(context, queues);
    const stale = await storeSignup('stale.signup@example.org');
    await process(job('signup', { signupId: stale }));
    const lost = await storeSignup('lost.request@example.org');
    clock = new Date('2026-12-05T06:30:00.000Z'); // 7 days and 30 minutes later
    const fresh = await storeSignup('fresh.signup@example.org');
    await process(job('signup', { signupId: fresh }));
    const staleReader = await context.store.subscribers.getByEmail('stale.signup@example.org');

    const result = await process(job('purge', { hour: '2026-12-05T06:00:00.000Z' }));
    // Every pending reader of the earlier tests was also confirmed-link-expired by now.
    expect(result).toMatchObject({ requests: 1, requeued: 0 });
    expect(await context.store.subscribers.getByEmail('stale.signup@example.org')).toBeUndefined();
    expect(await context.store.readerData.export(staleReader?.id ?? '')).toBeUndefined();
    expect(await context.store.signups.get(lost)).toBeUndefined();
    expect(await context.store.subscribers.getByEmail('fresh.signup@example.org')).toMatchObject({
      status: 'pending',
    });

    // A request left waiting (its job lost with Redis) is queued again by the next purge.
    const orphan = await storeSignup('orphan.request@example.org');
    clock = new Date('2026-12-05T06:45:00.000Z');
    const again = await process(job('purge', { hour: '2026-12-05T06:00:00.000Z' }));
    expect(again).toMatchObject({ readers: 0, requests: 0, requeued: 1 });
    expect(await queues.readers.getJob(`signup_${orphan}`)).toBeDefined();
  });
});
