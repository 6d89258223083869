import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Queue } from 'bullmq';
import { connectRedis } from '../src/app/redis';
import { createPostgresDatabase, createSqliteDatabase, type TestDatabase } from '../test/support/databases';
import { freePort } from '../test/support/free-port';

const ROOT = resolve(__dirname, '..');
const REDIS_URL = 'redis://127.0.0.1:6379';

export type Dialect = 'sqlite' | 'postgres';

/** A throwaway database of one dialect, made the way the tests make theirs. */
export function createDatabase(dialect: Dialect): Promise<TestDatabase> {
  return dialect === 'sqlite' ? createSqliteDatabase() : createPostgresDatabase();
}

export interface WebServer {
  base: string;
  tokenSecret: string;
  /** CPU time (user + system) the server process has used so far, in microseconds. */
  cpuMicros(): number;
  stop(): Promise<void>;
}

/**
 * `brief start --role web` in its own process, as an operator runs it, on the given database,
 * the local Redis under a key prefix of its own, and a loopback port. Logs at warn only, like a
 * production web role whose request logs go to a collector, not to this benchmark's terminal.
 */
export async function startWebServer(databaseUrl: string, tokenSecret: string): Promise<WebServer> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const dir = mkdtempSync(join(tmpdir(), 'brief-bench-config-'));
  writeFileSync(join(dir, 'sources.yaml'), 'sources: []\n');
  // The sign-up timing sends hundreds of forms from one address; the per-IP limit would stop it.
  writeFileSync(join(dir, 'brief.yaml'), 'web:\n  postsPerMinute: 1000000\n');
  const prefix = `brief-bench-${randomBytes(5).toString('hex')}`;
  const child = spawn(process.execPath, [join(ROOT, 'bin/brief.js'), 'start', '--role', 'web'], {
    cwd: ROOT,
    env: {
      ...process.env,
      BRIEF_CONFIG: join(dir, 'brief.yaml'),
      SOURCES_FILE: join(dir, 'sources.yaml'),
      DATABASE_URL: databaseUrl,
      REDIS_URL,
      QUEUE_PREFIX: prefix,
      PORT: String(port),
      PUBLIC_URL: base,
      TOKEN_SECRET: tokenSecret,
      LOG_LEVEL: 'warn',
      LOG_PRETTY: 'false',
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await waitForHealth(`${base}/healthz`, child);
  return {
    base,
    tokenSecret,
    cpuMicros: () => processCpuMicros(child.pid ?? 0),
    stop: async () => {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
      await obliterate(prefix);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** utime + stime from /proc/<pid>/stat (fields 14 and 15, in clock ticks of 10 ms on Linux). */
function processCpuMicros(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return ticks * (1_000_000 / CLOCK_TICKS_PER_SECOND);
}

const CLOCK_TICKS_PER_SECOND = 100;

async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`bench: the web role exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('bench: the web role did not answer within 60 s');
    await new Promise((done) => setTimeout(done, 200));
  }
}

/** The sign-ups the timing run queued are never handled (no worker runs): drop them. */
async function obliterate(prefix: string): Promise<void> {
  const connection = connectRedis(REDIS_URL);
  const queue = new Queue('readers', { connection, prefix });
  await queue.obliterate({ force: true });
  await queue.close();
  connection.disconnect();
}
