import type { Kysely, Selectable } from 'kysely';
import type { DeliveryKind, DeliveryStatus } from '../../shared/types';
import type { Database, DeliveriesTable } from '../schema';

export type DeliveryRow = Selectable<DeliveriesTable>;

export interface Delivery {
  id: string;
  subscriberId: string;
  editionId: string;
  localDate: string;
  kind: DeliveryKind;
  status: DeliveryStatus;
  variantKey: string;
  messageId: string | null;
  attempts: number;
  lastError: string | null;
  sentAt: Date | null;
  requestedBy: string | null;
  requestId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface NewDelivery {
  id: string;
  subscriberId: string;
  editionId: string;
  localDate: string;
  variantKey: string;
}

export interface NewResend extends NewDelivery {
  requestId: string;
  requestedBy: string;
}

/** Statuses from which a send job may (re)claim a delivery. */
const CLAIMABLE: DeliveryStatus[] = ['queued', 'failed_retryable'];

export class DeliveriesRepo {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Records the one scheduled digest of a subscriber's local day. The partial unique index on
   * (subscriber_id, local_date) makes a second attempt a no-op, whatever process makes it.
   */
  async createScheduled(input: NewDelivery, now: Date): Promise<{ delivery: Delivery; created: boolean }> {
    return this.insertOnce(this.row(input, 'scheduled', null, null, now), { local_date: input.localDate });
  }

  /** Records a resend; the same request id for the same subscriber returns the first delivery. */
  async createResend(input: NewResend, now: Date): Promise<{ delivery: Delivery; created: boolean }> {
    return this.insertOnce(this.row(input, 'resend', input.requestId, input.requestedBy, now), {
      request_id: input.requestId,
    });
  }

  /**
   * Inserts unless a unique index already holds a delivery for the same key, then returns the one
   * stored: `key` is the index's column besides subscriber and kind.
   */
  private async insertOnce(
    row: DeliveryRow,
    key: { local_date: string } | { request_id: string },
  ): Promise<{ delivery: Delivery; created: boolean }> {
    const inserted = await this.db
      .insertInto('deliveries')
      .values(row)
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .execute();
    const [column, value] = Object.entries(key)[0] as ['local_date' | 'request_id', string];
    const stored = await this.db
      .selectFrom('deliveries')
      .selectAll()
      .where('subscriber_id', '=', row.subscriber_id)
      .where('kind', '=', row.kind)
      .where(column, '=', value)
      .executeTakeFirstOrThrow();
    return { delivery: toDelivery(stored), created: inserted.length > 0 };
  }

  async get(id: string): Promise<Delivery | undefined> {
    const row = await this.db.selectFrom('deliveries').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toDelivery(row) : undefined;
  }

  /**
   * Atomically moves a delivery to `sending`. Only one claimant wins; a delivery already sent, or
   * left in `sending` by a process that died mid-transaction, is not claimable.
   */
  async claim(id: string, now: Date): Promise<Delivery | undefined> {
    const rows = await this.db
      .updateTable('deliveries')
      .set((eb) => ({ status: 'sending', attempts: eb('attempts', '+', 1), updated_at: now.toISOString() }))
      .where('id', '=', id)
      .where('status', 'in', CLAIMABLE)
      .returningAll()
      .execute();
    return rows[0] ? toDelivery(rows[0]) : undefined;
  }

  async markSent(id: string, messageId: string, now: Date): Promise<void> {
    await this.setStatus(
      id,
      'sent',
      { message_id: messageId, sent_at: now.toISOString(), last_error: null },
      now,
    );
  }

  async markFailed(
    id: string,
    status: 'failed_retryable' | 'failed_permanent',
    reason: string,
    now: Date,
  ): Promise<void> {
    await this.setStatus(id, status, { last_error: reason.slice(0, 1000) }, now);
  }

  async markSuppressed(id: string, reason: string, now: Date): Promise<void> {
    await this.setStatus(id, 'suppressed', { last_error: reason.slice(0, 1000) }, now);
  }

  /** Deliveries still owed (queued or waiting for a retry) created since `since`, oldest first. */
  async listOutstanding(limit: number, since: Date): Promise<Delivery[]> {
    const rows = await this.db
      .selectFrom('deliveries')
      .selectAll()
      .where('status', 'in', CLAIMABLE)
      .where('created_at', '>=', since.toISOString())
      .orderBy('created_at')
      .limit(limit)
      .execute();
    return rows.map(toDelivery);
  }

  /** Deliveries left in `sending` since before `before`: their process died mid-send. */
  async listInterrupted(before: Date): Promise<Delivery[]> {
    const rows = await this.db
      .selectFrom('deliveries')
      .selectAll()
      .where('status', '=', 'sending')
      .where('updated_at', '<', before.toISOString())
      .execute();
    return rows.map(toDelivery);
  }

  async listByEdition(editionId: string, statuses?: DeliveryStatus[]): Promise<Delivery[]> {
    let query = this.db.selectFrom('deliveries').selectAll().where('edition_id', '=', editionId);
    if (statuses && statuses.length > 0) query = query.where('status', 'in', statuses);
    const rows = await query.orderBy('created_at').execute();
    return rows.map(toDelivery);
  }

  async listBySubscriber(subscriberId: string, limit = 20): Promise<Delivery[]> {
    const rows = await this.db
      .selectFrom('deliveries')
      .selectAll()
      .where('subscriber_id', '=', subscriberId)
      .orderBy('created_at', 'desc')
      .limit(limit)
      .execute();
    return rows.map(toDelivery);
  }

  async countsByEdition(editionId: string): Promise<Record<string, number>> {
    const rows = await this.db
      .selectFrom('deliveries')
      .select(['status', (eb) => eb.fn.countAll<string | number>().as('n')])
      .where('edition_id', '=', editionId)
      .groupBy('status')
      .execute();
    return Object.fromEntries(rows.map((row) => [row.status, Number(row.n)]));
  }

  private async setStatus(
    id: string,
    status: DeliveryStatus,
    extra: Partial<DeliveryRow>,
    now: Date,
  ): Promise<void> {
    await this.db
      .updateTable('deliveries')
      .set({ ...extra, status, updated_at: now.toISOString() })
      .where('id', '=', id)
      .execute();
  }

  private row(
    input: NewDelivery,
    kind: DeliveryKind,
    requestId: string | null,
    requestedBy: string | null,
    now: Date,
  ): DeliveryRow {
    const stamp = now.toISOString();
    return {
      id: input.id,
      subscriber_id: input.subscriberId,
      edition_id: input.editionId,
      local_date: input.localDate,
      kind,
      status: 'queued',
      variant_key: input.variantKey,
      message_id: null,
      attempts: 0,
      last_error: null,
      sent_at: null,
      requested_by: requestedBy,
      request_id: requestId,
      created_at: stamp,
      updated_at: stamp,
    };
  }
}

export function toDelivery(row: DeliveryRow): Delivery {
  return {
    id: row.id,
    subscriberId: row.subscriber_id,
    editionId: row.edition_id,
    localDate: row.local_date,
    kind: row.kind as DeliveryKind,
    status: row.status as DeliveryStatus,
    variantKey: row.variant_key,
    messageId: row.message_id,
    attempts: Number(row.attempts),
    lastError: row.last_error,
    sentAt: row.sent_at ? new Date(row.sent_at) : null,
    requestedBy: row.requested_by,
    requestId: row.request_id,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  };
}
