import {
  FeedError,
  type IngestedArticle,
  type NormalizeResult,
  normalizeItem,
  type ParsedItem,
  parseFeed,
} from '../../src/sources';
import { edgeFixture, FIXTURE_NOW, fixture } from './helpers/fixtures';

const FEED_URL = 'http://127.0.0.1:8080/feed.xml';

function normalizeAll(items: ParsedItem[]): NormalizeResult[] {
  const source = { id: 'edge', outlet: 'Edge Outlet', section: 'world' };
  let next = 0;
  const context = {
    source,
    feedUrl: FEED_URL,
    fetchedAt: FIXTURE_NOW,
    maxArticleAgeHours: 96,
    newId: () => `a${next++}`,
  };
  return items.map((item) => normalizeItem(item, context));
}

function articlesOf(results: NormalizeResult[]): IngestedArticle[] {
  return results.flatMap((result) => (result.ok ? [result.article] : []));
}

async function parseError(body: Buffer, contentType?: string): Promise<FeedError> {
  const error = await parseFeed(body, contentType, FEED_URL).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof FeedError)) throw new Error(`expected a FeedError, got ${String(error)}`);
  return error;
}

describe('parseFeed and normalizeItem on hostile input', () => {
  let articles: IngestedArticle[];
  let results: NormalizeResult[];

  beforeAll(async () => {
    results = normalizeAll(await parseFeed(edgeFixture('hostile-feed.xml'), 'application/rss+xml', FEED_URL));
    articles = articlesOf(results);
  });

  it('keeps the harmless items and rejects javascript:, data: and credential links', () => {
    expect(articles).toHaveLength(7);
    expect(results.filter((result) => !result.ok)).toEqual([
      { ok: false, reason: 'invalid_url' },
      { ok: false, reason: 'invalid_url' },
      { ok: false, reason: 'invalid_url' },
      { ok: false, reason: 'invalid_url' },
    ]);
  });

  it('lets no markup, script, handler, javascript: or data: into any field', () => {
    for (const article of articles) {
      for (const value of [article.title, article.text, article.url, article.guid, article.outlet]) {
        expect(value).not.toContain('<');
        expect(value).not.toMatch(/javascript:|vbscript:|data:/i);
        expect(value).not.toMatch(/\bon[a-z]+\s*=/i);
        expect(value).not.toMatch(/<script|document\.cookie|display:\s*none|steal\(\)/i);
        expect(value).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B\u00AD]/);
      }
      expect(article.url).toMatch(/^https?:\/\//);
    }
  });

  it('still extracts the readable text', () => {
    const byGuid = new Map(articles.map((article) => [article.guid, article]));
    expect(byGuid.get('hostile-1')).toMatchObject({
      title: 'Ordinary headline with markup',
      text: 'Lead paragraph continues here.\n\nclick me data link mixed case',
      url: 'https://hostile.example/articles/1?id=1',
    });
    expect(byGuid.get('hostile-2')?.title).toBe('Bold title');
    expect(byGuid.get('hostile-6')?.text).toBe('Escaped twice, still text.');
    expect(byGuid.get('hostile-8')?.text).toBe('Before after end');
    expect(byGuid.get('hostile-9')?.url).toBe('https://hostile.example/articles/9');
  });
});

describe('parseFeed on broken input', () => {
  it('refuses an HTML page as not a feed', async () => {
    const error = await parseError(edgeFixture('not-a-feed.html'), 'text/html; charset=utf-8');
    expect(error.kind).toBe('not_a_feed');
    expect(error.code).toBe('SOURCES_NOT_A_FEED');
    expect(error.message).toBe(
      'sources: the URL returned an HTML page, not a feed (Content-Type text/html; charset=utf-8)',
    );
  });

  it('refuses JSON and plain text as not a feed', async () => {
    expect((await parseError(Buffer.from('{"version":"https://jsonfeed.org/version/1.1"}'))).kind).toBe(
      'not_a_feed',
    );
    expect((await parseError(Buffer.from('service temporarily unavailable'))).kind).toBe('not_a_feed');
  });

  it('refuses a truncated feed instead of silently dropping its tail', async () => {
    const error = await parseError(edgeFixture('truncated-feed.xml'));
    expect(error.kind).toBe('parse_error');
    expect(error.message).toMatch(/^sources: the feed is truncated/);
  });

  it('tolerates undeclared entities and stray ampersands', async () => {
    const body = Buffer.from(
      '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>Q&amp;A: Fish & Chips &nbsp; AT&T wins</title>' +
        '<link>https://x.example/a</link></item></channel></rss>',
    );
    const [article] = articlesOf(normalizeAll(await parseFeed(body)));
    expect(article?.title).toBe('Q&A: Fish & Chips AT&T wins');
  });
});

