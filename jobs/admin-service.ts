import { importBounces } from '../src/app/bounces';
import type { AppContext } from '../src/app/context';
import { requestResend, requestResendFailed } from '../src/app/resend';
import { maskEmail } from '../src/shared/logger';
import { queueSends } from './processors';
import { QUEUE_NAMES, type Queues } from './queues';

/** Suppressed readers listed by the admin API and `brief status`. */
export const BOUNCED_SHOWN = 100;

/**
 * Operator actions behind the admin API and `brief resend`: record the resend deliveries
 * (idempotent per request id) and queue their sends.
 */
export function createAdminService(context: AppContext, queues: Queues) {
  const enqueue = (deliveryIds: string[]) => queueSends(queues, deliveryIds);
  return {
    async resendToSubscriber(request: {
      subscriber: string;
      editionId?: string;
      requestId?: string;
      operator: string;
    }) {
      const result = await requestResend(context, request);
      await enqueue([result.deliveryId]);
      return result;
    },
    async resendFailed(request: { editionId: string; requestId: string; operator: string }) {
      const result = await requestResendFailed(context, request);
      await enqueue(result.deliveryIds);
      return { queued: result.deliveryIds.length };
    },
    async queueCounts() {
      const entries = await Promise.all(
        QUEUE_NAMES.map(async (name) => [name, await queues[name].getJobCounts()] as const),
      );
      return Object.fromEntries(entries);
    },
    importBounces: (reports: string) => importBounces(context, reports),
    async bouncedReaders() {
      const readers = await context.store.subscribers.listBounced(BOUNCED_SHOWN);
      return readers.map((reader) => ({
        id: reader.id,
        email: maskEmail(reader.email),
        hardBounces: reader.hardBounces,
        bouncedAt: reader.bouncedAt?.toISOString() ?? null,
        lastBounce: reader.lastBounce,
      }));
    },
    async editionReport(editionId: string) {
      const edition = await context.store.editions.get(editionId);
      if (!edition) return null;
      return { counts: await context.store.deliveries.countsByEdition(editionId) };
    },
  };
}

export type AdminServiceImpl = ReturnType<typeof createAdminService>;
