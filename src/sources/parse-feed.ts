import FeedParser from 'feedparser';
import { Slicer } from '../shared/turns';
import { decodeFeedBody } from './decode-body';
import { FeedError } from './feed-error';
import { looksLikeJson, parseJsonFeed } from './json-feed';
import { c1ToWindows1252, escapeBareAmpersands, wrapRawHtmlDescriptions } from './repair-feed';
import type { ParsedItem } from './types';

export interface ParseOptions {
  /**
   * Lift CDATA sections that hold markup out of the XML before sax reads it (see LiftedMarkup);
   * on by default. Off, the parser reads every byte, as a check that both give the same items.
   */
  liftMarkup?: boolean;
}

const HTML_PAGE = /^\s*(<!--[\s\S]*?-->\s*)*(<!doctype\s+html|<html[\s>])/i;
/** The feed document must end by closing its root element (trailing comments and PIs allowed). */
const CLOSED_ROOT = /<\/(?:[\w.-]+:)?(?:rss|feed|RDF)\s*>\s*(?:(?:<!--[\s\S]*?-->|<\?[\s\S]*?\?>)\s*)*$/i;

/**
 * Parses an RSS 0.9x/2.0, RSS 1.0 (RDF), Atom or JSON Feed body into raw items: XML with
 * feedparser in its lenient mode, after the repairs of repair-feed.ts (real feeds carry undeclared entities and stray markup). The body is decoded
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
  options: ParseOptions = {},
): Promise<ParsedItem[]> {
  const { text } = decodeFeedBody(body, contentType);
  if (looksLikeJson(text)) return parseJsonFeed(text, baseUrl);
  if (HTML_PAGE.test(text.slice(0, 2048))) {
    const type = contentType ? ` (Content-Type ${contentType})` : '';
    throw new FeedError('not_a_feed', `the URL returned an HTML page, not a feed${type}`);
  }
  const items = await runFeedParser(text, baseUrl, options.liftMarkup ?? true);
  if (!CLOSED_ROOT.test(text.slice(-4096))) {
    throw new FeedError('parse_error', 'the feed is truncated: its root element is never closed');
  }
  return items;
}

/**
 * Characters handed to feedparser at a time, and the longest run of writes before the event loop
 * gets a turn. feedparser handles about 3 MB/s here (10,000 items in 1.6 s), so a write costs
 * about a millisecond and a run stays near SLICE_MS (src/shared/turns.ts): a 10,000-item feed no longer holds the
 * process for seconds (docs/ingest.md "One feed must not hurt the others").
 */
const WRITE_CHARS = 4 * 1024;
/**
 * The repairs (repair-feed.ts) run on pieces that end after an item, so they are sliced too: a
 * piece is the text up to the first item end past PIECE_CHARS. Nothing they touch (a CDATA
 * section, a description, an entity) spans two items.
 */
const PIECE_CHARS = 16 * 1024;
const ITEM_END = /<\/(?:[\w.-]+:)?(?:item|entry)\s*>/g;

async function runFeedParser(
  text: string,
  baseUrl: string | undefined,
  liftMarkup: boolean,
): Promise<ParsedItem[]> {
  // A feed that already holds the placeholder characters is read in full.
  const lifted = liftMarkup && !text.includes(PLACEHOLDER_START) ? new LiftedMarkup() : null;
  const parser = new FeedParser(baseUrl ? { feedurl: baseUrl, addmeta: false } : { addmeta: false });
  const items: ParsedItem[] = [];
  const feed: FeedMeta = { siteUrl: null, language: null };
  let failure: FeedError | null = null;
  const ended = new Promise<void>((resolve) => {
    parser.on('error', (error: Error) => {
      failure ??= parseFailure(error);
      resolve();
    });
    parser.on('meta', (meta: FeedParser.Meta) => {
      feed.siteUrl = nonEmpty(meta.link);
      feed.language = nonEmpty(meta.language);
    });
    parser.on('readable', () => {
      for (let item = parser.read(); item !== null; item = parser.read())
        items.push(toParsedItem(item, feed, lifted));
    });
    parser.on('end', () => resolve());
  });
  const slicer = new Slicer();
  await slicer.begin();
  for (const piece of repairedPieces(text, lifted)) {
    for (let start = 0; start < piece.length && !failure; start += WRITE_CHARS) {
      parser.write(piece.slice(start, start + WRITE_CHARS));
      await slicer.maybeYield();
    }
    if (failure) break;
  }
  if (!failure) parser.end();
  await ended;
  if (failure) throw failure;
  return items;
}

/** The pieces with the repairs of repair-feed.ts applied (as repairFeedText), markup lifted out. */
function* repairedPieces(text: string, lifted: LiftedMarkup | null): Generator<string> {
  let start = 0;
  while (start < text.length) {
    ITEM_END.lastIndex = start + PIECE_CHARS;
    const end = ITEM_END.exec(text);
    const stop = end ? end.index + end[0].length : text.length;
    const wrapped = wrapRawHtmlDescriptions(text.slice(start, stop));
    // Bare ampersands are escaped outside CDATA only, so lifting first changes nothing there.
    yield escapeBareAmpersands(lifted ? lifted.lift(wrapped) : wrapped);
    start = stop;
  }
}

