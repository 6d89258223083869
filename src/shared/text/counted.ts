import { CALENDAR_WORDS } from './calendar';
import { normalizeNumber, SPELLED_FIGURES, stem } from './terms';

const COUNTED = new RegExp(
  `(?<![\\p{L}\\p{N}.,])(\\d[\\d,.]*|(?:${SPELLED_FIGURES.join('|')})\\b)\\s+(?:(?:more|new|other|additional|extra)\\s+)?(?:\\p{Lu}[\\p{L}-]*\\s+){0,2}(?!(?:and|or|of|in|on|at|to|the|a|an|for|with|from|by|as)\\b)(\\p{L}[\\p{L}-]+)`,
  'gu',
);

const YEAR = /^(?:1[89]|20)\d\d$/;
/** A day of a month ("5 to 6 March") is a date, not a count of anything. */
const CALENDAR = new Set(CALENDAR_WORDS);

/** Whether a term is a year ("2025"), which dates what a sentence counts rather than counting. */
export function isYear(term: string): boolean {
  return YEAR.test(term);
}

/**
 * The things a sentence counts, as "figure noun-stem" ("2800 job"), years aside; names before the
 * noun are read past ("412 Indian fishermen", "more than 400 Tamil Nadu fishermen").
 */
export function countedThings(text: string): Set<string> {
  const things = new Set<string>();
  for (const match of text.matchAll(COUNTED)) {
    const figure = stem(normalizeNumber(match[1] ?? '').replace(/\.$/, ''));
    const noun = (match[2] ?? '').toLowerCase();
    if (YEAR.test(figure) || CALENDAR.has(noun)) continue;
    things.add(`${figure} ${stem(noun)}`);
  }
  return things;
}
