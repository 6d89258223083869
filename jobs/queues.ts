import { type JobsOptions, Queue } from 'bullmq';
import type { Redis } from 'ioredis';

/**
 * The queues: four for the pipeline, one for readers' sign-ups and their expiry. A job carries
 * ids only, never content or secrets.
 */
export const QUEUE_NAMES = ['ingest', 'build', 'fanout', 'send', 'readers'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

export interface IngestPayload {
  sourceId: string;
}
export interface BuildPayload {
  /** ISO timestamp of the UTC hour the edition is for. */
  slot: string;
}
export interface FanoutPayload {
  slot: string;
}
export interface SendPayload {
  deliveryId: string;
}
/** `signup` jobs name a stored sign-up request; `purge` jobs name the hour they run for. */
export interface ReadersPayload {
  signupId?: string;
  hour?: string;
}

export interface Queues {
  ingest: Queue<IngestPayload>;
  build: Queue<BuildPayload>;
  fanout: Queue<FanoutPayload>;
  send: Queue<SendPayload>;
  readers: Queue<ReadersPayload>;
  close(): Promise<void>;
}

/** The `delivery` settings that shape send retries. */
export interface SendRetry {
  maxAttempts: number;
  retryDelayMs: number;
}

/**
 * Retry policy, in one place. Transient failures throw and are retried with exponential backoff;
 * permanent ones throw UnrecoverableError. Finished jobs are kept for a while so that a job id
 * added again (a repeated tick, a second scheduler) is recognised as a duplicate and ignored.
 */
export function jobDefaults(queue: QueueName, send: SendRetry): JobsOptions {
  const keep = {
    removeOnComplete: { age: 3 * 24 * 3600, count: 50_000 },
    removeOnFail: { age: 14 * 24 * 3600 },
  };
  switch (queue) {
    case 'ingest':
      // A feed's own failures are data on the source, not job failures; retries cover store/Redis loss.
      return { attempts: 3, backoff: { type: 'exponential', delay: 10_000 }, ...keep };
    case 'build':
      return { attempts: 5, backoff: { type: 'exponential', delay: 15_000 }, ...keep };
    case 'fanout':
      return { attempts: 5, backoff: { type: 'exponential', delay: 10_000 }, ...keep };
    case 'readers':
      // A sign-up waits on SMTP like a digest does; a few quick retries, then it stays failed.
      return { attempts: 5, backoff: { type: 'exponential', delay: 5_000 }, ...keep };
    case 'send':
      // 4xx replies and dropped connections: by default about 30 s, 1 min, 2 min, 4 min… (RFC 5321
      // §4.5.4.1 asks for retries), each drawn from its upper half so that messages refused
      // together do not all come back together.
      return {
        attempts: send.maxAttempts,
        backoff: { type: 'exponential', delay: send.retryDelayMs, jitter: 0.5 },
        ...keep,
      };
  }
}

export function createQueues(connection: Redis, prefix: string, send: SendRetry): Queues {
  const make = <T>(name: QueueName) =>
    new Queue<T>(name, { connection, prefix, defaultJobOptions: jobDefaults(name, send) });
  const queues = {
    ingest: make<IngestPayload>('ingest'),
    build: make<BuildPayload>('build'),
    fanout: make<FanoutPayload>('fanout'),
    send: make<SendPayload>('send'),
    readers: make<ReadersPayload>('readers'),
  };
  return {
    ...queues,
    close: async () => {
      await Promise.all(Object.values(queues).map((queue) => queue.close()));
    },
  };
}

/** Job ids may not contain ':' in BullMQ; timestamps become compact digits. */
export function jobId(...parts: string[]): string {
  return parts.map((part) => part.replace(/[^A-Za-z0-9_.-]/g, '')).join('_');
}
