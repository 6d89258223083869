import { isHardBounce, readDeliveryReport, splitMailbox } from '../deliver/delivery-reports';
import { maskEmail } from '../shared/logger';
import type { HardBounce } from '../store';
import type { AppContext } from './context';

/**
 * Counts a hard bounce against a reader; at `delivery.bounceLimit` since their last opt-in they
 * are suppressed (status `bounced`: no more sends until a fresh, confirmed sign-up).
 */
export async function recordHardBounce(
  context: AppContext,
  bounce: HardBounce,
): Promise<{ suppressed: boolean; counted: boolean }> {
  const limit = context.config.delivery.bounceLimit;
  const now = context.now();
  const result = await context.store.subscribers.recordHardBounce(bounce, limit, now);
  const log = context.logger.child({ subscriber_id: bounce.subscriberId });
  if (result.counted)
    log.info(
      { source: bounce.source, hard_bounces: result.hardBounces, reason: bounce.reason },
      'hard bounce',
    );
  if (result.suppressed) {
    log.warn({ hard_bounces: result.hardBounces, limit }, 'reader suppressed after hard bounces');
    await context.store.audit.record({
      id: context.newId(),
      at: now,
      actor: `system:${bounce.source}`,
      action: 'subscriber.bounced',
      subjectType: 'subscriber',
      subjectId: bounce.subscriberId,
      details: { hardBounces: result.hardBounces, limit, reason: bounce.reason },
    });
  }
  return result;
}

export interface BounceImport {
  /** Messages read from the input. */
  messages: number;
  /** Recipient reports found in them. */
  reports: number;
  /** Hard bounces counted now (a report imported before is not counted again). */
  counted: number;
  /** Readers suppressed by this import. */
  suppressed: number;
  /** Reports that changed nothing, with why (masked addresses). */
  ignored: { recipient: string; reason: string }[];
}

/**
 * Applies a file of delivery status notifications (RFC 3464; an mbox or one .eml): each failed
 * recipient with a 5.x.x status is a hard bounce of the reader with that address. Importing the
 * same reports again counts nothing twice.
 */
export async function importBounces(context: AppContext, text: string): Promise<BounceImport> {
  const messages = splitMailbox(text);
  const summary: BounceImport = {
    messages: messages.length,
    reports: 0,
    counted: 0,
    suppressed: 0,
    ignored: [],
  };
  for (const message of messages) {
    for (const report of await readDeliveryReport(message)) {
      summary.reports += 1;
      const ignore = (reason: string) =>
        summary.ignored.push({ recipient: maskEmail(report.recipient), reason });
      if (!isHardBounce(report)) {
        ignore(
          `not a permanent failure (action ${report.action || 'none'}, status ${report.status || 'none'})`,
        );
        continue;
      }
      const subscriber = await context.store.subscribers.getByEmail(report.recipient);
      if (!subscriber) {
        ignore('no reader has this address');
        continue;
      }
      const reason = `DSN ${report.status}${report.diagnostic ? ` ${report.diagnostic}` : ''}`.slice(0, 300);
      const result = await recordHardBounce(context, {
        key: `dsn:${report.reportId}:${report.recipient.toLowerCase()}`,
        subscriberId: subscriber.id,
        source: 'dsn',
        reason: reason.replace(/[^\s<>"'()]+@[^\s<>"'()]+/g, (found) => maskEmail(found)),
      });
      if (result.counted) summary.counted += 1;
      else ignore('already imported');
      if (result.suppressed) summary.suppressed += 1;
    }
  }
  return summary;
}
