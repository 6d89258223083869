import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type IngestedArticle, normalizeItem, parseFeed } from '../../src/sources';
import { FEEDS_DIR, FIXTURE_NOW, type ManifestSource, readManifest } from './helpers/fixtures';

/**
 * The fixture set is what the demo and the end-to-end test run on, so its promises are checked
 * here: every feed parses, has enough items, and every world event is told by several outlets.
 */

/** Each event of the fixture set and a pattern only its articles match (title or lead). */
const WORLD_EVENTS: Record<string, RegExp> = {
  'earthquake off southern Peru': /\bPeru/,
  'plastics treaty agreed in Geneva': /\bplastic/i,
  'floods in Rio Grande do Sul': /Rio Grande do Sul|Taquari/,
  'eruption near Grindavík': /Grindavík|Reykjanes/,
  'container ship aground in the Suez Canal': /\bSuez\b/,
  'blackout in Argentina': /Argentin.*(blackout|power)|(blackout|power).*Argentin/i,
  'bushfire near Perth': /\bPerth\b/,
};
const BUSINESS_EVENTS: Record<string, RegExp> = {
  'Aldermoor–Kestrel merger': /Aldermoor/,
  'North Sea pipeline outage lifts oil': /North Sea/,
  'Nordvik Air cabin crew strike': /Nordvik/,
};
const SCIENCE_EVENTS: Record<string, RegExp> = {
  'water vapour on TOI-4417 b': /TOI-4417/,
  'antibiotic from soil bacteria': /antibiotic/i,
  'record low Antarctic sea ice': /Antarctic.*sea ice|sea ice.*Antarctic/is,
};

interface LoadedFeed {
  source: ManifestSource;
  body: Buffer;
  articles: IngestedArticle[];
  skipped: number;
}

async function loadFeed(source: ManifestSource): Promise<LoadedFeed> {
  const body = readFileSync(join(FEEDS_DIR, source.url));
  const feedUrl = `http://127.0.0.1:8080${source.url}`;
  const items = await parseFeed(body, null, feedUrl);
  const context = { source, feedUrl, fetchedAt: FIXTURE_NOW, maxArticleAgeHours: 96, newId: () => 'id' };
  const results = items.map((item) => normalizeItem(item, context));
  const articles = results.flatMap((result) => (result.ok ? [result.article] : []));
  return { source, body, articles, skipped: results.length - articles.length };
}

function outletsReporting(feeds: LoadedFeed[], pattern: RegExp): string[] {
  const outlets = feeds
    .filter((feed) => feed.articles.some((article) => pattern.test(`${article.title} ${article.text}`)))
    .map((feed) => feed.source.outlet);
  return [...new Set(outlets)];
}

describe('fixture feeds (test/fixtures/feeds)', () => {
  const manifest = readManifest();
  let feeds: LoadedFeed[];

  beforeAll(async () => {
    feeds = await Promise.all(manifest.map(loadFeed));
  });

  it('lists at least 10 outlets across world, business and science', () => {
    const outlets = new Set(manifest.map((source) => source.outlet));
    expect(outlets.size).toBeGreaterThanOrEqual(10);
    const outletsIn = (section: string) =>
      new Set(manifest.filter((source) => source.section === section).map((source) => source.outlet)).size;
    expect(outletsIn('world')).toBeGreaterThanOrEqual(7);
    expect(outletsIn('business')).toBeGreaterThanOrEqual(3);
    expect(outletsIn('science')).toBeGreaterThanOrEqual(3);
    for (const source of manifest) expect(source.url).toMatch(/^\/[a-z0-9-]+\.xml$/);
  });

  it('mixes RSS 2.0, Atom (at least 3) and RSS 1.0', () => {
    const roots = feeds.map((feed) => /<(rss|feed|rdf:RDF)[\s>]/.exec(feed.body.toString('utf8'))?.[1]);
    expect(roots.filter((root) => root === 'feed').length).toBeGreaterThanOrEqual(3);
    expect(roots.filter((root) => root === 'rss').length).toBeGreaterThanOrEqual(3);
    expect(roots).toContain('rdf:RDF');
  });

  it('every feed parses into 10–20 clean articles dated within the fixture window', () => {
    for (const feed of feeds) {
      expect({ feed: feed.source.id, skipped: feed.skipped }).toEqual({ feed: feed.source.id, skipped: 0 });
      expect(feed.articles.length).toBeGreaterThanOrEqual(10);
      expect(feed.articles.length).toBeLessThanOrEqual(20);
      for (const article of feed.articles) {
        expect(article.url).toMatch(/^https:\/\/[a-z0-9.-]+\.example\//);
        expect(article.url).not.toMatch(/utm_|at_medium|cmpid|#/);
        expect(`${article.title} ${article.text}`).not.toMatch(
          /[<>]|&[a-z]+;|&#\d+;|Read more|Continue reading/,
        );
        expect(article.publishedAt?.getTime()).toBeGreaterThanOrEqual(Date.parse('2026-11-27T00:00:00Z'));
        expect(article.publishedAt?.getTime()).toBeLessThanOrEqual(Date.parse('2026-11-28T06:00:00Z'));
      }
    }
  });

  it('ends at 2026-11-28T06:00Z exactly (an Atom update of the newest story)', () => {
    const newest = Math.max(
      ...feeds.flatMap((feed) => feed.articles.map((article) => article.publishedAt?.getTime() ?? 0)),
    );
    expect(new Date(newest).toISOString()).toBe('2026-11-28T05:55:00.000Z');
    const updated = feeds.flatMap((feed) => [...feed.body.toString('utf8').matchAll(/<updated>([^<]+)</g)]);
    expect(Math.max(...updated.map((match) => Date.parse(match[1] ?? '')))).toBe(
      Date.parse('2026-11-28T06:00:00Z'),
    );
  });

  it.each(Object.entries(WORLD_EVENTS))('world event "%s" is reported by 3–7 outlets', (_event, pattern) => {
    const outlets = outletsReporting(
      feeds.filter((feed) => feed.source.section === 'world'),
      pattern,
    );
    expect(outlets.length).toBeGreaterThanOrEqual(3);
    expect(outlets.length).toBeLessThanOrEqual(7);
  });

  it.each(Object.entries({ ...BUSINESS_EVENTS, ...SCIENCE_EVENTS }))(
    'business/science event "%s" is reported by 3 outlets',
    (_event, pattern) => {
      const outlets = outletsReporting(
        feeds.filter((feed) => feed.source.section !== 'world'),
        pattern,
      );
      expect(outlets.length).toBeGreaterThanOrEqual(3);
    },
  );

  it('tells each story in different words', () => {
    const titles = feeds.flatMap((feed) => feed.articles.map((article) => article.title.toLowerCase()));
    expect(new Set(titles).size).toBe(titles.length);
  });
});
