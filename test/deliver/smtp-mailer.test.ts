import { simpleParser } from 'mailparser';
import { buildMessage, classifySendError, createSmtpMailer, type Mailer } from '../../src/deliver';
import { silentLogger } from '../../src/shared/logger';
import { header } from './support/header';
import { messageInput, POSTAL_ADDRESS } from './support/message';
import { closedPort, type SmtpSink, startSmtpSink } from './support/smtp-sink';

async function sendError(mailer: Mailer, to: string): Promise<unknown> {
  try {
    await mailer.send(buildMessage(messageInput({ to, deliveryId: `dlv-${to.split('@')[0]}` })));
  } catch (error) {
    return error;
  }
  throw new Error(`expected sending to ${to} to fail`);
}

describe('SMTP mailer against a real in-process SMTP server', () => {
  let sink: SmtpSink;
  let mailer: Mailer;

  beforeAll(async () => {
    sink = await startSmtpSink();
    mailer = createSmtpMailer(sink.url, { maxConnections: 2, logger: silentLogger });
  });

  afterAll(async () => {
    await mailer.close();
    await sink.close();
  });

  it('delivers a message that carries every header of invariant 7', async () => {
    const result = await mailer.send(buildMessage(messageInput()));
    expect(result.accepted).toEqual(['reader@example.net']);
    expect(result.rejected).toEqual([]);
    expect(result.messageId).toBe('<mb.dlv_01JDX7Q4K6@news.example.org>');
    expect(result.response).toMatch(/^250 /);

    const mail = await simpleParser(sink.messages.at(-1) as Buffer);
    expect(mail.messageId).toBe('<mb.dlv_01JDX7Q4K6@news.example.org>');
    expect(header(mail, 'list-id')).toBe('"Morning Brief World News" <world.brief.news.example.org>');
    const unsubscribe = header(mail, 'list-unsubscribe');
    expect(unsubscribe).toContain('<https://brief.news.example.org/unsubscribe/one-click?token=abc.def>');
    expect(unsubscribe).toContain('<mailto:unsubscribe+abc.def@news.example.org?subject=unsubscribe>');
    expect(header(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(header(mail, 'x-entity-ref-id')).toBe('dlv_01JDX7Q4K6');
    expect(header(mail, 'from')).toContain('Morning Brief');
    expect(mail.from?.value[0]?.address).toBe('brief@news.example.org');
    expect(mail.replyTo?.value[0]?.address).toBe('editor@news.example.org');
    expect(mail.subject).toBe('Morning Brief — Sunday 29 November: Ceasefire talks resume in Cairo');
    expect(mail.date?.toISOString()).toBe('2026-11-29T06:00:05.000Z');
    expect(mail.headers.get('x-mailer')).toBeUndefined();

    expect(header(mail, 'content-type')).toMatch(/^multipart\/alternative/);
    expect(mail.text).toContain(POSTAL_ADDRESS);
    expect(mail.html).toContain(POSTAL_ADDRESS);
    const raw = (sink.messages.at(-1) as Buffer).toString('latin1');
    expect(raw).toMatch(/Content-Type: text\/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64/);
    expect(raw).toMatch(/Content-Type: text\/html; charset=utf-8\r\nContent-Transfer-Encoding: base64/);
  });

  it('classifies a 4xx recipient rejection as retryable', async () => {
    const error = await sendError(mailer, 'busy@example.net');
    expect(error).toMatchObject({ code: 'EENVELOPE', responseCode: 450 });
    expect(classifySendError(error)).toEqual({
      kind: 'retryable',
      responseCode: 450,
      reason: 'SMTP 450 4.2.1 Mailbox busy, try again later',
      throttle: true,
    });
  });

  it('classifies a 5xx recipient rejection as permanent, without the full address in the reason', async () => {
    const error = await sendError(mailer, 'gone@example.net');
    const verdict = classifySendError(error);
    expect(verdict).toMatchObject({ kind: 'permanent', responseCode: 550 });
    expect(verdict.reason).toMatch(/^SMTP 550 5\.1\.1 .*User unknown$/);
    expect(verdict.reason).not.toContain('gone@example.net');
  });

  it('keeps sending through the pool after rejections', async () => {
    const before = sink.messages.length;
    await mailer.send(buildMessage(messageInput({ deliveryId: 'dlv-after', to: 'next@example.net' })));
    expect(sink.messages.length).toBe(before + 1);
  });

  it('classifies a refused connection as retryable', async () => {
    const port = await closedPort();
    const offline = createSmtpMailer(`smtp://127.0.0.1:${port}`, { logger: silentLogger });
    try {
      const error = await sendError(offline, 'reader@example.net');
      const verdict = classifySendError(error);
      expect(verdict.kind).toBe('retryable');
      expect(verdict.responseCode).toBeUndefined();
      expect(verdict.reason).toMatch(/ECONNREFUSED|ESOCKET|ECONNECTION/);
    } finally {
      await offline.close();
    }
  });
});
