import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dkimVerify } from 'mailauth/lib/dkim/verify';
import { simpleParser } from 'mailparser';
import { closeContext, createContext } from '../../src/app/context';
import { loadConfig } from '../../src/config/load-config';
import { buildMessage, MessageTemplate } from '../../src/deliver';
import { silentLogger } from '../../src/shared/logger';
import { createSqliteDatabase, type TestDatabase } from '../support/databases';
import { ROOT } from '../support/paths';
import { header } from './support/header';
import { messageInput } from './support/message';
import { type SmtpSink, startSmtpSink } from './support/smtp-sink';

const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const publicDer = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');

/** The DNS answer for `brief2026._domainkey.news.example.org`, served to the verifier without DNS. */
async function resolver(name: string, type: string): Promise<string[][]> {
  if (type === 'TXT' && name === 'brief2026._domainkey.news.example.org')
    return [[`v=DKIM1; k=rsa; p=${publicDer}`]];
  throw Object.assign(new Error(`no ${type} record for ${name}`), { code: 'ENOTFOUND' });
}

/** The configuration an operator writes: the key in one environment line with "\n" escapes. */
function dkimEnv(): Record<string, string> {
  return {
    DKIM_DOMAIN: 'news.example.org',
    DKIM_SELECTOR: 'brief2026',
    DKIM_PRIVATE_KEY: pem.trim().replace(/\n/g, '\\n'),
  };
}

async function verify(raw: Buffer) {
  const { results } = await dkimVerify(raw, { resolver });
  expect(results).toHaveLength(1);
  return results[0] as (typeof results)[number];
}

describe('DKIM signing, checked by an independent verifier (mailauth)', () => {
  let database: TestDatabase;
  let sink: SmtpSink;
  let dir: string;

  beforeAll(async () => {
    database = await createSqliteDatabase();
    sink = await startSmtpSink();
    dir = mkdtempSync(join(tmpdir(), 'brief-dkim-'));
  });

  afterAll(async () => {
    await sink.close();
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  async function contextWith(smtpUrl: string | null) {
    const config = loadConfig({
      env: dkimEnv(),
      cwd: ROOT,
      overrides: { databaseUrl: database.url, smtpUrl, outboxDir: join(dir, 'outbox') },
    });
    return createContext({ config, logger: silentLogger, cwd: dir });
  }

  it('a message delivered over SMTP verifies, and the signature covers both List-Unsubscribe headers', async () => {
    const context = await contextWith(sink.url);
    try {
      await context.mailer.send(buildMessage(messageInput()));
    } finally {
      await closeContext(context);
    }
    const raw = sink.messages.at(-1) as Buffer;
    const result = await verify(raw);
    expect(result.status.result).toBe('pass');
    expect(result.signingDomain).toBe('news.example.org');
    expect(result.selector).toBe('brief2026');
    const signed = result.signingHeaders.keys.toLowerCase().split(': ').join(':').split(':');
    expect(signed).toEqual(expect.arrayContaining(['list-unsubscribe', 'list-unsubscribe-post', 'from']));

    const mail = await simpleParser(raw);
    expect(header(mail, 'precedence')).toBe('bulk');
    expect(header(mail, 'auto-submitted')).toBe('auto-generated');
  });

  it('a message filled from a variant template (the send path) is signed too', async () => {
    const context = await contextWith(sink.url);
    try {
      const template = await MessageTemplate.build(messageInput());
      const filled = template.fill({
        deliveryId: 'dlv-template',
        to: 'reader@example.net',
        unsubscribeUrl: 'https://brief.news.example.org/u/tok.sig',
        text: 'Hello — https://brief.news.example.org/u/tok.sig',
        html: '<p>Hello</p>',
        date: new Date('2026-11-29T06:00:05Z'),
      });
      await context.mailer.send(filled);
    } finally {
      await closeContext(context);
    }
    const result = await verify(sink.messages.at(-1) as Buffer);
    expect(result.status.result).toBe('pass');
    expect(result.signingHeaders.keys.toLowerCase()).toContain('list-unsubscribe-post');
  });

  it('fails on a message changed after signing (the check can fail)', async () => {
    const raw = (sink.messages.at(-1) as Buffer).toString('latin1');
    const tampered = raw.replace(
      /List-Unsubscribe-Post: List-Unsubscribe=One-Click/,
      'List-Unsubscribe-Post: x',
    );
    expect(tampered).not.toBe(raw);
    expect((await verify(Buffer.from(tampered, 'latin1'))).status.result).toBe('fail');
  });

  it('the outbox writes signed .eml files', async () => {
    const context = await contextWith(null);
    try {
      await context.mailer.send(buildMessage(messageInput({ deliveryId: 'dlv-outbox' })));
    } finally {
      await closeContext(context);
    }
    const outbox = join(dir, 'outbox');
    expect(readdirSync(outbox)).toContain('dlv-outbox.eml');
    const result = await verify(readFileSync(join(outbox, 'dlv-outbox.eml')));
    expect(result.status.result).toBe('pass');
  });

  it('a partial or unreadable DKIM setting is refused at start, without showing the key', () => {
    const load = (env: Record<string, string>) => () =>
      loadConfig({ env, cwd: ROOT, overrides: { databaseUrl: database.url } });
    expect(load({ DKIM_DOMAIN: 'news.example.org' })).toThrow(
      /DKIM_DOMAIN, DKIM_SELECTOR and DKIM_PRIVATE_KEY/,
    );
    const secret = 'not-a-key-but-a-secret-value-0123456789';
    const bad = { ...dkimEnv(), DKIM_PRIVATE_KEY: secret };
    expect(load(bad)).toThrow(/dkim.privateKey: not a PEM private key/);
    expect(load(bad)).not.toThrow(new RegExp(secret));
  });
});