describe('parseFeed on messy but valid feeds', () => {
  it('handles duplicate and missing guids, missing, broken and future dates', async () => {
    const results = normalizeAll(await parseFeed(edgeFixture('duplicates-feed.xml'), null, FEED_URL));
    const skipped = results.flatMap((result) => (result.ok ? [] : [result.reason]));
    expect(skipped.sort()).toEqual(['empty', 'invalid_url', 'too_old']);
    const byUrl = new Map(articlesOf(results).map((article) => [article.url, article]));
    expect(byUrl.get('http://127.0.0.1:8080/news/first-story')?.guid).toBe('messy-1');
    expect(byUrl.get('https://messy.example/news/no-guid')?.guid).toBe('https://messy.example/news/no-guid');
    // Undated items take the fetch time, marked as an estimate.
    expect(byUrl.get('https://messy.example/news/undated')).toMatchObject({
      publishedAt: FIXTURE_NOW,
      publishedEstimated: true,
    });
    expect(byUrl.get('https://messy.example/news/broken-date')?.publishedEstimated).toBe(true);
    expect(byUrl.get('https://messy.example/news/future')?.publishedEstimated).toBe(false);
    expect(byUrl.get('https://messy.example/news/future')?.publishedAt).toEqual(FIXTURE_NOW);
    // An untitled item shows its first sentence, read past a byline, and is marked: it heads no story.
    expect(byUrl.get('https://messy.example/news/untitled')).toMatchObject({
      title: 'A story without a title gets its first sentence as the title.',
      titleDerived: true,
    });
    expect(byUrl.get('https://messy.example/news/untitled-byline')).toMatchObject({
      title: 'A second untitled story opens with its byline, which is no title.',
      titleDerived: true,
    });
    expect(byUrl.get('http://127.0.0.1:8080/news/first-story')?.titleDerived).toBe(false);
    expect(byUrl.get('https://messy.example/news/permalink-guid')).toBeDefined();
  });

  it('decodes ISO-8859-1 and windows-1252 feeds', async () => {
    const latin1 = articlesOf(
      normalizeAll(await parseFeed(edgeFixture('latin1-feed.xml'), 'text/xml', FEED_URL)),
    );
    expect(latin1.map((article) => article.title)).toContain(
      "À Genève, la fête de l'Escalade attire des milliers de coureurs",
    );
    expect(latin1.map((article) => article.text).join(' ')).toContain('Façade, coeur et naïveté');
    const cp1252 = articlesOf(
      normalizeAll(await parseFeed(edgeFixture('windows-1252-feed.xml'), null, FEED_URL)),
    );
    expect(cp1252[0]?.title).toBe('Harbour fees rise to €12 – “a fair price”, says board');
  });

  it('prefers feedburner:origLink over the redirector link', async () => {
    const [item] = await parseFeed(fixture('meridian-post-world.xml'));
    expect(item?.link).toMatch(/^https:\/\/www\.meridianpost\.example\/world\//);
  });

  it('resolves relative Atom links against xml:base', async () => {
    const [item] = await parseFeed(fixture('continental-observer-science.xml'), null, FEED_URL);
    expect(item?.link).toMatch(/^https:\/\/www\.continental-observer\.example\/en\/science\//);
  });

  it('reports a guid only when the feed declares one', async () => {
    const items = await parseFeed(edgeFixture('duplicates-feed.xml'), null, FEED_URL);
    expect(items.find((item) => item.title.startsWith('No guid, so'))?.guid).toBeNull();
    const rdf = await parseFeed(fixture('lakeside-herald-world.xml'));
    expect(rdf[0]?.guid).toMatch(/^https:\/\/www\.lakesideherald\.example\//);
  });
});
