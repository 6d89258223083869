import { DelayedError, type Job, UnrecoverableError } from 'bullmq';
import { buildEdition } from '../src/app/build-edition';
import type { AppContext } from '../src/app/context';
import { fanOut } from '../src/app/fan-out';
import { ingestById } from '../src/app/ingest';
import { sendDelivery } from '../src/app/send-delivery';
import { handleSignup, purgeExpiredSignups } from '../src/app/signup';
import { slotOf } from '../src/edition/freeze-edition';
import type { JobMetrics } from './metrics';
import {
  type BuildPayload,
  type FanoutPayload,
  type IngestPayload,
  jobId,
  type Queues,
  type ReadersPayload,
  type SendPayload,
} from './queues';

/**
 * Thin processors: parse the payload, call src/app, record the result. Each is idempotent, so a
 * duplicated or retried job does no harm (see test/jobs/processors.test.ts, which runs each twice).
 */
export function ingestProcessor(context: AppContext, metrics?: JobMetrics) {
  return async (job: Job<IngestPayload>) => {
    const outcome = await ingestById(context, requireString(job.data.sourceId, 'sourceId'));
    metrics?.articlesIngested.inc(outcome?.inserted.length ?? 0);
    if (outcome?.error) metrics?.sourceErrors.inc({ class: outcome.error.kind });
    return outcome ? { status: outcome.status, inserted: outcome.inserted.length } : { status: 'skipped' };
  };
}

/**
 * Builds the slot's edition, then queues its fan-out. The first edition waits for the first poll
 * of every enabled source (docs/ingest.md "Cold start"): the job goes back to the delayed set and
 * checks again after `edition.firstEditionRecheckMs`, without using up an attempt, for as long as
 * its slot is the current one; once the slot has passed, the next slot's build job takes over.
 */
export function buildProcessor(context: AppContext, queues: Queues, metrics?: JobMetrics) {
  return async (job: Job<BuildPayload>, token?: string) => {
    const slot = requireDate(job.data.slot, 'slot');
    const outcome = await buildEdition(context, slot);
    if (outcome.edition === null) {
      const current = slotOf(context.now()).getTime() === slotOf(slot).getTime();
      if (!current || !token) return { editionId: null, built: false, waiting: outcome.waiting };
      await job.moveToDelayed(Date.now() + context.config.edition.firstEditionRecheckMs, token);
      throw new DelayedError();
    }
    const { edition, built } = outcome;
    if (built) metrics?.editions.inc();
    // Fan out straight away rather than waiting for the next tick.
    await queues.fanout.add(
      'fanout',
      { slot: edition.slot },
      { jobId: jobId('fanout', edition.slot, 'built') },
    );
    return { editionId: edition.id, built };
  };
}

export function fanoutProcessor(context: AppContext, queues: Queues) {
  return async (job: Job<FanoutPayload>) => {
    const result = await fanOut(context, requireDate(job.data.slot, 'slot'), (ids) =>
      queueSends(queues, ids),
    );
    return {
      editionId: result.editionId,
      queued: result.queued,
      created: result.created,
      skipped: result.skipped,
      walked: result.walked,
    };
  };
}

/**
 * Sends one delivery. When the relay asks to slow down (421/450/451/454, refused connections) the
 * whole send queue pauses for `delivery.throttleMs`, across every worker process (BullMQ's rate
 * limit key), and this job is retried with its own backoff like any transient failure.
 */
export function sendProcessor(context: AppContext, queues: Pick<Queues, 'send'>, metrics?: JobMetrics) {
  return async (job: Job<SendPayload>) => {
    const attempts = job.opts.attempts ?? 1;
    const stopTimer = metrics?.sendDuration.startTimer();
    const outcome = await sendDelivery(context, requireString(job.data.deliveryId, 'deliveryId'), {
      lastAttempt: job.attemptsMade + 1 >= attempts,
    });
    if (outcome.kind !== 'skipped') stopTimer?.();
    metrics?.deliveries.inc({ status: outcome.kind });
    if (outcome.kind === 'retry') {
      if (outcome.throttle && context.config.delivery.throttleMs > 0) {
        await queues.send.rateLimit(context.config.delivery.throttleMs);
        context.logger.warn(
          { pause_ms: context.config.delivery.throttleMs, reason: outcome.reason },
          'send queue slowed: the relay asked to wait',
        );
      }
      throw new Error(`jobs: send will be retried: ${outcome.reason}`);
    }
    if (outcome.kind === 'failed') throw new UnrecoverableError(`jobs: send failed: ${outcome.reason}`);
    return outcome;
  };
}

/**
 * Jobs per `addBulk` call. BullMQ builds every job of a call, and one Redis pipeline for them, in
 * memory at once: 50,000 in one call took a worker to 1.2 GB resident (npm run bench:scale).
 */
const SEND_BATCH = 1_000;

/** Queues a send job per delivery, in batches; job ids are the deliveries', so each is queued once. */
export async function queueSends(queues: Queues, deliveryIds: readonly string[]): Promise<void> {
  for (let start = 0; start < deliveryIds.length; start += SEND_BATCH) {
    await queues.send.addBulk(
      deliveryIds.slice(start, start + SEND_BATCH).map((deliveryId) => ({
        name: 'send',
        data: { deliveryId },
        opts: { jobId: jobId('send', deliveryId) },
      })),
    );
  }
}

/** A sign-up request left waiting this long lost its job (Redis was flushed or down): queued again. */
const LOST_SIGNUP_MS = 10 * 60 * 1000;

/**
 * Readers' queue: `signup` handles one stored sign-up request (creates the pending reader, emails
 * the confirmation); `purge` deletes expired unconfirmed sign-ups and re-queues lost requests.
 */
export function readersProcessor(context: AppContext, queues: Queues) {
  return async (job: Job<ReadersPayload>) => {
    if (job.name === 'signup') return handleSignup(context, requireString(job.data.signupId, 'signupId'));
    if (job.name !== 'purge') throw new UnrecoverableError(`jobs: unknown job "${job.name}" on readers`);
    const purged = await purgeExpiredSignups(context);
    const lost = await context.store.signups.listWaitingSince(
      new Date(context.now().getTime() - LOST_SIGNUP_MS),
      1000,
    );
    await queueSignups(queues, lost);
    return { ...purged, requeued: lost.length };
  };
}

/** Queues sign-up requests by id; the job id is the request's, so a request is queued once. */
export async function queueSignups(queues: Queues, signupIds: string[]): Promise<void> {
  if (signupIds.length === 0) return;
  await queues.readers.addBulk(
    signupIds.map((signupId) => ({
      name: 'signup',
      data: { signupId },
      opts: { jobId: jobId('signup', signupId) },
    })),
  );
}

function requireString(value: unknown, name: string): string {
  if (typeof value === 'string' && value.length > 0) return value;
  throw new UnrecoverableError(`jobs: payload field ${name} is missing or not a string`);
}

function requireDate(value: unknown, name: string): Date {
  const date = new Date(requireString(value, name));
  if (Number.isNaN(date.getTime())) throw new UnrecoverableError(`jobs: payload field ${name} is not a date`);
  return date;
}
