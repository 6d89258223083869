import type { ContentDoc, StorySummary } from '../../src/shared/types';

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
