/**
 * Throughput and latency of the reader pages, served by `brief start --role web` in its own
 * process, loaded with autocannon over loopback, once on SQLite and once on PostgreSQL.
 *
 * Preferences page: 1,000 readers with varied zones, hours and frequencies; each request asks
 * for one of their pages (a manage link), so the store is read every time, as in production.
 * Target (docs/subscriptions.md "Speed"): ≥ 2,000 requests/s with p99 ≤ 50 ms.
 *
 * Story page: 14 daily editions of 24 stories with 6 points and 10 sources, half carried on from
 * the day before (bench/story-editions.ts); each request asks for one of the ~170 story pages.
 * Pages carry no reader data, so the web role serves a cached copy and reads the store only to
 * learn whether an edition was added (docs/web-pages.md "Speed"). Target: ≥ 3,000 requests/s
 * with p99 ≤ 30 ms.
 *
 * Sign-up timing: POST /subscribe with a new address and an active reader's address, one at a
 * time, in pairs of random order; the medians must not tell them apart (docs/subscriptions.md
 * "Sign-up").
 *
 * Each page measured is a `PageScenario`; its keys are `<prefix><dialect>_rps` and
 * `<prefix><dialect>_p99_ms`, so another page adds a scenario (e.g. prefix "story_") and its four
 * keys join the same last line. Last line: {"sqlite_rps", "sqlite_p99_ms", "postgres_rps",
 * "postgres_p99_ms"}.
 */
import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import autocannon from 'autocannon';
import type { Frequency } from '../src/shared/types';
import { openStore } from '../src/store';
import { listTimeZones } from '../src/subscriptions/time-zones';
import { signToken } from '../src/subscriptions/tokens';
import { mulberry32 } from './prng';
import { seedStoryEditions } from './story-editions';
import { createDatabase, type Dialect, startWebServer, type WebServer } from './web-server';

const READERS = 1_000;
const CONNECTIONS = 10;
const WARMUP_S = 3;
const DURATION_S = 10;
const SIGNUP_SAMPLES = 300;
const TOKEN_SECRET = 'bench-token-secret-with-at-least-32-characters';

interface Seeded {
  /** Manage tokens of the seeded readers. */
  manageTokens: string[];
  /** Addresses of active readers (for the sign-up timing). */
  activeEmails: string[];
  /** Stories that have a page. */
  storyIds: string[];
}

interface PageScenario {
  /** Key prefix on the last line: '' for the preferences page. */
  prefix: string;
  name: string;
  paths(seeded: Seeded): string[];
}

const SCENARIOS: PageScenario[] = [
  {
    prefix: '',
    name: 'preferences page',
    paths: (seeded) => seeded.manageTokens.map((token) => `/p/${token}`),
  },
  {
    prefix: 'story_',
    name: 'story page',
    paths: (seeded) => seeded.storyIds.map((id) => `/stories/${id}`),
  },
];

