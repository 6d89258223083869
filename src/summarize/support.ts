import { analyzeText, isNumber, namesIn } from '../shared/text/terms';
import { claimDice, isLeadSentence, namesAgree, SAME_CLAIM_DICE, SAME_CLAIM_MIN_SHARED } from './same-claim';
import type { StoryModel } from './story-model';

/**
 * How we measure that a source supports a point. A "window" is one sentence of an article or
 * two adjacent ones. A window supports a point when
 *   1. it covers at least the threshold share of the point's content terms (stemmed, stop words
 *      removed), each term weighted by its within-story IDF so names and figures count more
 *      than common words;
 *   2. every number in the point appears in it ("15,000" = "15000");
 *   3. it agrees with the point on negation (both state something negatively, or neither);
 *   4. in strict mode (model output) every name in the point (a capitalized word not opening
 *      the point) appears in it too.
 * A garbled merge of two facts fails because no single window holds both; a changed figure,
 * name or negation fails rules 2–4. For an extracted point (not model output), an outlet whose
 * lead reports the same claim in other words also supports it (same-claim.ts): rules 2 and 3
 * still hold, and rule 1 gives way to shared claim terms between mutually closest lead sentences.
 */

/** Share of a point's weighted terms an outlet's sentence must hold to count as a source. */
export const ATTRIBUTION_THRESHOLD = 0.6;
/** Model output must be closer to its source than a second outlet's wording has to be. */
export const GROUNDING_THRESHOLD = 0.7;

export interface Claim {
  /** Vocabulary ids of the point's distinct content terms; -1 for a term no source uses. */
  ids: number[];
  weights: number[];
  total: number;
  /** Indexes into `ids` of the terms that are numbers, and of those that are names. */
  numbers: number[];
  names: number[];
  negated: boolean;
}

export interface Support {
  article: number;
  /** Sentence indexes (into model.sentences) of the best window. */
  sentences: number[];
  /** Covered share of the point's weighted terms. */
  score: number;
  /** Which rule accepted it: weighted coverage, or the same claim in other words. */
  via: 'coverage' | 'paraphrase';
}

/** What support is measured against for a text; `analysis` when its terms have been read already. */
export function claimOf(
  model: StoryModel,
  text: string,
  analysis: { terms: readonly string[]; negated: boolean } = analyzeText(text),
): Claim {
  const distinct = [...new Set(analysis.terms)];
  const maxIdf = Math.log(1 + Math.max(1, model.sentences.length));
  const ids = distinct.map((term) => model.vocabulary.ids.get(term) ?? -1);
  const weights = ids.map((id) => (id < 0 ? maxIdf : (model.vocabulary.idf[id] ?? maxIdf)));
  const names = namesIn(text);
  const numbers: number[] = [];
  const nameIndexes: number[] = [];
  distinct.forEach((term, i) => {
    if (isNumber(term)) numbers.push(i);
    else if (names.has(term)) nameIndexes.push(i);
  });
  return {
    ids,
    weights,
    total: weights.reduce((sum, weight) => sum + weight, 0),
    numbers,
    names: nameIndexes,
    negated: analysis.negated,
  };
}

/** Which claim terms a window holds, reused from window to window: most stories score thousands. */
let presentScratch = new Uint8Array(64);

/**
 * Support of a window given, for each of its sentences, the claim terms it contains
 * (indexes into claim.ids): the covered share of the claim's weight, or 0 when a hard rule fails.
 */
export function scoreWindow(
  claim: Claim,
  hits: readonly (readonly number[])[],
  negated: boolean,
  strict: boolean,
): number {
  if (claim.total === 0 || negated !== claim.negated) return 0;
  const size = claim.ids.length;
  if (presentScratch.length < size)
    presentScratch = new Uint8Array(Math.max(size, 2 * presentScratch.length));
  const present = presentScratch;
  present.fill(0, 0, size);
  for (const list of hits) for (const index of list) present[index] = 1;
  if (!claim.numbers.every((index) => present[index] === 1)) return 0;
  if (strict && !claim.names.every((index) => present[index] === 1)) return 0;
  let covered = 0;
  for (let index = 0; index < size; index++) {
    if (present[index] === 1) covered += claim.weights[index] ?? 0;
  }
  return covered / claim.total;
}

const NO_HITS: readonly number[] = [];

/** For each sentence sharing a term with the claim, the claim terms it contains. */
function claimHits(model: StoryModel, claim: Claim): Map<number, number[]> {
  const hits = new Map<number, number[]>();
  claim.ids.forEach((id, index) => {
    const list = id < 0 ? undefined : model.postings[id];
    if (list === undefined) return;
    for (const sentence of list.sentences) {
      const found = hits.get(sentence);
      if (found === undefined) hits.set(sentence, [index]);
      else found.push(index);
    }
  });
  return hits;
}

/**
 * The best window of each article, for every article where it reaches the threshold. With
 * `origin`, the sentence the point was extracted from, articles whose lead states the same
 * claim in other words support it too (same-claim.ts); never in strict mode.
 */
