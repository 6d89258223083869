import type { IngestedArticle, SourceFetchUpdate, SourceStore, TitledItem } from '../../../src/sources';

/**
 * An in-memory SourceStore with the contract of src/sources/source-store.ts: unique on
 * (sourceId, guid) and on url, returns only the inserted articles, never modifies a row.
 */
export class MemoryStore implements SourceStore {
  readonly articles: IngestedArticle[] = [];
  readonly fetches: { sourceId: string; update: SourceFetchUpdate }[] = [];
  failInserts = false;

  async insertArticles(articles: IngestedArticle[]): Promise<IngestedArticle[]> {
    if (this.failInserts) throw new Error('store: database is locked');
    const inserted: IngestedArticle[] = [];
    for (const article of articles) {
      const duplicate = this.articles.some(
        (stored) =>
          (stored.sourceId === article.sourceId && stored.guid === article.guid) ||
          stored.url === article.url,
      );
      if (duplicate) continue;
      this.articles.push(structuredClone(article));
      inserted.push(article);
    }
    return inserted;
  }

  async recentTitles(outlet: string, since: Date): Promise<TitledItem[]> {
    return this.articles
      .filter((article) => article.outlet === outlet && article.fetchedAt.getTime() >= since.getTime())
      .map((article) => ({ title: article.title, publishedAt: article.publishedAt, url: article.url }));
  }

  async recordFetch(sourceId: string, update: SourceFetchUpdate): Promise<void> {
    this.fetches.push({ sourceId, update: structuredClone(update) });
  }

  get lastFetch(): SourceFetchUpdate {
    const last = this.fetches.at(-1);
    if (!last) throw new Error('no fetch recorded');
    return last.update;
  }
}
