import { isYear } from '../shared/text/counted';
import { isNumber, normalizeNumber, SPELLED_FIGURES, stem, words } from '../shared/text/terms';
import { perSentence, type SentenceMemo, type StoryModel } from './story-model';

/**
 * A figure a newer report gives as an earlier one: "The company had said on Monday that up to
 * 27,000 fish were feared lost", "up from 27 a day earlier", "fewer than the 62 first reported",
 * "Officials had reported 11 cases Friday", "Sorae initially said 12 workers were trapped", "up
 * from an earlier count of 14". An older report's sentence that gives that figure, and none of the
 * newer sentence's other figures, tells what was true before: it neither leads nor makes a point,
 * whether or not the newer sentence is shown (docs/summarization.md, "The lead point").
 */

/** Verbs of an earlier account: "had said", "initially put", "first reported". */
const TOLD = new Set(
  'said reported put estimated gave given announced feared counted recorded listed confirmed'.split(' '),
);
/** "had earlier said", "initially said", "the first count", "an earlier estimate of". */
const EARLIER = new Set('earlier initially first previously originally'.split(' '));
const EARLIER_FIGURES = new Set('estimate estimates figure figures count counts toll tally'.split(' '));
const EARLIER_ADJECTIVES = new Set('earlier previous initial first original preliminary'.split(' '));
/** Words after which the next figure is no longer the earlier one ("…said 12 but revised it to nine"). */
const STOPS = new Set('but while whereas peak peaked'.split(' '));
/** Words from an earlier account's verb to its figure, at most. */
const FIGURE_WINDOW = 8;
/** Words between a figure and "first reported" ("600 million tonnes previously reported"). */
const FIGURE_BEFORE_WINDOW = 3;

const MONTHS = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);
/** A figure before these is a span of time ("in jail for the last 14 months"), not a count. */
const SPANS = new Set(
  'second seconds minute minutes hour hours day days week weeks month months year years decade decades'.split(
    ' ',
  ),
);

/** The figure a word gives ("27,000" → "27000", "eleven" → "11"), or null. */
function figureOf(tokens: readonly string[], i: number): string | null {
  const word = tokens[i] ?? '';
  const figure = isNumber(word) ? normalizeNumber(word).replace(/\.$/, '') : stem(word);
  if (!isNumber(figure) || isYear(figure)) return null;
  // A day of a month ("May 14", "14 May") is a date.
  if (MONTHS.has(tokens[i - 1] ?? '') || MONTHS.has(tokens[i + 1] ?? '')) return null;
  return figure;
}

/** Figures a sentence gives, spans of time aside. */
function figuresIn(tokens: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const figure = figureOf(tokens, i);
    if (figure !== null && !SPANS.has(tokens[i + 1] ?? '')) found.add(figure);
  }
  return found;
}

/**
 * Where an earlier account starts at word i: the index after its marker, or -1. `accounts` false
 * also reads a comparison ("up from 27"), whose sentence gives the newer figure before it.
 */
function markerEnd(tokens: readonly string[], i: number, accounts: boolean): number {
  const word = tokens[i] ?? '';
  const next = tokens[i + 1] ?? '';
  if (word === 'had') {
    if (TOLD.has(next)) return i + 2;
    if (EARLIER.has(next) && TOLD.has(tokens[i + 2] ?? '')) return i + 3;
  }
  if (EARLIER.has(word) && TOLD.has(next)) return i + 2;
  if (!accounts && (word === 'up' || word === 'down') && next === 'from') return i + 2;
  if (EARLIER_ADJECTIVES.has(word) && EARLIER_FIGURES.has(next)) return i + 2;
  return -1;
}

/** Whether "first reported", "reported earlier" or "as first reported" starts at word i. */
function reportedBefore(tokens: readonly string[], i: number): boolean {
  const word = tokens[i] ?? '';
  const next = tokens[i + 1] ?? '';
  if (word === 'as') return reportedBefore(tokens, i + 1);
  return (EARLIER.has(word) && TOLD.has(next)) || (word === 'reported' && EARLIER.has(next));
}