export function findSupport(
  model: StoryModel,
  claim: Claim,
  threshold: number,
  strict: boolean,
  origin?: number,
): Support[] {
  const hits = claimHits(model, claim);
  const best = new Map<number, Support>();
  const hitWeight = (index: number): number => {
    let sum = 0;
    const terms = hits.get(index) ?? NO_HITS;
    for (let i = 0; i < terms.length; i++) sum += claim.weights[terms[i] ?? 0] ?? 0;
    return sum;
  };
  // The window of `first` and, unless -1, `second`: most windows fail the bound, so the window's
  // list is made only for those that get scored.
  const consider = (first: number, second: number): void => {
    const article = model.sentences[first]?.article;
    if (article === undefined) return;
    // Most sentences share a common word or two with the point: skip them before scoring.
    const bound = second < 0 ? hitWeight(first) : hitWeight(first) + hitWeight(second);
    if (bound < threshold * claim.total - 1e-9) return;
    const window = second < 0 ? [first] : [first, second];
    // A sentence that holds none of the point's words lends the window no denial: "Benegas will
    // remain free until the sentence is confirmed on appeal" beside "…showed that no one is above
    // the law" does not say "The sentence is not final".
    const negated = window.some(
      (index) => model.sentences[index]?.negated === true && (hits.get(index)?.length ?? 0) > 0,
    );
    const score = scoreWindow(
      claim,
      window.map((index) => hits.get(index) ?? NO_HITS),
      negated,
      strict,
    );
    const current = best.get(article);
    const better =
      current === undefined ||
      score > current.score + 1e-9 ||
      (score > current.score - 1e-9 && window.length < current.sentences.length);
    if (score >= threshold && better) {
      best.set(article, { article, sentences: window, score, via: 'coverage' });
    }
  };
  const sameArticle = (a: number, b: number): boolean =>
    model.sentences[a] !== undefined && model.sentences[a]?.article === model.sentences[b]?.article;
  for (const index of Int32Array.from(hits.keys()).sort()) {
    consider(index, -1);
    if (sameArticle(index, index + 1)) consider(index, index + 1);
    if (sameArticle(index - 1, index) && !hits.has(index - 1)) consider(index - 1, index);
  }
  if (!strict && origin !== undefined) {
    for (const found of sameClaimSupport(model, claim, hits, origin)) {
      if (!best.has(found.article)) best.set(found.article, found);
    }
  }
  return [...best.values()].sort((a, b) => a.article - b.article);
}

interface Match {
  sentence: number;
  shared: number;
  numbers: number;
  dice: number;
}

/** Articles whose closest sentence to the origin is a lead stating the same claim, and vice versa. */
function sameClaimSupport(
  model: StoryModel,
  claim: Claim,
  hits: Map<number, number[]>,
  origin: number,
): Support[] {
  const point = model.sentences[origin];
  if (point === undefined || !isLeadSentence(model, origin)) return [];
  const figures = new Set(claim.numbers);
  const closest = new Map<number, Match>();
  for (const [sentence, list] of hits) {
    const article = model.articleOf[sentence] ?? -1;
    if (article === point.article || article < 0) continue;
    let shared = 0;
    let numbers = 0;
    for (const index of list) {
      if (model.isReportingTerm[claim.ids[index] ?? -1] !== 1) shared++;
      if (figures.has(index)) numbers++;
    }
    const dice = claimDice(model, origin, sentence, shared);
    const current = closest.get(article);
    if (current === undefined || dice > current.dice)
      closest.set(article, { sentence, shared, numbers, dice });
  }
  const found: Support[] = [];
  for (const [article, match] of closest) {
    const source = model.sentences[match.sentence];
    if (source === undefined || !isLeadSentence(model, match.sentence)) continue;
    if (source.negated !== claim.negated || match.numbers < figures.size) continue;
    if (match.shared < SAME_CLAIM_MIN_SHARED || match.dice < SAME_CLAIM_DICE) continue;
    if (!namesAgree(model, origin, match.sentence)) continue;
    if (closestDice(model, match.sentence, point.article) > match.dice + 1e-9) continue;
    const covered = scoreWindow(claim, [hits.get(match.sentence) ?? []], source.negated, false);
    found.push({ article, sentences: [match.sentence], score: covered, via: 'paraphrase' });
  }
  return found;
}

/** Highest Dice of a sentence with any sentence of one article. */
function closestDice(model: StoryModel, sentence: number, article: number): number {
  const first = model.firstSentence[article] ?? 0;
  const size = model.articles[article]?.sentences.length ?? 0;
  const shared = new Int32Array(size);
  for (const id of model.vectors[sentence]?.ids ?? []) {
    if (model.isReportingTerm[id] === 1) continue;
    for (const other of model.postings[id]?.sentences ?? []) {
      if (other >= first && other < first + size) shared[other - first] = (shared[other - first] ?? 0) + 1;
    }
  }
  let best = 0;
  shared.forEach((count, offset) => {
    if (count > 0) best = Math.max(best, claimDice(model, sentence, first + offset, count));
  });
  return best;
}
