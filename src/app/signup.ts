import { classifySendError } from '../deliver';
import { maskEmail } from '../shared/logger';
import type { Subscriber } from '../shared/types';
import { confirmLink } from '../subscriptions/links';
import { confirmationMessage } from './confirmation-email';
import type { AppContext } from './context';

/**
 * At most one confirmation email per address an hour, whatever the IP or how many sign-ups came
 * in: a form that sends mail to any address typed into it must not become a way to flood an
 * inbox (docs/subscriptions.md "Sign-up").
 */
export const CONFIRM_INTERVAL_MS = 60 * 60 * 1000;

export type SignupOutcome = { kind: 'sent' } | { kind: 'skipped'; reason: string };

/**
 * Handles one sign-up request off the request path (the web only stored it): creates the pending
 * reader or finds the known one, then emails a confirmation link when the address may receive one.
 * Idempotent: the request is deleted once handled, so a second run finds nothing to do; a retry
 * after a failed send may send, because the hourly claim belongs to this request.
 * @throws on a store failure or a transient SMTP failure, so the job is retried.
 */
export async function handleSignup(context: AppContext, signupId: string): Promise<SignupOutcome> {
  const { store } = context;
  const request = await store.signups.get(signupId);
  if (!request) return { kind: 'skipped', reason: 'sign-up request already handled' };
  const now = context.now();
  const { subscriber, created } = await store.subscribers.create(
    {
      id: context.newId(),
      email: request.email,
      status: 'pending',
      sections: request.sections,
      timezone: request.timezone,
      sendHour: request.sendHour,
      frequency: 'daily',
      consent: {
        at: request.createdAt,
        method: 'web-form',
        ip: request.consentIp,
        textVersion: request.consentTextVersion,
      },
    },
    now,
  );
  if (created) {
    await store.audit.record({
      id: context.newId(),
      at: now,
      actor: `subscriber:${subscriber.id}`,
      action: 'subscriber.signed_up',
      subjectType: 'subscriber',
      subjectId: subscriber.id,
      details: { method: 'web-form', consentTextVersion: request.consentTextVersion },
    });
  }
  const outcome = await sendConfirmation(context, subscriber, signupId, now);
  await store.signups.delete(signupId);
  return outcome;
}

async function sendConfirmation(
  context: AppContext,
  subscriber: Subscriber,
  signupId: string,
  now: Date,
): Promise<SignupOutcome> {
  const log = context.logger.child({ subscriber_id: subscriber.id, signup_id: signupId });
  // Pending: (re)send the link. Unsubscribed or bounced: a fresh opt-in, confirmed by the same
  // link (for a bounced address, the confirmation reaching the mailbox shows it works again).
  // Active/paused: nothing to do. Complained: never restarted from an anonymous form.
  if (!['pending', 'unsubscribed', 'bounced'].includes(subscriber.status)) {
    return skip(log, `the address is ${subscriber.status}`);
  }
  const claimed = await context.store.subscribers.claimConfirmation(
    subscriber.id,
    signupId,
    now,
    CONFIRM_INTERVAL_MS,
  );
  if (!claimed) return skip(log, 'a confirmation was sent to this address less than an hour ago');
  const url = confirmLink(context.config.publicUrl, context.tokenSecret, subscriber, now);
  try {
    const result = await context.mailer.send(confirmationMessage(context, subscriber, url));
    log.info({ to: maskEmail(subscriber.email), message_id: result.messageId }, 'confirmation sent');
    return { kind: 'sent' };
  } catch (error) {
    const verdict = classifySendError(error);
    if (verdict.kind === 'retryable') throw error;
    return skip(log, `the confirmation was refused: ${verdict.reason}`);
  }
}

function skip(log: AppContext['logger'], reason: string): SignupOutcome {
  log.info({ reason }, 'no confirmation sent');
  return { kind: 'skipped', reason };
}

/**
 * Deletes what an unconfirmed sign-up left once its link has expired (`web.pendingExpiryDays`):
 * the pending reader with its consent records, and sign-up requests that were never handled.
 */
export async function purgeExpiredSignups(
  context: AppContext,
): Promise<{ readers: number; requests: number }> {
  const days = context.config.web.pendingExpiryDays;
  const cutoff = new Date(context.now().getTime() - days * 24 * 60 * 60 * 1000);
  const readers = await context.store.readerData.purgeUnconfirmed(cutoff);
  const requests = await context.store.signups.deleteCreatedBefore(cutoff);
  if (readers + requests > 0) context.logger.info({ readers, requests, days }, 'expired sign-ups deleted');
  return { readers, requests };
}
