import type { AppContext } from '../src/app/context';
import { requestResend, requestResendFailed } from '../src/app/resend';
import { queueSends } from './processors';
import { QUEUE_NAMES, type Queues } from './queues';

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
      requestId: string;
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
    async editionReport(editionId: string) {
      const edition = await context.store.editions.get(editionId);
      if (!edition) return null;
      return { counts: await context.store.deliveries.countsByEdition(editionId) };
    },
  };
}

export type AdminServiceImpl = ReturnType<typeof createAdminService>;
