import { slotOf } from '../edition/freeze-edition';
import type { Subscriber } from '../shared/types';
import type { StoredEdition } from '../store';
import { nextSendAt, owedLocalDate } from '../subscriptions';
import type { AppContext } from './context';
import { ensureVariant, variantKeyFor } from './variants';
import { hasSomethingNew, NOTHING_NEW_REASON } from './whats-new';

export interface FanOutResult {
  editionId: string | null;
  /** Deliveries handed to `enqueue`: newly created ones plus any still owed from earlier runs. */
  queued: number;
  created: number;
  /** Deliveries recorded as skipped: nothing new for the reader. */
  skipped: number;
  notDue: number;
  /** Readers looked at (only those whose `next_due_at` had come or was unknown). */
  walked: number;
}

/** Queues send jobs for deliveries (deterministic job ids, so a delivery is never queued twice). */
export type Enqueue = (deliveryIds: string[]) => Promise<void>;

/** Readers read per page: one SELECT, one INSERT and one SELECT of deliveries per page. */
export const FANOUT_PAGE = 1000;
/** Outstanding deliveries re-enqueued per run (their job ids are deterministic, so never twice). */
const OUTSTANDING_LIMIT = 10_000;
/** A delivery still owed after this long is left alone: a digest belongs to its morning. */
const OUTSTANDING_MAX_AGE_MS = 18 * 3_600_000;
/** Deliveries queued this recently still have their job: only older ones may have lost it. */
const OUTSTANDING_GRACE_MS = 5 * 60_000;
/** `next_due_at` of a reader no digest will be owed to until they change something. */
const NEVER = '9999-12-31T23:59:59.999Z';

/**
 * Creates today's scheduled delivery for every reader owed one now (invariant 2: a reader whose
 * hour passed during downtime is still owed today) and enqueues it, page by page: readers are read
 * by key in pages of FANOUT_PAGE, never all at once, and only those whose `next_due_at` has come
 * (or was reset by a change), so a run does not walk again readers already served for the day.
 * Safe to run any number of times: the store allows one scheduled delivery per subscriber-day.
 */
export async function fanOut(context: AppContext, slot: Date, enqueue: Enqueue): Promise<FanOutResult> {
  const result: FanOutResult = { editionId: null, queued: 0, created: 0, skipped: 0, notDue: 0, walked: 0 };
  const edition = await context.store.editions.bySlot(slotOf(slot).toISOString());
  if (!edition) {
    context.logger.info(
      { slot: slot.toISOString() },
      'fan-out skipped: the edition for this slot is not built yet',
    );
    return result;
  }
  result.editionId = edition.id;
  const now = context.now();
  const run = new PageRun(context, edition, now);
  for (let afterId = ''; ; ) {
    const page = await context.store.subscribers.pageDue(now, afterId, FANOUT_PAGE);
    if (page.length === 0) break;
    afterId = page[page.length - 1]?.id as string;
    const outcome = await run.handle(page);
    if (outcome.queue.length > 0) await enqueue(outcome.queue);
    // Only once its sends are queued does a reader leave the due set: a crash before this line
    // leaves them due, and the next run finds their delivery and queues it again.
    await context.store.subscribers.setNextDue(outcome.nextDue, now);
    result.walked += page.length;
    result.queued += outcome.queue.length;
    result.created += outcome.created;
    result.skipped += outcome.skipped;
    result.notDue += outcome.notDue;
  }
  result.queued += await requeueOutstanding(context, now, enqueue);
  context.logger.info({ edition_id: edition.id, ...result }, 'fan-out done');
  return result;
}

interface PageOutcome {
  queue: string[];
  nextDue: { id: string; nextDueAt: string }[];
  created: number;
  skipped: number;
  notDue: number;
}

/** One fan-out run over its pages: the variants it has ensured and the earlier editions it read. */
class PageRun {
  private readonly variants = new Set<string>();
  private readonly editions = new Map<string, StoredEdition | null>();

