import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCycle } from '../../jobs/run-cycle';
import { requestResend } from '../../src/app/resend';
import { type SmtpSink, startSmtpSink } from '../deliver/support/smtp-sink';
import { createSqliteDatabase, type TestDatabase } from '../support/databases';
import { REDIS_URL, ROOT } from '../support/paths';
import { addReader, type Pipeline, startPipeline } from '../support/pipeline';

jest.setTimeout(120_000);

/** `brief resend` and `brief preview` as an operator runs them, on an edition some deliveries of which failed. */
describe('brief resend and preview', () => {
  let database: TestDatabase;
  let sink: SmtpSink;
  let pipeline: Pipeline;
  let editionId: string;

  beforeAll(async () => {
    database = await createSqliteDatabase();
    sink = await startSmtpSink();
    pipeline = await startPipeline(database, { smtpUrl: sink.url });
    await addReader(pipeline.context, 'fine@example.org', 'UTC', ['world']);
    await addReader(pipeline.context, 'busy@example.net', 'UTC', ['world']); // 450: retried, then failed
    await addReader(pipeline.context, 'gone@example.net', 'UTC', ['world']); // 550: failed for good
    editionId = (await runCycle(pipeline.context, pipeline.queues, pipeline.connection, 120_000)).editionId;
    // The queued resends stay in the queue, where the test can count them.
    await pipeline.workers.close();
  });

  afterAll(async () => {
    await pipeline?.close();
    await sink?.close();
    await database?.drop();
  });

  const brief = (...args: string[]) => run('resend', ...args);
  const run = (...args: string[]) => {
    const { config } = pipeline.context;
    return spawnSync(process.execPath, [join(ROOT, 'bin/brief.js'), ...args], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: config.databaseUrl,
        REDIS_URL,
        QUEUE_PREFIX: config.queuePrefix,
        SOURCES_FILE: config.origin.sourcesFile,
        TOKEN_SECRET: config.tokenSecret ?? '',
        LOG_LEVEL: 'warn',
      },
      encoding: 'utf8',
      timeout: 60_000,
    });
  };
  const resends = async () =>
    (await pipeline.context.store.deliveries.listByEdition(editionId)).filter((d) => d.kind === 'resend');

  test('--failed first prints counts by status and queues nothing; --yes queues one resend per failed reader', async () => {
    const plan = brief('--failed', '--edition', editionId);
    expect(plan.status).toBe(0);
    expect(plan.stdout).toBe(
      [
        `edition ${editionId}: deliveries by status`,
        '  failed_permanent: 2',
        '  sent: 1',
        'would resend to 2 reader(s) whose delivery failed',
        'nothing queued: run again with --yes to queue them',
        '',
      ].join('\n'),
    );
    expect(await resends()).toEqual([]);
    expect(await pipeline.queues.send.getWaitingCount()).toBe(0);

    const done = brief('--failed', '--edition', editionId, '--yes');
    expect(done.stdout).toMatch(/^queued 2 resends \(request [0-9a-f-]{36}\)\n$/);
    expect(await resends()).toHaveLength(2);
    expect(await pipeline.queues.send.getWaitingCount()).toBe(2);
  });

  test('--to repeated without --request-id sends once', async () => {
    const first = brief('--to', 'fine@example.org', '--edition', editionId);
    const again = brief('--to', 'fine@example.org', '--edition', editionId);
    expect(first.stdout).toMatch(/^queued delivery (\S+) \(request default:/);
    const deliveryId = /delivery (\S+)/.exec(first.stdout)?.[1];
    expect(again.stdout).toContain(`already queued, nothing new sent: delivery ${deliveryId} `);
    const mine = (await resends()).filter((delivery) => delivery.id === deliveryId);
    expect(mine).toHaveLength(1);
    expect((await resends()).length).toBe(3);
    // An explicit new request id is a new request.
    expect(
      brief('--to', 'fine@example.org', '--edition', editionId, '--request-id', 'again-1').stdout,
    ).toMatch(/^queued delivery/);
  });

  test('the default request id holds for an hour, across a clock hour, and not longer', async () => {
    await addReader(pipeline.context, 'clock@example.org', 'UTC', ['world']);
    const at = (iso: string) => ({ ...pipeline.context, now: () => new Date(iso) });
    const request = { subscriber: 'clock@example.org', editionId, operator: 'test' };
    const first = await requestResend(at('2030-01-01T08:40:00Z'), request);
    const sameHourLater = await requestResend(at('2030-01-01T09:30:00Z'), request);
    const nextHour = await requestResend(at('2030-01-01T09:41:00Z'), request);
    expect(first.created).toBe(true);
    expect(sameHourLater).toEqual({ ...first, created: false });
    expect(nextHour.created).toBe(true);
    expect(nextHour.deliveryId).not.toBe(first.deliveryId);
  });

  test('preview writes the latest edition in the asked variant, and refuses an unknown section', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'brief-preview-')), 'preview.html');
    const done = run('preview', '--edition', 'latest', '--variant', 'world;business', '--out', out);
    expect(done.stderr).toBe('');
    expect(done.stdout).toContain(`edition ${editionId}, variant `);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('World');
    expect(html).toContain('Business');
    expect(readFileSync(out.replace(/\.html$/, '.txt'), 'utf8')).toContain('Summary based on');
    const typo = run('preview', '--edition', 'latest', '--variant', 'wrold', '--out', out);
    expect(typo.status).not.toBe(0);
    expect(typo.stderr).toContain('unknown section(s) wrold');
  });
});
