import { buildMessage, classifySendError } from '../deliver';
import { personalize } from '../render';
import { errorMessage } from '../shared/errors';
import { maskEmail } from '../shared/logger';
import type { Subscriber } from '../shared/types';
import type { Delivery } from '../store';
import { signToken } from '../subscriptions';
import type { AppContext } from './context';
import { ensureVariant } from './variants';

export type SendOutcome =
  | { kind: 'sent'; messageId: string }
  | { kind: 'skipped'; reason: string }
  | { kind: 'retry'; reason: string }
  | { kind: 'failed'; reason: string };

export interface SendAttempt {
  /** True when no retry will follow a retryable failure (the job's attempts are used up). */
  lastAttempt: boolean;
}

/**
 * Sends one delivery, at most once: the delivery is claimed atomically before the SMTP
 * transaction, so a repeated job, a second worker or a retry after a crash cannot send it twice.
 * Every skip is logged with its reason; failures are recorded on the delivery row.
 */
export async function sendDelivery(
  context: AppContext,
  deliveryId: string,
  attempt: SendAttempt,
): Promise<SendOutcome> {
  const { store } = context;
  const logger = context.logger.child({ delivery_id: deliveryId });
  const claimed = await store.deliveries.claim(deliveryId, context.now());
  if (!claimed) return skip(context, deliveryId, logger);
  const subscriber = await store.subscribers.get(claimed.subscriberId);
  const edition = await store.editions.get(claimed.editionId);
  if (!subscriber || !edition) return fail(context, claimed, 'subscriber or edition no longer exists');
  if (!isReceiving(subscriber, claimed, context.now())) {
    const reason = `subscriber is ${subscriber.status}${subscriber.pausedUntil ? ` until ${subscriber.pausedUntil.toISOString()}` : ''}`;
    await store.deliveries.markSuppressed(claimed.id, reason, context.now());
    logger.info({ subscriber_id: subscriber.id, reason }, 'send skipped');
    return { kind: 'skipped', reason };
  }
  const variant = await ensureVariant(context, edition, claimed.variantKey);
  try {
    const result = await context.mailer.send(composeMessage(context, claimed, subscriber, variant));
    await store.deliveries.markSent(claimed.id, result.messageId, context.now());
    logger.info(
      { subscriber_id: subscriber.id, to: maskEmail(subscriber.email), message_id: result.messageId },
      'sent',
    );
    return { kind: 'sent', messageId: result.messageId };
  } catch (error) {
    // A bad address from buildMessage and every SMTP or connection error are classified alike.
    const verdict = classifySendError(error);
    if (verdict.kind === 'retryable' && !attempt.lastAttempt) {
      await store.deliveries.markFailed(claimed.id, 'failed_retryable', verdict.reason, context.now());
      logger.warn({ subscriber_id: subscriber.id, reason: verdict.reason }, 'send failed; will retry');
      return { kind: 'retry', reason: verdict.reason };
    }
    return fail(context, claimed, verdict.reason || errorMessage(error));
  }
}

function composeMessage(
  context: AppContext,
  delivery: Delivery,
  subscriber: Subscriber,
  variant: { subject: string; html: string; text: string },
) {
  const { config, tokenSecret } = context;
  const manage = signToken(tokenSecret, {
    purpose: 'manage',
    subscriberId: subscriber.id,
    version: subscriber.tokenVersion,
  });
  const unsubscribe = signToken(tokenSecret, {
    purpose: 'unsubscribe',
    subscriberId: subscriber.id,
    version: subscriber.tokenVersion,
  });
  const base = config.publicUrl.replace(/\/+$/, '');
  const unsubscribeUrl = `${base}/u/${unsubscribe}`;
  const filled = personalize(
    { subject: variant.subject, html: variant.html, text: variant.text },
    {
      preferencesUrl: `${base}/p/${manage}`,
      unsubscribeUrl,
      localDateLabel: localDateLabel(delivery.localDate),
    },
  );
  return buildMessage({
    deliveryId: delivery.id,
    from: { name: config.sender.name, address: config.sender.address },
    replyTo: config.sender.replyTo,
    to: subscriber.email,
    subject: filled.subject,
    // A reader who chose plain text gets the text part alone.
    html: subscriber.emailFormat === 'text' ? null : filled.html,
    text: filled.text,
    listId: config.sender.listId,
    listName: `${config.sender.name} World News`,
    unsubscribeUrl,
    unsubscribeMailto: `mailto:${config.sender.address}?subject=unsubscribe`,
    date: context.now(),
  });
}

/** "Saturday 28 November 2026" for a local date "2026-11-28" (the reader's own calendar day). */
function localDateLabel(localDate: string): string {
  const date = new Date(`${localDate}T12:00:00Z`);
  return date.toLocaleDateString('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

function isReceiving(subscriber: Subscriber, delivery: Delivery, now: Date): boolean {
  if (subscriber.status === 'active') return true;
  // An explicit resend reaches a paused reader; a scheduled digest waits for the pause to end.
  if (subscriber.status === 'paused')
    return delivery.kind === 'resend' || (subscriber.pausedUntil !== null && subscriber.pausedUntil <= now);
  return false;
}

async function skip(
  context: AppContext,
  deliveryId: string,
  logger: AppContext['logger'],
): Promise<SendOutcome> {
  const current = await context.store.deliveries.get(deliveryId);
  if (!current) {
    logger.warn('send skipped: delivery not found');
    return { kind: 'skipped', reason: 'delivery not found' };
  }
  if (current.status === 'sending') {
    // The previous attempt died between claim and SMTP reply: it may have been delivered. Sending
    // again could break invariant 1, so it is recorded for an operator to resend explicitly.
    const reason =
      'interrupted during sending; not retried automatically to avoid a duplicate (resend if needed)';
    await context.store.deliveries.markFailed(deliveryId, 'failed_permanent', reason, context.now());
    logger.warn({ reason }, 'send abandoned');
    return { kind: 'failed', reason };
  }
  const reason = `already ${current.status}`;
  logger.info({ reason }, 'send skipped');
  return { kind: 'skipped', reason };
}

async function fail(context: AppContext, delivery: Delivery, reason: string): Promise<SendOutcome> {
  await context.store.deliveries.markFailed(delivery.id, 'failed_permanent', reason, context.now());
  context.logger.warn(
    { delivery_id: delivery.id, subscriber_id: delivery.subscriberId, reason },
    'send failed permanently',
  );
  return { kind: 'failed', reason };
}
