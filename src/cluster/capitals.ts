import { CALENDAR_WORDS, HOLIDAY_WORDS } from '../shared/text/calendar';
import { INSTITUTION_WORDS } from '../shared/text/institutions';
import { initialsOf, NAME_PARTICLES } from '../shared/text/terms';
import type { TokenColumns as SharedTokenColumns } from '../shared/text/tokens';

/** What the capitalization of a word token says about it. */
export const Capital = {
  /** Lower case, or case that says nothing (a title in Title Case, text in capitals). */
  None: 0,
  /** Capitalized at the start of a sentence: a name or just the first word. */
  Initial: 1,
  /** Capitalized inside a sentence, or an acronym: a name (place, person, organisation…). */
  Name: 2,
  /** Part of the outlet's own name ("(Pacific Wire)" in a dateline): not content at all. */
  Outlet: 3,
  /** A lower-case particle inside a name ("del" of "Ferrovías del Bravo"): no content of its own. */
  Particle: 4,
  /**
   * Capitalized inside a sentence but a word every name of its kind writes ("Energy" of
   * "Shaxawan Energy", "Ministry", "Thursday"): no name, and no word of the event either.
   */
  Generic: 5,
} as const;
export type Capital = (typeof Capital)[keyof typeof Capital];

/** The tokenizer's view of a text (src/shared/text/tokens.ts), one entry per token. */
export type TokenColumns = Pick<SharedTokenColumns, 'values' | 'types' | 'stops'>;

// Punctuation after which the next word starts a sentence (or a headline after a kicker).
const SENTENCE_BREAKS = new Set(['.', '!', '?', ':', ';', '—', '–', '|', '…']);
// Capitalized in English but shared by unrelated stories of the same days (days, months, holidays).
const CALENDAR: ReadonlySet<string> = new Set([...CALENDAR_WORDS, ...HOLIDAY_WORDS]);
// The words institutions and offices are named with ("Mines Minister Chanda Mwale", "National
// Union of Mineworkers", "Urban Transport Workers' Union" beside another country's "OS Energie Sever
// union": shared/text/institutions.ts), other titles, continents ("Africa's biggest gold
// producer") and rivers ("the Coca River" and "the Snake River" of two spills): every country has
// them, so they name no event.
const GENERIC = new Set([
  ...INSTITUTION_WORDS,
  ...'ministers vice chairman chairwoman spokesman spokeswoman spokesperson senator commissioner ambassador king queen river prince africa asia europe'.split(
    ' ',
  ),
]);
const UPPER = /^\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const TWO_LETTERS = /\p{L}.*\p{L}/u;
const THREE_LETTERS = /\p{L}.*\p{L}.*\p{L}/u;

function isCapitalized(value: string): boolean {
  return UPPER.test(value);
}

function isAcronym(value: string): boolean {
  return TWO_LETTERS.test(value) && !LOWER.test(value);
}

/**
 * Marks the segments (between sentence breaks) whose case carries no information: those with
 * at least three content words and none of them in lower case, as in a Title Case headline
 * ("Mortgage Rates Fall to Lowest Level Since Spring") or text in capitals. A sentence-case
 * headline keeps a lower-case word ("Coral spawning under way on Great Barrier Reef"). The
 * outlet's own name does not count, so a dateline "GENEVA (Pacific Wire) —" still names Geneva.
 */
function titleCaseSegments(columns: TokenColumns, marks: readonly Capital[]): boolean[] {
  const flags = new Array<boolean>(columns.values.length).fill(false);
  let start = 0;
  let content = 0;
  let lower = 0;
  const close = (end: number): void => {
    if (content >= 3 && lower === 0) flags.fill(true, start, end);
    start = end;
    content = 0;
    lower = 0;
  };
  columns.values.forEach((value, i) => {
    if (columns.types[i] === 'punctuation' && SENTENCE_BREAKS.has(value)) close(i);
    if (columns.types[i] !== 'word' || columns.stops[i] || marks[i] === Capital.Outlet) return;
    if (!THREE_LETTERS.test(value)) return;
    content += 1;
    if (!isCapitalized(value)) lower += 1;
  });
  close(columns.values.length);
  return flags;
}

