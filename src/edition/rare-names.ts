import { CALENDAR_WORDS, EVERY_REPORT_WORDS } from '../shared/text/calendar';
import { INSTITUTION_WORDS } from '../shared/text/institutions';
import { contentTerms, namesIn, termDice } from '../shared/text/terms';
import type { StorySummary } from '../shared/types';

/**
 * One event as two stories whose words differ: a company's "Operational update – Khazar-7
 * incident" beside a podcast's "Who pays when a platform burns?", a tea broker's market report
 * beside the strike news it reports on. What gives them away is what they name: a platform, a
 * village, a company's plant that no other story of the morning names. Two candidates are one
 * event when they share at least `RARE_NAMES` such names, at least `RARE_WORDS` words no other
 * candidate uses, and `RARE_DICE` of their words. A name counts only when the morning's texts
 * never write it in lower case (so "Svishtov" is one) and it is no day, no month and no word
 * institutions are named with ("District", "Office", "Senate"). One actor's two events (a
 * company's blast and its recall) share the actor's names but seldom three of its event's words.
 * docs/clustering.md ("One story per event").
 */

export const RARE_NAMES = 2;
export const RARE_WORDS = 3;
export const RARE_DICE = 0.15;

/** Days, months and time zones ("19:52 GMT"): written capitalized, they name no event. */
const CALENDAR: ReadonlySet<string> = new Set(
  [...CALENDAR_WORDS, ...'gmt utc cet cest eet eest msk est edt pst pdt'.split(' ')].flatMap((word) =>
    contentTerms(word),
  ),
);
/**
 * Words any report writes (a saying, a part of the day): on a morning of few stories no other
 * candidate may use them, and they still tell no event.
 */
const EVERY_REPORT: ReadonlySet<string> = new Set(contentTerms(EVERY_REPORT_WORDS.join(' ')));
/** Words institutions are named with, and their portfolios (shared/text/institutions.ts). */
const INSTITUTION: ReadonlySet<string> = new Set(contentTerms(INSTITUTION_WORDS.join(' ')));
const DIGIT = /^\d$/;

/**
 * The names that may tell an event: those the morning's texts never write in lower case, and no
 * day, month or word institutions are named with (capitalized in any story).
 */
export function eventNames(names: Iterable<string>, lower: ReadonlySet<string>): string[] {
  return [...names].filter((name) => !lower.has(name) && !CALENDAR.has(name) && !INSTITUTION.has(name));
}

/** What an article's opening writes: the names it uses and the terms it writes in lower case. */
export interface OpeningWords {
  names: Set<string>;
  lower: Set<string>;
}

interface Side {
  terms: Set<string>;
  names: Set<string>;
  words: Set<string>;
}

function countIn<T>(sets: readonly Set<T>[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const set of sets) for (const item of set) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

function sharedRare<T>(a: Set<T>, b: Set<T>, counts: Map<T, number>, skip?: (item: T) => boolean): number {
  let shared = 0;
  for (const item of a) if (b.has(item) && counts.get(item) === 2 && !skip?.(item)) shared++;
  return shared;
}

/**
 * The test over the morning's candidates: `(i, j)` is true when candidates i and j share names
 * and words no other candidate has (see above).
 */
export function rareShared(
  stories: readonly { summary: StorySummary; opening?: OpeningWords }[],
): (i: number, j: number) => boolean {
  const lower = new Set<string>();
  for (const story of stories) for (const term of story.opening?.lower ?? []) lower.add(term);
  const sides: Side[] = stories.map(({ summary, opening }) => {
    const texts = [summary.headline, ...summary.points.map((point) => point.text)];
    const terms = new Set(texts.flatMap((text) => contentTerms(text)));
    const written = new Set([...(opening?.names ?? []), ...texts.flatMap((text) => [...namesIn(text)])]);
    const names = new Set(eventNames(written, lower));
    const words = new Set([...terms].filter((term) => !written.has(term)));
    return { terms, names, words };
  });
  const nameCounts = countIn(sides.map((side) => side.names));
  const termCounts = countIn(sides.map((side) => side.terms));
  return (i, j) => {
    const a = sides[i];
    const b = sides[j];
    if (a === undefined || b === undefined) return false;
    return (
      sharedRare(a.names, b.names, nameCounts) >= RARE_NAMES &&
      sharedRare(a.words, b.words, termCounts, (term) => DIGIT.test(term) || EVERY_REPORT.has(term)) >=
        RARE_WORDS &&
      termDice(a.terms, b.terms) >= RARE_DICE
    );
  };
}
