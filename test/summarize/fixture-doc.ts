import type { ContentDoc } from '../../src/shared/types';

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
