import { join } from 'node:path';
import { createClusterer } from '../../src/cluster';
import { openingOf } from '../../src/edition/same-event';
import { loadEditorialSet } from '../../src/eval/editorial/fixture';
import type { ContentDoc, StorySummary } from '../../src/shared/types';
import { opensAsScene } from '../../src/summarize/scene-openings';
import type { StoryModel } from '../../src/summarize/story-model';
import { analyzeStory, summarizeStory } from '../../src/summarize/summarize-story';
import { stalePlan } from '../../src/summarize/superseded';

/** An article of a fictional outlet, its paragraphs as a scraper delivers them. */
export const doc = (
  id: string,
  outlet: string,
  iso: string,
  title: string,
  paragraphs: string[],
): ContentDoc => ({
  id,
  outlet,
  url: `https://${outlet.toLowerCase().replace(/\W+/g, '')}.example/${id}`,
  publishedAt: new Date(iso),
  title,
  text: paragraphs.join('\n\n'),
});

/** A story's summary as an edition compares it: a headline and its points, each cited to one article. */
export const storySummary = (headline: string, points: string[]): StorySummary => ({
  headline,
  points: points.map((text) => ({ text, sources: ['a'] })),
  outletCount: 2,
  reportCount: 2,
  singleSource: false,
  sources: [],
});

/** A page of an article as the edition's same-event tests read it: its title and paragraphs. */
export interface Page {
  title: string;
  paragraphs: string[];
}

/** A story of the morning as the edition compares it, with its articles' pages. */
export const pagedCandidate = (
  headline: string,
  points: string[],
  pages: Page[],
  outlets = pages.length,
) => ({
  section: 'world',
  summary: { ...storySummary(headline, points), outletCount: outlets },
  opening: openingOf(pages.map((page) => ({ title: page.title, text: page.paragraphs.join('\n\n') }))),
});

/** Articles published a number of hours after `start`, as a feed delivers them (no outlet-derived URL). */
export const reportsFrom =
  (start: number) =>
  (id: string, hours: number, outlet: string, title: string, paragraphs: string[]): ContentDoc => ({
    id,
    outlet,
    title,
    text: paragraphs.join('\n\n'),
    publishedAt: new Date(start + hours * 3_600_000),
    url: `https://example.com/${id}`,
  });

/** A story of the morning as the edition compares it, its only article its headline and points. */
export const editionCandidate = (headline: string, points: string[]) => ({
  section: 'world',
  summary: storySummary(headline, points),
  opening: openingOf([{ title: headline, text: points.join('\n\n') }]),
});

/**
 * A labelled set's articles of one event published from `since` to a morning, as the summarizer
 * reads them (an edition reads the morning's latest burst of reports: pass its start as `since`).
 */
export function labelledDocs(set: string, event: string, morning: Date, since = new Date(0)): ContentDoc[] {
  const [found] = loadEditorialSet(join(__dirname, '../fixtures', set)).filter(
    (each) => each.event === event,
  );
  return (found?.articles ?? [])
    .filter((article) => article.published >= since && article.published <= morning)
    .map((article) =>
      doc(article.id, article.outlet, article.published.toISOString(), article.title, article.paragraphs),
    );
}

/**
 * Whether two labelled events' articles up to a morning, read in publication order by a fresh
 * clusterer, share any story.
 */
export function shareAStory(set: string, events: [string, string], morning: Date): boolean {
  const docs = events
    .flatMap((event) => labelledDocs(set, event, morning))
    .sort((a, b) => (a.publishedAt?.getTime() ?? 0) - (b.publishedAt?.getTime() ?? 0));
  let next = 0;
  const clusterer = createClusterer({ newStoryId: () => `s${++next}`, trackChanges: false });
  const storyOf = new Map(docs.map((doc) => [doc.id, clusterer.add(doc).storyId]));
  const [one, other] = events.map(
    (event) => new Set(docs.filter((doc) => doc.id.startsWith(event)).map((doc) => storyOf.get(doc.id))),
  );
  return [...(one ?? [])].some((story) => other?.has(story) === true);
}

/** A labelled event's story on a morning, summarized from its articles since `since` (the morning's burst). */
export function morningStory(set: string, event: string, morning: string, since?: string): StorySummary {
  const readAt = new Date(morning);
  const docs = labelledDocs(set, event, readAt, since === undefined ? undefined : new Date(since));
  return summarizeStory(docs, { maxPoints: 3, readAt });
}

/** The points of a labelled event's story on a morning (`morningStory`). */
export const morningPoints = (set: string, event: string, morning: string, since?: string): string[] =>
  morningStory(set, event, morning, since).points.map((point) => point.text);

/** The points of a story of the given articles, read on a morning with the email's three points. */
export const pointsAt = (docs: ContentDoc[], readAt: string): string[] =>
  summarizeStory(docs, { maxPoints: 3, readAt: new Date(readAt) }).points.map((point) => point.text);

/** What a reading of the summarizer says of one sentence of a story's articles (a scene, stale, usable…). */
export function readSentence(
  docs: ContentDoc[],
  text: string,
  read: (model: StoryModel, index: number) => boolean,
): boolean {
  const { model } = analyzeStory(docs);
  return read(
    model,
    model.sentences.findIndex((sentence) => sentence.text === text),
  );
}

/** Whether a sentence of the earlier articles is out of date once the later ones are read (superseded.ts stalePlan). */
export function staleAfter(earlier: ContentDoc[], later: ContentDoc[], text: string): boolean {
  return readSentence([...earlier, ...later], text, stalePlan);
}

/** Whether a sentence opening an article, the news told after it, reads as a feature's scene (scene-openings.ts). */
export function sceneBefore(text: string, news: string, title = 'Report'): boolean {
  const page = doc('f', 'Valley Courier', '2031-09-09T10:00:00Z', title, [text, news]);
  return readSentence([page], text, (model, index) => opensAsScene(model, index));
}
