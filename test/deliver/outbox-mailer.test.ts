import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { buildMessage, createOutboxMailer, type OutboxMailer } from '../../src/deliver';
import { silentLogger } from '../../src/shared/logger';
import { header } from './support/header';
import { messageInput, POSTAL_ADDRESS } from './support/message';

describe('outbox mailer (no SMTP configured)', () => {
  let root: string;
  let dir: string;
  let outbox: OutboxMailer;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'brief-outbox-'));
    dir = join(root, 'outbox');
    outbox = createOutboxMailer(dir, { logger: silentLogger });
  });

  afterEach(async () => {
    await outbox.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('writes <deliveryId>.eml, a valid MIME message with every list header', async () => {
    const result = await outbox.send(buildMessage(messageInput()));
    expect(result.accepted).toEqual(['reader@example.net']);
    expect(result.messageId).toBe('<mb.dlv_01JDX7Q4K6@news.example.org>');
    expect(readdirSync(dir)).toEqual(['dlv_01JDX7Q4K6.eml']);

    const raw = readFileSync(join(dir, 'dlv_01JDX7Q4K6.eml'));
    expect(raw.toString('latin1')).toContain('\r\n');
    const mail = await simpleParser(raw);
    expect(mail.messageId).toBe('<mb.dlv_01JDX7Q4K6@news.example.org>');
    expect(header(mail, 'list-id')).toBe('"Morning Brief World News" <world.brief.news.example.org>');
    expect(header(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(header(mail, 'list-unsubscribe')).toBe(
      '<https://brief.news.example.org/unsubscribe/one-click?token=abc.def>, ' +
        '<mailto:unsubscribe+abc.def@news.example.org?subject=unsubscribe>',
    );
    expect(mail.text).toContain(POSTAL_ADDRESS);
    expect(mail.html).toContain(POSTAL_ADDRESS);
  });

  it('leaves no temp file behind, and a re-send of the same delivery replaces its file', async () => {
    await outbox.send(buildMessage(messageInput({ subject: 'first' })));
    await outbox.send(buildMessage(messageInput({ subject: 'second' })));
    await outbox.send(buildMessage(messageInput({ deliveryId: 'dlv-2', to: 'other@example.net' })));
    expect(readdirSync(dir).sort()).toEqual(['dlv-2.eml', 'dlv_01JDX7Q4K6.eml']);
    const mail = await simpleParser(readFileSync(join(dir, 'dlv_01JDX7Q4K6.eml')));
    expect(mail.subject).toBe('second');
  });

  it('names files safely even when a delivery id is not a plain token', async () => {
    await outbox.send(buildMessage(messageInput({ deliveryId: '../../etc/passwd' })));
    const [file] = readdirSync(dir);
    expect(file).toMatch(/^h[0-9a-f]{40}\.eml$/);
  });

  it('writes one preview per variant, however many deliveries ask for it', async () => {
    const asks = Array.from({ length: 20 }, (_, i) =>
      outbox.writePreview('business+world', 'ed-2026-11-29T06', `<html><body>variant ${i}</body></html>`),
    );
    const results = await Promise.all(asks);
    expect(results.filter((result) => result.written)).toHaveLength(1);
    await outbox.writePreview('world', 'ed-2026-11-29T06', '<html>world</html>');
    expect(readdirSync(dir).sort()).toEqual([
      'ed-2026-11-29T06-business+world.html',
      'ed-2026-11-29T06-world.html',
    ]);
    expect(readFileSync(join(dir, 'ed-2026-11-29T06-business+world.html'), 'utf8')).toContain('variant 0');

    const restarted = createOutboxMailer(dir, { logger: silentLogger });
    expect((await restarted.writePreview('world', 'ed-2026-11-29T06', 'again')).written).toBe(false);
    await restarted.close();
  });
});
