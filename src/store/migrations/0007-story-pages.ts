import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the current schema type.
type AnyDb = Kysely<any>;

/**
 * Story pages (docs/web-pages.md): `edition_stories` lists the stories of each edition, so the
 * page of a story finds the editions it appeared in (its latest text, the one before for "New",
 * the first for "first reported") without reading every edition's JSON. Editions frozen before
 * this migration are indexed here once.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('edition_stories')
    .addColumn('edition_id', 'text', (c) => c.notNull().references('editions.id'))
    .addColumn('story_id', 'text', (c) => c.notNull())
    .addColumn('slot', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('edition_stories_pk', ['edition_id', 'story_id'])
    .execute();
  await db.schema
    .createIndex('edition_stories_story')
    .on('edition_stories')
    .columns(['story_id', 'slot'])
    .execute();

  const editions = await db.selectFrom('editions').select(['id', 'slot', 'content']).execute();
  for (const edition of editions) {
    const ids = storyIdsOf(String(edition.content));
    if (ids.length === 0) continue;
    await db
      .insertInto('edition_stories')
      .values(ids.map((storyId) => ({ edition_id: edition.id, story_id: storyId, slot: edition.slot })))
      .execute();
  }
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('edition_stories').ifExists().execute();
}

/** Story ids of a frozen edition, each once; content that is not the expected JSON has none. */
function storyIdsOf(content: string): string[] {
  try {
    const parsed = JSON.parse(content) as { sections?: { stories?: { storyId?: unknown }[] }[] };
    const ids = (parsed.sections ?? []).flatMap((section) =>
      (section.stories ?? []).map((story) => story.storyId),
    );
    return [...new Set(ids.filter((id): id is string => typeof id === 'string' && id.length > 0))];
  } catch {
    return [];
  }
}
