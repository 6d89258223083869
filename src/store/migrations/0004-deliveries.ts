import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema type.
type AnyDb = Kysely<any>;

/**
 * Delivery at scale and mail providers trust (docs/email.md "Bounces", docs/architecture.md
 * "Fan-out"):
 * - `subscribers.hard_bounces`, `bounced_at`, `last_bounce`: hard bounces counted since the last
 *   opt-in; at `delivery.bounceLimit` the reader becomes `bounced` (no more sends);
 * - `bounces`: one row per hard bounce, keyed by where it came from (a delivery's 5xx, a delivery
 *   report's recipient), so importing the same report twice counts it once;
 * - `subscribers.next_due_at`: when the reader next needs the fan-out's attention (null: look
 *   again at the next run), so a run pages only through readers whose digest may be owed.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .alterTable('subscribers')
    .addColumn('hard_bounces', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('subscribers').addColumn('bounced_at', 'text').execute();
  await db.schema.alterTable('subscribers').addColumn('last_bounce', 'text').execute();
  await db.schema.alterTable('subscribers').addColumn('next_due_at', 'text').execute();
  await db.schema
    .createIndex('subscribers_status_next_due')
    .on('subscribers')
    .columns(['status', 'next_due_at', 'id'])
    .execute();

  await db.schema
    .createTable('bounces')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('subscriber_id', 'text', (c) => c.notNull().references('subscribers.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('bounces_subscriber').on('bounces').column('subscriber_id').execute();

  // Outstanding deliveries are found by status and age, and a reader's last sent one by subscriber.
  await db.schema
    .createIndex('deliveries_status_created')
    .on('deliveries')
    .columns(['status', 'created_at'])
    .execute();
  await db.schema
    .createIndex('deliveries_subscriber_status')
    .on('deliveries')
    .columns(['subscriber_id', 'status', 'sent_at'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropIndex('deliveries_subscriber_status').ifExists().execute();
  await db.schema.dropIndex('deliveries_status_created').ifExists().execute();
  await db.schema.dropTable('bounces').ifExists().execute();
  await db.schema.dropIndex('subscribers_status_next_due').ifExists().execute();
  for (const column of ['next_due_at', 'last_bounce', 'bounced_at', 'hard_bounces']) {
    await db.schema.alterTable('subscribers').dropColumn(column).execute();
  }
}
