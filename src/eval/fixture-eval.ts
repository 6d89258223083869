import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { type ClusterTuning, createClusterer } from '../cluster';
import { BriefError } from '../shared/errors';
import type { ContentDoc } from '../shared/types';
import { canonicalUrl, normalizeFeedItems, parseFeed } from '../sources';
import { type ClusterScores, scoreClustering } from './cluster-metrics';

/** Our own fictional feeds (test/fixtures/feeds): the manifest and its gold events. */
export const FIXTURE_FEEDS_DIR = resolve(__dirname, '../../test/fixtures/feeds');

// The manifest's urls are relative to whatever server serves the folder; any base will do.
const FEED_BASE = 'https://fixtures.example';
// The fixtures are dated 2026; nothing may be dropped as too old.
const KEEP_ALL_HOURS = 24 * 365 * 100;

interface ManifestSource {
  id: string;
  outlet: string;
  url: string;
  section: string;
}

/** One fixture item as the clusterer sees it; `doc.id` is its canonical link. */
export interface FixtureArticle {
  doc: ContentDoc;
  sourceId: string;
}

export interface FixtureMerge {
  /** The events (gold) a predicted story mixes, each with the titles it took from it. */
  events: { event: string; titles: string[] }[];
}

export interface FixtureEvalResult {
  scores: ClusterScores;
  /** Predicted stories holding more than one gold event: the false sources a reader would see. */
  wrongMerges: FixtureMerge[];
  /** Gold events spread over more than one story. */
  splitEvents: string[];
  /** Final story per article id (merges resolved). */
  assigned: Map<string, string>;
}

/**
 * Reads every feed of the manifest through the sources stage (parseFeed + normalizeFeedItems, as
 * ingest does) and returns the articles in the order production clusters them: by
 * publication time, ties in manifest order.
 */
export async function readFixtureArticles(dir = FIXTURE_FEEDS_DIR): Promise<FixtureArticle[]> {
  const manifest = parse(await readFile(join(dir, 'sources.yaml'), 'utf8')) as { sources: ManifestSource[] };
  const articles: FixtureArticle[] = [];
  for (const source of manifest.sources) {
    const feedUrl = `${FEED_BASE}${source.url}`;
    const items = await parseFeed(await readFile(join(dir, source.url)), null, feedUrl);
    const fetchedAt = new Date(Math.max(0, ...items.map((item) => item.publishedAt?.getTime() ?? 0)));
    const context = { source, feedUrl, fetchedAt, maxArticleAgeHours: KEEP_ALL_HOURS, newId: () => '' };
    for (const article of (await normalizeFeedItems(items, context)).articles) {
      articles.push({
        sourceId: source.id,
        doc: {
          id: article.url,
          title: article.title,
          text: article.text,
          publishedAt: article.publishedAt,
          outlet: article.outlet,
          url: article.url,
        },
      });
    }
  }
  const time = (article: FixtureArticle): number => article.doc.publishedAt?.getTime() ?? 0;
  return articles
    .map((article, order) => ({ article, order }))
    .sort((a, b) => time(a.article) - time(b.article) || a.order - b.order)
    .map(({ article }) => article);
}

/** events.yaml: event id → links; returns canonical link → event id. */
export async function readFixtureGold(dir = FIXTURE_FEEDS_DIR): Promise<Map<string, string>> {
  const parsed = parse(await readFile(join(dir, 'events.yaml'), 'utf8')) as {
    events: Record<string, string[]>;
  };
  const gold = new Map<string, string>();
  for (const [event, links] of Object.entries(parsed.events)) {
    for (const link of links) {
      const url = canonicalUrl(link, FEED_BASE);
      if (!url) throw new BriefError('cluster', 'BAD_GOLD', `events.yaml: ${event}: not a link: ${link}`);
      if (gold.has(url)) throw new BriefError('cluster', 'BAD_GOLD', `events.yaml: ${link} is listed twice`);
      gold.set(url, event);
    }
  }
  return gold;
}

/**
 * Clusters the fixture articles the way a new installation would: the production clusterer
 * with the production window (72 h) and empty memory (no stories, no learned IDF).
 */
export function clusterColdStart(
  articles: readonly FixtureArticle[],
  tuning: Partial<ClusterTuning> = {},
): Map<string, string> {
  let next = 0;
  const clusterer = createClusterer({ windowHours: 72, newStoryId: () => `f${++next}`, tuning });
  const raw = articles.map((article) => clusterer.add(article.doc).storyId);
  return new Map(articles.map((article, index) => [article.doc.id, clusterer.resolve(raw[index]!)]));
}

function groupBy<K, V>(entries: Iterable<[K, V]>): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const [key, value] of entries) groups.set(key, [...(groups.get(key) ?? []), value]);
  return groups;
}

function wrongMergesOf(
  articles: readonly FixtureArticle[],
  gold: ReadonlyMap<string, string>,
  assigned: ReadonlyMap<string, string>,
): FixtureMerge[] {
  const byStory = groupBy(articles.map((article) => [assigned.get(article.doc.id) ?? '', article]));
  const merges: FixtureMerge[] = [];
  for (const members of byStory.values()) {
    const byEvent = groupBy(members.map((article) => [gold.get(article.doc.id) ?? '?', article.doc.title]));
    if (byEvent.size < 2) continue;
    merges.push({ events: [...byEvent].map(([event, titles]) => ({ event, titles })) });
  }
  return merges;
}

/** Cold-start clustering of the fixture feeds against events.yaml. */
export async function evaluateFixtures(
  tuning: Partial<ClusterTuning> = {},
  dir = FIXTURE_FEEDS_DIR,
): Promise<FixtureEvalResult> {
  const articles = await readFixtureArticles(dir);
  const gold = await readFixtureGold(dir);
  const unlabelled = articles.filter((article) => !gold.has(article.doc.id));
  if (unlabelled.length > 0) {
    const links = unlabelled.map((article) => article.doc.url).join(', ');
    throw new BriefError('cluster', 'BAD_GOLD', `events.yaml has no event for ${links}`);
  }
  const assigned = clusterColdStart(articles, tuning);
  const storiesPerEvent = groupBy([...gold].map(([id, event]) => [event, assigned.get(id)]));
  return {
    scores: scoreClustering(gold, assigned),
    wrongMerges: wrongMergesOf(articles, gold, assigned),
    splitEvents: [...storiesPerEvent]
      .filter(([, stories]) => new Set(stories).size > 1)
      .map(([event]) => event),
    assigned,
  };
}

/** The wrong merges as indented text lines, one per event inside each mixed story. */
export function describeMerges(merges: readonly FixtureMerge[]): string[] {
  return merges.flatMap((merge, index) => [
    `  story ${index + 1}:`,
    ...merge.events.map(({ event, titles }) => `    ${event}: ${titles.map((t) => `"${t}"`).join(' + ')}`),
  ]);
}
