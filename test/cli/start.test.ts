import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createSqliteDatabase, type TestDatabase } from '../support/databases';
import { freePort } from '../support/free-port';
import { REDIS_URL, ROOT } from '../support/paths';

jest.setTimeout(90_000);

async function waitForHttp(url: string, deadline: number): Promise<Response> {
  for (;;) {
    try {
      return await fetch(url);
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((done) => setTimeout(done, 200));
    }
  }
}

/** `brief start` as an operator runs it: every role in one process, then SIGTERM. */
describe('brief start', () => {
  let database: TestDatabase;
  let child: ChildProcess;
  let output = '';

  beforeAll(async () => {
    database = await createSqliteDatabase();
  });

  afterAll(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await database.drop();
  });

  test('serves health checks with every role running and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    const secret = randomBytes(32).toString('hex');
    const adminToken = randomBytes(16).toString('hex');
    child = spawn(process.execPath, [join(ROOT, 'bin/brief.js'), 'start'], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        REDIS_URL,
        QUEUE_PREFIX: `brief-test-${randomBytes(5).toString('hex')}`,
        PORT: String(port),
        TOKEN_SECRET: secret,
        ADMIN_TOKEN: adminToken,
        LOG_PRETTY: 'false',
        OUTBOX_DIR: join(ROOT, 'outbox'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });

    const live = await waitForHttp(`http://127.0.0.1:${port}/healthz`, Date.now() + 60_000);
    expect(live.status).toBe(200);
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect(ready.status).toBe(200);
    const queues = await fetch(`http://127.0.0.1:${port}/admin/queues`, {
      headers: { authorization: `Bearer ${adminToken}` },
    });
    expect(Object.keys((await queues.json()) as Record<string, unknown>).sort()).toEqual([
      'build',
      'fanout',
      'ingest',
      'readers',
      'send',
    ]);
    // The web role answers before the workers have started: wait for the process's own "started".
    const deadline = Date.now() + 60_000;
    while (!/"msg":"started"/.test(output) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(output).toMatch(/"msg":"scheduler started"/);
    expect(output).toMatch(/"msg":"workers started"/);
    expect(output).toMatch(/"msg":"web listening"/);
    // Secrets come from the environment and never reach the logs.
    expect(output).not.toContain(secret);
    expect(output).not.toContain(adminToken);

    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).toMatch(/shutting down/);
  });
});
