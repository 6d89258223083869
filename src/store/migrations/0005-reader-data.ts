import { randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema type.
type AnyDb = Kysely<any>;

/** The `settings` key of the per-installation salt of erased-address hashes. */
export const ADDRESS_SALT_KEY = 'erased-address-salt';

/**
 * A reader's data and choices (docs/subscriptions.md "A reader's data"):
 * - `subscribers.email_format` (html | text), and when the last confirmation email was sent and
 *   for which sign-up request (at most one an hour per address);
 * - `signup_requests`: a sign-up form as submitted, kept only until the job that handles it has run;
 * - `consent_records`: every opt-in and withdrawal, for the reader's export;
 * - `erased_addresses`: salted hashes of addresses whose reader asked to be deleted.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .alterTable('subscribers')
    .addColumn('email_format', 'text', (c) => c.notNull().defaultTo('html'))
    .execute();
  await db.schema.alterTable('subscribers').addColumn('confirm_sent_at', 'text').execute();
  await db.schema.alterTable('subscribers').addColumn('confirm_request_id', 'text').execute();

  await db.schema
    .createTable('signup_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('sections', 'text', (c) => c.notNull())
    .addColumn('timezone', 'text', (c) => c.notNull())
    .addColumn('send_hour', 'integer', (c) => c.notNull())
    .addColumn('consent_ip', 'text')
    .addColumn('consent_text_version', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('signup_requests_created').on('signup_requests').column('created_at').execute();

  await db.schema
    .createTable('consent_records')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('subscriber_id', 'text', (c) => c.notNull().references('subscribers.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('ip', 'text')
    .addColumn('text_version', 'text')
    .execute();
  await db.schema
    .createIndex('consent_records_subscriber')
    .on('consent_records')
    .column('subscriber_id')
    .execute();

  await db.schema
    .createTable('erased_addresses')
    .addColumn('hash', 'text', (c) => c.primaryKey())
    .addColumn('erased_at', 'text', (c) => c.notNull())
    .execute();

  await db
    .insertInto('settings')
    .values({ key: ADDRESS_SALT_KEY, value: randomBytes(32).toString('base64url') })
    .execute();

  // The consent kept on each subscriber so far becomes its first record.
  const consents = await db
    .selectFrom('subscribers')
    .select(['id', 'consent_at', 'consent_method', 'consent_ip', 'consent_text_version'])
    .where('consent_at', 'is not', null)
    .execute();
  for (const row of consents) {
    await db
      .insertInto('consent_records')
      .values({
        id: randomUUID(),
        subscriber_id: row.id,
        at: row.consent_at,
        event: 'given',
        method: row.consent_method ?? 'unknown',
        ip: row.consent_ip,
        text_version: row.consent_text_version,
      })
      .execute();
  }
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of ['erased_addresses', 'consent_records', 'signup_requests']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
  await db.deleteFrom('settings').where('key', '=', ADDRESS_SALT_KEY).execute();
  for (const column of ['confirm_request_id', 'confirm_sent_at', 'email_format']) {
    await db.schema.alterTable('subscribers').dropColumn(column).execute();
  }
}