/**
 * Marks runs of two or more capitalized words that spell the outlet's name, and the outlet's
 * initials written as one word ("BUCHAREST, March 25 (CEPA) —" from the Central European Press
 * Agency): its desk's signature, which two of its reports of different events both carry.
 */
function markOutletRuns(columns: TokenColumns, outletWords: ReadonlySet<string>, marks: Capital[]): void {
  if (outletWords.size === 0) return;
  const initials = initialsOf([...outletWords]);
  columns.values.forEach((value, i) => {
    if (columns.types[i] === 'word' && isAcronym(value) && initials.has(value.toLowerCase()))
      marks[i] = Capital.Outlet;
  });
  let start = -1;
  const close = (end: number): void => {
    if (start >= 0 && end - start >= 2) marks.fill(Capital.Outlet, start, end);
    start = -1;
  };
  columns.values.forEach((value, i) => {
    const inName =
      columns.types[i] === 'word' && isCapitalized(value) && outletWords.has(value.toLowerCase());
    if (inName && start < 0) start = i;
    if (!inName) close(i);
  });
  close(columns.values.length);
}

/**
 * Classifies each token by its capitalization. Lower-cased text (the research files) yields
 * no names at all, so every rule built on names switches itself off there.
 */
export function markCapitals(columns: TokenColumns, outletWords: ReadonlySet<string>): Capital[] {
  const marks = new Array<Capital>(columns.values.length).fill(Capital.None);
  markOutletRuns(columns, outletWords, marks);
  const titleCase = titleCaseSegments(columns, marks);
  let atStart = true;
  columns.values.forEach((value, i) => {
    const type = columns.types[i];
    if (type === 'punctuation') {
      if (SENTENCE_BREAKS.has(value)) atStart = true;
      return;
    }
    if (type !== 'word') return;
    const initial = atStart;
    atStart = false;
    if (inName(columns, i)) {
      marks[i] = Capital.Particle;
      return;
    }
    if (marks[i] === Capital.Outlet || titleCase[i] || !isCapitalized(value) || columns.stops[i]) return;
    const lower = value.toLowerCase().replace(/['’]s$/, '');
    if (CALENDAR.has(lower) || GENERIC.has(lower) || newYear(columns, i)) {
      if (!initial) marks[i] = Capital.Generic;
      return;
    }
    marks[i] = isAcronym(value) || !initial || ownsOrLabels(columns, i) ? Capital.Name : Capital.Initial;
  });
  return marks;
}

/** A name particle with a capitalized word before and after it, past other particles ("Rio de la Plata"). */
function inName(columns: TokenColumns, i: number): boolean {
  if (!NAME_PARTICLES.has(columns.values[i] ?? '')) return false;
  const capitalizedWord = (step: number): boolean => {
    for (let k = i + step; k >= 0 && k < columns.values.length; k += step) {
      const value = columns.values[k] ?? '';
      if (columns.types[k] !== 'word') return false;
      if (!NAME_PARTICLES.has(value)) return isCapitalized(value);
    }
    return false;
  };
  return capitalizedWord(-1) && capitalizedWord(1);
}

/** "New" of "New Year": a holiday's name, not a place's ("New York", "New Delhi"). */
function newYear(columns: TokenColumns, i: number): boolean {
  return columns.values[i] === 'New' && /^Year/.test(columns.values[i + 1] ?? '');
}

/**
 * A word opening a sentence or a headline that owns what follows or labels it ("Colombia's central
 * bank…", "Egypt: Central bank cuts rates"): a name, not just a first word. Not a common noun
 * that happens to be capitalized there ("Women's rights…"): those are plural or hold no capital
 * elsewhere, so only a singular word counts.
 */
function ownsOrLabels(columns: TokenColumns, i: number): boolean {
  const value = columns.values[i] ?? '';
  if (/['’]s$/.test(value)) return !/(?:men|ren|ple)['’]s$/i.test(value);
  return columns.values[i + 1] === ':' && columns.types[i + 1] === 'punctuation' && !/s$/.test(value);
}

/** The words of an outlet's name, lower-cased ("Pacific Wire Service" → pacific, wire, service). */
export function outletWords(outlet: string): Set<string> {
  return new Set(outlet.toLowerCase().match(/\p{L}+/gu) ?? []);
}
