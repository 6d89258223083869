import { escapeHtml } from '../shared/escape-html';
import { FeedError } from './feed-error';
import type { ParsedItem } from './types';

/** JSON Feed 1.0 and 1.1 both declare their version as a URL under this prefix. */
const VERSION_PREFIX = 'https://jsonfeed.org/version/';
/**
 * A body that opens like a JSON object is read as JSON Feed. The bytes decide, not the
 * Content-Type: servers label XML feeds `application/json` and JSON feeds `text/plain`.
 */
export function looksLikeJson(text: string): boolean {
  return /^\s*\{/.test(text.slice(0, 64));
}

/**
 * Reads a JSON Feed (https://jsonfeed.org/version/1.1) into the same raw items as RSS and
 * Atom, so one normalization and the same limits apply. Relative URLs resolve against the
 * feed URL; `content_text` is escaped so plain text never turns into markup.
 * Throws FeedError `not_a_feed` for JSON that is not a JSON Feed and `parse_error` for bad JSON.
 */
export function parseJsonFeed(text: string, baseUrl: string | undefined): ParsedItem[] {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new FeedError('parse_error', 'the JSON feed cannot be parsed', {}, { cause: error });
  }
  const feed = record(document);
  const version = str(feed.version);
  if (!version?.startsWith(VERSION_PREFIX) || !Array.isArray(feed.items)) {
    throw new FeedError('not_a_feed', 'the body is JSON but not a JSON Feed');
  }
  const siteUrl = resolve(str(feed.home_page_url), baseUrl);
  const feedLanguage = str(feed.language);
  return feed.items.map((raw) => toParsedItem(record(raw), { baseUrl, siteUrl, feedLanguage }));
}

interface FeedContext {
  baseUrl: string | undefined;
  siteUrl: string | null;
  feedLanguage: string | null;
}

function toParsedItem(item: Record<string, unknown>, context: FeedContext): ParsedItem {
  const html = str(item.content_html);
  const plain = str(item.content_text);
  return {
    // JSON Feed ids are strings, but 1.0 feeds in the wild also use numbers.
    guid: str(item.id) ?? (typeof item.id === 'number' ? String(item.id) : null),
    link: resolve(str(item.url) ?? str(item.external_url), context.baseUrl),
    title: escapeHtml(str(item.title) ?? ''),
    summary: escapeHtml(str(item.summary) ?? ''),
    content: html ?? (plain ? textToHtml(plain) : ''),
    publishedAt: date(item.date_published),
    updatedAt: date(item.date_modified),
    author: authorOf(item),
    siteUrl: context.siteUrl,
    language: str(item.language) ?? context.feedLanguage,
  };
}

/** `authors` (1.1) or the single `author` (1.0). */
function authorOf(item: Record<string, unknown>): string | null {
  const authors = Array.isArray(item.authors) ? item.authors : [item.author];
  for (const author of authors) {
    const name = str(record(author).name);
    if (name) return name;
  }
  return null;
}

function textToHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
    .join('');
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function date(value: unknown): Date | null {
  const text = str(value);
  if (!text) return null;
  const parsed = new Date(text);
  return Number.isNaN(parsed.getTime()) ? null : parsed;
}

function resolve(url: string | null, base: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}
