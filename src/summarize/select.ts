import { analyzeText, isNumber, namesIn, normalizeNumber, stem, words } from '../shared/text/terms';
import { absorbClaim, breadthBonus, type ClaimTracker, preferredWording } from './claim-groups';
import { BREADTH_WEIGHT } from './scoring';
import {
  clear,
  REPORTING_STEMS,
  type StoryModel,
  sharedWeight,
  similarities,
  similarityScratch,
  termWeight,
} from './story-model';
import type { SparseVector } from './vectors';

/**
 * Maximal Marginal Relevance (Carbonell & Goldstein 1998): each step takes the sentence with
 * the best λ·relevance − (1−λ)·(highest cosine to what is already chosen). On Multi-News dev,
 * R-1 44.50 at λ = 0.5, 44.40 at 0.6, 44.19 at 0.7: flat, and 0.6 was chosen before the rest
 * of the pipeline settled.
 */
export const MMR_LAMBDA = 0.6;

/**
 * Cosine above which two sentences say the same thing (wire copy run by several outlets, a
 * lead restated): such a sentence is never taken, whatever its relevance, so no point repeats.
 */
export const NEAR_DUPLICATE_COSINE = 0.6;

/**
 * Share of a sentence's weighted terms that one chosen point may already state before the
 * sentence counts as a repeat. Cosine misses restatements in other words ("killed at least 42
 * people" / "At least 42 people have died"); containment catches them. 0.6 is the share at
 * which another outlet's sentence counts as supporting a point (support.ts): a sentence that a
 * chosen point would support adds nothing.
 */
export const REPEAT_CONTAINMENT = 0.6;

export interface Budget {
  maxPoints: number;
  /** Stop once the points reach this many words; the last point is kept whole. */
  maxWords?: number;
}

/** Points already fixed (for example grounded model output) that count against the budget. */
export interface Taken {
  vectors: SparseVector[];
  words: number;
  /** Source sentences whose claims those points already state (their support). */
  sentences?: number[];
  /** Sentences already shown as points (the lead). */
  shown?: number[];
}

/**
 * Share of a sentence's own words (names, figures and reporting verbs aside) that one shown
 * point may already hold before the sentence only restates it with other details: "Indonesia on
 * Tuesday raised the alert status of Mount Lewotobi … to the highest level after the volcano
 * erupted" after "A volcano … erupted Tuesday, hurling a column of ash … and forcing authorities
 * to raise the alert to the highest level". Its figures must all be in that point too, so a
 * changed toll or a new count is never taken for a repeat.
 */
export const RESTATED_CORE_SHARE = 0.6;
/**
 * When both count the same thing ("2,800 jobs", "41 homes"), a sentence whose figures are all
 * in a shown point restates it with this share of its words: "The German shipping company whose
 * vessel got stuck … is cutting about 2,800 jobs" after "Kestrel Maritime … would eliminate
 * 2,800 jobs". A figure with its noun names one fact, so fewer shared words are needed.
 */
export const COUNTED_CORE_SHARE = 0.25;

const COUNTED =
  /(?<![\p{L}\p{N}.,])(\d[\d,.]*)\s+(?:(?:more|new|other|additional|extra)\s+)?(\p{L}[\p{L}-]+)/gu;
const YEAR = /^(?:1[89]|20)\d\d$/;

/** The things a sentence counts, as "figure noun-stem" ("2800 job"), years aside. */
function countedThings(text: string): Set<string> {
  const things = new Set<string>();
  for (const match of text.matchAll(COUNTED)) {
    const figure = normalizeNumber(match[1] ?? '').replace(/\.$/, '');
    if (YEAR.test(figure)) continue;
    things.add(`${figure} ${stem((match[2] ?? '').toLowerCase())}`);
  }
  return things;
}

/** A shown point as the repeat rules read it: its words in order, their stems, its terms. */
interface ShownPoint {
  text: string;
  tokens: string[];
  stems: string[];
  terms: ReadonlySet<string>;
}

/**
 * A sentence whose subject had something done to it ("The tsunami warning that followed was
 * lifted within the hour", "At least 41 homes were destroyed …"): the subject's last word and
 * the participle.
 */