/**
 * The figures a sentence gives as an earlier account's; with `accounts`, only those it tells as
 * what someone had said or reported, not those it compares with ("up from 27").
 */
export function recountedFigures(text: string, accounts = false): Set<string> {
  const found = new Set<string>();
  const reported = backshifted(text);
  // An account and its figure stand in one clause: "down from guidance of Won6.8tn, as two large
  // customers…" compares nothing with two.
  for (const clause of text.split(CLAUSE_BREAK)) {
    const tokens = words(clause);
    for (let i = 0; i < tokens.length; i++) {
      // "Mauritius had recorded 214 cases…, the ministry said": the tense of the source's report.
      const end = reported && tokens[i] === 'had' ? -1 : markerEnd(tokens, i, accounts);
      // "first reported by Hollis Wire Service": who reported it, not what.
      if (end >= 0 && tokens[end] !== 'by') {
        for (let j = end; j < tokens.length && j < end + FIGURE_WINDOW; j++) {
          if (STOPS.has(tokens[j] ?? '')) break;
          const figure = figureOf(tokens, j);
          if (figure !== null) {
            found.add(figure);
            break;
          }
        }
      }
      const figure = figureOf(tokens, i);
      if (figure === null) continue;
      for (let j = i + 1; j <= i + 1 + FIGURE_BEFORE_WINDOW && j < tokens.length; j++)
        if (reportedBefore(tokens, j)) {
          found.add(figure);
          break;
        }
    }
  }
  return found;
}

/**
 * A past perfect that a source's words close ("Mauritius had recorded 214 cases of dengue this year
 * as of Sunday, the Ministry of Health and Wellness said, …"): the tense follows the reporting verb
 * after it, as in "Police said the man had fled", and the clause is what the source reported, not
 * what stood before it.
 */
