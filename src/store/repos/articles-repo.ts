import type { Kysely, Selectable } from 'kysely';
import type { Article } from '../../shared/types';
import type { ArticlesTable, Database } from '../schema';
import { inTransaction } from '../transaction';

export type ArticleRow = Selectable<ArticlesTable>;

/** Rows per INSERT: well under SQLite's 32,766 bound parameters (12 columns each). */
const INSERT_CHUNK = 200;

export class ArticlesRepo {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Inserts articles, skipping any that collide on (source_id, guid) or canonical URL, and returns
   * only those actually inserted, in input order.
   */
  async insertNew<T extends Article>(articles: T[], contentHash: (article: T) => string): Promise<T[]> {
    const unique = dedupeWithinBatch(articles);
    const inserted = new Set<string>();
    for (let start = 0; start < unique.length; start += INSERT_CHUNK) {
      const chunk = unique.slice(start, start + INSERT_CHUNK);
      const rows = await this.db
        .insertInto('articles')
        .values(chunk.map((article) => toRow(article, contentHash(article))))
        .onConflict((oc) => oc.doNothing())
        .returning('id')
        .execute();
      for (const row of rows) inserted.add(row.id);
    }
    const stored = unique.filter((article) => inserted.has(article.id));
    await this.recordOutlets(
      stored,
      unique.filter((article) => !inserted.has(article.id)),
    );
    return stored;
  }

  /**
   * Every outlet that carried an article: the source of each new article, and each source whose
   * copy was skipped because another source had already stored its canonical URL (syndication).
   */
  private async recordOutlets(stored: Article[], skipped: Article[]): Promise<void> {
    const rows = stored.map((article) => outletRow(article.id, article));
    for (let start = 0; start < skipped.length; start += INSERT_CHUNK) {
      const chunk = skipped.slice(start, start + INSERT_CHUNK);
      const owners = await this.db
        .selectFrom('articles')
        .select(['id', 'canonical_url', 'source_id'])
        .where(
          'canonical_url',
          'in',
          chunk.map((article) => article.url),
        )
        .execute();
      const byUrl = new Map(owners.map((owner) => [owner.canonical_url, owner]));
      for (const article of chunk) {
        const owner = byUrl.get(article.url);
        if (owner && owner.source_id !== article.sourceId) rows.push(outletRow(owner.id, article));
      }
    }
    for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
      await this.db
        .insertInto('article_outlets')
        .values(rows.slice(start, start + INSERT_CHUNK))
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
  }

  /** Titles of an outlet's articles fetched since `since` (near-duplicate headlines). */
  async recentTitles(
    outlet: string,
    since: Date,
  ): Promise<{ title: string; publishedAt: Date | null; url: string }[]> {
    const rows = await this.db
      .selectFrom('articles')
      .select(['title', 'published_at', 'canonical_url'])
      .where('outlet', '=', outlet)
      .where('fetched_at', '>=', since.toISOString())
      .execute();
    return rows.map((row) => ({
      title: row.title,
      publishedAt: row.published_at ? new Date(row.published_at) : null,
      url: row.canonical_url,
    }));
  }

  /** Number of stored articles per source id. */
  async countBySource(): Promise<Map<string, number>> {
    const rows = await this.db
      .selectFrom('articles')
      .select((eb) => ['source_id', eb.fn.countAll<string | number>().as('n')])
      .groupBy('source_id')
      .execute();
    return new Map(rows.map((row) => [row.source_id, Number(row.n)]));
  }

  /** Articles not yet assigned to a story, in publication order (fetch time when undated). */
  async listUnclustered(limit: number): Promise<ArticleRow[]> {
    return this.db
      .selectFrom('articles')
      .selectAll()
      .where('story_id', 'is', null)
      .orderBy((eb) => eb.fn.coalesce('published_at', 'fetched_at'))
      .orderBy('id')
      .limit(limit)
      .execute();
  }

  async assignStories(assignments: { articleId: string; storyId: string }[]): Promise<void> {
    if (assignments.length === 0) return;
    await inTransaction(this.db, async (trx) => {
      for (const { articleId, storyId } of assignments) {
        await trx.updateTable('articles').set({ story_id: storyId }).where('id', '=', articleId).execute();
      }
    });
  }

  async repointStory(fromStoryId: string, intoStoryId: string): Promise<void> {
    await this.db
      .updateTable('articles')
      .set({ story_id: intoStoryId })
      .where('story_id', '=', fromStoryId)
      .execute();
  }

  async byStories(storyIds: string[]): Promise<ArticleRow[]> {
    if (storyIds.length === 0) return [];
    return this.db
      .selectFrom('articles')
      .selectAll()
      .where('story_id', 'in', storyIds)
      .orderBy('published_at')
      .execute();
  }

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom('articles')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }
}

function dedupeWithinBatch<T extends Article>(articles: T[]): T[] {
  const seenUrls = new Set<string>();
  const seenGuids = new Set<string>();
  const seenIds = new Set<string>();
  return articles.filter((article) => {
    const guidKey = `${article.sourceId}\u0000${article.guid}`;
    if (seenIds.has(article.id) || seenUrls.has(article.url) || seenGuids.has(guidKey)) return false;
    seenIds.add(article.id);
    seenUrls.add(article.url);
    seenGuids.add(guidKey);
    return true;
  });
}

function toRow(article: Article, contentHash: string): ArticleRow {
  return {
    id: article.id,
    source_id: article.sourceId,
    outlet: article.outlet,
    section: article.section,
    guid: article.guid,
    canonical_url: article.url,
    title: article.title,
    text: article.text,
    published_at: article.publishedAt ? article.publishedAt.toISOString() : null,
    fetched_at: article.fetchedAt.toISOString(),
    content_hash: contentHash,
    story_id: null,
    published_estimated: article.publishedEstimated ? 1 : 0,
    language: article.language ?? null,
    title_derived: article.titleDerived ? 1 : 0,
  };
}

function outletRow(articleId: string, carrier: Article) {
  return {
    article_id: articleId,
    source_id: carrier.sourceId,
    outlet: carrier.outlet,
    seen_at: carrier.fetchedAt.toISOString(),
  };
}

export function rowToArticle(row: ArticleRow): Article {
  return {
    id: row.id,
    sourceId: row.source_id,
    outlet: row.outlet,
    section: row.section,
    guid: row.guid,
    url: row.canonical_url,
    title: row.title,
    text: row.text,
    publishedAt: row.published_at ? new Date(row.published_at) : null,
    publishedEstimated: row.published_estimated === 1,
    language: row.language,
    titleDerived: row.title_derived === 1,
    fetchedAt: new Date(row.fetched_at),
  };
}
