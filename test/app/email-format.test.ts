import { simpleParser } from 'mailparser';
import { runCycle } from '../../jobs/run-cycle';
import { type SmtpSink, startSmtpSink } from '../deliver/support/smtp-sink';
import { createSqliteDatabase, type TestDatabase } from '../support/databases';
import { addReader, type Pipeline, startPipeline } from '../support/pipeline';

jest.setTimeout(180_000);

/** A reader who chose plain text gets the digest as text only; the others keep HTML + text. */
describe("the reader's email format on the send path", () => {
  let database: TestDatabase;
  let sink: SmtpSink;
  let pipeline: Pipeline;

  beforeAll(async () => {
    database = await createSqliteDatabase();
    sink = await startSmtpSink();
    pipeline = await startPipeline(database, { smtpUrl: sink.url });
  });

  afterAll(async () => {
    await pipeline.close();
    await sink.close();
    await database.drop();
  });

  test('text-only for the plain-text reader, both parts for the other, same headers', async () => {
    const { context } = pipeline;
    const plain = await addReader(context, 'plain@example.org', 'Europe/Paris', ['world']);
    await addReader(context, 'designed@example.org', 'Europe/Paris', ['world']);
    await context.store.subscribers.updatePreferences(plain.id, { emailFormat: 'text' }, context.now());

    await runCycle(context, pipeline.queues, pipeline.connection);
    const mails = await Promise.all(sink.messages.map((raw) => simpleParser(raw)));
    const to = (address: string) =>
      mails.find((mail) => JSON.stringify(mail.to).includes(address)) as (typeof mails)[number];
    const textOnly = to('plain@example.org');
    const both = to('designed@example.org');
    expect(textOnly.html).toBe(false);
    expect(textOnly.headers.get('content-type')).toMatchObject({ value: 'text/plain' });
    expect(textOnly.text).toContain('Summary based on');
    expect(both.html).toEqual(expect.stringContaining('<html'));
    expect(both.text).toContain('Summary based on');
    for (const mail of [textOnly, both]) {
      const line = mail.headerLines.find((header) => header.key === 'list-unsubscribe-post');
      expect(line?.line).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    }
  });
});
