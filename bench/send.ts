/**
 * Delivery throughput, as an operator runs it: one edition in 3 variants to 100,000 readers,
 * through BullMQ (local Redis, a key prefix of its own) to an SMTP server on loopback in a
 * separate process, with the real store. The fan-out worker and the send worker each run in
 * their own process (bench/send-roles.ts), as `brief start --role worker` would on two machines.
 * In the same run, the straightforward pipeline (bench/send-roles.ts, role `naive`) sends to
 * 10,000 readers, so the two rates are measured under the same load.
 *
 * `npm run bench:send` (SQLite); `npm run bench:send -- --store postgres` for PostgreSQL;
 * `--readers N`, `--naive-readers N`, `--concurrency N` (sends in flight per worker) and
 * `--send-workers N` (send worker processes, default 1) change the sizes; `--old-space-mb N` is
 * the workers' V8 heap cap (default 256, as docker-compose.yml; 0 for none); `--cpu-prof DIR` has
 * every role write a V8 CPU profile into DIR as it exits.
 * Targets (docs/email.md "Sending at scale"): ≥ 1,000 messages/s end to end, ≥ 5× the
 * straightforward rate, 0 duplicates, each worker ≤ 300 MB.
 * Last line: {"messages_per_s", "naive_messages_per_s", "mjml_compiles", "peak_rss_mb",
 * "delivered", "duplicates", "store_queries_per_message"}.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Queue } from 'bullmq';
import { QUEUE_NAMES } from '../jobs/queues';
import { connectRedis } from '../src/app/redis';
import { slotOf } from '../src/edition/freeze-edition';
import { openStore } from '../src/store';
import { openDatabase } from '../src/store/database';
import { realisticEdition } from '../test/render/support/editions';
import type { RoleSettings, RoleStats } from './send-roles';
import { createDatabase, type Dialect } from './web-server';

const ROOT = resolve(__dirname, '..');
const REDIS_URL = 'redis://127.0.0.1:6379';
const TOKEN_SECRET = 'bench-token-secret-with-at-least-32-characters';
/** The three variants: every reader has world; a third add business, a third science. */
const VARIANTS = [['world'], ['business', 'world'], ['science', 'world']];

interface Role {
  child: ChildProcess;
  ask<T>(type: string, answer: string): Promise<T>;
  stop(): Promise<void>;
}

/**
 * The V8 heap cap of the worker roles, in MB (`--old-space-mb`; 0: V8's own, sized from the
 * machine's memory). The default is docker-compose.yml's `--max-old-space-size=256`: without a
 * cap, V8 on this 24 GB machine let a fan-out worker whose live heap is ~70 MB reach 440 MB
 * resident before collecting (docs/email.md "Sending at scale").
 */
let oldSpaceMb = 256;
/** `--cpu-prof DIR`: each worker role writes a V8 CPU profile there when it exits. */
let cpuProfDir = '';
let rolesStarted = 0;

