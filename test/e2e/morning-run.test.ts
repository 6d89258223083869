import { DateTime } from 'luxon';
import { type ParsedMail, simpleParser } from 'mailparser';
import { createAdminService } from '../../jobs/admin-service';
import { runCycle } from '../../jobs/run-cycle';
import { webDeps } from '../../src/app/web';
import { buildApp } from '../../src/web';
import { type SmtpSink, startSmtpSink } from '../deliver/support/smtp-sink';
import { dialects, type TestDatabase } from '../support/databases';
import { addReader, type Pipeline, startPipeline } from '../support/pipeline';

jest.setTimeout(180_000);

/**
 * The whole morning run against real parts: fixture feeds over HTTP, SQLite and PostgreSQL, a
 * private Redis key prefix, BullMQ workers, and an SMTP server that accepts or rejects by rule.
 * What arrived is read back with mailparser and checked like a reader would.
 */
describe.each(dialects)('a morning run on %s', (_dialect, createDatabase) => {
  let database: TestDatabase;
  let sink: SmtpSink;
  let pipeline: Pipeline;
  let mails: ParsedMail[];
  let editionId: string;

  beforeAll(async () => {
    database = await createDatabase();
    sink = await startSmtpSink();
    pipeline = await startPipeline(database, { smtpUrl: sink.url });
    const { context } = pipeline;
    await addReader(context, 'paris@example.org', 'Europe/Paris', ['world', 'business', 'science']);
    await addReader(context, 'la@example.org', 'America/Los_Angeles', ['world', 'business']);
    await addReader(context, 'kolkata@example.org', 'Asia/Kolkata', ['world']);
    await addReader(context, 'busy@example.net', 'UTC', ['world']); // the SMTP server answers 450
    await addReader(context, 'gone@example.net', 'UTC', ['world']); // the SMTP server answers 550
    const gone = await addReader(context, 'left@example.org', 'UTC', ['world']);
    await context.store.subscribers.setStatus(gone.id, 'unsubscribed', context.now());
    const later = await addReader(context, 'tomorrow@example.org', 'Pacific/Auckland', ['world']);
    const tomorrow = DateTime.fromJSDate(context.now()).setZone('Pacific/Auckland').plus({ days: 1 }).weekday;
    await context.store.subscribers.updatePreferences(
      later.id,
      { frequency: 'weekly', weeklyDay: tomorrow },
      context.now(),
    );

    const report = await runCycle(context, pipeline.queues, pipeline.connection, 120_000);
    editionId = report.editionId;
    mails = await Promise.all(sink.messages.map((raw) => simpleParser(raw)));
  });

  afterAll(async () => {
    await pipeline?.close();
    await sink?.close();
    await database?.drop();
  });

  test('each due, active reader gets exactly one email; the others none', () => {
    const recipients = mails.map((mail) => addressOf(mail)).sort();
    expect(recipients).toEqual(['kolkata@example.org', 'la@example.org', 'paris@example.org']);
  });

  test('every email has HTML and text parts with at least 3 multi-source stories and linked sources', () => {
    for (const mail of mails) {
      expect(typeof mail.html).toBe('string');
      expect(mail.text?.length ?? 0).toBeGreaterThan(500);
      const html = mail.html as string;
      const text = mail.text as string;
      const based = text.match(/Summary based on (\d+) sources/g) ?? [];
      expect(based.length).toBeGreaterThanOrEqual(3);
      expect(html.match(/Summary based on \d+ sources/g)?.length ?? 0).toBeGreaterThanOrEqual(3);
      // Source lists link to the fixture outlets' articles.
      const articleLinks = [...html.matchAll(/href="(https:\/\/[^"]+\.example\/[^"]+)"/g)].map(
        (match) => match[1],
      );
      expect(articleLinks.length).toBeGreaterThanOrEqual(6);
      for (const href of [...html.matchAll(/href="([^"]+)"/g)].map((match) => match[1] as string)) {
        expect(href).toMatch(/^(https?:|mailto:)/);
      }
      expect(html).not.toMatch(/<script|javascript:|onerror=|<img/i);
      expect(text).toContain('Morning Brief, 4 Rue Test, 75001 Paris');
      expect(html).toContain('Morning Brief, 4 Rue Test, 75001 Paris');
    }
  });

  test('every email carries the headers a list message needs (invariant 7)', () => {
    for (const mail of mails) {
      expect(mail.messageId).toMatch(/^<mb\.[^@]+@brief\.example\.org>$/);
      expect(header(mail, 'list-id')).toContain('<world.brief.example.org>');
      const unsubscribe = header(mail, 'list-unsubscribe');
      expect(unsubscribe).toMatch(/<https:\/\/brief\.example\.org\/u\/[^>]+>/);
      expect(unsubscribe).toMatch(/<mailto:[^>]+>/);
      expect(header(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
      expect(mail.from?.text).toContain('brief@brief.example.org');
    }
  });

  test('readers get only the sections they chose', () => {
    const byReader = new Map(mails.map((mail) => [addressOf(mail), mail.text as string]));
    const headings = (email: string) =>
      (byReader.get(email) ?? '').match(/^(WORLD|BUSINESS|SCIENCE & ENVIRONMENT)$/gm);
    expect(headings('paris@example.org')).toEqual(['WORLD', 'BUSINESS', 'SCIENCE & ENVIRONMENT']);
    expect(headings('la@example.org')).toEqual(['WORLD', 'BUSINESS']);
    expect(headings('kolkata@example.org')).toEqual(['WORLD']);
  });

  test('failures are recorded with their reason: 450 retried then failed, 550 failed at once', async () => {
    const deliveries = await pipeline.context.store.deliveries.listByEdition(editionId);
    const byEmail = new Map<string, (typeof deliveries)[number]>();
    for (const delivery of deliveries) {
      const subscriber = await pipeline.context.store.subscribers.get(delivery.subscriberId);
      byEmail.set(subscriber?.email ?? '', delivery);
    }
    expect(byEmail.get('busy@example.net')).toMatchObject({ status: 'failed_permanent', attempts: 2 });
    expect(byEmail.get('busy@example.net')?.lastError).toMatch(/450/);
    expect(byEmail.get('gone@example.net')).toMatchObject({ status: 'failed_permanent', attempts: 1 });
    expect(byEmail.get('gone@example.net')?.lastError).toMatch(/550/);
    expect(byEmail.has('left@example.org')).toBe(false);
    expect(byEmail.has('tomorrow@example.org')).toBe(false);
  });

  test('a second run the same day sends nothing new (invariant 1)', async () => {
    const before = sink.messages.length;
    await runCycle(pipeline.context, pipeline.queues, pipeline.connection, 120_000);
    expect(sink.messages.length).toBe(before);
  });

  test('an operator resends to everyone the edition failed for, once per request', async () => {
    const admin = createAdminService(pipeline.context, pipeline.queues);
    const first = await admin.resendFailed({
      editionId,
      requestId: 'req-failed-1',
      operator: 'operator:test',
    });
    const again = await admin.resendFailed({
      editionId,
      requestId: 'req-failed-1',
      operator: 'operator:test',
    });
    expect(first.queued).toBe(2);
    expect(again.queued).toBe(2);
    const resends = (await pipeline.context.store.deliveries.listByEdition(editionId)).filter(
      (d) => d.kind === 'resend',
    );
    expect(resends).toHaveLength(2);

    const before = sink.messages.length;
    const one = await admin.resendToSubscriber({
      subscriber: 'la@example.org',
      editionId,
      requestId: 'req-la',
      operator: 'operator:test',
    });
    const repeat = await admin.resendToSubscriber({
      subscriber: 'la@example.org',
      editionId,
      requestId: 'req-la',
      operator: 'operator:test',
    });
    expect(repeat).toEqual({ deliveryId: one.deliveryId, created: false, requestId: 'req-la' });
    await waitFor(
      async () => (await pipeline.context.store.deliveries.get(one.deliveryId))?.status === 'sent',
    );
    expect(sink.messages.length).toBe(before + 1);
    const audit = await pipeline.context.store.audit.forSubject('delivery', one.deliveryId);
    expect(audit.map((entry) => [entry.actor, entry.action])).toEqual([['operator:test', 'resend']]);
  });

  test("the email's one-click unsubscribe link works against the web app (RFC 8058)", async () => {
    const { context } = pipeline;
    const mail = mails.find((candidate) => addressOf(candidate) === 'kolkata@example.org') as ParsedMail;
    const url = new URL(
      (header(mail, 'list-unsubscribe').match(/<(https:[^>]+)>/) as RegExpMatchArray)[1] as string,
    );
    const app = buildApp(
      webDeps(context, {
        admin: null,
        queueSignup: async () => {},
        health: async () => ({ ok: true, checks: {} }),
      }),
    );
    const response = await app.inject({
      method: 'POST',
      url: url.pathname,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    await app.close();
    expect(response.statusCode).toBe(200);
    expect(response.headers['set-cookie']).toBeUndefined();
    expect((await context.store.subscribers.getByEmail('kolkata@example.org'))?.status).toBe('unsubscribed');
  });
});

function addressOf(mail: ParsedMail): string {
  const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
  return to?.value[0]?.address ?? '';
}

function header(mail: ParsedMail, name: string): string {
  const line = mail.headerLines.find((candidate) => candidate.key === name);
  return line
    ? line.line
        .slice(line.line.indexOf(':') + 1)
        .replace(/\r?\n\s+/g, ' ')
        .trim()
    : '';
}

async function waitFor(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((done) => setTimeout(done, 100));
  }
}
