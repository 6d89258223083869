import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import type { JobMetrics } from '../../jobs/metrics';
import { createQueues, type Queues } from '../../jobs/queues';
import { startWorkers, type Workers } from '../../jobs/workers';
import { type AppContext, closeContext, createContext } from '../../src/app/context';
import { connectRedis } from '../../src/app/redis';
import { loadConfig } from '../../src/config/load-config';
import { startFeedServer } from '../../src/demo/feed-server';
import { type Logger, silentLogger } from '../../src/shared/logger';
import type { Subscriber } from '../../src/shared/types';
import type { TestDatabase } from './databases';
import { FIXTURE_FEEDS, REDIS_URL, ROOT } from './paths';

export interface Pipeline {
  context: AppContext;
  queues: Queues;
  workers: Workers;
  /** Starts the workers of a pipeline made with `deferWorkers` (a service coming back up). */
  startWorkers(): Promise<void>;
  connection: ReturnType<typeof connectRedis>;
  feedsUrl: string;
  close(): Promise<void>;
}

/**
 * The whole service in this process against real parts: the fixture feeds over HTTP, the given
 * database, the local Redis under a key prefix of its own, and the given SMTP URL (or an outbox).
 */
export async function startPipeline(
  database: TestDatabase,
  options: {
    smtpUrl: string | null;
    overrides?: Record<string, unknown>;
    now?: () => Date;
    /** Counters the workers record into (see jobs/metrics.ts). */
    metrics?: JobMetrics;
    /** Serve another folder of feeds with its own sources list (default: the demo fixtures). */
    feeds?: { dir: string; sources: { id: string; outlet: string; url: string; section: string }[] };
    /** Where the service logs (default: nowhere). */
    logger?: Logger;
    /** Start no worker until `startWorkers` is called: jobs queued meanwhile wait, as during a downtime. */
    deferWorkers?: boolean;
  },
): Promise<Pipeline> {
  const feedsDir = options.feeds?.dir ?? FIXTURE_FEEDS;
  const feeds = await startFeedServer({ dir: feedsDir, ...(options.now ? { now: options.now() } : {}) });
  const dir = mkdtempSync(join(tmpdir(), 'brief-pipeline-'));
  const manifest =
    options.feeds ??
    (parseYaml(readFileSync(join(FIXTURE_FEEDS, 'sources.yaml'), 'utf8')) as { sources: { url: string }[] });
  const sourcesFile = join(dir, 'sources.yaml');
  const sources = manifest.sources.map((source) => ({
    ...source,
    url: new URL(source.url, feeds.baseUrl).toString(),
  }));
  writeFileSync(sourcesFile, stringifyYaml({ sources }));
  const config = loadConfig({
    env: {},
    cwd: ROOT,
    overrides: {
      databaseUrl: database.url,
      redisUrl: REDIS_URL,
      queuePrefix: `brief-test-${randomBytes(5).toString('hex')}`,
      sourcesFile,
      smtpUrl: options.smtpUrl,
      outboxDir: join(dir, 'outbox'),
      publicUrl: 'https://brief.example.org',
      tokenSecret: randomBytes(32).toString('hex'),
      sender: {
        address: 'brief@brief.example.org',
        listId: 'world.brief.example.org',
        postalAddress: 'Morning Brief, 4 Rue Test, 75001 Paris',
      },
      delivery: { maxAttempts: 2, retryDelayMs: 200, concurrency: 4, throttleMs: 300 },
      ...options.overrides,
    },
  });
  const context = await createContext({
    config,
    logger: options.logger ?? silentLogger,
    cwd: dir,
    ...(options.now ? { now: options.now } : {}),
  });
  await context.store.sources.syncFromConfig(config.sources, context.now());
  const connection = connectRedis(REDIS_URL);
  const queues = createQueues(connection, config.queuePrefix, config.delivery);
  const running: Workers[] = [];
  const start = async () => {
    running.push(await startWorkers(context, queues, connection, options.metrics));
  };
  if (!options.deferWorkers) await start();
  const workers: Workers = {
    close: async () => {
      for (const started of running) await started.close();
    },
  };
  return {
    context,
    queues,
    workers,
    startWorkers: start,
    connection,
    feedsUrl: feeds.baseUrl,
    close: async () => {
      await workers.close();
      for (const queue of [queues.ingest, queues.build, queues.fanout, queues.send, queues.readers])
        await queue.obliterate({ force: true });
      await queues.close();
      connection.disconnect();
      await closeContext(context);
      await feeds.close();
    },
  };
}

/** Adds an active reader who is due right now in their own zone (send hour = the local hour). */
export async function addReader(
  context: AppContext,
  email: string,
  timezone: string,
  sections: string[],
  hourOffset = 0,
): Promise<Subscriber> {
  const now = context.now();
  const localHour = Number(
    new Intl.DateTimeFormat('en-GB', { hour: '2-digit', hourCycle: 'h23', timeZone: timezone }).format(now),
  );
  const { subscriber } = await context.store.subscribers.create(
    {
      id: context.newId(),
      email,
      status: 'active',
      sections,
      timezone,
      sendHour: (localHour + hourOffset + 24) % 24,
      frequency: 'daily',
      consent: { at: now, method: 'test', ip: null, textVersion: 'test' },
    },
    now,
  );
  return subscriber;
}
