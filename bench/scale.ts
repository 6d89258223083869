/**
 * One edition to 50,000 readers by separate processes, as docker-compose runs them: 1 web,
 * 1 scheduler and 3 workers (`brief start --role …`), on PostgreSQL and Redis, sending over SMTP
 * to a loopback relay in this process that counts what each address received.
 *
 * Before the roles start, this process polls the fixture feeds and builds the current hour's
 * edition through the real queues (as the previous hours would have), and writes the readers
 * straight into the database, each due now. Then the scheduler's ticks (every 10 s here instead
 * of 5 min) fan out and the workers send. The run ends when every reader has a message, or after
 * 30 minutes; a few seconds more catch late duplicates.
 *
 * Targets (issue "Scale"): every reader exactly once; every process ≤ 400 MB resident.
 * Last line: {"readers", "delivered", "duplicates", "missed", "wall_s", "peak_rss_mb"}.
 * `--readers N` runs a smaller check.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { runCycle } from '../jobs/run-cycle';
import { createPostgresDatabase } from '../test/support/databases';
import { freePort } from '../test/support/free-port';
import { REDIS_URL, ROOT } from '../test/support/paths';
import { type Pipeline, startPipeline } from '../test/support/pipeline';
import { type SmtpCounter, startSmtpCounter } from './smtp-counter';

const READERS = readersArg();
const WORKERS = 3;
const DEADLINE_MS = 30 * 60_000;
const SETTLE_MS = 5_000;
/**
 * The heap cap docker-compose.yml gives every role. Without it V8 sizes the heap from the
 * machine's memory and lets garbage pile up: workers sat at 360–410 MB resident whether they
 * sent 7,000 or 17,000 messages each (20,000 and 50,000 readers), though little of it was live.
 */
const NODE_OPTIONS = '--max-old-space-size=256';

interface Role {
  name: string;
  child: ChildProcess;
  rssMb: number;
  peakRssMb: number;
}

async function main(): Promise<void> {
  const database = await createPostgresDatabase();
  const pipeline = await startPipeline(database, { smtpUrl: null });
  const counter = await startSmtpCounter();
  const roles: Role[] = [];
  try {
    const cycle = await runCycle(pipeline.context, pipeline.queues, pipeline.connection, 300_000);
    await pipeline.workers.close();
    log(`edition ${cycle.editionId} built from ${cycle.polled} fixture feeds`);
    const emails = await seedReaders(database.url, READERS);
    log(`${READERS} readers due now written to PostgreSQL`);

    const started = Date.now();
    roles.push(...(await startRoles(pipeline, counter.url)));
    const sampler = setInterval(() => sampleRss(roles), 500);
    const lastArrival = await waitForDeliveries(database.url, counter, roles, started);
    await new Promise((done) => setTimeout(done, SETTLE_MS));
    clearInterval(sampler);
    report(emails, counter, roles, (lastArrival - started) / 1000);
  } finally {
    await stopRoles(roles);
    await counter.close();
    await pipeline.close();
    await database.drop();
  }
}

function readersArg(): number {
  const index = process.argv.indexOf('--readers');
  const value = index >= 0 ? Number(process.argv[index + 1]) : 50_000;
  if (!Number.isInteger(value) || value < 1) throw new Error('--readers expects a positive integer');
  return value;
}

/** Readers in UTC whose send hour is this hour: all due now. Batched inserts, 1,000 rows each. */
async function seedReaders(url: string, count: number): Promise<string[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const now = new Date();
  const stamp = now.toISOString();
  const emails = Array.from({ length: count }, (_, index) => `reader-${index}@bench.example.org`);
  try {
    for (let start = 0; start < count; start += 1000) {
      const batch = emails.slice(start, start + 1000);
      const values: unknown[] = [];
      const rows = batch.map((email, offset) => {
        values.push(`bench-${start + offset}`, email, now.getUTCHours(), stamp);
        const base = offset * 4;
        return `($${base + 1}, $${base + 2}, 'active', '["world"]', 'UTC', $${base + 3}, 'daily', $${base + 4}, $${base + 4}, $${base + 4}, 'bench', 'bench', $${base + 4})`;
      });
      await client.query(
        `insert into subscribers (id, email, status, sections, timezone, send_hour, frequency, created_at, updated_at, consent_at, consent_method, consent_text_version, confirmed_at) values ${rows.join(', ')}`,
        values,
      );
    }
  } finally {
    await client.end();
  }
  return emails;
}

