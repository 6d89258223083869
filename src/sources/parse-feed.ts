import FeedParser from 'feedparser';
import { decodeFeedBody } from './decode-body';
import { FeedError } from './feed-error';
import type { ParsedItem } from './types';

const HTML_PAGE = /^\s*(<!--[\s\S]*?-->\s*)*(<!doctype\s+html|<html[\s>])/i;
/** The feed document must end by closing its root element (trailing comments and PIs allowed). */
const CLOSED_ROOT = /<\/(?:[\w.-]+:)?(?:rss|feed|RDF)\s*>\s*(?:(?:<!--[\s\S]*?-->|<\?[\s\S]*?\?>)\s*)*$/i;

/**
 * Parses an RSS 0.9x/2.0, RSS 1.0 (RDF) or Atom body into raw items, with feedparser in its
 * lenient mode (real feeds carry undeclared entities and stray markup). The body is decoded
 * first (decode-body.ts) because feedparser only reads UTF-8.
 *
 * Throws FeedError `not_a_feed` for an HTML page or anything feedparser does not recognise,
 * and `parse_error` for a body cut short: lenient sax reports no error at end of input, so
 * without this check a truncated download would silently drop its last items.
 *
 * @param baseUrl the URL the body came from (after redirects); relative links resolve against it.
 */
export async function parseFeed(
  body: Buffer,
  contentType?: string | null,
  baseUrl?: string,
): Promise<ParsedItem[]> {
  const { text } = decodeFeedBody(body, contentType);
  if (HTML_PAGE.test(text.slice(0, 2048))) {
    const type = contentType ? ` (Content-Type ${contentType})` : '';
    throw new FeedError('not_a_feed', `the URL returned an HTML page, not a feed${type}`);
  }
  const items = await runFeedParser(text, baseUrl);
  if (!CLOSED_ROOT.test(text.slice(-4096))) {
    throw new FeedError('parse_error', 'the feed is truncated: its root element is never closed');
  }
  return items;
}

function runFeedParser(text: string, baseUrl: string | undefined): Promise<ParsedItem[]> {
  const parser = new FeedParser(baseUrl ? { feedurl: baseUrl, addmeta: false } : { addmeta: false });
  const items: ParsedItem[] = [];
  return new Promise<ParsedItem[]>((resolve, reject) => {
    parser.on('error', (error: Error) => {
      const notAFeed = /not a feed/i.test(error.message);
      const detail = notAFeed
        ? 'the body is not an RSS, RDF or Atom feed'
        : `the feed cannot be parsed (${error.message})`;
      reject(new FeedError(notAFeed ? 'not_a_feed' : 'parse_error', detail, {}, { cause: error }));
    });
    parser.on('readable', () => {
      for (let item = parser.read(); item !== null; item = parser.read()) items.push(toParsedItem(item));
    });
    parser.on('end', () => resolve(items));
    // The body is already whole in memory (its size is bounded by ingest.maxFeedBytes, and the
    // charset needs the XML declaration first), so it goes into the stream in one write.
    parser.end(text);
  });
}

function toParsedItem(item: FeedParser.Item): ParsedItem {
  return {
    guid: declaresGuid(item) ? nonEmpty(item.guid) : null,
    // feedburner:origLink and Atom rel=canonical name the article itself, not a redirector.
    link: nonEmpty(item.origlink) ?? nonEmpty(item.link),
    title: rawTitle(item),
    summary: item.summary ?? '',
    content: item.description ?? '',
    publishedAt: validDate(item.pubdate),
    updatedAt: validDate(item.date),
    author: nonEmpty(item.author),
  };
}

/**
 * The title as the feed wrote it. feedparser strips tags from `title` but keeps the text of
 * script and style elements ("alert(1)"); the raw node lets html-to-text.ts (src/shared/text) drop them whole.
 */
function rawTitle(item: FeedParser.Item): string {
  for (const key of ['rss:title', 'atom:title', 'rdf:title']) {
    const node: unknown = item[key];
    if (typeof node === 'object' && node !== null && '#' in node && typeof node['#'] === 'string')
      return node['#'];
  }
  return item.title ?? '';
}

/** feedparser fills `guid` from the link when the feed has none; only a declared id is a guid. */
function declaresGuid(item: FeedParser.Item): boolean {
  const rdfAttributes: unknown = item['rdf:@'];
  const rdfAbout = typeof rdfAttributes === 'object' && rdfAttributes !== null && 'about' in rdfAttributes;
  return 'rss:guid' in item || 'atom:id' in item || rdfAbout;
}

function nonEmpty(value: string | null | undefined): string | null {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  return trimmed === '' ? null : trimmed;
}

/** feedparser hands back `Invalid Date` for unreadable dates; those count as missing. */
function validDate(value: Date | null | undefined): Date | null {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value : null;
}
