import { randomBytes } from 'node:crypto';
import { simpleParser } from 'mailparser';
import { confirmationMessage } from '../../src/app/confirmation-email';
import { type AppContext, closeContext, createContext } from '../../src/app/context';
import { loadConfig } from '../../src/config/load-config';
import { createSmtpMailer } from '../../src/deliver';
import { silentLogger } from '../../src/shared/logger';
import type { Subscriber } from '../../src/shared/types';
import { type SmtpSink, startSmtpSink } from '../deliver/support/smtp-sink';
import { createSqliteDatabase, type TestDatabase } from '../support/databases';
import { ROOT } from '../support/paths';

describe('the double opt-in email', () => {
  let database: TestDatabase;
  let sink: SmtpSink;
  let context: AppContext;

  beforeAll(async () => {
    database = await createSqliteDatabase();
    sink = await startSmtpSink();
    const config = loadConfig({
      env: {},
      cwd: ROOT,
      overrides: {
        databaseUrl: database.url,
        tokenSecret: randomBytes(32).toString('hex'),
        sender: {
          name: 'Brief <Team>',
          address: 'brief@brief.example.org',
          postalAddress: '1 Rue "Test", Paris',
        },
      },
    });
    context = await createContext({
      config,
      logger: silentLogger,
      cwd: ROOT,
      mailer: createSmtpMailer(sink.url, { logger: silentLogger }),
    });
  });

  afterAll(async () => {
    await closeContext(context);
    await sink.close();
    await database.drop();
  });

  test('carries the confirm link in both parts, escaped, and no list headers', async () => {
    const subscriber = { id: 'sub-1', email: 'new.reader@example.org' } as Subscriber;
    const url = 'https://brief.example.org/confirm/abc.def?x=1&y=2';
    await context.mailer.send(confirmationMessage(context, subscriber, url));
    const mail = await simpleParser(sink.messages[0] as Buffer);
    expect(mail.subject).toBe('Confirm your subscription to Brief <Team>');
    expect(mail.text).toContain(url);
    expect(mail.html).toContain('href="https://brief.example.org/confirm/abc.def?x=1&amp;y=2"');
    expect(mail.html).toContain('Brief &lt;Team&gt;');
    expect(mail.html).toContain('1 Rue &quot;Test&quot;, Paris');
    expect(mail.headers.has('list-unsubscribe')).toBe(false);
    expect(mail.messageId).toMatch(/^<confirm-sub-1-\d+@brief\.example\.org>$/);
  });
});