function startRole(name: string, settings: RoleSettings | null): Promise<Role & { port?: number }> {
  const cap = name !== 'sink' && oldSpaceMb > 0 ? [`--max-old-space-size=${oldSpaceMb}`] : [];
  rolesStarted += 1;
  const profile = cpuProfDir
    ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfDir}`, `--cpu-prof-name=${rolesStarted}-${name}.cpuprofile`]
    : [];
  const child = fork(join(__dirname, 'send-roles.ts'), [name], {
    execArgv: ['--require', 'tsx/cjs', ...cap, ...profile],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ask = <T>(type: string, answer: string) =>
    new Promise<T>((done) => {
      const listener = (message: { type: string } & Record<string, unknown>) => {
        if (message.type !== answer) return;
        child.off('message', listener);
        done(message as T);
      };
      child.on('message', listener);
      child.send({ type });
    });
  const role: Role = {
    child,
    ask,
    stop: async () => {
      const exited = new Promise((done) => child.once('exit', done));
      child.send({ type: 'stop' });
      await exited;
    },
  };
  return new Promise((done, fail) => {
    child.once('exit', (code) => fail(new Error(`bench: role ${name} exited with ${code}`)));
    child.once('message', (message: { type: string; port?: number }) => {
      if (message.type === 'ready') done({ ...role, ...(message.port ? { port: message.port } : {}) });
    });
    child.send({ type: 'start', settings });
  });
}

async function stats(role: Role): Promise<RoleStats> {
  return (await role.ask<{ stats: RoleStats }>('stats', 'stats')).stats;
}

/** A store with `readers` active readers due now (UTC, send hour 0) and the current slot's edition. */
async function seed(url: string, readers: number): Promise<string> {
  const store = await openStore(url, ROOT);
  const slot = slotOf(new Date()).toISOString();
  await store.editions.createForSlot({ ...realisticEdition, editionId: `bench-${randomUUID()}`, slot });
  await store.close();
  const { db } = openDatabase(url, ROOT);
  const stamp = new Date(Date.now() - 86_400_000).toISOString();
  for (let from = 0; from < readers; from += 500) {
    const rows = Array.from({ length: Math.min(500, readers - from) }, (_, offset) => {
      const n = from + offset;
      return {
        id: randomUUID(),
        email: `reader${n}@example.net`,
        status: 'active',
        sections: JSON.stringify(VARIANTS[n % VARIANTS.length]),
        timezone: 'UTC',
        send_hour: 0,
        frequency: 'daily',
        weekly_day: 1,
        paused_until: null,
        token_version: 1,
        created_at: stamp,
        updated_at: stamp,
        consent_at: stamp,
        consent_method: 'bench',
        consent_ip: null,
        consent_text_version: 'bench',
        confirmed_at: stamp,
        unsubscribed_at: null,
        email_format: 'html',
        confirm_sent_at: null,
        confirm_request_id: null,
        hard_bounces: 0,
        bounced_at: null,
        last_bounce: null,
        next_due_at: null,
      };
    });
    await db.insertInto('subscribers').values(rows).execute();
  }
  await db.destroy();
  return slot;
}

interface PipelineRun {
  delivered: number;
  duplicates: number;
  seconds: number;
  perSecond: number;
  bytes: number;
  roles: RoleStats[];
}

/** Seeds a store, starts the worker roles, queues the fan-out and waits for every message. */
async function runPipeline(
  label: string,
  dialect: Dialect,
  readers: number,
  workerRoles: string[],
  sink: Role,
  sinkPort: number,
  concurrency: number,
): Promise<PipelineRun> {
  const database = await createDatabase(dialect);
  const cwd = mkdtempSync(join(tmpdir(), 'brief-bench-send-'));
  const prefix = `brief-bench-${randomBytes(5).toString('hex')}`;
  try {
    process.stdout.write(`${label}: seeding ${readers.toLocaleString('en')} readers on ${dialect}…\n`);
    const slot = await seed(database.url, readers);
    const settings: RoleSettings = {
      databaseUrl: database.url,
      redisUrl: REDIS_URL,
      queuePrefix: prefix,
      smtpUrl: `smtp://127.0.0.1:${sinkPort}`,
      tokenSecret: TOKEN_SECRET,
      concurrency,
      cwd,
    };
    const roles = await Promise.all(workerRoles.map((name) => startRole(name, settings)));
    await sink.ask('reset', 'reset');
    const connection = connectRedis(REDIS_URL);
    const fanout = new Queue('fanout', { connection, prefix });
    const started = Date.now();
    await fanout.add('fanout', { slot }, { jobId: `bench-${started}` });
    let last = 0;
    let sinkStats: RoleStats;
    for (;;) {
      await new Promise((done) => setTimeout(done, 250));
      sinkStats = await stats(sink);
      const received = sinkStats.received ?? 0;
      if (received >= readers) break;
      if (Date.now() - started > 20 * 60_000)
        throw new Error(`bench: only ${received} of ${readers} arrived in 20 min`);
      if (received - last >= readers / 10 || received === 0) {
        process.stdout.write(
          `  ${received.toLocaleString('en')} received after ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
        );
        last = received;
      }
    }
    const seconds = ((sinkStats.lastReceivedAt ?? Date.now()) - started) / 1000;
    const roleStats = await Promise.all(roles.map((role) => stats(role)));
    await Promise.all(roles.map((role) => role.stop()));
    for (const name of QUEUE_NAMES) await new Queue(name, { connection, prefix }).obliterate({ force: true });
    await fanout.close();
    connection.disconnect();
    const delivered = sinkStats.received ?? 0;
    return {
      delivered,
      duplicates: sinkStats.duplicates ?? 0,
      seconds,
      perSecond: delivered / seconds,
      bytes: sinkStats.bytes ?? 0,
      roles: [...roleStats, sinkStats],
    };
  } finally {
    await database.drop();
    rmSync(cwd, { recursive: true, force: true });
  }
}

function describe(label: string, run: PipelineRun): void {
  process.stdout.write(
    `${label}: ${run.delivered.toLocaleString('en')} messages in ${run.seconds.toFixed(1)} s = ${run.perSecond.toFixed(0)} messages/s, ` +
      `${(run.bytes / Math.max(run.delivered, 1) / 1024).toFixed(1)} KB each, ${run.duplicates} duplicates\n`,
  );
  for (const role of run.roles) {
    process.stdout.write(
      `  ${role.role.padEnd(7)} peak RSS ${role.peakRssMb.toFixed(0)} MB (heap ${role.peakHeapUsedMb.toFixed(0)} used of ${role.peakHeapTotalMb.toFixed(0)}, external ${role.peakExternalMb.toFixed(0)}), CPU ${role.cpuSeconds.toFixed(1)} s, ${role.queries.toLocaleString('en')} store statements, ${role.compiles} MJML compilations\n`,
    );
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      store: { type: 'string', default: 'sqlite' },
      readers: { type: 'string', default: '100000' },
      'naive-readers': { type: 'string', default: '10000' },
      concurrency: { type: 'string', default: '64' },
      'send-workers': { type: 'string', default: '1' },
      'old-space-mb': { type: 'string', default: String(oldSpaceMb) },
      'cpu-prof': { type: 'string', default: '' },
    },
  });
  oldSpaceMb = Number(values['old-space-mb']);
  cpuProfDir = values['cpu-prof'] ? resolve(values['cpu-prof']) : '';
  const dialect = values.store === 'postgres' ? 'postgres' : 'sqlite';
  const readers = Number(values.readers);
  const naiveReaders = Number(values['naive-readers']);
  const concurrency = Number(values.concurrency);
  const sendWorkers = Array.from({ length: Math.max(1, Number(values['send-workers'])) }, () => 'send');
  const sink = await startRole('sink', null);
  try {
    const naive = await runPipeline(
      'straightforward',
      dialect,
      naiveReaders,
      ['naive'],
      sink,
      sink.port ?? 0,
      concurrency,
    );
    describe('straightforward pipeline', naive);
    const batched = await runPipeline(
      'production',
      dialect,
      readers,
      ['fanout', ...sendWorkers],
      sink,
      sink.port ?? 0,
      concurrency,
    );
    describe('production pipeline', batched);
    const workers = batched.roles.filter((role) => role.role === 'fanout' || role.role === 'send');
    const queries = workers.reduce((sum, role) => sum + role.queries, 0);
    process.stdout.write(
      `ratio: ${(batched.perSecond / naive.perSecond).toFixed(1)}× the straightforward rate; ${(queries / batched.delivered).toFixed(3)} store statements per message\n`,
    );
    const result = {
      messages_per_s: Math.round(batched.perSecond),
      naive_messages_per_s: Math.round(naive.perSecond),
      mjml_compiles: workers.reduce((sum, role) => sum + role.compiles, 0),
      peak_rss_mb: Math.round(Math.max(...workers.map((role) => role.peakRssMb))),
      delivered: batched.delivered,
      duplicates: batched.duplicates,
      store_queries_per_message: Number((queries / batched.delivered).toFixed(3)),
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await sink.stop();
  }
}

void main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
