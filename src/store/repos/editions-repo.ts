import type { Kysely, Selectable } from 'kysely';
import type { EditionContent } from '../../shared/types';
import type { Database, EditionsTable, EditionVariantsTable } from '../schema';
import { inTransaction } from '../transaction';

export type EditionRow = Selectable<EditionsTable>;
export type VariantRow = Selectable<EditionVariantsTable>;

export interface StoredEdition {
  id: string;
  slot: string;
  builtAt: Date;
  status: string;
  content: EditionContent;
}

export class EditionsRepo {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Freezes an edition for a slot; if one exists for the slot already, that one is kept and
   * returned. A new edition's stories are indexed in the same transaction (story pages).
   */
  async createForSlot(content: EditionContent): Promise<StoredEdition> {
    await inTransaction(this.db, async (trx) => {
      const inserted = await trx
        .insertInto('editions')
        .values({
          id: content.editionId,
          slot: content.slot,
          built_at: content.builtAt,
          content: JSON.stringify(content),
          status: 'built',
        })
        .onConflict((oc) => oc.column('slot').doNothing())
        .executeTakeFirst();
      const storyIds = [
        ...new Set(content.sections.flatMap((section) => section.stories.map((s) => s.storyId))),
      ];
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0 || storyIds.length === 0) return;
      await trx
        .insertInto('edition_stories')
        .values(
          storyIds.map((storyId) => ({
            edition_id: content.editionId,
            story_id: storyId,
            slot: content.slot,
          })),
        )
        .execute();
    });
    const stored = await this.bySlot(content.slot);
    if (!stored) throw new Error(`store: edition for slot ${content.slot} vanished after insert`);
    return stored;
  }

  async bySlot(slot: string): Promise<StoredEdition | undefined> {
    const row = await this.db.selectFrom('editions').selectAll().where('slot', '=', slot).executeTakeFirst();
    return row ? toEdition(row) : undefined;
  }

  async get(id: string): Promise<StoredEdition | undefined> {
    const row = await this.db.selectFrom('editions').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toEdition(row) : undefined;
  }

  async latest(limit = 1): Promise<StoredEdition[]> {
    const rows = await this.db
      .selectFrom('editions')
      .selectAll()
      .orderBy('slot', 'desc')
      .limit(limit)
      .execute();
    return rows.map(toEdition);
  }

  /**
   * Changes whenever an edition is added, whatever its slot (a late build for an earlier hour
   * too): editions are never changed or deleted, so their number and newest slot say it all.
   * One aggregate read; the public pages use it to know when their cached copies are stale.
   */
  async generation(): Promise<string> {
    const row = await this.db
      .selectFrom('editions')
      .select((eb) => [eb.fn.countAll<number | string>().as('count'), eb.fn.max('slot').as('newest')])
      .executeTakeFirstOrThrow();
    return `${Number(row.count)}:${row.newest ?? ''}`;
  }

  /** Editions newest first, `limit` of them after skipping `offset` (the archive). */
  async page(offset: number, limit: number): Promise<StoredEdition[]> {
    const rows = await this.db
      .selectFrom('editions')
      .selectAll()
      .orderBy('slot', 'desc')
      .limit(limit)
      .offset(offset)
      .execute();
    return rows.map(toEdition);
  }

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom('editions')
      .select((eb) => eb.fn.countAll<number | string>().as('count'))
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  /** The editions a story appeared in, newest first (id and slot only). */
  async withStory(storyId: string): Promise<{ id: string; slot: string }[]> {
    const rows = await this.db
      .selectFrom('edition_stories')
      .select(['edition_id', 'slot'])
      .where('story_id', '=', storyId)
      .orderBy('slot', 'desc')
      .execute();
    return rows.map((row) => ({ id: row.edition_id, slot: row.slot }));
  }

  async getVariant(editionId: string, variantKey: string): Promise<VariantRow | undefined> {
    return this.db
      .selectFrom('edition_variants')
      .selectAll()
      .where('edition_id', '=', editionId)
      .where('variant_key', '=', variantKey)
      .executeTakeFirst();
  }

  /** Stores a rendered variant; the first writer wins so every recipient gets identical bytes. */
  async saveVariant(row: VariantRow): Promise<VariantRow> {
    await this.db
      .insertInto('edition_variants')
      .values(row)
      .onConflict((oc) => oc.columns(['edition_id', 'variant_key']).doNothing())
      .execute();
    return (await this.getVariant(row.edition_id, row.variant_key)) ?? row;
  }
}

function toEdition(row: EditionRow): StoredEdition {
  return {
    id: row.id,
    slot: row.slot,
    builtAt: new Date(row.built_at),
    status: row.status,
    content: JSON.parse(row.content) as EditionContent,
  };
}
