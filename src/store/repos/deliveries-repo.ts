import { type Kysely, type Selectable, sql } from 'kysely';
import type { DeliveryKind, DeliveryStatus } from '../../shared/types';
import type { Dialect } from '../database';
import type { Database, DeliveriesTable } from '../schema';
import { unindexed } from './unindexed';

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

/** A scheduled delivery the fan-out records already decided: skipped (with why) instead of queued. */
export interface NewScheduled extends NewDelivery {
  skipReason: string | null;
}

/** What the store holds for one reader's day after `createScheduledMany`. */
export interface ScheduledOutcome {
  id: string;
  subscriberId: string;
  status: DeliveryStatus;
  created: boolean;
}

/** Rows per INSERT: 15 values each stays far under SQLite's and PostgreSQL's parameter limits. */
const INSERT_CHUNK = 500;

export interface NewResend extends NewDelivery {
  requestId: string;
  requestedBy: string;
}

/** Statuses from which a send job may (re)claim a delivery. */
const CLAIMABLE: DeliveryStatus[] = ['queued', 'failed_retryable'];

export class DeliveriesRepo {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: Dialect,
  ) {}

  /**
   * Records the one scheduled digest of a subscriber's local day. The partial unique index on
   * (subscriber_id, local_date) makes a second attempt a no-op, whatever process makes it.
   */
  async createScheduled(input: NewDelivery, now: Date): Promise<{ delivery: Delivery; created: boolean }> {
    return this.insertOnce(this.row(input, 'scheduled', null, null, now), { local_date: input.localDate });
  }

  /**
   * Records the scheduled digests of one page of readers in a few statements: a multi-row INSERT
   * that the one-per-day index turns into a no-op for readers already recorded (any process, any
   * run), then one SELECT of what is stored for those reader-days.
   */
  async createScheduledMany(inputs: NewScheduled[], now: Date): Promise<ScheduledOutcome[]> {
    if (inputs.length === 0) return [];
    const inserted = new Set<string>();
    for (let from = 0; from < inputs.length; from += INSERT_CHUNK) {
      const rows = inputs.slice(from, from + INSERT_CHUNK).map((input) => ({
        ...this.row(input, 'scheduled', null, null, now),
        ...(input.skipReason ? { status: 'skipped', last_error: input.skipReason.slice(0, 1000) } : {}),
      }));
      const ids = await this.db
        .insertInto('deliveries')
        .values(rows)
        .onConflict((oc) => oc.doNothing())
        .returning('id')
        .execute();
      for (const row of ids) inserted.add(row.id);
    }
    const wanted = new Map(inputs.map((input) => [input.subscriberId, input.localDate]));
    const stored = await this.db
      .selectFrom('deliveries')
      .select(['id', 'subscriber_id', 'local_date', 'status'])
      .where('kind', '=', 'scheduled')
      .where('subscriber_id', 'in', [...wanted.keys()])
      .where('local_date', 'in', [...new Set(wanted.values())])
      .execute();
    return stored
      .filter((row) => wanted.get(row.subscriber_id) === row.local_date)
      .map((row) => ({
        id: row.id,
        subscriberId: row.subscriber_id,
        status: row.status as DeliveryStatus,
        created: inserted.has(row.id),
      }));
  }

  /**
   * The edition and variant each reader last received (any kind), among `subscriberIds`: one query, the
   * latest `sent_at` per reader through the (subscriber_id, status, sent_at) index.
   */
  async lastSent(subscriberIds: string[]): Promise<Map<string, { editionId: string; variantKey: string }>> {
    if (subscriberIds.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('deliveries as d')
      .select(['d.subscriber_id', 'd.edition_id', 'd.variant_key'])
      .where('d.subscriber_id', 'in', subscriberIds)
      .where('d.status', '=', 'sent')
      .where('d.sent_at', '=', (eb) =>
        eb
          .selectFrom('deliveries as latest')
          .select((inner) => inner.fn.max('latest.sent_at').as('sent_at'))
          .whereRef('latest.subscriber_id', '=', 'd.subscriber_id')
          .where('latest.status', '=', 'sent'),
      )
      .execute();
    return new Map(
      rows.map((row) => [row.subscriber_id, { editionId: row.edition_id, variantKey: row.variant_key }]),
    );
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

  /**
   * `claim` for many deliveries in one UPDATE: those still claimable move to `sending` and are
   * returned; the others (already taken, sent, or gone) are not. Each is found by its id: with
   * the status as an index term, SQLite walked every queued delivery for each claim of ten or
   * more (8 ms of CPU a claim of ~15 with 100,000 queued, half of a send worker's time), so the
   * status is kept out of its plan (`unindexed`).
   */
  async claimMany(ids: string[], now: Date): Promise<Delivery[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .updateTable('deliveries')
      .set((eb) => ({ status: 'sending', attempts: eb('attempts', '+', 1), updated_at: now.toISOString() }))
      .where('id', 'in', ids)
      .where(unindexed('status', this.dialect), 'in', CLAIMABLE)
      .returningAll()
      .execute();
    return rows.map(toDelivery);
  }

  /** `markSent` for many deliveries in one UPDATE (each keeps its own Message-ID). */
  async markSentMany(sent: { id: string; messageId: string }[], now: Date): Promise<void> {
    if (sent.length === 0) return;
    const messageIds = sql<string>`case ${sql.ref('id')} ${sql.join(
      sent.map((entry) => sql`when ${entry.id} then ${entry.messageId}`),
      sql` `,
    )} end`;
    const stamp = now.toISOString();
    await this.db
      .updateTable('deliveries')
      .set({ status: 'sent', message_id: messageIds, sent_at: stamp, last_error: null, updated_at: stamp })
      .where(
        'id',
        'in',
        sent.map((entry) => entry.id),
      )
      .execute();
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

  /** A delivery decided against at send time (e.g. its reader's local day has passed), with why. */
  async markSkipped(id: string, reason: string, now: Date): Promise<void> {
    await this.setStatus(id, 'skipped', { last_error: reason.slice(0, 1000) }, now);
  }

  /**
   * Ids of deliveries still owed (queued or waiting for a retry) created since `since` and not
   * touched since `before`, oldest first.
   */
  async listOutstandingIds(limit: number, since: Date, before: Date): Promise<string[]> {
    const rows = await this.db
      .selectFrom('deliveries')
      .select('id')
      .where('status', 'in', CLAIMABLE)
      .where('created_at', '>=', since.toISOString())
      .where('updated_at', '<', before.toISOString())
      .orderBy('created_at')
      .limit(limit)
      .execute();
    return rows.map((row) => row.id);
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
