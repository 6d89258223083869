import type { IngestedArticle } from './types';

export interface DedupKeys {
  /** Same item of the same source: (source id, guid). */
  byGuid: string;
  /** Same article whatever feed it came through: the canonical URL. */
  byUrl: string;
}

/**
 * The two keys an article is unique on, mirroring the store's unique constraints
 * (articles: unique (source_id, guid) and unique canonical_url).
 */
export function dedupKeys(article: Pick<IngestedArticle, 'sourceId' | 'guid' | 'url'>): DedupKeys {
  // U+0000 cannot occur in a source id, so the pair cannot collide with another pair.
  return { byGuid: `${article.sourceId}\u0000${article.guid}`, byUrl: article.url };
}

/**
 * Drops articles of one batch that repeat an earlier one by either key; the first wins, since
 * feeds list newest first. Feeds do repeat items (pagination glitches, copy-pasted guids), and
 * the store is promised a batch without internal conflicts.
 */
export function dedupeBatch(articles: IngestedArticle[]): { unique: IngestedArticle[]; duplicates: number } {
  const seenGuids = new Set<string>();
  const seenUrls = new Set<string>();
  const unique: IngestedArticle[] = [];
  for (const article of articles) {
    const keys = dedupKeys(article);
    if (seenGuids.has(keys.byGuid) || seenUrls.has(keys.byUrl)) continue;
    seenGuids.add(keys.byGuid);
    seenUrls.add(keys.byUrl);
    unique.push(article);
  }
  return { unique, duplicates: articles.length - unique.length };
}