  constructor(
    private readonly context: AppContext,
    private readonly edition: StoredEdition,
    private readonly now: Date,
  ) {}

  async handle(page: Subscriber[]): Promise<PageOutcome> {
    const { context, now } = this;
    const owed = page.flatMap((subscriber) => {
      const localDate = owedLocalDate(subscriber, now);
      return localDate
        ? [{ subscriber, localDate, variantKey: variantKeyFor(context.config, subscriber.sections) }]
        : [];
    });
    const fresh = await this.withSomethingNew(owed);
    for (const key of new Set(owed.map((entry) => entry.variantKey))) await this.ensure(key);
    const stored = await context.store.deliveries.createScheduledMany(
      owed.map((entry) => ({
        id: context.newId(),
        subscriberId: entry.subscriber.id,
        editionId: this.edition.id,
        localDate: entry.localDate,
        variantKey: entry.variantKey,
        skipReason: fresh.has(entry.subscriber.id) ? null : NOTHING_NEW_REASON,
      })),
      now,
    );
    for (const delivery of stored) {
      if (delivery.created && delivery.status === 'skipped')
        context.logger.info(
          { subscriber_id: delivery.subscriberId, reason: NOTHING_NEW_REASON },
          'send skipped',
        );
    }
    return {
      queue: stored
        .filter((delivery) => delivery.status === 'queued' || delivery.status === 'failed_retryable')
        .map((delivery) => delivery.id),
      nextDue: page.map((subscriber) => ({
        id: subscriber.id,
        nextDueAt: nextSendAt(subscriber, now)?.toISOString() ?? NEVER,
      })),
      created: stored.filter((delivery) => delivery.created).length,
      skipped: stored.filter((delivery) => delivery.created && delivery.status === 'skipped').length,
      notDue: page.length - owed.length,
    };
  }

  private async ensure(variantKey: string): Promise<void> {
    if (this.variants.has(variantKey)) return;
    await ensureVariant(this.context, this.edition, variantKey);
    this.variants.add(variantKey);
  }

  /** Readers of `owed` who have something new (all of them when the switch is off). */
  private async withSomethingNew(
    owed: { subscriber: Subscriber; variantKey: string }[],
  ): Promise<Set<string>> {
    const ids = owed.map((entry) => entry.subscriber.id);
    if (!this.context.config.delivery.skipWhenNothingNew) return new Set(ids);
    const last = await this.context.store.deliveries.lastSent(ids);
    const fresh = new Set<string>();
    for (const entry of owed) {
      const sent = last.get(entry.subscriber.id);
      const previous = sent ? await this.editionById(sent.editionId) : null;
      const earlier =
        previous && sent ? { edition: previous.content, sectionIds: sent.variantKey.split('+') } : null;
      if (hasSomethingNew(this.edition.content, entry.variantKey.split('+'), earlier))
        fresh.add(entry.subscriber.id);
    }
    return fresh;
  }

  private async editionById(id: string): Promise<StoredEdition | null> {
    if (!this.editions.has(id)) this.editions.set(id, (await this.context.store.editions.get(id)) ?? null);
    return this.editions.get(id) ?? null;
  }
}

/**
 * Re-enqueues deliveries still owed whose job may have been lost (Redis flushed or restarted):
 * queued or waiting for a retry, created in the last 18 hours, untouched for 5 minutes.
 */
async function requeueOutstanding(context: AppContext, now: Date, enqueue: Enqueue): Promise<number> {
  const since = new Date(now.getTime() - OUTSTANDING_MAX_AGE_MS);
  const before = new Date(now.getTime() - OUTSTANDING_GRACE_MS);
  const ids = await context.store.deliveries.listOutstandingIds(OUTSTANDING_LIMIT, since, before);
  if (ids.length > 0) await enqueue(ids);
  return ids.length;
}
