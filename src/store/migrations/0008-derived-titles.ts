import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema type.
type AnyDb = Kysely<any>;

/**
 * `articles.title_derived`: the feed item had no title and the stored one is the first sentence
 * of its text. Such a title is shown in the source list, but never heads a story: the summary
 * writes that headline from its lead point (docs/summarization.md, "The lead point"). Articles
 * stored before this migration keep 0: their titles came from the feed or cannot be told apart.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .alterTable('articles')
    .addColumn('title_derived', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.alterTable('articles').dropColumn('title_derived').execute();
}
