import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema type.
type AnyDb = Kysely<any>;

/**
 * Sources an operator manages and articles as readers should see them (docs/ingest.md):
 * - `sources.declared_url`: the URL as configured; `url` follows permanent redirects, and a new
 *   declared URL resets it. `origin` says who declared it (`config` or `cli`); `error_class`
 *   is the class of the last failure; `note` what a good poll left out (the item cap);
 * - `articles.published_estimated` (the feed gave no date, the fetch time stands in) and
 *   `articles.language`;
 * - `article_outlets`: every outlet that carried an article (syndicated copies under one
 *   canonical URL), the first one included.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable('sources').addColumn('declared_url', 'text').execute();
  await db
    .updateTable('sources')
    .set((eb) => ({ declared_url: eb.ref('url') }))
    .execute();
  await db.schema
    .alterTable('sources')
    .addColumn('origin', 'text', (c) => c.notNull().defaultTo('config'))
    .execute();
  await db.schema.alterTable('sources').addColumn('error_class', 'text').execute();
  await db.schema.alterTable('sources').addColumn('note', 'text').execute();

  await db.schema
    .alterTable('articles')
    .addColumn('published_estimated', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('articles').addColumn('language', 'text').execute();
  await db.schema
    .createIndex('articles_outlet_fetched')
    .on('articles')
    .columns(['outlet', 'fetched_at'])
    .execute();

  await db.schema
    .createTable('article_outlets')
    .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id'))
    .addColumn('source_id', 'text', (c) => c.notNull().references('sources.id'))
    .addColumn('outlet', 'text', (c) => c.notNull())
    .addColumn('seen_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('article_outlets_pk', ['article_id', 'source_id'])
    .execute();
  await db
    .insertInto('article_outlets')
    .columns(['article_id', 'source_id', 'outlet', 'seen_at'])
    .expression((eb) => eb.selectFrom('articles').select(['id', 'source_id', 'outlet', 'fetched_at']))
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('article_outlets').execute();
  await db.schema.dropIndex('articles_outlet_fetched').execute();
  await db.schema.alterTable('articles').dropColumn('language').execute();
  await db.schema.alterTable('articles').dropColumn('published_estimated').execute();
  for (const column of ['note', 'error_class', 'origin', 'declared_url'])
    await db.schema.alterTable('sources').dropColumn(column).execute();
}
