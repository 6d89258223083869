import { type BuildMessageInput, buildMessage, classifySendError, type OutgoingMessage } from '../deliver';
import { personalize } from '../render';
import { errorMessage } from '../shared/errors';
import { maskEmail } from '../shared/logger';
import type { Subscriber } from '../shared/types';
import type { Delivery } from '../store';
import { localDateIn, signToken } from '../subscriptions';
import { recordHardBounce } from './bounces';
import type { AppContext } from './context';
import { localDateLabel, SendBatches } from './send-batches';

export type SendOutcome =
  | { kind: 'sent'; messageId: string }
  | { kind: 'skipped'; reason: string }
  /** `throttle`: the relay asked us to slow down; the whole queue should pause. */
  | { kind: 'retry'; reason: string; throttle: boolean }
  | { kind: 'failed'; reason: string };

export interface SendAttempt {
  /** True when no retry will follow a retryable failure (the job's attempts are used up). */
  lastAttempt: boolean;
}

const batchesOf = new WeakMap<AppContext, SendBatches>();

function batchesFor(context: AppContext): SendBatches {
  let batches = batchesOf.get(context);
  if (!batches) {
    batches = new SendBatches(context);
    batchesOf.set(context, batches);
  }
  return batches;
}

/**
 * Sends one delivery, at most once: the delivery is claimed atomically before the SMTP
 * transaction, so a repeated job, a second worker or a retry after a crash cannot send it twice.
 * Claims and "sent" updates of concurrent jobs share one statement; the message comes from the
 * variant's template, filled with this reader's address and links. Every skip is logged with
 * its reason; failures are recorded on the delivery row, and 5xx replies as hard bounces.
 */
export async function sendDelivery(
  context: AppContext,
  deliveryId: string,
  attempt: SendAttempt,
): Promise<SendOutcome> {
  const batches = batchesFor(context);
  const logger = context.logger.child({ delivery_id: deliveryId });
  const claimed = await batches.claims.load(deliveryId);
  if (!claimed) return skip(context, deliveryId, logger);
  const { delivery, subscriber } = claimed;
  if (!subscriber) return fail(context, delivery, 'subscriber no longer exists');
  if (!isReceiving(subscriber, delivery, context.now())) {
    const reason = `subscriber is ${subscriber.status}${subscriber.pausedUntil ? ` until ${subscriber.pausedUntil.toISOString()}` : ''}`;
    await context.store.deliveries.markSuppressed(delivery.id, reason, context.now());
    logger.info({ subscriber_id: subscriber.id, reason }, 'send skipped');
    return { kind: 'skipped', reason };
  }
  const stale = staleDay(subscriber, delivery, context.now());
  if (stale) {
    await context.store.deliveries.markSkipped(delivery.id, stale, context.now());
    logger.info({ subscriber_id: subscriber.id, reason: stale }, 'send skipped');
    return { kind: 'skipped', reason: stale };
  }
  let messageId: string;
  try {
    const result = await context.mailer.send(await compose(context, batches, delivery, subscriber));
    messageId = result.messageId;
  } catch (error) {
    // A bad address, a missing edition and every SMTP or connection error are classified alike.
    const verdict = classifySendError(error);
    if (verdict.kind === 'retryable' && !attempt.lastAttempt) {
      await context.store.deliveries.markFailed(
        delivery.id,
        'failed_retryable',
        verdict.reason,
        context.now(),
      );
      logger.warn({ subscriber_id: subscriber.id, reason: verdict.reason }, 'send failed; will retry');
      return { kind: 'retry', reason: verdict.reason, throttle: verdict.throttle === true };
    }
    const outcome = await fail(context, delivery, verdict.reason || errorMessage(error));
    if (verdict.hardBounce) {
      const key = `smtp:${delivery.id}`;
      await recordHardBounce(context, {
        key,
        subscriberId: subscriber.id,
        source: 'smtp',
        reason: verdict.reason,
      });
    }
    return outcome;
  }
  // Outside the try: once the relay accepted, a failure to record it must not mark it for a retry.
  await batches.markSent(delivery.id, messageId);
  logger.info(
    { subscriber_id: subscriber.id, to: maskEmail(subscriber.email), message_id: messageId },
    'sent',
  );
  return { kind: 'sent', messageId };
}

/** This reader's message: the template's bytes with their links, or a whole build when it cannot be. */
async function compose(
  context: AppContext,
  batches: SendBatches,
  delivery: Delivery,
  subscriber: Subscriber,
): Promise<OutgoingMessage> {
  const variant = await batches.variant(delivery);
  const links = readerLinks(context, subscriber);
  const filled = personalize(variant, { ...links, localDateLabel: localDateLabel(delivery.localDate) });
  // A reader who chose plain text gets the text part alone.
  const html = subscriber.emailFormat === 'text' ? null : filled.html;
  const recipient = {
    deliveryId: delivery.id,
    to: subscriber.email,
    unsubscribeUrl: links.unsubscribeUrl,
    text: filled.text,
    html,
    date: context.now(),
  };
  const template = await batches.template(delivery, variant, html !== null, (subject) =>
    sharedInput(context, subject),
  );
  if (template.fits(recipient)) return template.fill(recipient);
  return buildMessage({ ...sharedInput(context, filled.subject), ...recipient });
}

function readerLinks(context: AppContext, subscriber: Subscriber) {
  const { config, tokenSecret } = context;
  const token = (purpose: 'manage' | 'unsubscribe') =>
    signToken(tokenSecret, { purpose, subscriberId: subscriber.id, version: subscriber.tokenVersion });
  const base = config.publicUrl.replace(/\/+$/, '');
  return {
    preferencesUrl: `${base}/p/${token('manage')}`,
    unsubscribeUrl: `${base}/u/${token('unsubscribe')}`,
  };
}

/** Everything of a message but the reader's: the recipient fields are stand-ins, filled later. */
function sharedInput(context: AppContext, subject: string): BuildMessageInput {
  const { config } = context;
  return {
    deliveryId: 'template',
    from: { name: config.sender.name, address: config.sender.address },
    replyTo: config.sender.replyTo,
    to: 'template@template.invalid',
    subject,
    html: '',
    text: '',
    listId: config.sender.listId,
    listName: `${config.sender.name} World News`,
    unsubscribeUrl: 'https://template.invalid/u',
    unsubscribeMailto: `mailto:${config.sender.address}?subject=unsubscribe`,
    date: context.now(),
  };
}

/** The code that starts the reason of a digest skipped because its reader's day has passed. */
export const STALE_DAY = 'stale_day';

/**
 * Why a scheduled digest must not go out now, or null: it was made for a local day of the reader
 * that is no longer today in their time zone (docs/email.md "Never a stale day"). A digest queued
 * before a downtime that outlasted the reader's midnight is skipped, never sent late; the fan-out
 * makes today's. An operator's resend is an explicit request and goes whatever the day.
 */
function staleDay(subscriber: Subscriber, delivery: Delivery, now: Date): string | null {
  if (delivery.kind !== 'scheduled') return null;
  const today = localDateIn(subscriber.timezone, now);
  if (today === null || today === delivery.localDate) return null;
  return `${STALE_DAY}: made for ${delivery.localDate}, it is now ${today} in ${subscriber.timezone}`;
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
