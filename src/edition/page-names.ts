import type { StorySummary } from '../shared/types';
import { eventNames, type OpeningWords } from './rare-names';

/**
 * One page of an event as a story of its own: a guidebook's update list, a seizure register's
 * record, a column printed a day after the news. Such pages open with words of their own kind
 * ("Book updates: Central Asia", "Record PW-2028-0412", a columnist's scene), so neither the
 * clusterer, which reads titles and openings, nor the headline and point tests find the event
 * they belong to; their points are then the page's own lines. What a page names anywhere in its
 * text still gives it away: a candidate with a single outlet joins the one candidate of the
 * morning with which it shares the most names no other candidate writes, when those are at
 * least `PAGE_NAMES`, more than `PAGE_SHARE` of the names the page shares with at most one other
 * candidate, and more than it shares with any other. One actor's two events share the actor's
 * names, but each page names things of its own event (a ship, a village, a stone) that the
 * other story does not, which keeps its share at half or under. docs/clustering.md ("One story
 * per event").
 */

/** Fewest names no third candidate writes that a page must share with the story it joins. */
export const PAGE_NAMES = 2;
/** Share of the page's names (those at most one other candidate writes) that must be exceeded. */
export const PAGE_SHARE = 0.5;

interface PageSide {
  section: string;
  single: boolean;
  names: Set<string>;
}

/**
 * The test over the morning's candidates: `(i, j)` is true when one of them is a single outlet's
 * page whose names lead to the other (see above).
 */
export function pageShared(
  stories: readonly { section: string; summary: StorySummary; opening?: { page: OpeningWords } }[],
): (i: number, j: number) => boolean {
  const lower = new Set<string>();
  for (const story of stories) for (const term of story.opening?.page.lower ?? []) lower.add(term);
  const sides: PageSide[] = stories.map(({ section, summary, opening }) => ({
    section,
    single: summary.outletCount === 1,
    names: new Set(eventNames(opening?.page.names ?? [], lower).filter((name) => !/^\d+$/.test(name))),
  }));
  const counts = new Map<string, number>();
  for (const side of sides) for (const name of side.names) counts.set(name, (counts.get(name) ?? 0) + 1);
  const joins = new Map<number, number>();
  sides.forEach((side, i) => {
    if (!side.single) return;
    const own = [...side.names].filter((name) => (counts.get(name) ?? 0) <= 2);
    let best = 0;
    let second = 0;
    let bestIndex = -1;
    sides.forEach((other, j) => {
      if (j === i || other.section !== side.section) return;
      const shared = own.filter((name) => other.names.has(name)).length;
      if (shared > best) {
        second = best;
        best = shared;
        bestIndex = j;
      } else if (shared > second) second = shared;
    });
    if (best >= PAGE_NAMES && best > second && best > PAGE_SHARE * own.length) joins.set(i, bestIndex);
  });
  return (i, j) => joins.get(i) === j || joins.get(j) === i;
}
