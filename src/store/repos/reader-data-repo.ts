import { createHmac } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Subscriber } from '../../shared/types';
import { ADDRESS_SALT_KEY } from '../migrations/0005-reader-data';
import type { Database } from '../schema';
import { inTransaction } from '../transaction';
import { normalizeEmail, toSubscriber } from './subscribers-repo';

/** Everything kept about one reader, as the "Download my data" file gives it. */
export interface ReaderExport {
  subscriber: Omit<Subscriber, 'tokenVersion'> & {
    createdAt: string;
    confirmedAt: string | null;
    unsubscribedAt: string | null;
  };
  consents: { at: string; event: string; method: string; ip: string | null; textVersion: string | null }[];
  deliveries: {
    editionId: string;
    localDate: string;
    kind: string;
    status: string;
    sentAt: string | null;
    messageId: string | null;
  }[];
}

/**
 * A reader's data as a whole: the export, the erasure ("delete me"), and the purge of sign-ups
 * never confirmed. An erased address leaves only a salted hash (HMAC-SHA256 with a random
 * per-installation salt), so the address itself is gone but is recognised if an operator tries to
 * add it again without a new opt-in.
 */
export class ReaderDataRepo {
  private salt: Promise<string> | null = null;

  constructor(private readonly db: Kysely<Database>) {}

  async export(id: string): Promise<ReaderExport | undefined> {
    const row = await this.db.selectFrom('subscribers').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return undefined;
    const { tokenVersion: _version, ...subscriber } = toSubscriber(row);
    const consents = await this.db
      .selectFrom('consent_records')
      .select(['at', 'event', 'method', 'ip', 'text_version'])
      .where('subscriber_id', '=', id)
      .orderBy('at')
      .execute();
    const deliveries = await this.db
      .selectFrom('deliveries')
      .select(['edition_id', 'local_date', 'kind', 'status', 'sent_at', 'message_id'])
      .where('subscriber_id', '=', id)
      .orderBy('created_at')
      .execute();
    return {
      subscriber: {
        ...subscriber,
        createdAt: row.created_at,
        confirmedAt: row.confirmed_at,
        unsubscribedAt: row.unsubscribed_at,
      },
      consents: consents.map(({ text_version, ...consent }) => ({ ...consent, textVersion: text_version })),
      deliveries: deliveries.map((delivery) => ({
        editionId: delivery.edition_id,
        localDate: delivery.local_date,
        kind: delivery.kind,
        status: delivery.status,
        sentAt: delivery.sent_at,
        messageId: delivery.message_id,
      })),
    };
  }

  /**
   * Deletes the reader with their consent records, deliveries, pending sign-up requests and their
   * own audit entries, and keeps the salted hash of the address. Returns false when already gone.
   */
  async erase(id: string, now: Date): Promise<boolean> {
    const email = await this.emailOf(id);
    if (email === null) return false;
    const hash = await this.hashOf(email);
    return inTransaction(this.db, async (db) => {
      if (!(await deleteReader(db, id, email))) return false;
      await db
        .insertInto('erased_addresses')
        .values({ hash, erased_at: now.toISOString() })
        .onConflict((oc) => oc.column('hash').doUpdateSet({ erased_at: now.toISOString() }))
        .execute();
      return true;
    });
  }

  async isErased(email: string): Promise<boolean> {
    const hash = await this.hashOf(email);
    const row = await this.db
      .selectFrom('erased_addresses')
      .select('hash')
      .where('hash', '=', hash)
      .executeTakeFirst();
    return row !== undefined;
  }

  /** A new, confirmed opt-in lifts the erasure mark of an address. */
  async forgetErased(email: string): Promise<void> {
    await this.db
      .deleteFrom('erased_addresses')
      .where('hash', '=', await this.hashOf(email))
      .execute();
  }

  /**
   * Deletes pending sign-ups whose last confirmation link was sent before `before` (the link has
   * expired), with their data. Returns how many readers were deleted.
   */
  async purgeUnconfirmed(before: Date): Promise<number> {
    const cutoff = before.toISOString();
    const stale = await this.db
      .selectFrom('subscribers')
      .select(['id', 'email'])
      .where('status', '=', 'pending')
      .where((eb) =>
        eb.or([
          eb.and([eb('confirm_sent_at', 'is', null), eb('created_at', '<', cutoff)]),
          eb('confirm_sent_at', '<', cutoff),
        ]),
      )
      .execute();
    for (const reader of stale) {
      await inTransaction(this.db, (db) => deleteReader(db, reader.id, reader.email));
    }
    return stale.length;
  }

  private async emailOf(id: string): Promise<string | null> {
    const row = await this.db
      .selectFrom('subscribers')
      .select('email')
      .where('id', '=', id)
      .executeTakeFirst();
    return row?.email ?? null;
  }

  private async hashOf(email: string): Promise<string> {
    this.salt ??= this.db
      .selectFrom('settings')
      .select('value')
      .where('key', '=', ADDRESS_SALT_KEY)
      .executeTakeFirstOrThrow()
      .then((row) => row.value);
    return createHmac('sha256', await this.salt)
      .update(normalizeEmail(email))
      .digest('base64url');
  }
}

/** Deletes one reader and every row about them; false when the reader was already gone. */
async function deleteReader(db: Kysely<Database>, id: string, email: string): Promise<boolean> {
  await db.deleteFrom('consent_records').where('subscriber_id', '=', id).execute();
  await db.deleteFrom('deliveries').where('subscriber_id', '=', id).execute();
  await db.deleteFrom('bounces').where('subscriber_id', '=', id).execute();
  await db.deleteFrom('signup_requests').where('email', '=', email).execute();
  await db
    .deleteFrom('audit_log')
    .where('subject_type', '=', 'subscriber')
    .where('subject_id', '=', id)
    .execute();
  const result = await db.deleteFrom('subscribers').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
