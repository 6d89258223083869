import { slotOf } from '../edition/freeze-edition';
import { maskEmail } from '../shared/logger';
import { owedLocalDate } from '../subscriptions';
import type { AppContext } from './context';
import { ensureVariant, variantKeyFor } from './variants';

export interface FanOutResult {
  editionId: string | null;
  /** Deliveries to (re)enqueue: newly created ones plus any still owed from earlier runs. */
  deliveryIds: string[];
  created: number;
  notDue: number;
}

/** Outstanding deliveries re-enqueued per run (their job ids are deterministic, so never twice). */
const OUTSTANDING_LIMIT = 10_000;
/** A delivery still owed after this long is left alone: a digest belongs to its morning. */
const OUTSTANDING_MAX_AGE_MS = 18 * 3_600_000;

/**
 * Creates today's scheduled delivery for every subscriber who is owed one now (invariant 2: a
 * reader whose hour passed during downtime is still owed today) and returns what must be queued.
 * Safe to run any number of times: the store allows one scheduled delivery per subscriber-day.
 */
export async function fanOut(context: AppContext, slot: Date): Promise<FanOutResult> {
  const { store, config } = context;
  const edition = await store.editions.bySlot(slotOf(slot).toISOString());
  if (!edition) {
    context.logger.info(
      { slot: slot.toISOString() },
      'fan-out skipped: the edition for this slot is not built yet',
    );
    return { editionId: null, deliveryIds: [], created: 0, notDue: 0 };
  }
  const now = context.now();
  const subscribers = await store.subscribers.listReceiving();
  const deliveryIds = new Set<string>();
  const rendered = new Set<string>();
  let created = 0;
  let notDue = 0;
  for (const subscriber of subscribers) {
    const localDate = owedLocalDate(subscriber, now);
    if (!localDate) {
      notDue++;
      continue;
    }
    const variantKey = variantKeyFor(config, subscriber.sections);
    if (!rendered.has(variantKey)) await ensureVariant(context, edition, variantKey);
    rendered.add(variantKey);
    const result = await store.deliveries.createScheduled(
      { id: context.newId(), subscriberId: subscriber.id, editionId: edition.id, localDate, variantKey },
      now,
    );
    if (result.created) {
      created++;
      context.logger.debug(
        { subscriber_id: subscriber.id, to: maskEmail(subscriber.email), local_date: localDate },
        'delivery created',
      );
    }
    if (result.delivery.status === 'queued' || result.delivery.status === 'failed_retryable')
      deliveryIds.add(result.delivery.id);
  }
  const since = new Date(now.getTime() - OUTSTANDING_MAX_AGE_MS);
  for (const delivery of await store.deliveries.listOutstanding(OUTSTANDING_LIMIT, since))
    deliveryIds.add(delivery.id);
  context.logger.info(
    { edition_id: edition.id, created, owed: deliveryIds.size, not_due: notDue },
    'fan-out done',
  );
  return { editionId: edition.id, deliveryIds: [...deliveryIds], created, notDue };
}
