import { CALENDAR_WORDS } from '../shared/text/calendar';
import { contentTerms, isNumber, stem } from '../shared/text/terms';
import type { EditionContent, StorySummary } from '../shared/types';

const DAY_MS = 24 * 3_600_000;

/**
 * The slots whose editions this slot's readers received on the mornings before, newest first:
 * editions are built per hour and a reader's digest is due at the same local hour each day, so
 * those are the slots whole days earlier (docs/email.md "Yesterday's story, unchanged"). As many
 * days as a story stays a candidate, and one more, so a story left out one morning is not shown
 * again the next when still nothing was added.
 */
export function daySlotsBefore(slot: string, lookbackHours: number): string[] {
  const days = Math.ceil(lookbackHours / 24) + 1;
  const at = new Date(slot).getTime();
  return Array.from({ length: days }, (_, i) => new Date(at - (i + 1) * DAY_MS).toISOString());
}

/**
 * Share of a point's words (content terms, figures included) that one point shown before must hold
 * for the point to tell nothing new: the same sentence in another outlet's copy ("…the second
 * test at Newlands on Wednesday…" for "…the second Test at Newlands in Cape Town on Wednesday…")
 * is not news the second morning. Its figures must all be in that point: "The death toll rose to
 * 23 on Friday" was not shown by "The death toll rose to 17 on Friday".
 */
export const SAME_POINT_SHARE = 0.8;

/** The points the editions before showed, as their sets of terms. */
export interface ShownPoints {
  exact: Set<string>;
  terms: Set<string>[];
  /** Which shown points hold each term: the candidates to compare a point with. */
  byTerm: Map<string, number[]>;
  /** The articles the stories shown were written from. */
  articles: Set<string>;
}

/**
 * A point's terms without its dates: a desk restyling a wire text writes "on April 21" for "on
 * Wednesday" ("A Kalimaya Air turboprop carrying 51 people lost contact… on April 21" is the point
 * shown the morning before as "…on Wednesday"), so days, months and a month's day number are
 * not what makes a point new.
 */
const CALENDAR = new Set(CALENDAR_WORDS.map(stem));
const DATE_FIGURE = new RegExp(
  `\\b(?:${CALENDAR_WORDS.join('|')})\\.?\\s+\\d{1,2}\\b|\\b\\d{1,2}\\s+(?=(?:${CALENDAR_WORDS.join('|')})\\b)`,
  'gi',
);

function termsOf(text: string): Set<string> {
  return new Set(contentTerms(text.replace(DATE_FIGURE, ' ')).filter((term) => !CALENDAR.has(term)));
}

function pointKey(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Every point the editions showed, in any story (story ids change when stories merge). */
export function pointsShown(editions: readonly EditionContent[]): ShownPoints {
  const shown: ShownPoints = { exact: new Set(), terms: [], byTerm: new Map(), articles: new Set() };
  for (const edition of editions)
    for (const section of edition.sections)
      for (const story of section.stories) {
        for (const source of story.sources) shown.articles.add(source.articleId);
        for (const point of story.points) {
          shown.exact.add(pointKey(point.text));
          const terms = termsOf(point.text);
          const at = shown.terms.push(terms) - 1;
          for (const term of terms) {
            const holding = shown.byTerm.get(term);
            if (holding === undefined) shown.byTerm.set(term, [at]);
            else holding.push(at);
          }
        }
      }
  return shown;
}

function wasShown(text: string, shown: ShownPoints): boolean {
  if (shown.exact.has(pointKey(text))) return true;
  const terms = termsOf(text);
  if (terms.size === 0) return false;
  const overlap = new Map<number, number>();
  for (const term of terms)
    for (const at of shown.byTerm.get(term) ?? []) overlap.set(at, (overlap.get(at) ?? 0) + 1);
  const figures = [...terms].filter(isNumber);
  for (const [at, count] of overlap) {
    if (count < SAME_POINT_SHARE * terms.size) continue;
    const before = shown.terms[at];
    if (before !== undefined && figures.every((figure) => before.has(figure))) return true;
  }
  return false;
}

/**
 * Whether a story's summary tells the reader nothing the editions before told them: every one of
 * its points was shown there, word for word or as another outlet's copy of the same sentence
 * (SAME_POINT_SHARE). A story whose reporting went quiet overnight would otherwise come back the
 * next morning; a new headline over the same points is no news either.
 */
export function shownUnchanged(summary: StorySummary, shownBefore: ShownPoints): boolean {
  if (summary.points.length === 0) return false;
  if (
    summary.sources.length > 0 &&
    summary.sources.every((source) => shownBefore.articles.has(source.articleId))
  )
    return true;
  return summary.points.every((point) => wasShown(point.text, shownBefore));
}
