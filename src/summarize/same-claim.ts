import { contentTerms, namesIn } from '../shared/text/terms';
import { perSentence, type SentenceMemo, type StoryModel } from './story-model';

/**
 * When two outlets report the same claim in their own words. Outlets word the main event
 * differently ("Countries meeting in Geneva have agreed the world's first legally binding treaty
 * on plastic pollution" / "Governments adopted a global treaty on plastic pollution early
 * Saturday"): they share the few terms that carry the claim and little else, so the 60% weighted
 * coverage of support.ts misses them. Two sentences of different articles state the same claim
 * when
 *   1. both are among the first LEAD_SENTENCES of their article, where news states its main
 *      event (inverted pyramid);
 *   2. they share at least SAME_CLAIM_MIN_SHARED distinct content terms, reporting verbs left
 *      out, and the Dice coefficient of their term sets is at least SAME_CLAIM_DICE;
 *   3. they agree on negation, and their figures do not disagree (for a citation: every figure of
 *      the point is in the source sentence; for a repeat: one sentence's figures are all in the
 *      other, so "12 injured" and "14 injured" stay two claims);
 *   4. if both name someone or somewhere (capitalized words other than the first, days and
 *      months left out), they share a name: "a new line opened on Friday" in Nairobi and in
 *      Warsaw are two events, which a cluster of transport openings otherwise merges;
 *   5. for a citation only (support.ts), each is the closest sentence of its article to the
 *      other (mutual best match), so an outlet is cited for the one sentence that reports it.
 * Measured on Multi-News dev by reading cross-article pairs that pass: with rule 1, about 9 in
 * 10 pairs at Dice 1/3–0.45 report the same claim; without it, about 2 in 3, as long articles
 * share names and topic words across sentences that say different things.
 */
export const LEAD_SENTENCES = 3;
export const SAME_CLAIM_MIN_SHARED = 4;
export const SAME_CLAIM_DICE = 1 / 3;

const CALENDAR: ReadonlySet<string> = new Set(
  `monday tuesday wednesday thursday friday saturday sunday januari februari march april june juli
  august septemb octob novemb decemb`.split(/\s+/),
);

const namesCache: SentenceMemo<Set<string>> = new WeakMap();

