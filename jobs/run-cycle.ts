import { type Queue, QueueEvents } from 'bullmq';
import type { Redis } from 'ioredis';
import type { AppContext } from '../src/app/context';
import { slotOf } from '../src/edition/freeze-edition';
import { jobId, type Queues } from './queues';

export interface CycleReport {
  polled: number;
  editionId: string;
  slot: string;
  sends: { sent: number; failed: number; skipped: number };
}

/**
 * One whole morning run through the real queues, waiting for each step: poll every enabled
 * source that is due (every one with `force`: backoff after failures and Retry-After are
 * otherwise honoured, docs/ingest.md), build the current slot's edition, fan out, send. Workers must be running (in this
 * process or elsewhere). Used by `run-once`, `demo` and the end-to-end test.
 */
export async function runCycle(
  context: AppContext,
  queues: Queues,
  connection: Redis,
  timeoutMs = 300_000,
  force = false,
): Promise<CycleReport> {
  const now = context.now();
  const due = await context.store.sources.listDue(now, { force });
  const events = await openEvents(context, connection, due.length);
  // waitUntilFinished also listens for the queue closing, once per awaited job.
  queues.ingest.setMaxListeners(due.length + 10);
  try {
    const stamp = String(now.getTime());
    const ingestJobs = await queues.ingest.addBulk(
      due.map((source) => ({
        name: 'ingest',
        data: { sourceId: source.id },
        opts: { jobId: jobId('ingest', source.id, stamp) },
      })),
    );
    await Promise.all(ingestJobs.map((job) => job.waitUntilFinished(events.ingest, timeoutMs)));

    const slot = slotOf(now).toISOString();
    const build = await queues.build.add('build', { slot }, { jobId: jobId('build', slot, 'cycle', stamp) });
    const built = (await build.waitUntilFinished(events.build, timeoutMs)) as { editionId: string };
    const fanout = await queues.fanout.add(
      'fanout',
      { slot },
      { jobId: jobId('fanout', slot, 'cycle', stamp) },
    );
    await fanout.waitUntilFinished(events.fanout, timeoutMs);

    const sends = await waitForSends(context, queues.send, built.editionId, timeoutMs);
    return { polled: due.length, editionId: built.editionId, slot, sends };
  } finally {
    await events.close();
  }
}

/**
 * QueueEvents block on their connection, so each gets its own duplicate; BullMQ does not close a
 * connection it was handed, so `close` does.
 */
async function openEvents(context: AppContext, connection: Redis, waiters: number) {
  const opened: { events: QueueEvents; connection: Redis }[] = [];
  const make = async (name: string) => {
    const own = connection.duplicate();
    const events = new QueueEvents(name, { connection: own, prefix: context.config.queuePrefix });
    // One listener per awaited job (waitUntilFinished); Node warns past 10 by default.
    events.setMaxListeners(waiters + 10);
    opened.push({ events, connection: own });
    await events.waitUntilReady();
    return events;
  };
  return {
    ingest: await make('ingest'),
    build: await make('build'),
    fanout: await make('fanout'),
    close: async () => {
      for (const entry of opened) {
        await entry.events.close();
        entry.connection.disconnect();
      }
    },
  };
}

/** Waits until the send queue has nothing waiting, delayed or active, then counts the edition's outcomes. */
async function waitForSends(context: AppContext, queue: Queue, editionId: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const counts = await queue.getJobCounts(
      'waiting',
      'active',
      'delayed',
      'prioritized',
      'waiting-children',
    );
    const pending = Object.values(counts).reduce((sum, n) => sum + n, 0);
    if (pending === 0) break;
    if (Date.now() > deadline) throw new Error(`jobs: ${pending} sends still pending after ${timeoutMs} ms`);
    await new Promise((done) => setTimeout(done, 100));
  }
  const byStatus = await context.store.deliveries.countsByEdition(editionId);
  return {
    sent: byStatus.sent ?? 0,
    failed: (byStatus.failed_permanent ?? 0) + (byStatus.failed_retryable ?? 0),
    skipped: (byStatus.suppressed ?? 0) + (byStatus.skipped ?? 0),
  };
}
