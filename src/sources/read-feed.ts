import { FeedError } from './feed-error';
import { normalizeFeedItems } from './normalize-item';
import { parseFeed } from './parse-feed';
import type { FeedFailure, IngestedArticle, ParsedItem, SkipReason, SourceRecord } from './types';

/** One fetched feed body and what its normalization needs: plain data, so a worker thread can take it. */
export interface FeedBodyInput {
  body: Uint8Array;
  contentType: string | null;
  /** URL the body came from (after redirects): the base for relative links. */
  url: string;
  source: Pick<SourceRecord, 'id' | 'outlet' | 'section'>;
  fetchedAt: Date;
  maxArticleAgeHours: number;
  maxItemsPerPoll: number;
  /** Languages the source's section accepts (ISO 639-1); absent or empty: every language. */
  languages?: readonly string[];
}

/**
 * The body's articles, in feed order after the cap, each with an empty `id` (the caller gives
 * ids); `skips` holds one reason per item left out, `over_item_cap` included.
 */
export type FeedBodyResult =
  | { ok: true; fetched: number; taken: number; articles: IngestedArticle[]; skips: SkipReason[] }
  | { ok: false; failure: FeedFailure };

/** Reads one feed body and tells what its failure is, or its items, in or out of a worker thread. */
export type FeedBodyReader = (input: FeedBodyInput) => Promise<FeedBodyResult>;

/**
 * Steps 2 and 3 of a poll (docs/ingest.md): parse the body, take the newest
 * `maxItemsPerPoll` items, normalize them. Pure: the same input gives the same result, in this
 * thread or in a parse worker (parse-pool.ts). An expected failure of the feed (not a feed,
 * truncated…) is a result; anything else thrown is a bug.
 */
export async function readFeedBody(input: FeedBodyInput): Promise<FeedBodyResult> {
  let items: ParsedItem[];
  try {
    const body = Buffer.from(input.body.buffer, input.body.byteOffset, input.body.byteLength);
    items = await parseFeed(body, input.contentType, input.url);
  } catch (error) {
    if (error instanceof FeedError) return { ok: false, failure: error.failure };
    throw error;
  }
  const taken = newestFirst(items).slice(0, input.maxItemsPerPoll);
  const { articles, skips } = await normalizeFeedItems(taken, {
    source: input.source,
    feedUrl: input.url,
    fetchedAt: input.fetchedAt,
    maxArticleAgeHours: input.maxArticleAgeHours,
    newId: () => '',
    ...(input.languages ? { languages: input.languages } : {}),
  });
  const overCap = Array.from({ length: items.length - taken.length }, (): SkipReason => 'over_item_cap');
  return { ok: true, fetched: items.length, taken: taken.length, articles, skips: [...overCap, ...skips] };
}

/**
 * Items by date, newest first; undated ones first in feed order, as they get the fetch time.
 * Feeds usually list newest first, but not all do, and the cap must keep the latest news.
 */
function newestFirst(items: ParsedItem[]): ParsedItem[] {
  const time = (item: ParsedItem) =>
    (item.publishedAt ?? item.updatedAt)?.getTime() ?? Number.POSITIVE_INFINITY;
  return items
    .map((item, index) => ({ item, index, time: time(item) }))
    .sort((a, b) => b.time - a.time || a.index - b.index)
    .map((entry) => entry.item);
}