async function main(): Promise<void> {
  const result: Record<string, number> = {};
  for (const dialect of ['sqlite', 'postgres'] as const) {
    const database = await createDatabase(dialect);
    try {
      const seeded = await seed(database.url);
      const server = await startWebServer(database.url, TOKEN_SECRET);
      try {
        for (const scenario of SCENARIOS) {
          const { rps, p99, cpuPerRequest } = await load(server, scenario.paths(seeded));
          process.stdout.write(
            `${dialect} ${scenario.name}: ${rps} requests/s, p99 ${p99} ms, ` +
              `server CPU ${cpuPerRequest} µs per request (one core could serve ${Math.round(1e6 / cpuPerRequest)}/s)\n`,
          );
          result[`${scenario.prefix}${dialect}_rps`] = rps;
          result[`${scenario.prefix}${dialect}_p99_ms`] = p99;
        }
        await signupTiming(dialect, server, seeded.activeEmails);
      } finally {
        await server.stop();
      }
    } finally {
      await database.drop();
    }
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

async function seed(url: string): Promise<Seeded> {
  const random = mulberry32(20261203);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const zones = listTimeZones();
  const frequencies: Frequency[] = ['daily', 'daily', 'daily', 'weekdays', 'weekly'];
  const store = await openStore(url, process.cwd());
  const seeded: Seeded = { manageTokens: [], activeEmails: [], storyIds: await seedStoryEditions(url) };
  const now = new Date();
  try {
    for (let index = 0; index < READERS; index += 1) {
      const email = `bench-reader-${index}@example.org`;
      const { subscriber } = await store.subscribers.create(
        {
          id: randomUUID(),
          email,
          status: 'active',
          sections: ['world'],
          timezone: pick(zones),
          sendHour: Math.floor(random() * 24),
          frequency: pick(frequencies),
          weeklyDay: 1 + Math.floor(random() * 7),
          consent: { at: now, method: 'bench', ip: null, textVersion: 'bench' },
        },
        now,
      );
      seeded.activeEmails.push(email);
      seeded.manageTokens.push(
        signToken(TOKEN_SECRET, {
          purpose: 'manage',
          subscriberId: subscriber.id,
          version: subscriber.tokenVersion,
        }),
      );
    }
  } finally {
    await store.close();
  }
  return seeded;
}

/**
 * A warm-up run, then the measured one; every request must answer 200. The server's CPU time per
 * request is printed too: on a shared machine it moves less than throughput does.
 */
async function load(
  server: WebServer,
  paths: string[],
): Promise<{ rps: number; p99: number; cpuPerRequest: number }> {
  const requests = paths.map((path) => ({ method: 'GET' as const, path }));
  await autocannon({ url: server.base, connections: CONNECTIONS, duration: WARMUP_S, requests });
  const cpuBefore = server.cpuMicros();
  const run = await autocannon({
    url: server.base,
    connections: CONNECTIONS,
    duration: DURATION_S,
    requests,
  });
  const cpu = server.cpuMicros() - cpuBefore;
  if (run.non2xx > 0 || run.errors > 0 || run.timeouts > 0) {
    throw new Error(`bench: ${run.non2xx} non-2xx answers, ${run.errors} errors, ${run.timeouts} timeouts`);
  }
  return {
    rps: Math.round(run.requests.average),
    p99: run.latency.p99,
    cpuPerRequest: Math.round(cpu / run.requests.total),
  };
}

/**
 * Sequential sign-ups in pairs, one new and one active address, in an order drawn per pair (so
 * neither kind always follows the other); prints both medians.
 */
async function signupTiming(dialect: Dialect, server: WebServer, activeEmails: string[]): Promise<void> {
  const random = mulberry32(20261204);
  const times: Record<'new' | 'active', number[]> = { new: [], active: [] };
  for (let pair = 0; pair < SIGNUP_SAMPLES; pair += 1) {
    const order: ('new' | 'active')[] = random() < 0.5 ? ['new', 'active'] : ['active', 'new'];
    for (const kind of order) {
      const email =
        kind === 'new'
          ? `bench-new-${pair}@example.org`
          : (activeEmails[pair % activeEmails.length] as string);
      const started = process.hrtime.bigint();
      const status = await postSignup(server.base, email);
      const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
      if (status !== 200) throw new Error(`bench: sign-up answered ${status}`);
      // The first 20 pairs warm the process up.
      if (pair >= 20) times[kind].push(elapsed);
    }
  }
  const newMedian = median(times.new);
  const activeMedian = median(times.active);
  process.stdout.write(
    `${dialect} sign-up, median of ${times.new.length} each: new address ${newMedian.toFixed(3)} ms, ` +
      `active address ${activeMedian.toFixed(3)} ms (difference ${(activeMedian - newMedian).toFixed(3)} ms)\n`,
  );
}

const agent = new Agent({ keepAlive: true, maxSockets: 1 });

function postSignup(base: string, email: string): Promise<number> {
  const body = new URLSearchParams({
    email,
    sections: 'world',
    timezone: 'Europe/Paris',
    sendHour: '7',
    consent: '2026-11-1',
  }).toString();
  return new Promise((done, fail) => {
    const req = request(
      `${base}/subscribe`,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': Buffer.byteLength(body),
          origin: base,
        },
      },
      (response) => {
        response.resume();
        response.on('end', () => done(response.statusCode ?? 0));
      },
    );
    req.on('error', fail);
    req.end(body);
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench web: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
