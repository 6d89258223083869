import { STOPWORDS } from '../shared/text/stopwords';
import { words } from '../shared/text/terms';
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

/** Two titles whose word sets overlap this much (Jaccard) are one headline re-sent with an edit. */
export const NEAR_DUPLICATE_TITLE = 0.8;
/** Only headlines this close in time are compared: a day, as the same words later are news again. */
export const NEAR_DUPLICATE_WINDOW_MS = 24 * 3_600_000;
/** Shorter titles ("Live updates", "Briefing") repeat by design and are never merged. */
const MIN_TITLE_WORDS = 4;

export interface TitledItem {
  title: string;
  publishedAt: Date | null;
  /** Canonical URL: the same article polled again is the store's to skip, not a near duplicate. */
  url: string;
}

/**
 * Drops articles whose title is near-identical to a title of the same outlet within a day: one
 * already stored (`recent`) or an earlier article of the batch. Outlets re-send a story with a
 * corrected headline under a new guid and link ("… rise to 12" then "… rise to 14").
 */
export function dropNearDuplicateTitles<T extends TitledItem>(
  articles: T[],
  recent: readonly TitledItem[],
): { kept: T[]; dropped: number } {
  const index = new TitleIndex();
  for (const item of recent) index.add(titleWords(item));
  const kept: T[] = [];
  for (const article of articles) {
    const entry = titleWords(article);
    if (index.candidates(entry).some((other) => nearIdentical(entry, other))) continue;
    index.add(entry);
    kept.push(article);
  }
  return { kept, dropped: articles.length - kept.length };
}

interface TitleWords {
  words: Set<string>;
  time: number | null;
  url: string;
}

/**
 * Titles by their content words, so a title is compared only with those sharing one: an outlet's
 * day can hold thousands of headlines, and comparing each new one with all of them was quadratic.
 * Two titles of four or more words with a Jaccard of 0.8 always share a content word.
 */
class TitleIndex {
  private readonly byWord = new Map<string, TitleWords[]>();

  add(entry: TitleWords): void {
    for (const word of entry.words) {
      if (STOPWORDS.has(word)) continue;
      const list = this.byWord.get(word);
      if (list) list.push(entry);
      else this.byWord.set(word, [entry]);
    }
  }

  candidates(entry: TitleWords): TitleWords[] {
    const found = new Set<TitleWords>();
    for (const word of entry.words) for (const other of this.byWord.get(word) ?? []) found.add(other);
    return [...found];
  }
}

function titleWords(item: TitledItem): TitleWords {
  const time = item.publishedAt ? item.publishedAt.getTime() : null;
  return { words: new Set(words(item.title)), time, url: item.url };
}

function nearIdentical(a: TitleWords, b: TitleWords): boolean {
  if (a.url === b.url) return false;
  if (a.words.size < MIN_TITLE_WORDS || b.words.size < MIN_TITLE_WORDS) return false;
  if (a.time !== null && b.time !== null && Math.abs(a.time - b.time) > NEAR_DUPLICATE_WINDOW_MS)
    return false;
  let shared = 0;
  for (const word of a.words) if (b.words.has(word)) shared += 1;
  return shared / (a.words.size + b.words.size - shared) >= NEAR_DUPLICATE_TITLE;
}
