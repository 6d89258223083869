import { type Kysely, sql } from 'kysely';

// The Kysely schema builder emits the right DDL for SQLite and PostgreSQL; only portable types are used.
// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema type.
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('sources')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('outlet', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('section', 'text', (c) => c.notNull())
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('etag', 'text')
    .addColumn('last_modified', 'text')
    .addColumn('next_fetch_at', 'text', (c) => c.notNull())
    .addColumn('last_fetched_at', 'text')
    .addColumn('error_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('new'))
    .execute();

  await db.schema
    .createTable('articles')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('source_id', 'text', (c) => c.notNull().references('sources.id'))
    .addColumn('outlet', 'text', (c) => c.notNull())
    .addColumn('section', 'text', (c) => c.notNull())
    .addColumn('guid', 'text', (c) => c.notNull())
    .addColumn('canonical_url', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addColumn('fetched_at', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('story_id', 'text')
    .addUniqueConstraint('articles_source_guid', ['source_id', 'guid'])
    .execute();
  await db.schema.createIndex('articles_story').on('articles').column('story_id').execute();
  await db.schema.createIndex('articles_fetched').on('articles').column('fetched_at').execute();

  await db.schema
    .createTable('stories')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('section', 'text', (c) => c.notNull())
    .addColumn('first_seen_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('centroid', 'text', (c) => c.notNull())
    .addColumn('article_count', 'integer', (c) => c.notNull())
    .addColumn('outlet_count', 'integer', (c) => c.notNull())
    .addColumn('merged_into', 'text')
    .execute();
  await db.schema.createIndex('stories_last_seen').on('stories').column('last_seen_at').execute();

  await db.schema
    .createTable('term_stats')
    .addColumn('term', 'text', (c) => c.primaryKey())
    .addColumn('df', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('editions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slot', 'text', (c) => c.notNull().unique())
    .addColumn('built_at', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('edition_variants')
    .addColumn('edition_id', 'text', (c) => c.notNull().references('editions.id'))
    .addColumn('variant_key', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('html', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('edition_variants_pk', ['edition_id', 'variant_key'])
    .execute();

  await db.schema
    .createTable('subscribers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('sections', 'text', (c) => c.notNull())
    .addColumn('timezone', 'text', (c) => c.notNull())
    .addColumn('send_hour', 'integer', (c) => c.notNull())
    .addColumn('frequency', 'text', (c) => c.notNull())
    .addColumn('weekly_day', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('paused_until', 'text')
    .addColumn('token_version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('consent_at', 'text')
    .addColumn('consent_method', 'text')
    .addColumn('consent_ip', 'text')
    .addColumn('consent_text_version', 'text')
    .addColumn('confirmed_at', 'text')
    .addColumn('unsubscribed_at', 'text')
    .execute();
  await db.schema.createIndex('subscribers_status').on('subscribers').column('status').execute();

  await db.schema
    .createTable('deliveries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('subscriber_id', 'text', (c) => c.notNull().references('subscribers.id'))
    .addColumn('edition_id', 'text', (c) => c.notNull().references('editions.id'))
    .addColumn('local_date', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('variant_key', 'text', (c) => c.notNull())
    .addColumn('message_id', 'text')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('requested_by', 'text')
    .addColumn('request_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // Invariant 1: at most one scheduled digest per subscriber and local day, enforced by the database.
  await db.schema
    .createIndex('deliveries_one_scheduled_per_day')
    .on('deliveries')
    .columns(['subscriber_id', 'local_date'])
    .unique()
    .where(sql.ref('kind'), '=', 'scheduled')
    .execute();
  // A resend request (by its request id) creates at most one delivery per subscriber.
  await db.schema
    .createIndex('deliveries_one_per_resend_request')
    .on('deliveries')
    .columns(['request_id', 'subscriber_id'])
    .unique()
    .where(sql.ref('kind'), '=', 'resend')
    .execute();
  await db.schema
    .createIndex('deliveries_edition_status')
    .on('deliveries')
    .columns(['edition_id', 'status'])
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('details', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('audit_log_subject')
    .on('audit_log')
    .columns(['subject_type', 'subject_id'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of [
    'audit_log',
    'deliveries',
    'subscribers',
    'edition_variants',
    'editions',
    'settings',
    'term_stats',
    'stories',
    'articles',
    'sources',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
