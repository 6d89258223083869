import { type ParsedMail, simpleParser } from 'mailparser';
import { createTransport } from 'nodemailer';
import { buildMessage, MessageTemplate } from '../../src/deliver';
import { messageInput } from './support/message';

const composer = createTransport({ streamTransport: true, buffer: true, newline: 'windows' });

async function composedWhole(overrides: Parameters<typeof messageInput>[0]): Promise<ParsedMail> {
  const { deliveryId: _id, ...mail } = buildMessage(messageInput(overrides));
  const info = await composer.sendMail(mail);
  return simpleParser(info.message as Buffer);
}

const HEADERS = [
  'to',
  'from',
  'reply-to',
  'subject',
  'date',
  'message-id',
  'list-id',
  'list-unsubscribe',
  'list-unsubscribe-post',
  'precedence',
  'auto-submitted',
  'x-entity-ref-id',
];

function view(mail: ParsedMail) {
  const headers = Object.fromEntries(HEADERS.map((name) => [name, JSON.stringify(mail.headers.get(name))]));
  return { headers, text: mail.text, html: mail.html };
}

describe('a message built once per variant, filled per recipient', () => {
  const reader = (n: number) => ({
    deliveryId: `dlv-${n}`,
    to: `reader${n}@example.net`,
    unsubscribeUrl: `https://brief.news.example.org/u/tok${n}.sig-${n}_x`,
    text: `Hello ${n} — unsubscribe https://brief.news.example.org/u/tok${n}\nÉté 2026\n`.repeat(40),
    html: `<p>Reader ${n} • <a href="https://brief.news.example.org/u/tok${n}">leave</a> Été</p>`.repeat(200),
    date: new Date(`2026-11-29T06:00:0${n}Z`),
  });

  it('reads exactly like the message nodemailer builds whole, for each recipient', async () => {
    const template = await MessageTemplate.build(messageInput());
    for (const n of [1, 2]) {
      const recipient = reader(n);
      expect(template.fits(recipient)).toBe(true);
      const filled = template.fill(recipient);
      expect(filled.envelope).toEqual({ from: 'brief@news.example.org', to: [recipient.to] });
      expect(filled.messageId).toBe(`<mb.dlv-${n}@news.example.org>`);
      const fromTemplate = await simpleParser(filled.raw);
      const whole = await composedWhole(recipient);
      expect(view(fromTemplate)).toEqual(view(whole));
      expect(fromTemplate.text).toContain(`tok${n}`);
      expect(
        filled.raw
          .toString('latin1')
          .split('\r\n')
          .every((line) => line.length <= 998),
      ).toBe(true);
    }
  });

  it('a plain-text template carries no HTML part', async () => {
    const template = await MessageTemplate.build(messageInput({ html: null }));
    const recipient = { ...reader(3), html: null };
    const mail = await simpleParser(template.fill(recipient).raw);
    expect(mail.html).toBe(false);
    expect(view(mail)).toEqual(view(await composedWhole(recipient)));
  });

  it('leaves to a whole build what it cannot write as nodemailer would', async () => {
    const template = await MessageTemplate.build(messageInput());
    expect(template.fits({ ...reader(4), to: 'jürgen@example.net' })).toBe(false);
    expect(template.fits({ ...reader(4), to: '"a b"@example.net' })).toBe(false);
    expect(template.fits({ ...reader(4), unsubscribeUrl: 'https://x.example/u/a,b' })).toBe(false);
    expect(template.fits({ ...reader(4), html: null })).toBe(false);
  });
});
