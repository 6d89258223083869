/**
 * The processes of `npm run bench:send` (see bench/send.ts), one role each, started with
 * `fork`: `sink` is an SMTP server on loopback that counts what arrives; `fanout` and `send` run
 * the production workers of those queues; `naive` runs the straightforward pipeline (one reader
 * at a time, one statement per step, the whole message built by nodemailer for each reader).
 * Each samples its own RSS and answers the parent's `stats` message.
 */
import { resolve } from 'node:path';
import type { Job } from 'bullmq';
import { Worker } from 'bullmq';
import { SMTPServer } from 'smtp-server';
import { createQueues, jobId } from '../jobs/queues';
import { startWorkers } from '../jobs/workers';
import { type AppContext, closeContext, createContext } from '../src/app/context';
import { connectRedis } from '../src/app/redis';
import { ensureVariant, variantKeyFor } from '../src/app/variants';
import { loadConfig } from '../src/config/load-config';
import { buildMessage } from '../src/deliver';
import { slotOf } from '../src/edition/freeze-edition';
import { mjmlCompilations, personalize } from '../src/render';
import { silentLogger } from '../src/shared/logger';
import { owedLocalDate, signToken } from '../src/subscriptions';

export interface RoleSettings {
  databaseUrl: string;
  redisUrl: string;
  queuePrefix: string;
  smtpUrl: string;
  tokenSecret: string;
  concurrency: number;
  cwd: string;
}

export interface RoleStats {
  role: string;
  peakRssMb: number;
  /** At the peak: V8 heap in use and reserved, and memory outside it (Buffers, native), MB. */
  peakHeapUsedMb: number;
  peakHeapTotalMb: number;
  peakExternalMb: number;
  /** CPU time this process used (user + system), for where the time goes. */
  cpuSeconds: number;
  queries: number;
  compiles: number;
  received?: number;
  duplicates?: number;
  lastReceivedAt?: number;
  bytes?: number;
}

const role = process.argv[2] ?? '';
let peakRss = 0;
/** `process.memoryUsage()` at the peak: which part of the resident memory the peak was made of. */
let atPeak: NodeJS.MemoryUsage | null = null;
function sample(): void {
  const usage = process.memoryUsage();
  if (usage.rss >= peakRss) {
    peakRss = usage.rss;
    atPeak = usage;
  }
}
const sampler = setInterval(sample, 50);
let queries = 0;

function stats(extra: Partial<RoleStats> = {}): RoleStats {
  sample();
  const cpu = process.cpuUsage();
  const mb = (bytes: number | undefined) => (bytes ?? 0) / 2 ** 20;
  return {
    role,
    peakRssMb: mb(peakRss),
    peakHeapUsedMb: mb(atPeak?.heapUsed),
    peakHeapTotalMb: mb(atPeak?.heapTotal),
    peakExternalMb: mb(atPeak?.external),
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    queries,
    compiles: mjmlCompilations(),
    ...extra,
  };
}

function reply(message: unknown): void {
  process.send?.(message);
}

async function context(settings: RoleSettings): Promise<AppContext> {
  const config = loadConfig({
    env: {},
    cwd: resolve(__dirname, '..'),
    overrides: {
      databaseUrl: settings.databaseUrl,
      redisUrl: settings.redisUrl,
      queuePrefix: settings.queuePrefix,
      smtpUrl: settings.smtpUrl,
      publicUrl: 'https://brief.example.org',
      tokenSecret: settings.tokenSecret,
      sender: { address: 'brief@brief.example.org', listId: 'world.brief.example.org' },
      delivery: { concurrency: settings.concurrency, maxAttempts: 3, retryDelayMs: 1000 },
    },
  });
  return createContext({ config, logger: silentLogger, cwd: settings.cwd, onQuery: () => queries++ });
}

/** Counts messages and repeated Message-IDs; reads only the header block of each. */
function sink(): void {
  let received = 0;
  let duplicates = 0;
  let bytes = 0;
  let lastReceivedAt = 0;
  const seen = new Set<string>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    maxClients: 1000,
    onData(stream, _session, callback) {
      let head = '';
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (head.length < 4096) head += chunk.toString('latin1', 0, Math.min(chunk.length, 4096));
      });
      stream.on('end', () => {
        const id = /^Message-ID: *(<[^>]+>)/im.exec(head)?.[1] ?? `none-${received}`;
        if (seen.has(id)) duplicates += 1;
        seen.add(id);
        received += 1;
        bytes += size;
        lastReceivedAt = Date.now();
        callback();
      });
    },
  });
  server.listen(0, '127.0.0.1', () => {
    const address = server.server.address();
    reply({ type: 'ready', port: typeof address === 'object' && address ? address.port : 0 });
  });
  process.on('message', (message: { type: string }) => {
    if (message.type === 'reset') {
      received = 0;
      duplicates = 0;
      bytes = 0;
      lastReceivedAt = 0;
      seen.clear();
      peakRss = 0;
      atPeak = null;
      reply({ type: 'reset' });
    }
    if (message.type === 'stats')
      reply({ type: 'stats', stats: stats({ received, duplicates, lastReceivedAt, bytes }) });
    if (message.type === 'stop') server.close(() => process.exit(0));
  });
}