const CLOSING_SOURCE = /,\s+((?:[\p{L}'’.&-]+\s+){1,7}?)(?:said|says|reported|confirmed|announced)\b/u;
const NOT_A_SOURCE = /\b(?:had|has|have|was|were|is|are|who|which|that|he|she|they|it|we|I)\b/;

export function backshifted(text: string): boolean {
  const source = CLOSING_SOURCE.exec(text)?.[1];
  return source !== undefined && !NOT_A_SOURCE.test(source);
}

/** Where a clause ends: a comma or colon before a space (not inside "27,000"), brackets, dashes. */
const CLAUSE_BREAK = /[,:]\s|[;()]|\s[–—-]\s/;

interface Recount {
  figure: string;
  /** The recounting sentence's other figures: the newer ones. */
  others: Set<string>;
  time: number;
}

interface Figures {
  given: Set<string>;
  recounted: Set<string>;
  /** Whether every figure it gives is told as what someone had said or reported. */
  onlyEarlier: boolean;
}

/** How much later a report must be to give a figure as an earlier one (tolls.ts NEWER_REPORT_MS). */
const NEWER_REPORT_MS = 3 * 3_600_000;

/** A digit or a spelled-out figure: most sentences have neither. */
const FIGURE_HINT = new RegExp(`\\d|\\b(?:${SPELLED_FIGURES.join('|')})\\b`, 'i');
/** The words an earlier account needs (markerEnd, reportedBefore): most sentences have none. */
const ACCOUNT_HINT =
  /\b(?:had|initially|originally|earlier|previously|first|from|preliminary|previous|initial|original)\b/i;

const NO_FIGURES: Figures = { given: new Set(), recounted: new Set(), onlyEarlier: false };

/** The figures a text gives and those it tells as earlier (`recounted`, when already read). */
function readFigures(text: string, read?: Set<string>): Figures {
  if (!FIGURE_HINT.test(text)) return NO_FIGURES;
  const given = figuresIn(words(text));
  if (given.size === 0 || !ACCOUNT_HINT.test(text))
    return { given, recounted: new Set(), onlyEarlier: false };
  const recounted = read ?? recountedFigures(text);
  if (recounted.size === 0) return { given, recounted, onlyEarlier: false };
  const told = recountedFigures(text, true);
  return { given, recounted, onlyEarlier: [...given].every((figure) => told.has(figure)) };
}

const figuresMemo: SentenceMemo<Figures> = new WeakMap();

function figuresOf(model: StoryModel, index: number, read?: Set<string>): Figures {
  return perSentence(figuresMemo, model, index, () => readFigures(model.sentences[index]?.text ?? '', read));
}

const storyRecounts = new WeakMap<StoryModel, Map<string, Recount[]>>();

/** Every figure the story's sentences tell as an earlier account's, with their reports' times. */
function recountsOf(model: StoryModel): Map<string, Recount[]> {
  const known = storyRecounts.get(model);
  if (known !== undefined) return known;
  const recounts = new Map<string, Recount[]>();
  model.sentences.forEach((sentence, index) => {
    // Most sentences tell no earlier account: read for one before anything else.
    if (!ACCOUNT_HINT.test(sentence.text) || !FIGURE_HINT.test(sentence.text)) return;
    const recounted = recountedFigures(sentence.text);
    if (recounted.size === 0) return;
    const figures = figuresOf(model, index, recounted);
    const time = model.writtenAt[sentence.article] ?? Number.NaN;
    if (figures.recounted.size === 0 || !Number.isFinite(time)) return;
    for (const figure of figures.recounted) {
      const others = new Set([...figures.given].filter((other) => other !== figure));
      const list = recounts.get(figure) ?? [];
      list.push({ figure, others, time });
      recounts.set(figure, list);
    }
  });
  storyRecounts.set(model, recounts);
  return recounts;
}

/** Whether a newer report gives a figure of this text as an earlier account's. */
function recountedLater(model: StoryModel, figures: Figures, time: number): boolean {
  const recounts = recountsOf(model);
  if (!Number.isFinite(time) || figures.given.size === 0 || recounts.size === 0) return false;
  for (const figure of figures.given) {
    // A sentence that itself tells the figure as earlier tells the change ("…initially said 12
    // workers were trapped but later revised the figure to nine").
    if (figures.recounted.has(figure)) continue;
    for (const recount of recounts.get(figure) ?? []) {
      if (recount.time - time < NEWER_REPORT_MS) continue;
      // Giving the newer figure too, it tells the change ("cut reserves to 412 million tonnes from 600").
      if (![...recount.others].some((other) => figures.given.has(other))) return true;
    }
  }
  return false;
}

/**
 * Whether a sentence of the story gives a figure a newer report tells as an earlier one, or gives
 * only figures it tells as what someone had said or reported ("The company had said on Monday
 * that up to 27,000 fish were feared lost"): the account a newer one replaced, not a point.
 */
export function recountedOld(model: StoryModel, index: number): boolean {
  const sentence = model.sentences[index];
  if (sentence === undefined || !FIGURE_HINT.test(sentence.text)) return false;
  if (recountsOf(model).size === 0 && !ACCOUNT_HINT.test(sentence.text)) return false;
  const figures = figuresOf(model, index);
  if (figures.onlyEarlier) return true;
  return recountedLater(model, figures, model.writtenAt[sentence.article] ?? Number.NaN);
}

/**
 * Whether a newer report tells a figure of this sentence as an earlier one ("…nine people were
 * treated, up from the four reported this morning" after "Four people were treated…"); not a
 * sentence that itself tells its figure as earlier.
 */
export function recountedByNewer(model: StoryModel, index: number): boolean {
  const sentence = model.sentences[index];
  if (sentence === undefined || !FIGURE_HINT.test(sentence.text) || recountsOf(model).size === 0)
    return false;
  return recountedLater(model, figuresOf(model, index), model.writtenAt[sentence.article] ?? Number.NaN);
}

/** Whether a title of an article gives a figure a newer report tells as an earlier one. */
export function recountedTitle(model: StoryModel, title: string, article: number): boolean {
  return recountedLater(model, readFigures(title), model.writtenAt[article] ?? Number.NaN);
}