const LEADING_NAME = /^[\p{Lu}][\p{L}\p{M}.-]*(?:['’]s\b|\s+[\p{Lu}])/u;

/**
 * Names of a sentence for rule 4: capitalized words after the first (namesIn), and the first
 * word too when it is plainly a name, possessive or followed by another capitalized word
 * ("Cairo's first monorail line", "Mexico City will…"); days and months are left out.
 */
function claimNames(text: string): Set<string> {
  const names = new Set(namesIn(text));
  const trimmed = /^[\s"'“‘(]/.test(text) ? text.replace(/^[\s"'“‘(]+/, '') : text;
  if (LEADING_NAME.test(trimmed))
    for (const term of contentTerms(trimmed.split(/[\s'’]/)[0] ?? '')) names.add(term);
  for (const term of CALENDAR) names.delete(term);
  return names;
}

function namesOf(model: StoryModel, index: number): Set<string> {
  return perSentence(namesCache, model, index, () => claimNames(model.sentences[index]?.text ?? ''));
}

/** Rule 4: sentences that both name someone or somewhere share at least one name. */
export function namesAgree(model: StoryModel, a: number, b: number): boolean {
  const left = namesOf(model, a);
  const right = namesOf(model, b);
  if (left.size === 0 || right.size === 0) return true;
  for (const name of left) if (right.has(name)) return true;
  return false;
}

/** Dice coefficient of two sentences' claim terms given how many they share. */
export function claimDice(model: StoryModel, a: number, b: number, shared: number): number {
  const sizes = (model.claimSizes[a] ?? 0) + (model.claimSizes[b] ?? 0);
  return sizes === 0 ? 0 : (2 * shared) / sizes;
}

export function isLeadSentence(model: StoryModel, index: number): boolean {
  return (model.sentences[index]?.position ?? LEAD_SENTENCES) < LEAD_SENTENCES;
}

/**
 * Dice above which two leads of one story restate one claim even when they name different
 * places or people: within a story the clusterer already judged to be one event, "a volunteer
 * firefighter was killed and dozens of homes destroyed" in "New South Wales" and in "Australia's
 * most populous state" is one fact twice.
 */
export const STRONG_DICE = 0.45;
/**
 * Shared terms at which two leads giving different figures for one claim ("nine companies and
 * 14 people" / "more than 20 companies and individuals") are one claim told twice: a reader
 * should see it once, not two counts side by side.
 */
export const CONFLICT_MIN_SHARED = 6;
/**
 * Dice enough for leads that share that many terms: long leads dilute Dice with their own
 * details ("…covered 14.2 million square kilometres on Thursday, the smallest extent recorded
 * for the date since satellite observations began in 1979…" and "The ice surrounding Antarctica
 * is at its lowest extent ever recorded for late November…" share six terms, Dice 0.32).
 */
export const LONG_LEAD_DICE = 0.25;

/**
 * Whether two leads of different articles state the same claim, so the second adds nothing as a
 * point: rules 1–3 above, names agreeing unless the overlap is strong, and figures agreeing
 * unless the claim is plainly the same (many shared terms). `shared` and `sharedNumbers` count
 * the distinct claim terms and figures the two sentences have in common.
 */
export function restatesClaim(
  model: StoryModel,
  a: number,
  b: number,
  shared: number,
  sharedNumbers: number,
): boolean {
  const left = model.sentences[a];
  const right = model.sentences[b];
  if (left === undefined || right === undefined || left.article === right.article) return false;
  if (!isLeadSentence(model, a) || !isLeadSentence(model, b) || left.negated !== right.negated) return false;
  if (shared < SAME_CLAIM_MIN_SHARED) return false;
  const dice = claimDice(model, a, b, shared);
  if (dice < SAME_CLAIM_DICE && !(shared >= CONFLICT_MIN_SHARED && dice >= LONG_LEAD_DICE)) return false;
  const figuresAgree =
    sharedNumbers === (model.numberCounts[a] ?? 0) || sharedNumbers === (model.numberCounts[b] ?? 0);
  const namesMatch = namesAgree(model, a, b);
  if (!figuresAgree) return shared >= CONFLICT_MIN_SHARED && namesMatch;
  return namesMatch || dice >= STRONG_DICE;
}

/**
 * Scratch for `overlapWith`, sized to the story and reused: for every sentence sharing a term
 * with a given one, the distinct claim terms, figures and summed IDF they share.
 */
export interface OverlapScratch {
  shared: Int32Array;
  numbers: Int32Array;
  weight: Float64Array;
  touched: Int32Array;
  count: number;
}

export function overlapScratch(model: StoryModel): OverlapScratch {
  const size = model.sentences.length;
  return {
    shared: new Int32Array(size),
    numbers: new Int32Array(size),
    weight: new Float64Array(size),
    touched: new Int32Array(size),
    count: 0,
  };
}

/** Fills the scratch from the inverted index: the cost is the postings of the sentence's terms. */
export function overlapWith(model: StoryModel, index: number, scratch: OverlapScratch): void {
  const vector = model.vectors[index];
  if (vector === undefined) return;
  const { shared, numbers, weight, touched } = scratch;
  let count = scratch.count;
  for (const id of vector.ids) {
    const list = model.postings[id];
    if (list === undefined) continue;
    const idf = model.vocabulary.idf[id] ?? 0;
    const counted = model.isReportingTerm[id] === 1 ? 0 : 1;
    const figure = model.isNumberTerm[id] ?? 0;
    for (const sentence of list.sentences) {
      if (weight[sentence] === 0) touched[count++] = sentence;
      weight[sentence] = (weight[sentence] ?? 0) + idf;
      shared[sentence] = (shared[sentence] ?? 0) + counted;
      numbers[sentence] = (numbers[sentence] ?? 0) + figure;
    }
  }
  scratch.count = count;
}

export function clearOverlap(scratch: OverlapScratch): void {
  for (let i = 0; i < scratch.count; i++) {
    const sentence = scratch.touched[i] ?? 0;
    scratch.shared[sentence] = 0;
    scratch.numbers[sentence] = 0;
    scratch.weight[sentence] = 0;
  }
  scratch.count = 0;
}