const PLACEHOLDER_START = '\uE000';
const PLACEHOLDER = /\uE000(\d+)\uE001/g;
const CDATA_SECTION = /<!\[CDATA\[([\s\S]*?)\]\]>/g;
/** Shorter sections (dates, links, short titles) are left to the parser. */
const LIFT_MIN_CHARS = 64;

/**
 * CDATA sections that hold markup (the HTML of descriptions and content:encoded, most of a
 * feed's bytes) are taken out before sax reads the XML and put back in the strings feedparser
 * hands over. sax reads CDATA a character at a time, counting lines and columns, and feedparser
 * then copies every embedded HTML body a character at a time to resolve its URLs, for attributes
 * that sanitizing drops: about half the CPU of a first poll (docs/ingest.md "Speed and memory").
 * A section becomes `<![CDATA[\uE000n\uE001]]>` (private-use characters; a feed that already
 * contains one is read in full). feedparser trims every node's text, and so does `restore`.
 */
class LiftedMarkup {
  private readonly sections: string[] = [];

  lift(xml: string): string {
    if (!xml.includes('<![CDATA[')) return xml;
    return xml.replace(CDATA_SECTION, (whole: string, inner: string) => {
      if (inner.length < LIFT_MIN_CHARS || !inner.includes('<')) return whole;
      this.sections.push(inner);
      return `<![CDATA[\uE000${this.sections.length - 1}\uE001]]>`;
    });
  }

  restore(text: string | null): string | null {
    if (text === null || !text.includes(PLACEHOLDER_START)) return text;
    return text
      .replace(PLACEHOLDER, (whole: string, index: string) => this.sections[Number(index)] ?? whole)
      .trim();
  }
}

function parseFailure(error: Error): FeedError {
  const notAFeed = /not a feed/i.test(error.message);
  const detail = notAFeed
    ? 'the body is not an RSS, RDF or Atom feed'
    : `the feed cannot be parsed (${error.message})`;
  return new FeedError(notAFeed ? 'not_a_feed' : 'parse_error', detail, {}, { cause: error });
}

interface FeedMeta {
  siteUrl: string | null;
  language: string | null;
}

function toParsedItem(item: FeedParser.Item, feed: FeedMeta, lifted: LiftedMarkup | null): ParsedItem {
  const put = (text: string | null): string | null => (lifted ? lifted.restore(text) : text);
  const summary = put(item.summary || nodeText(item, 'dc:description'));
  return {
    guid: declaresGuid(item) ? nonEmpty(put(item.guid)) : null,
    // feedburner:origLink and Atom rel=canonical name the article itself, not a redirector.
    link: nonEmpty(put(item.origlink)) ?? nonEmpty(put(item.link)),
    title: c1ToWindows1252(put(rawTitle(item)) ?? ''),
    summary: c1ToWindows1252(put(atomBody(item, 'atom:summary')) ?? summary ?? ''),
    content: c1ToWindows1252(put(atomBody(item, 'atom:content')) ?? put(item.description) ?? summary ?? ''),
    // Dublin Core terms (dcterms:issued, dcterms:created, dcterms:modified) are common in RSS 1.0
    // and in feeds from library and government systems; feedparser reads only dc:date.
    publishedAt: validDate(item.pubdate) ?? dcDate(item, 'dcterms:issued') ?? dcDate(item, 'dcterms:created'),
    updatedAt: validDate(item.date) ?? dcDate(item, 'dcterms:modified'),
    author: nonEmpty(put(item.author)),
    siteUrl: feed.siteUrl,
    language: feed.language,
  };
}

/**
 * The title as the feed wrote it. feedparser strips tags from `title` but keeps the text of
 * script and style elements ("alert(1)"); the raw node lets html-to-text.ts (src/shared/text) drop them whole.
 * `dc:title` stands in when the item has no title of its own.
 */
function rawTitle(item: FeedParser.Item): string {
  for (const key of ['rss:title', 'atom:title', 'rdf:title', 'dc:title']) {
    const text = nodeText(item, key);
    if (text) return text;
  }
  return item.title ?? '';
}

/** Atom 0.3 allowed `mode="base64"` content; feedparser hands the base64 text back as is. */
function atomBody(item: FeedParser.Item, key: string): string | null {
  const node: unknown = item[key];
  if (typeof node !== 'object' || node === null || !('@' in node)) return null;
  const attributes: unknown = node['@'];
  const base64 =
    typeof attributes === 'object' &&
    attributes !== null &&
    'mode' in attributes &&
    attributes.mode === 'base64';
  const text = nodeText(item, key);
  return base64 && text ? Buffer.from(text, 'base64').toString('utf8') : null;
}

/** The text of a raw node feedparser keeps under its namespaced name, if any. */
function nodeText(item: FeedParser.Item, key: string): string | null {
  const node: unknown = item[key];
  if (typeof node === 'object' && node !== null && '#' in node && typeof node['#'] === 'string')
    return nonEmpty(node['#']);
  return null;
}

function dcDate(item: FeedParser.Item, key: string): Date | null {
  const text = nodeText(item, key);
  return text ? validDate(new Date(text)) : null;
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