async function startRoles(pipeline: Pipeline, smtpUrl: string): Promise<Role[]> {
  const { config } = pipeline.context;
  const shipped = parseYaml(readFileSync(join(ROOT, 'config/brief.yaml'), 'utf8')) as Record<string, unknown>;
  const configFile = join(config.origin.sourcesFile, '..', 'brief.yaml');
  const schedule = { ...(shipped.schedule as Record<string, unknown>), tickCron: '*/10 * * * * *' };
  writeFileSync(configFile, stringifyYaml({ ...shipped, schedule }));
  const env = {
    ...process.env,
    BRIEF_CONFIG: configFile,
    SOURCES_FILE: config.origin.sourcesFile,
    DATABASE_URL: config.databaseUrl,
    REDIS_URL,
    QUEUE_PREFIX: config.queuePrefix,
    SMTP_URL: smtpUrl,
    TOKEN_SECRET: config.tokenSecret ?? '',
    PORT: String(await freePort()),
    LOG_LEVEL: 'warn',
    LOG_PRETTY: 'false',
    NODE_ENV: 'production',
    NODE_OPTIONS,
  };
  const names = ['web', 'scheduler', ...Array.from({ length: WORKERS }, (_, index) => `worker-${index + 1}`)];
  return names.map((name) => {
    const role = name.replace(/-\d+$/, '');
    const child = spawn(process.execPath, [join(ROOT, 'bin/brief.js'), 'start', '--role', role], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    return { name, child, rssMb: 0, peakRssMb: 0 };
  });
}

function sampleRss(roles: Role[]): void {
  for (const role of roles) {
    try {
      const status = readFileSync(`/proc/${role.child.pid}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      role.rssMb = kb / 1024;
      role.peakRssMb = Math.max(role.peakRssMb, role.rssMb);
    } catch {
      // The process has exited; its peak stays as sampled.
    }
  }
}

/** Polls until every reader has a message (or the deadline); returns when the last one arrived. */
async function waitForDeliveries(
  url: string,
  counter: SmtpCounter,
  roles: Role[],
  started: number,
): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  let lastTotal = -1;
  let lastArrival = Date.now();
  try {
    while (Date.now() - started < DEADLINE_MS) {
      if (counter.total() !== lastTotal) {
        lastTotal = counter.total();
        lastArrival = Date.now();
      }
      if (counter.received.size >= READERS) return lastArrival;
      const rows = await client.query<{ status: string; n: string }>(
        "select status, count(*) as n from deliveries where kind = 'scheduled' group by status",
      );
      const statuses = rows.rows.map((row) => `${row.status} ${row.n}`).join(', ') || 'none yet';
      const rss = roles.map((role) => `${role.name} ${role.rssMb.toFixed(0)}`).join(', ');
      log(
        `${Math.round((Date.now() - started) / 1000)} s: deliveries ${statuses}; relay received ${counter.total()}; MB ${rss}`,
      );
      await new Promise((done) => setTimeout(done, 5_000));
    }
    log('deadline reached before every reader had a message');
    return lastArrival;
  } finally {
    await client.end();
  }
}

function report(emails: string[], counter: SmtpCounter, roles: Role[], wallS: number): void {
  let duplicates = 0;
  let missed = 0;
  for (const email of emails) {
    const count = counter.received.get(email) ?? 0;
    if (count === 0) missed++;
    duplicates += Math.max(0, count - 1);
  }
  const delivered = emails.length - missed;
  for (const role of roles) log(`${role.name}: peak ${role.peakRssMb.toFixed(0)} MB resident`);
  log(`${delivered} of ${emails.length} readers got the edition, ${duplicates} duplicates, ${missed} missed`);
  log(
    `wall time from starting the roles to the last message: ${wallS.toFixed(1)} s (${(delivered / wallS).toFixed(0)} messages/s)`,
  );
  const peak = Math.max(...roles.map((role) => role.peakRssMb));
  console.log(
    JSON.stringify({
      readers: emails.length,
      delivered,
      duplicates,
      missed,
      wall_s: Number(wallS.toFixed(1)),
      peak_rss_mb: Number(peak.toFixed(0)),
    }),
  );
}

async function stopRoles(roles: Role[]): Promise<void> {
  await Promise.all(
    roles.map(
      (role) =>
        new Promise<void>((done) => {
          if (role.child.exitCode !== null) return done();
          role.child.once('exit', () => done());
          role.child.kill('SIGTERM');
        }),
    ),
  );
}

function log(line: string): void {
  console.log(line);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