const PASSIVE_SUBJECT =
  /^[^,;:]*?\b(\p{L}{3,})(?:\s+(?:that|which|who)\s+\p{L}+)?\s+(?:was|were|has been|have been|had been)\s+(\p{L}{3,}(?:ed|en|wn))\b/u;
/** A count given as a rough quantity ("dozens of homes"): a later exact figure restates it. */
const ROUGH_COUNT = /\b(?:dozens|scores|hundreds|thousands|several|many|numerous) of$/;

/**
 * Whether a shown point already says that the sentence's subject had that done to it, in either
 * order and voice ("after authorities lifted a local warning", "dozens of homes have been
 * destroyed"). Its figures must be in that point, unless the point gave the count roughly.
 */
function restatesPassive(sentence: string, figures: readonly string[], point: ShownPoint): boolean {
  const match = PASSIVE_SUBJECT.exec(sentence);
  if (match === null) return false;
  const noun = stem((match[1] ?? '').toLowerCase());
  const verb = stem((match[2] ?? '').toLowerCase());
  const { tokens, stems } = point;
  const figuresShown = figures.every((figure) => point.terms.has(figure));
  for (let i = 0; i < stems.length; i++) {
    if (stems[i] !== noun) continue;
    if (!stems.slice(Math.max(0, i - 4), i + 5).includes(verb)) continue;
    if (figuresShown || ROUGH_COUNT.test(tokens.slice(Math.max(0, i - 2), i).join(' '))) return true;
  }
  return false;
}

/**
 * A sentence about a named subject ("The Kestrel Aurora, one of the largest vessels in the
 * fleet, got stuck in the early hours of Saturday…", "The 400-meter Kestrel Aurora became
 * stuck…"): the subject's last name, and the word
 * saying what it did, once an apposition, a day and light or reporting verbs are passed.
 */
