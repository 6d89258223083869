import { DateTime } from 'luxon';
import { BriefError } from '../shared/errors';
import { maskEmail } from '../shared/logger';
import type { Subscriber } from '../shared/types';
import type { StoredEdition } from '../store';
import type { AppContext } from './context';
import { ensureVariant, variantKeyFor } from './variants';

export interface ResendRequest {
  /** Subscriber id or email address. */
  subscriber: string;
  /** Defaults to the latest edition. */
  editionId?: string;
  /**
   * Idempotency key: the same request id never creates a second delivery for the same reader.
   * Without one, a key is made from reader and edition that holds for an hour (see below).
   */
  requestId?: string;
  operator: string;
}

/** Creates (once per request id) a resend delivery for one reader and audits it. */
export async function requestResend(
  context: AppContext,
  request: ResendRequest,
): Promise<{ deliveryId: string; created: boolean; requestId: string }> {
  const subscriber = await findSubscriber(context, request.subscriber);
  const edition = await findEdition(context, request.editionId);
  const requestId = request.requestId ?? (await defaultRequestId(context, subscriber.id, edition.id));
  const { deliveryId, created } = await createResend(
    context,
    subscriber,
    edition,
    requestId,
    request.operator,
  );
  if (created) {
    await audit(context, request.operator, 'resend', 'delivery', deliveryId, {
      subscriber_id: subscriber.id,
      edition_id: edition.id,
      request_id: requestId,
    });
  }
  context.logger.info(
    { subscriber_id: subscriber.id, to: maskEmail(subscriber.email), edition_id: edition.id, created },
    'resend requested',
  );
  return { deliveryId, created, requestId };
}

const DEFAULT_REQUEST_WINDOW_MS = 60 * 60 * 1000;
const DEFAULT_REQUEST_PREFIX = 'default:';

/**
 * An operator who repeats `brief resend --to` without a request id (a retyped command, a second
 * terminal) means the same request: within an hour of a default-keyed resend of this edition to
 * this reader, its key is reused, so nothing new is sent. Otherwise the key names reader, edition
 * and the hour, which also makes two such commands started together collide on one delivery.
 */
async function defaultRequestId(
  context: AppContext,
  subscriberId: string,
  editionId: string,
): Promise<string> {
  const now = context.now().getTime();
  const recent = (await context.store.deliveries.listBySubscriber(subscriberId, 50)).find(
    (delivery) =>
      delivery.kind === 'resend' &&
      delivery.editionId === editionId &&
      delivery.requestId?.startsWith(DEFAULT_REQUEST_PREFIX) &&
      now - delivery.createdAt.getTime() < DEFAULT_REQUEST_WINDOW_MS,
  );
  if (recent?.requestId) return recent.requestId;
  const hour = new Date(
    Math.floor(now / DEFAULT_REQUEST_WINDOW_MS) * DEFAULT_REQUEST_WINDOW_MS,
  ).toISOString();
  return `${DEFAULT_REQUEST_PREFIX}${subscriberId}:${editionId}:${hour}`;
}

export interface ResendFailedPlan {
  editionId: string;
  /** Deliveries of the edition by status, every kind. */
  counts: Record<string, number>;
  /** Readers a resend would go to. */
  readers: string[];
  /** Readers whose delivery failed but who have since opted out or complained. */
  optedOut: number;
}

/** What `requestResendFailed` would do, without doing it (the CLI shows it before `--yes`). */
export async function planResendFailed(context: AppContext, editionId: string): Promise<ResendFailedPlan> {
  const edition = await findEdition(context, editionId);
  const failed = await context.store.deliveries.listByEdition(edition.id, [
    'failed_permanent',
    'failed_retryable',
  ]);
  const candidates = [...new Set(failed.map((delivery) => delivery.subscriberId))];
  const readers: string[] = [];
  for (const subscriberId of candidates) {
    const subscriber = await context.store.subscribers.get(subscriberId);
    if (subscriber && subscriber.status !== 'unsubscribed' && subscriber.status !== 'complained')
      readers.push(subscriberId);
  }
  return {
    editionId: edition.id,
    counts: await context.store.deliveries.countsByEdition(edition.id),
    readers,
    optedOut: candidates.length - readers.length,
  };
}

/**
 * Resends an edition to every reader whose delivery of it failed (permanently, or still waiting
 * for a retry). One resend per reader per request id, audited as one operator action.
 */
export async function requestResendFailed(
  context: AppContext,
  request: { editionId: string; requestId: string; operator: string },
): Promise<{ deliveryIds: string[]; created: number }> {
  const edition = await findEdition(context, request.editionId);
  const { readers } = await planResendFailed(context, edition.id);
  const deliveryIds: string[] = [];
  let created = 0;
  for (const subscriberId of readers) {
    const subscriber = await context.store.subscribers.get(subscriberId);
    if (!subscriber) continue;
    const result = await createResend(context, subscriber, edition, request.requestId, request.operator);
    deliveryIds.push(result.deliveryId);
    if (result.created) created++;
  }
  await audit(context, request.operator, 'resend_failed', 'edition', edition.id, {
    request_id: request.requestId,
    readers: readers.length,
    created,
  });
  return { deliveryIds, created };
}

async function createResend(
  context: AppContext,
  subscriber: Subscriber,
  edition: StoredEdition,
  requestId: string,
  operator: string,
) {
  const variantKey = variantKeyFor(context.config, subscriber.sections);
  await ensureVariant(context, edition, variantKey);
  const now = context.now();
  const localDate =
    DateTime.fromJSDate(now).setZone(subscriber.timezone).toISODate() ?? now.toISOString().slice(0, 10);
  const { delivery, created } = await context.store.deliveries.createResend(
    {
      id: context.newId(),
      subscriberId: subscriber.id,
      editionId: edition.id,
      localDate,
      variantKey,
      requestId,
      requestedBy: operator,
    },
    now,
  );
  return { deliveryId: delivery.id, created };
}

async function findSubscriber(context: AppContext, reference: string): Promise<Subscriber> {
  const subscriber = reference.includes('@')
    ? await context.store.subscribers.getByEmail(reference)
    : await context.store.subscribers.get(reference);
  if (!subscriber)
    throw new BriefError(
      'jobs',
      'NOT_FOUND',
      `no subscriber ${reference.includes('@') ? maskEmail(reference) : reference}`,
    );
  if (subscriber.status === 'unsubscribed' || subscriber.status === 'complained') {
    throw new BriefError(
      'jobs',
      'CONFLICT',
      `subscriber ${subscriber.id} is ${subscriber.status}; a resend would mail someone who opted out`,
    );
  }
  return subscriber;
}

async function findEdition(context: AppContext, editionId: string | undefined): Promise<StoredEdition> {
  const edition = editionId
    ? await context.store.editions.get(editionId)
    : (await context.store.editions.latest(1))[0];
  if (!edition)
    throw new BriefError(
      'jobs',
      'NOT_FOUND',
      editionId ? `no edition ${editionId}` : 'no edition has been built yet',
    );
  return edition;
}

async function audit(
  context: AppContext,
  actor: string,
  action: string,
  subjectType: string,
  subjectId: string,
  details: Record<string, unknown>,
) {
  await context.store.audit.record({
    id: context.newId(),
    at: context.now(),
    actor,
    action,
    subjectType,
    subjectId,
    details,
  });
}
