import { contentTerms } from '../shared/text/terms';
import type { ContentDoc, SummaryPoint } from '../shared/types';
import { outletKey } from '../summarize/outlets';

/**
 * Two properties of a digest that ROUGE does not see:
 * - redundancy: how many pairs of points within a story restate each other, by the overlap
 *   coefficient of their distinct content terms (stemmed, stop words removed):
 *   |A ∩ B| / min(|A|, |B|). It is deliberately simpler than the summarizer's own same-claim
 *   test, so the summarizer cannot pass it by construction;
 * - attribution breadth: how many distinct outlets each point cites, and the share of points
 *   citing more than one, counted over stories that more than one outlet reported.
 */

/**
 * Overlap at which two points count as a restatement. Paraphrases of one fact by different
 * outlets share few words ("Countries … agreed the world's first legally binding treaty on
 * plastic pollution" / "Negotiators from more than 170 countries agreed … a global treaty to curb
 * plastic pollution": 0.45), so the paraphrase level is well below the 0.6 the tests use for a
 * plain repeat; both are reported.
 */
export const PARAPHRASE_OVERLAP = 0.4;
export const REPEAT_OVERLAP = 0.6;

export interface DigestQuality {
  stories: number;
  points: number;
  /** Pairs of points within one story, and those at or above each overlap level. */
  pairs: number;
  paraphrasePairs: number;
  repeatPairs: number;
  /** Over stories with more than one outlet: points, cited outlets summed, points citing 2+. */
  multiOutletStoryPoints: number;
  citedOutlets: number;
  multiOutletPoints: number;
  /** Stories with more than one outlet, and the outlets of each one's most-cited point, summed. */
  multiOutletStories: number;
  widestPointOutlets: number;
}

export function emptyDigestQuality(): DigestQuality {
  return {
    stories: 0,
    points: 0,
    pairs: 0,
    paraphrasePairs: 0,
    repeatPairs: 0,
    multiOutletStoryPoints: 0,
    citedOutlets: 0,
    multiOutletPoints: 0,
    multiOutletStories: 0,
    widestPointOutlets: 0,
  };
}

/** Overlap coefficient of the distinct content terms of two texts (0 when either has none). */
export function termOverlap(a: string, b: string): number {
  const left = new Set(contentTerms(a));
  const right = new Set(contentTerms(b));
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const term of left) if (right.has(term)) shared++;
  return shared / Math.min(left.size, right.size);
}

/** Adds one story's summary to the running totals (mutates and returns `into`). */
export function addStory(into: DigestQuality, docs: ContentDoc[], points: SummaryPoint[]): DigestQuality {
  into.stories++;
  into.points += points.length;
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const overlap = termOverlap(points[i]?.text ?? '', points[j]?.text ?? '');
      into.pairs++;
      if (overlap >= PARAPHRASE_OVERLAP) into.paraphrasePairs++;
      if (overlap >= REPEAT_OVERLAP) into.repeatPairs++;
    }
  }
  const outletOf = new Map(docs.map((doc) => [doc.id, outletKey(doc)]));
  if (new Set(outletOf.values()).size < 2) return into;
  let widest = 0;
  for (const point of points) {
    const outlets = new Set(point.sources.map((id) => outletOf.get(id) ?? id)).size;
    into.multiOutletStoryPoints++;
    into.citedOutlets += outlets;
    if (outlets > 1) into.multiOutletPoints++;
    widest = Math.max(widest, outlets);
  }
  into.multiOutletStories++;
  into.widestPointOutlets += widest;
  return into;
}

function percent(part: number, whole: number): string {
  return `${((100 * part) / Math.max(1, whole)).toFixed(1)}%`;
}

/** Two lines: redundancy, then attribution breadth. */
export function formatDigestQuality(quality: DigestQuality): string[] {
  const perPoint = quality.citedOutlets / Math.max(1, quality.multiOutletStoryPoints);
  const widest = quality.widestPointOutlets / Math.max(1, quality.multiOutletStories);
  return [
    `redundancy: ${percent(quality.paraphrasePairs, quality.pairs)} of ${quality.pairs} point pairs in a ` +
      `story overlap ≥ ${PARAPHRASE_OVERLAP}, ${percent(quality.repeatPairs, quality.pairs)} ≥ ${REPEAT_OVERLAP}`,
    `breadth: ${perPoint.toFixed(2)} outlets per point, ` +
      `${percent(quality.multiOutletPoints, quality.multiOutletStoryPoints)} of points cite 2+, ` +
      `most-cited point ${widest.toFixed(2)} outlets ` +
      `(${quality.multiOutletStoryPoints} points, ${quality.multiOutletStories} stories with 2+ outlets)`,
  ];
}
