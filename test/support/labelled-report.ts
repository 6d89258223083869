import type { LabelledArticle } from '../../src/eval/editorial/fixture';

/** A fictional report as a feed would carry it, for runEditions (labels are not needed). */
export function report(
  id: string,
  outlet: string,
  published: string,
  title: string,
  paragraphs: string[],
): LabelledArticle {
  return {
    id,
    event: 'test-event',
    outlet,
    url: `https://${outlet.toLowerCase().replace(/\W+/g, '')}.example/${id}`,
    title,
    published: new Date(published),
    report: id,
    wire: null,
    paragraphs,
    sentences: [],
  };
}
