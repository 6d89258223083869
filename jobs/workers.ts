import { type Job, type Processor, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { AppContext } from '../src/app/context';
import type { JobMetrics } from './metrics';
import {
  buildProcessor,
  fanoutProcessor,
  ingestProcessor,
  readersProcessor,
  sendProcessor,
} from './processors';
import { QUEUE_NAMES, type QueueName, type Queues } from './queues';

/** A limit no relay reaches: the limiter is there for `Queue.rateLimit` pauses, not a cap. */
const UNLIMITED = 1_000_000;

export interface Workers {
  close(): Promise<void>;
}

/**
 * Starts one worker per queue (or per queue of `only`, for a process that runs some of them). Building and fan-out run one at a time across every worker process
 * (BullMQ global concurrency) because they read and write shared state (the clusterer's memory,
 * one edition per slot); polls (ingest.concurrency in all, ingest.perHostConcurrency per host)
 * and sends run in parallel.
 */
export async function startWorkers(
  context: AppContext,
  queues: Queues,
  connection: Redis,
  metrics?: JobMetrics,
  only: readonly QueueName[] = QUEUE_NAMES,
): Promise<Workers> {
  const { config } = context;
  // ingest.concurrency bounds polls in flight across every worker process; per host, HostLimiter.
  await queues.ingest.setGlobalConcurrency(config.ingest.concurrency);
  await queues.build.setGlobalConcurrency(1);
  await queues.fanout.setGlobalConcurrency(1);
  // BullMQ honours a queue-wide pause (`Queue.rateLimit`, used when the relay asks us to slow
  // down) only on workers that have a limiter, so the send worker always has one.
  const limiter = {
    max: config.delivery.ratePerSecond > 0 ? config.delivery.ratePerSecond : UNLIMITED,
    duration: 1000,
  };
  const starters: Record<QueueName, () => Worker> = {
    ingest: () => make('ingest', ingestProcessor(context, metrics), config.ingest.concurrency),
    build: () => make('build', buildProcessor(context, queues, metrics), 1),
    fanout: () => make('fanout', fanoutProcessor(context, queues), 1),
    readers: () => make('readers', readersProcessor(context, queues), 2),
    send: () =>
      new Worker('send', sendProcessor(context, queues, metrics), {
        connection,
        prefix: config.queuePrefix,
        concurrency: config.delivery.concurrency,
        limiter,
      }),
  };
  const workers = only.map((name) => starters[name]());
  for (const worker of workers) watch(context, worker);
  context.logger.info({ queues: workers.map((worker) => worker.name) }, 'workers started');
  return {
    close: async () => {
      await Promise.all(workers.map((worker) => worker.close()));
    },
  };

  // biome-ignore lint/suspicious/noExplicitAny: BullMQ's Processor is generic over each queue's payload.
  function make(name: QueueName, processor: Processor<any>, concurrency: number): Worker {
    return new Worker(name, processor, { connection, prefix: config.queuePrefix, concurrency });
  }
}

function watch(context: AppContext, worker: Worker): void {
  worker.on('failed', (job: Job | undefined, error: Error) => {
    context.logger.warn(
      { job: job?.id, queue: worker.name, attempts: job?.attemptsMade, err: error.message },
      'job failed',
    );
  });
  worker.on('error', (error: Error) => {
    context.logger.error({ queue: worker.name, err: error.message }, 'worker error');
  });
}