/** A worker process of the real pipeline, for the fan-out or the send queue. */
async function worker(settings: RoleSettings, queue: 'fanout' | 'send'): Promise<void> {
  const app = await context(settings);
  const connection = connectRedis(settings.redisUrl);
  const queues = createQueues(connection, settings.queuePrefix, app.config.delivery);
  const workers = await startWorkers(app, queues, connection, undefined, [queue]);
  queries = 0;
  await stop(async () => {
    await workers.close();
    await queues.close();
    connection.disconnect();
    await closeContext(app);
  });
}

/**
 * The straightforward pipeline: fan-out reads every reader at once and records and queues them one
 * by one; each send job makes its own claim, reads its reader, edition and variant, builds the
 * whole message with nodemailer and records it sent: the shape this code had before bench:send.
 */
async function naive(settings: RoleSettings): Promise<void> {
  const app = await context(settings);
  const connection = connectRedis(settings.redisUrl);
  const queues = createQueues(connection, settings.queuePrefix, app.config.delivery);
  const fanout = new Worker(
    'fanout',
    async (job: Job<{ slot: string }>) => {
      const edition = await app.store.editions.bySlot(slotOf(new Date(job.data.slot)).toISOString());
      if (!edition) throw new Error('bench: no edition');
      const now = app.now();
      const ids: string[] = [];
      const rendered = new Set<string>();
      for (const subscriber of await app.store.subscribers.pageDue(now, '', Number.MAX_SAFE_INTEGER)) {
        const localDate = owedLocalDate(subscriber, now);
        if (!localDate) continue;
        const variantKey = variantKeyFor(app.config, subscriber.sections);
        if (!rendered.has(variantKey)) await ensureVariant(app, edition, variantKey);
        rendered.add(variantKey);
        const { delivery } = await app.store.deliveries.createScheduled(
          { id: app.newId(), subscriberId: subscriber.id, editionId: edition.id, localDate, variantKey },
          now,
        );
        ids.push(delivery.id);
      }
      await queues.send.addBulk(
        ids.map((deliveryId) => ({
          name: 'send',
          data: { deliveryId },
          opts: { jobId: jobId('send', deliveryId) },
        })),
      );
    },
    { connection, prefix: settings.queuePrefix, concurrency: 1 },
  );
  const send = new Worker(
    'send',
    async (job: Job<{ deliveryId: string }>) => {
      const delivery = await app.store.deliveries.claim(job.data.deliveryId, app.now());
      if (!delivery) return;
      const subscriber = await app.store.subscribers.get(delivery.subscriberId);
      const edition = await app.store.editions.get(delivery.editionId);
      const variant = await app.store.editions.getVariant(delivery.editionId, delivery.variantKey);
      if (!subscriber || !edition || !variant) throw new Error('bench: missing rows');
      const token = (purpose: 'manage' | 'unsubscribe') =>
        signToken(app.tokenSecret, {
          purpose,
          subscriberId: subscriber.id,
          version: subscriber.tokenVersion,
        });
      const unsubscribeUrl = `https://brief.example.org/u/${token('unsubscribe')}`;
      const filled = personalize(variant, {
        preferencesUrl: `https://brief.example.org/p/${token('manage')}`,
        unsubscribeUrl,
        localDateLabel: delivery.localDate,
      });
      const result = await app.mailer.send(
        buildMessage({
          deliveryId: delivery.id,
          from: { name: app.config.sender.name, address: app.config.sender.address },
          replyTo: null,
          to: subscriber.email,
          subject: filled.subject,
          html: filled.html,
          text: filled.text,
          listId: app.config.sender.listId,
          listName: 'Morning Brief World News',
          unsubscribeUrl,
          unsubscribeMailto: `mailto:${app.config.sender.address}?subject=unsubscribe`,
          date: app.now(),
        }),
      );
      await app.store.deliveries.markSent(delivery.id, result.messageId, app.now());
    },
    { connection, prefix: settings.queuePrefix, concurrency: settings.concurrency },
  );
  queries = 0;
  await stop(async () => {
    await Promise.all([fanout.close(), send.close()]);
    await queues.close();
    connection.disconnect();
    await closeContext(app);
  });
}

/** Answers `stats` until told to stop, then closes and exits. */
function stop(close: () => Promise<void>): Promise<void> {
  reply({ type: 'ready' });
  return new Promise(() => {
    process.on('message', async (message: { type: string }) => {
      if (message.type === 'stats') reply({ type: 'stats', stats: stats() });
      if (message.type === 'stop') {
        await close();
        clearInterval(sampler);
        process.exit(0);
      }
    });
  });
}

process.once('message', (message: { type: string; settings: RoleSettings }) => {
  if (message.type !== 'start') return;
  if (role === 'sink') sink();
  else if (role === 'fanout' || role === 'send') void worker(message.settings, role);
  else if (role === 'naive') void naive(message.settings);
  else throw new Error(`bench: unknown role ${role}`);
});
