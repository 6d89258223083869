import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type ResourceLimits, Worker } from 'node:worker_threads';
import { feedFailure } from './feed-error';
import type { FeedBodyInput, FeedBodyResult } from './read-feed';

interface Job {
  id: number;
  input: FeedBodyInput;
  resolve: (result: FeedBodyResult) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
}

type Reply =
  | { id: number; result: FeedBodyResult }
  | { id: number; error: { message: string; stack?: string } };

/**
 * Worker threads that parse and normalize feed bodies (read-feed.ts), so a poll uses every core:
 * the main thread keeps HTTP, the store and the limits (docs/ingest.md "Parse workers"). Jobs wait
 * in order for a free worker; each worker takes one at a time. Workers start on first use, hold
 * the process open only while they have a job, and are replaced if one dies. A bug thrown in a
 * worker rejects its job with the worker's message and stack.
 */
export class ParsePool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 0;
  private closed = false;

  private readonly limits: ResourceLimits;

  /** @param maxFeedBytes the largest body a worker may get (ingest.maxFeedBytes): it sizes the worker heaps. */
  constructor(
    readonly size: number,
    maxFeedBytes = 5_000_000,
  ) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`parse pool size must be ≥ 1, not ${size}`);
    this.limits = workerLimits(maxFeedBytes);
  }

  read = (input: FeedBodyInput): Promise<FeedBodyResult> => {
    if (this.closed) return Promise.reject(new Error('sources: the parse pool is closed'));
    return new Promise<FeedBodyResult>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, input, resolve, reject });
      this.dispatch();
    });
  };

  async close(): Promise<void> {
    this.closed = true;
    const error = new Error('sources: the parse pool closed before the feed was read');
    for (const job of this.queue.splice(0)) job.reject(error);
    const slots = this.slots.splice(0);
    for (const slot of slots) slot.job?.reject(error);
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const slot = this.slots.find((candidate) => candidate.job === null) ?? this.spawn();
      if (!slot) return;
      const job = this.queue.shift() as Job;
      slot.job = job;
      slot.worker.ref();
      slot.worker.postMessage({ id: job.id, input: job.input });
    }
  }

  private spawn(): Slot | null {
    if (this.slots.length >= this.size) return null;
    const worker = startWorker(this.limits);
    const slot: Slot = { worker, job: null };
    worker.on('message', (reply: Reply) => {
      const job = slot.job;
      if (!job || job.id !== reply.id) return;
      slot.job = null;
      worker.unref();
      if ('result' in reply) job.resolve(reply.result);
      else job.reject(Object.assign(new Error(reply.error.message), { stack: reply.error.stack }));
      this.dispatch();
    });
    const lost = (error: Error) => {
      const index = this.slots.indexOf(slot);
      if (index < 0) return;
      this.slots.splice(index, 1);
      // A body whose parse outgrows the worker heap is the feed's trouble, recorded on the source
      // like any oversized feed; any other death of a worker is a bug.
      if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') {
        slot.job?.resolve({ ok: false, failure: outOfMemory() });
      } else {
        slot.job?.reject(error);
      }
      slot.job = null;
      if (!this.closed) this.dispatch();
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`sources: a parse worker exited (code ${code})`)));
    worker.unref();
    this.slots.push(slot);
    return slot;
  }
}

/**
 * The compiled worker (dist/, as the Docker image runs it) when this module is compiled, else
 * the TypeScript one through tsx, as the CLI runs from source (bin/brief.js), benches and tests.
 */
function startWorker(resourceLimits: ResourceLimits): Worker {
  const compiled = join(__dirname, 'parse-worker.js');
  if (!__filename.endsWith('.ts') && existsSync(compiled)) return new Worker(compiled, { resourceLimits });
  const source = join(__dirname, 'parse-worker.ts');
  const tsx = require.resolve('tsx/cjs');
  return new Worker(`require(${JSON.stringify(tsx)}); require(${JSON.stringify(source)});`, {
    eval: true,
    resourceLimits,
  });
}

function outOfMemory() {
  return feedFailure(
    'too_large',
    'the feed needs more memory to parse than a parse worker has (its heap is sized from ingest.maxFeedBytes)',
  );
}

/**
 * A worker's heap. V8 sizes a heap from the machine and collects late, so each worker grew by
 * about 70 MB of garbage in a first poll (npm run bench:ingest). A worker holds one body at a
 * time; the worst case is a body of tiny items (4.9 MB of 70,000 items peaks near 150 MB of
 * heap), so the old generation gets 64 MB plus 32 times the largest body. A body that still needs
 * more ends its worker, and its poll fails as `too_large`.
 */
function workerLimits(maxFeedBytes: number): ResourceLimits {
  return {
    maxOldGenerationSizeMb: 64 + Math.ceil((32 * maxFeedBytes) / 1_000_000),
    maxYoungGenerationSizeMb: 16,
  };
}
