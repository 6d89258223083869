import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';
import { BriefError } from '../shared/errors';
import type { Logger } from '../shared/logger';
import { urlWithoutPassword } from '../shared/url-without-password';

export interface RedisHandle {
  url: string;
  /** True when this process started a private redis-server for itself. */
  private: boolean;
  stop(): Promise<void>;
}

/** A connection for BullMQ: workers need `maxRetriesPerRequest: null` to block on queues. */
export function connectRedis(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: true });
}

export async function pingRedis(url: string, timeoutMs = 1500): Promise<boolean> {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  client.on('error', () => {});
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

/**
 * Uses the Redis at `url` when it answers. Otherwise, when `allowPrivate` and a `redis-server` binary
 * is on PATH, starts a private one on a free loopback port (no persistence) and stops it on exit.
 */
export async function ensureRedis(
  url: string,
  options: { allowPrivate: boolean; logger: Logger },
): Promise<RedisHandle> {
  if (await pingRedis(url)) return { url, private: false, stop: async () => {} };
  const hint = `jobs: Redis is not answering at ${urlWithoutPassword(url)}; start one (apt-get install redis-server, or docker run -p 6379:6379 redis:7) or set REDIS_URL`;
  if (!options.allowPrivate || !hasRedisServer())
    throw new BriefError('jobs', 'REDIS_UNAVAILABLE', hint.replace(/^jobs: /, ''));
  const port = await freePort();
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: 'ignore',
    },
  );
  const privateUrl = `redis://127.0.0.1:${port}`;
  await waitForRedis(privateUrl, child);
  options.logger.info(
    { url: privateUrl },
    `no Redis at ${urlWithoutPassword(url)}; started a private redis-server for this run`,
  );
  return { url: privateUrl, private: true, stop: () => stopChild(child) };
}

function hasRedisServer(): boolean {
  return spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

async function waitForRedis(url: string, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    if (child.exitCode !== null)
      throw new BriefError('jobs', 'REDIS_START_FAILED', `redis-server exited with code ${child.exitCode}`);
    if (await pingRedis(url, 200)) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  await stopChild(child);
  throw new BriefError('jobs', 'REDIS_START_FAILED', `redis-server did not answer at ${url} within 5 s`);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  await new Promise<void>((done) => {
    child.once('exit', () => done());
    if (!child.kill('SIGTERM')) done();
  });
}
