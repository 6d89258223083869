import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { createQueues, QUEUE_NAMES } from '../../jobs/queues';
import { heartbeatPath, readHeartbeat } from '../../jobs/scheduler-heartbeat';
import { connectRedis } from '../../src/app/redis';
import { createSqliteDatabase, type TestDatabase } from '../support/databases';
import { freePort } from '../support/free-port';
import { REDIS_URL, ROOT } from '../support/paths';

jest.setTimeout(90_000);

/** `brief health --role …`, the container health check of each role in docker-compose.yml. */
describe('brief health', () => {
  let database: TestDatabase;
  let dir: string;
  let configFile: string;
  let scheduler: ChildProcess | undefined;
  const prefix = `brief-test-${randomBytes(5).toString('hex')}`;

  beforeAll(async () => {
    database = await createSqliteDatabase();
    dir = mkdtempSync(join(tmpdir(), 'brief-health-'));
    // The shipped configuration with a tick every second, so the test need not wait minutes.
    const shipped = parseYaml(readFileSync(join(ROOT, 'config/brief.yaml'), 'utf8')) as Record<
      string,
      unknown
    >;
    const schedule = { ...(shipped.schedule as Record<string, unknown>), tickCron: '* * * * * *' };
    configFile = join(dir, 'brief.yaml');
    writeFileSync(configFile, stringifyYaml({ ...shipped, schedule }));
  });

  afterAll(async () => {
    if (scheduler && scheduler.exitCode === null) scheduler.kill('SIGKILL');
    rmSync(heartbeatPath(prefix), { force: true });
    // The scheduler queued polls that no worker took: remove them with the queues.
    const connection = connectRedis(REDIS_URL);
    const queues = createQueues(connection, prefix, { maxAttempts: 1, retryDelayMs: 1000 });
    for (const name of QUEUE_NAMES) await queues[name].obliterate({ force: true });
    await queues.close();
    connection.disconnect();
    rmSync(dir, { recursive: true, force: true });
    await database.drop();
  });

  const env = (extra: Record<string, string> = {}) => ({
    ...process.env,
    BRIEF_CONFIG: configFile,
    DATABASE_URL: database.url,
    REDIS_URL,
    QUEUE_PREFIX: prefix,
    TOKEN_SECRET: 's'.repeat(40),
    LOG_PRETTY: 'false',
    ...extra,
  });
  const health = (role: string, extra: Record<string, string> = {}, grace = '1') =>
    spawnSync(
      process.execPath,
      [join(ROOT, 'bin/brief.js'), 'health', '--role', role, '--grace-seconds', grace],
      {
        cwd: ROOT,
        env: env(extra),
        encoding: 'utf8',
        timeout: 60_000,
      },
    );

  test('worker: healthy with its store and Redis; not when Redis is gone', async () => {
    const ok = health('worker');
    expect(ok.stdout).toBe('worker: healthy\n');
    expect(ok.status).toBe(0);
    const lost = health('worker', { REDIS_URL: `redis://127.0.0.1:${await freePort()}` });
    expect(lost.stdout).toBe('worker: Redis is not answering\n');
    expect(lost.status).toBe(1);
  });

  test('web: unhealthy when nothing answers /readyz on its port', async () => {
    const result = health('web', { PORT: String(await freePort()) });
    expect(result.stdout).toMatch(/^web: \/readyz did not answer/);
    expect(result.status).toBe(1);
  });

  test('scheduler: unhealthy before it runs, healthy while it ticks, unhealthy once its ticks stop', async () => {
    const before = health('scheduler');
    expect(before.stdout).toMatch(/^scheduler: no scheduler heartbeat/);
    expect(before.status).toBe(1);

    const running = spawn(process.execPath, [join(ROOT, 'bin/brief.js'), 'start', '--role', 'scheduler'], {
      cwd: ROOT,
      env: env(),
      stdio: 'ignore',
    });
    scheduler = running;
    const lastTick = () => readHeartbeat(heartbeatPath(prefix))?.lastTickAt ?? null;
    const deadline = Date.now() + 60_000;
    while (lastTick() === null && Date.now() < deadline) await new Promise((done) => setTimeout(done, 250));
    expect(lastTick()).not.toBeNull();
    const ticking = health('scheduler');
    expect(ticking.stdout).toBe('scheduler: healthy\n');
    expect(ticking.status).toBe(0);

    // A scheduler that stops ticking without exiting looks the same from outside as one killed.
    running.kill('SIGKILL');
    await new Promise((done) => setTimeout(done, 2500));
    const stale = health('scheduler');
    expect(stale.stdout).toMatch(/^scheduler: tick overdue by \d+ s/);
    expect(stale.status).toBe(1);
  });
});
