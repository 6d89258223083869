import type { Kysely } from 'kysely';
import type { Database } from '../schema';
import { inTransaction } from '../transaction';

/** A reader suppressed after hard bounces. */
export interface BouncedReader {
  id: string;
  email: string;
  hardBounces: number;
  bouncedAt: Date | null;
  lastBounce: string | null;
}

/** A hard bounce to count: `key` is the delivery or the report's recipient, so it counts once. */
export interface HardBounce {
  key: string;
  subscriberId: string;
  source: 'smtp' | 'dsn';
  reason: string;
}

/**
 * Counts one hard bounce, once per `key` (a delivery, or a report's recipient); at `limit`
 * bounces since the last opt-in the reader becomes `bounced` and gets nothing more.
 */
export async function recordHardBounce(
  db: Kysely<Database>,
  bounce: HardBounce,
  limit: number,
  now: Date,
): Promise<{ counted: boolean; hardBounces: number; suppressed: boolean }> {
  const stamp = now.toISOString();
  return inTransaction(db, async (tx) => {
    const inserted = await tx
      .insertInto('bounces')
      .values({
        id: bounce.key,
        subscriber_id: bounce.subscriberId,
        at: stamp,
        source: bounce.source,
        reason: bounce.reason.slice(0, 500),
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('id')
      .execute();
    if (inserted.length > 0) {
      await tx
        .updateTable('subscribers')
        .set((eb) => ({
          hard_bounces: eb('hard_bounces', '+', 1),
          last_bounce: bounce.reason.slice(0, 500),
          updated_at: stamp,
        }))
        .where('id', '=', bounce.subscriberId)
        .execute();
    }
    const suppressed = await tx
      .updateTable('subscribers')
      .set({ status: 'bounced', bounced_at: stamp, next_due_at: null, updated_at: stamp })
      .where('id', '=', bounce.subscriberId)
      .where('hard_bounces', '>=', limit)
      .where('status', 'in', ['pending', 'active', 'paused'])
      .executeTakeFirst();
    const row = await tx
      .selectFrom('subscribers')
      .select('hard_bounces')
      .where('id', '=', bounce.subscriberId)
      .executeTakeFirst();
    return {
      counted: inserted.length > 0,
      hardBounces: Number(row?.hard_bounces ?? 0),
      suppressed: Number(suppressed.numUpdatedRows) > 0,
    };
  });
}

/** Readers suppressed by bounces, most recent first, for `brief status` and the admin API. */
export async function listBounced(db: Kysely<Database>, limit: number): Promise<BouncedReader[]> {
  const rows = await db
    .selectFrom('subscribers')
    .select(['id', 'email', 'hard_bounces', 'bounced_at', 'last_bounce'])
    .where('status', '=', 'bounced')
    .orderBy('bounced_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    email: row.email,
    hardBounces: Number(row.hard_bounces),
    bouncedAt: row.bounced_at ? new Date(row.bounced_at) : null,
    lastBounce: row.last_bounce,
  }));
}