const NAMED_SUBJECT =
  /^(?:(The|A|An)\s+(?:[^\s\p{Lu}]\S*\s+){0,3}?)?((?:\p{Lu}[\p{Ll}'’.-]+\s+){0,3}\p{Lu}[\p{Ll}'’.-]+)(?:,[^,]{3,120},)?\s+(?:on\s+\p{Lu}\p{Ll}+day\s+)?((?:\p{Ll}+\s+){0,2}\p{Ll}{3,})\b/u;
const LIGHT_VERBS = new Set(
  `got get gets has have had was were is are be been became become becomes will would could can may might also then now
   said says told tells added tweeted wrote posted noted asked argued claimed announced stated warned insisted`.split(
    /\s+/,
  ),
);
/** Words that open a sentence capitalized without being a name. */
const NOT_NAMES = new Set(
  `in on at after before as when while two three four five six seven eight nine ten this that these those its his her their our my`.split(
    /\s+/,
  ),
);
/** Words of the shown point from a subject's name to what it did: "Kestrel Aurora became stuck". */
const PREDICATE_WINDOW = 4;

function namedSubjectPredicate(sentence: string): { name: string; verb: string } | null {
  const match = NAMED_SUBJECT.exec(sentence);
  if (match === null) return null;
  const names = (match[2] ?? '').split(/\s+/);
  // Without "The", a sentence's first word is capitalized anyway: two names are needed.
  if (match[1] === undefined && names.length < 2) return null;
  if (names.some((name) => NOT_NAMES.has(name.toLowerCase()))) return null;
  const name = words(names.at(-1) ?? '').at(-1);
  const after = (match[3] ?? '').split(/\s+/);
  const at = after.findIndex((word) => !LIGHT_VERBS.has(word));
  const verb = after[at];
  if (name === undefined || verb === undefined) return null;
  // A verb: after a light verb ("got stuck"), or a past form ("visited"); not a noun the name
  // qualifies ("The Kennedy assassination").
  if (at === 0 && !/(?:ed|en)$/.test(verb)) return null;
  return { name: stem(name), verb: stem(verb) };
}

/**
 * Whether a shown point already says that the sentence's named subject did what the sentence
 * says it did ("The 400-meter Kestrel Aurora became stuck near Brunsbüttel"). Its figures must
 * be in that point too.
 */
function restatesPredicate(sentence: string, figures: readonly string[], point: ShownPoint): boolean {
  const found = namedSubjectPredicate(sentence);
  if (found === null || !figures.every((figure) => point.terms.has(figure))) return false;
  const theirs = namedSubjectPredicate(point.text);
  if (theirs !== null && theirs.name === found.name && theirs.verb === found.verb) return true;
  const { stems } = point;
  for (let i = 0; i < stems.length; i++) {
    if (stems[i] !== found.name) continue;
    if (stems.slice(i + 1, i + 1 + PREDICATE_WINDOW).includes(found.verb)) return true;
  }
  return false;
}

/**
 * The death toll a sentence gives: "killing at least 17 people", "At least nine miners were
 * killed", "the death toll rose to 26", "kills 7". Spelled-out figures are read by the toolkit.
 */
const TOLLS = [
  /\b(?:killing|killed|kills|kill)\s+(?:at least\s+|more than\s+|some\s+|about\s+)?([\d,]+|[a-z]+)\b/i,
  /\b([\d,]+|[a-z]+)\s+(?:[a-z]+\s+)?(?:were|have been|had been|are|was)\s+(?:killed|dead|confirmed dead)\b/i,
  /\b([\d,]+|[a-z]+)\s+(?:[a-z]+\s+)?(?:died|dead|deaths)\b/i,
  /\btoll\b[^.;]{0,60}?\b(?:rose|rises|risen|climbed|climbs|reached|reaches|stood|stands|jumped|hit|is|was)\s+(?:to\s+|at\s+)?(?:at least\s+)?([\d,]+|[a-z]+)\b/i,
  /\btoll\s+of\s+(?:at least\s+)?([\d,]+|[a-z]+)\b/i,
];

function tollOf(text: string): string | null {
  for (const pattern of TOLLS) {
    const figure = pattern.exec(text)?.[1];
    if (figure === undefined) continue;
    const term = analyzeText(figure).terms[0];
    if (term !== undefined && isNumber(term)) return term;
  }
  return null;
}

/**
 * Whether a shown point from a newer report gives another death toll: "At least seven people
 * were killed" from Saturday's report under "…as the death toll rose to 26" from Monday's is
 * the old toll, not a second fact.
 */
function supersededToll(model: StoryModel, index: number, shown: readonly number[]): boolean {
  const sentence = model.sentences[index];
  if (sentence === undefined) return false;
  const toll = tollOf(sentence.text);
  if (toll === null) return false;
  const time = model.articles[sentence.article]?.doc.publishedAt?.getTime() ?? Number.NaN;
  return shown.some((other) => {
    const point = model.sentences[other];
    if (point === undefined || other === index) return false;
    const theirs = tollOf(point.text);
    const when = model.articles[point.article]?.doc.publishedAt?.getTime() ?? Number.NaN;
    return theirs !== null && theirs !== toll && when > time;
  });
}

/** Whether a sentence says again what a shown point says, only in other words or with place names added. */
export function restatesShown(model: StoryModel, index: number, shown: readonly number[]): boolean {
  const sentence = model.sentences[index];
  if (sentence === undefined || shown.length === 0) return false;
  const names = namesIn(sentence.text);
  const figures = sentence.terms.filter((term) => isNumber(term));
  const core = [...new Set(sentence.terms)].filter(
    (term) => !isNumber(term) && !names.has(term) && !REPORTING_STEMS.has(term),
  );
  if (core.length < 3) return false;
  const counted = figures.length > 0 ? countedThings(sentence.text) : new Set<string>();
  return shown.some((other) => {
    if (other === index) return false;
    const point = new Set(model.sentences[other]?.terms ?? []);
    const text = model.sentences[other]?.text ?? '';
    const tokens = words(text);
    const shown: ShownPoint = { text, tokens, stems: tokens.map(stem), terms: point };
    if (restatesPassive(sentence.text, figures, shown) || restatesPredicate(sentence.text, figures, shown))
      return true;
    if (!figures.every((term) => point.has(term))) return false;
    const share = core.filter((term) => point.has(term)).length / core.length;
    if (share >= RESTATED_CORE_SHARE) return true;
    if (share < COUNTED_CORE_SHARE || counted.size === 0) return false;
    const theirs = countedThings(model.sentences[other]?.text ?? '');
    return [...counted].some((thing) => theirs.has(thing));
  });
}

export function selectMmr(
  model: StoryModel,
  candidates: number[],
  scores: number[],
  budget: Budget,
  taken: Taken = { vectors: [], words: 0 },
  claims?: ClaimTracker,
): number[] {
  const maxSimilarity = new Float64Array(candidates.length);
  const maxContained = new Float64Array(candidates.length);
  const ownWeight = Float64Array.from(candidates, (index) => {
    const vector = model.vectors[index];
    return vector === undefined ? 0 : termWeight(model, vector);
  });
  const slot = new Int32Array(model.sentences.length).fill(-1);
  candidates.forEach((index, c) => {
    slot[index] = c;
  });
  const scratch = similarityScratch(model);
  const used = new Uint8Array(candidates.length);
  const chosen: number[] = [];
  let words = taken.words;
  let points = taken.vectors.length;
  const absorb = (vector: SparseVector): void => {
    similarities(model, vector, scratch);
    for (let t = 0; t < scratch.count; t++) {
      const index = scratch.touched[t] ?? 0;
      const c = slot[index] ?? -1;
      if (c >= 0) maxSimilarity[c] = Math.max(maxSimilarity[c] ?? 0, scratch.scores[index] ?? 0);
    }
    clear(scratch);
    sharedWeight(model, vector, scratch);
    for (let t = 0; t < scratch.count; t++) {
      const index = scratch.touched[t] ?? 0;
      const c = slot[index] ?? -1;
      const own = ownWeight[c] ?? 0;
      if (c >= 0 && own > 0)
        maxContained[c] = Math.max(maxContained[c] ?? 0, (scratch.scores[index] ?? 0) / own);
    }
    clear(scratch);
  };
  for (const vector of taken.vectors) absorb(vector);
  const open = (c: number): boolean =>
    c >= 0 &&
    used[c] !== 1 &&
    claims?.blocked[candidates[c] ?? -1] !== 1 &&
    (maxSimilarity[c] ?? 0) < NEAR_DUPLICATE_COSINE &&
    (maxContained[c] ?? 0) < REPEAT_CONTAINMENT;
  const value = (c: number): number =>
    MMR_LAMBDA * (scores[c] ?? 0) - (1 - MMR_LAMBDA) * (maxSimilarity[c] ?? 0);
  const bonus = (c: number): number =>
    claims === undefined ? 0 : MMR_LAMBDA * breadthBonus(model, claims, candidates[c] ?? 0);
  while (points < budget.maxPoints && (budget.maxWords === undefined || words < budget.maxWords)) {
    let best = highestValue(candidates.length, open, value, bonus, claims === undefined ? 0 : BREADTH_WEIGHT);
    if (claims !== undefined && best >= 0) {
      best =
        slot[preferredWording(model, claims, candidates[best] ?? 0, (index) => open(slot[index] ?? -1))] ??
        best;
    }
    const index = candidates[best];
    if (index === undefined) break;
    used[best] = 1;
    const shownSoFar = [...(taken.shown ?? []), ...chosen];
    if (restatesShown(model, index, shownSoFar) || supersededToll(model, index, shownSoFar)) continue;
    if (claims !== undefined) absorbClaim(model, claims, index);
    chosen.push(index);
    points++;
    words += model.sentences[index]?.words ?? 0;
    const vector = model.vectors[index];
    if (vector !== undefined) absorb(vector);
  }
  return chosen;
}

/**
 * The open candidate with the highest MMR value plus breadth bonus. The bonus costs a pass over
 * postings, so it is computed only for the candidate with the best value without it and for
 * those close enough to beat it: within `maxBonus` (the largest bonus, before the λ factor).
 */
function highestValue(
  count: number,
  open: (c: number) => boolean,
  value: (c: number) => number,
  bonus: (c: number) => number,
  maxBonus: number,
): number {
  let top = -1;
  let topValue = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < count; c++) {
    if (!open(c)) continue;
    const without = value(c);
    if (without > topValue) {
      topValue = without;
      top = c;
    }
  }
  if (top < 0 || maxBonus === 0) return top;
  let best = top;
  let bestValue = topValue + bonus(top);
  for (let c = 0; c < count; c++) {
    if (c === top || !open(c)) continue;
    const without = value(c);
    if (without + MMR_LAMBDA * maxBonus <= bestValue) continue;
    const total = without + bonus(c);
    if (total > bestValue || (total === bestValue && c < best)) {
      bestValue = total;
      best = c;
    }
  }
  return best;
}
