import { type ChildProcess, spawn } from 'node:child_process';
import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { createAdminService } from '../../jobs/admin-service';
import { runCycle } from '../../jobs/run-cycle';
import { runShutdown } from '../../src/app/graceful-shutdown';
import { silentLogger } from '../../src/shared/logger';
import { createSqliteDatabase, type TestDatabase } from '../support/databases';
import { REDIS_URL, ROOT } from '../support/paths';
import { addReader, type Pipeline, startPipeline } from '../support/pipeline';

jest.setTimeout(120_000);

describe('runShutdown', () => {
  test('runs the steps in order and reports that all finished', async () => {
    const order: string[] = [];
    const step = (name: string) => ({
      name,
      run: async () => {
        order.push(name);
      },
    });
    const outcome = await runShutdown([step('web'), step('workers'), step('connections')], {
      timeoutMs: 1000,
      logger: silentLogger,
    });
    expect(outcome).toEqual({ finished: true });
    expect(order).toEqual(['web', 'workers', 'connections']);
  });

  test('gives up after the timeout and names the step that hangs; later steps never start', async () => {
    let closed = false;
    const started = Date.now();
    const outcome = await runShutdown(
      [
        { name: 'workers', run: () => new Promise<void>(() => {}) },
        {
          name: 'connections',
          run: async () => {
            closed = true;
          },
        },
      ],
      { timeoutMs: 300, logger: silentLogger },
    );
    expect(outcome).toEqual({ finished: false, waitingFor: 'workers' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(closed).toBe(false);
  });
});

/** An SMTP "relay" that accepts connections and never says a word (no 220 greeting). */
async function startSilentSmtp(): Promise<{ port: number; connections: Socket[]; close(): Promise<void> }> {
  const connections: Socket[] = [];
  const server: Server = createServer((socket) => {
    connections.push(socket);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    connections,
    close: async () => {
      for (const socket of connections) socket.destroy();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

async function waitFor(check: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((done) => setTimeout(done, 50));
  }
}

/** `brief start --role worker` stuck on a send when SIGTERM arrives. */
describe('SIGTERM with an SMTP server that never answers', () => {
  const TIMEOUT_MS = 2500;
  let database: TestDatabase;
  let pipeline: Pipeline;
  let smtp: Awaited<ReturnType<typeof startSilentSmtp>>;
  let child: ChildProcess | undefined;
  let output = '';

  beforeAll(async () => {
    database = await createSqliteDatabase();
    smtp = await startSilentSmtp();
    pipeline = await startPipeline(database, { smtpUrl: null });
    await addReader(pipeline.context, 'stuck@example.org', 'UTC', ['world']);
    await runCycle(pipeline.context, pipeline.queues, pipeline.connection, 120_000);
    // From here on the worker process below does the sending.
    await pipeline.workers.close();
  });

  afterAll(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await pipeline?.close();
    await smtp?.close();
    await database?.drop();
  });

  test('the worker stops taking work, waits for the stuck send, and exits after SHUTDOWN_TIMEOUT_MS', async () => {
    const { config } = pipeline.context;
    child = spawn(process.execPath, [join(ROOT, 'bin/brief.js'), 'start', '--role', 'worker'], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: config.databaseUrl,
        REDIS_URL,
        QUEUE_PREFIX: config.queuePrefix,
        SOURCES_FILE: config.origin.sourcesFile,
        TOKEN_SECRET: config.tokenSecret ?? '',
        SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
        SHUTDOWN_TIMEOUT_MS: String(TIMEOUT_MS),
        LOG_PRETTY: 'false',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const running = child;
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
    };
    running.stdout?.on('data', collect);
    running.stderr?.on('data', collect);
    const exited = new Promise<number | null>((done) => running.on('exit', (code) => done(code)));
    await waitFor(() => output.includes('workers started'), 60_000);

    const admin = createAdminService(pipeline.context, pipeline.queues);
    await admin.resendToSubscriber({
      subscriber: 'stuck@example.org',
      requestId: 'stuck-1',
      operator: 'test',
    });
    await waitFor(() => smtp.connections.length > 0, 30_000);

    const signalled = Date.now();
    running.kill('SIGTERM');
    const code = await exited;
    const tookMs = Date.now() - signalled;

    expect(code).toBe(1);
    expect(tookMs).toBeGreaterThanOrEqual(TIMEOUT_MS - 100);
    expect(tookMs).toBeLessThan(TIMEOUT_MS + 5000);
    expect(output).toMatch(/"msg":"shutting down: no new work, finishing jobs in flight"/);
    expect(output).toMatch(/"waiting_for":"workers".*"msg":"shutdown: timed out/);
    // The silent relay never got past its greeting: the resend was not delivered, it is still owed.
    const [edition] = await pipeline.context.store.editions.latest(1);
    const deliveries = await pipeline.context.store.deliveries.listByEdition(edition?.id ?? '');
    const resends = deliveries.filter((delivery) => delivery.kind === 'resend');
    expect(resends).toHaveLength(1);
    expect(resends[0]?.status).not.toBe('sent');
  });
});
