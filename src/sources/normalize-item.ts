import { createHash } from 'node:crypto';
import { articleSentences } from '../shared/text/article-text';
import { htmlToArticleText, htmlToPlainText } from '../shared/text/html-to-text';
import { dropRepeatedParagraphs } from '../shared/text/repeated-paragraphs';
import { Slicer } from '../shared/turns';
import { articleLanguage } from './article-language';
import { canonicalUrl } from './canonical-url';
import type { IngestedArticle, ParsedItem, SkipReason, SourceRecord } from './types';

/** Titles longer than this are cut; real headlines stay far below it. */
export const MAX_TITLE_CHARS = 300;
/** The lead is what later stages use; full article bodies in content:encoded are cut. */
export const MAX_TEXT_CHARS = 4000;
/** Declared guids longer than this are stored as their hash (some feeds put whole URLs with state in them). */
export const MAX_GUID_CHARS = 512;

export interface NormalizeContext {
  source: Pick<SourceRecord, 'id' | 'outlet' | 'section'>;
  /** URL the feed was fetched from (after redirects): the base for relative links. */
  feedUrl: string;
  fetchedAt: Date;
  maxArticleAgeHours: number;
  newId: () => string;
  /** Languages the source's section accepts (ISO 639-1); empty or absent: every language. */
  languages?: readonly string[];
}

export type NormalizeResult = { ok: true; article: IngestedArticle } | { ok: false; reason: SkipReason };

/**
 * One parsed item → an Article, or the reason it is skipped. Title and text become plain text;
 * the link must be a valid http(s) URL (anything else is rejected) and is stored canonical. An
 * item with no link at all keeps its place under the outlet's site (see itemUrl). A date after
 * the fetch is clamped to the fetch time (a story cannot be published after we read it; such
 * dates are zone mistakes or sticky posts); an undated item takes the fetch time, marked as
 * estimated; items older than `maxArticleAgeHours` are skipped, and so are items in a language
 * the section does not take.
 */
export function normalizeItem(item: ParsedItem, context: NormalizeContext): NormalizeResult {
  const url = item.link ? canonicalUrl(item.link, context.feedUrl) : null;
  if (item.link && !url) return { ok: false, reason: 'invalid_url' };

  // Dates before text: an old item is skipped without paying for HTML conversion.
  const declaredDate = clampToFetch(item.publishedAt ?? item.updatedAt, context.fetchedAt);
  const oldest = context.fetchedAt.getTime() - context.maxArticleAgeHours * 3_600_000;
  if (declaredDate && declaredDate.getTime() < oldest) return { ok: false, reason: 'too_old' };

  const rawTitle = htmlToPlainText(item.title, MAX_TITLE_CHARS);
  const text = htmlToArticleText(articleBody(item), MAX_TEXT_CHARS);
  const title = rawTitle || titleFromText(text);
  if (!title) return { ok: false, reason: 'empty' };
  const language = articleLanguage(item.language, title, text);
  if (language && context.languages?.length && !context.languages.includes(language))
    return { ok: false, reason: 'language' };

  const guid = itemGuid(item.guid, url, title, text, declaredDate);
  const link = url ?? siteItemUrl(item.siteUrl, context.feedUrl, guid);
  if (!link) return { ok: false, reason: 'invalid_url' };
  return {
    ok: true,
    article: {
      id: context.newId(),
      sourceId: context.source.id,
      outlet: context.source.outlet,
      section: context.source.section,
      guid,
      url: link,
      title,
      titleDerived: rawTitle === '',
      text,
      publishedAt: declaredDate ?? context.fetchedAt,
      publishedEstimated: declaredDate === null,
      language,
      fetchedAt: context.fetchedAt,
      contentHash: contentHash(title, text),
    },
  };
}

/**
 * Every item of one feed body: the articles, and why the others were skipped. Paragraphs that
 * the feed repeats under several items are its furniture and leave every text (the content
 * hash stays that of the item's own text, so what else the feed carries today cannot make an
 * unchanged item look edited).
 */
export async function normalizeFeedItems(
  items: readonly ParsedItem[],
  context: NormalizeContext,
): Promise<{ articles: IngestedArticle[]; skips: SkipReason[] }> {
  const articles: IngestedArticle[] = [];
  const skips: SkipReason[] = [];
  // An item costs 0.2–2 ms (HTML cleaning, language detection): items run in slices of
  // SLICE_MS, one slice of one task per turn of the event loop (src/shared/turns.ts).
  const slicer = new Slicer();
  await slicer.begin();
  for (const item of items) {
    const result = normalizeItem(item, context);
    if (result.ok) articles.push(result.article);
    else skips.push(result.reason);
    await slicer.maybeYield();
  }
  const texts = dropRepeatedParagraphs(articles.map((article) => article.text));
  return { articles: articles.map((article, i) => ({ ...article, text: texts[i] ?? article.text })), skips };
}

/**
 * The item's stable id within its source: the guid the feed declares, else the canonical link,
 * else a hash of its title, text and declared date, so an item with neither link nor guid keeps
 * one identity across polls (the fetch time of an undated item is not part of it).
 */
export function itemGuid(
  declared: string | null,
  url: string | null,
  title: string,
  text: string,
  date: Date | null,
): string {
  if (declared) return declared.length <= MAX_GUID_CHARS ? declared : `sha256:${sha256(declared)}`;
  if (url) return url;
  return `sha256:${sha256(`${title}\n${text}\n${date ? date.toISOString() : ''}`)}`;
}

/**
 * Where an item without a link is sent: the outlet's site (the feed's own link, else the feed
 * URL's origin), with a fragment made from its identity. Readers land on the outlet, and the
 * fragment keeps each such item distinct under the store's unique canonical URL.
 */
function siteItemUrl(siteUrl: string | null, feedUrl: string, guid: string): string | null {
  const site = (siteUrl ? canonicalUrl(siteUrl, feedUrl) : null) ?? canonicalUrl(new URL('/', feedUrl).href);
  if (!site) return null;
  const id = guid.startsWith('sha256:') ? guid.slice(7, 23) : sha256(guid).slice(0, 16);
  return `${site}#item-${id}`;
}

/** SHA-256 (hex) of the normalized title and text; changes when an outlet edits the item. */
export function contentHash(title: string, text: string): string {
  return sha256(`${title}\n${text}`);
}

/**
 * The fuller of the item's two bodies: a summary is often a one-line teaser while
 * content:encoded carries the article, and the summary's key points come from the body.
 */
function articleBody(item: ParsedItem): string {
  const summary = item.summary ?? '';
  const content = item.content ?? '';
  return content.length > summary.length ? content : summary;
}

function clampToFetch(date: Date | null, fetchedAt: Date): Date | null {
  if (!date) return null;
  return date.getTime() > fetchedAt.getTime() ? new Date(fetchedAt.getTime()) : date;
}

/**
 * RSS 2.0 allows items with a description and no title: the first sentence of the text stands in
 * for the source list, read through the shared cleaning (article-text.ts) so a byline, a caption
 * or a dateline is not shown as a title. It is marked derived and never heads a story.
 */
function titleFromText(text: string): string {
  if (!text) return '';
  const sentence =
    articleSentences(text, { maxChars: 1_000 })[0]?.[0] ?? text.match(/^.+?[.!?](?=\s|$)/)?.[0] ?? text;
  return sentence.length <= 120 ? sentence : `${sentence.slice(0, 119).trimEnd()}…`;
}

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
