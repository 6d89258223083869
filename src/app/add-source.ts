import { BriefError } from '../shared/errors';
import { discoverFeedLinks, FeedError, fetchFeed, parseFeed } from '../sources';
import type { SourceRow } from '../store';
import type { AppContext } from './context';

export interface AddSourceRequest {
  /** A feed URL, or a site whose pages announce their feed. */
  url: string;
  section?: string;
  outlet?: string;
  id?: string;
}

export interface AddedSource {
  source: SourceRow;
  /** True when the URL was a page and the feed was found through its `<link rel="alternate">`. */
  discovered: boolean;
  /** Items the validating fetch found. */
  items: number;
}

const MAX_ID_CHARS = 48;

/**
 * `brief sources add`: finds the feed behind `url` (the URL itself, or the first feed its page
 * announces), fetches and parses it once to validate it, and stores it as a source due now.
 * Every refusal (bad URL, unknown section, unreachable, not a feed, already a source) throws a
 * BriefError saying why, and nothing is stored.
 */
export async function addSource(context: AppContext, request: AddSourceRequest): Promise<AddedSource> {
  const { config } = context;
  const start = httpUrl(request.url);
  const section = request.section ?? config.defaultSections[0] ?? 'world';
  if (!config.sections.some((known) => known.id === section)) {
    const known = config.sections.map((known) => known.id).join(', ');
    throw refusal('SOURCES_UNKNOWN_SECTION', `unknown section "${section}" (configured: ${known})`);
  }
  const found = await findFeed(context, start);
  const existing = await context.store.sources.findByUrl(found.url);
  if (existing) throw refusal('SOURCES_DUPLICATE', `${found.url} is already source "${existing.id}"`);

  const host = new URL(found.url).hostname.replace(/^www\./, '');
  const outlet = request.outlet?.trim() || host;
  const id = request.id ?? (await freeId(context, slug(`${outlet}-${section}`)));
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id))
    throw refusal('SOURCES_BAD_ID', `"${id}" is not a valid id (a-z, 0-9, -)`);
  const added = await context.store.sources.addFromCli(
    { id, outlet, url: found.url, section },
    context.now(),
  );
  if (!added) throw refusal('SOURCES_DUPLICATE', `a source with id "${id}" already exists`);
  const source = await context.store.sources.get(id);
  if (!source) throw new BriefError('sources', 'SOURCES_LOST', `source ${id} vanished after it was added`);
  return { source, discovered: found.url !== start, items: found.items };
}

/** The feed at `url`, or the first working feed its page links to. */
async function findFeed(context: AppContext, url: string): Promise<{ url: string; items: number }> {
  const first = await fetchOnce(context, url);
  try {
    return { url: first.url, items: (await parseFeed(first.body, first.contentType, first.finalUrl)).length };
  } catch (error) {
    if (!(error instanceof FeedError) || error.kind !== 'not_a_feed')
      throw refusal('SOURCES_PARSE', why(error));
  }
  const candidates = discoverFeedLinks(first.body.toString('utf8'), first.finalUrl);
  if (candidates.length === 0) {
    throw refusal(
      'SOURCES_NO_FEED',
      `${url} is not a feed and its page announces none (no <link rel="alternate">)`,
    );
  }
  const problems: string[] = [];
  for (const candidate of candidates) {
    try {
      const feed = await fetchOnce(context, candidate);
      return { url: feed.url, items: (await parseFeed(feed.body, feed.contentType, feed.finalUrl)).length };
    } catch (error) {
      problems.push(`${candidate}: ${why(error)}`);
    }
  }
  throw refusal('SOURCES_NO_FEED', `no working feed among those ${url} announces (${problems.join('; ')})`);
}

async function fetchOnce(context: AppContext, url: string) {
  const result = await fetchFeed(
    { url, etag: null, lastModified: null },
    { ...context.config.ingest, fetch, now: context.now() },
  );
  if (result.kind === 'failed')
    throw refusal('SOURCES_FETCH', `${url}: ${result.failure.message.replace(/^sources: /, '')}`);
  if (result.kind === 'not_modified') throw refusal('SOURCES_FETCH', `${url} answered 304 to a plain GET`);
  // A permanent redirect is where the source lives from now on; relative links resolve against
  // wherever the body finally came from.
  return {
    body: result.body,
    contentType: result.contentType,
    finalUrl: result.url,
    url: result.movedTo ?? url,
  };
}

function httpUrl(value: string): string {
  try {
    const url = new URL(value);
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname) return url.href;
  } catch {
    // reported below
  }
  throw refusal('SOURCES_BAD_URL', `"${value}" is not an http(s) URL`);
}

async function freeId(context: AppContext, base: string): Promise<string> {
  for (let n = 1; ; n += 1) {
    const id = n === 1 ? base : `${base}-${n}`;
    if (!(await context.store.sources.get(id))) return id;
  }
}

function slug(value: string): string {
  const cleaned = value
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return (cleaned || 'source').slice(0, MAX_ID_CHARS).replace(/-+$/, '');
}

function why(error: unknown): string {
  if (error instanceof BriefError) return error.message.replace(/^sources: /, '');
  return error instanceof Error ? error.message : String(error);
}

function refusal(code: string, message: string): BriefError {
  return new BriefError('sources', code, message);
}
