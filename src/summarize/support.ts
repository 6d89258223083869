import type { StoryModel } from './story-model';
import { analyzeText, contentTerms, isNumber } from './terms';

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
 * name or negation fails rules 2–4.
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
  score: number;
}

function namesOf(text: string): Set<string> {
  const tokens = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
  const names = new Set<string>();
  for (const token of tokens.slice(1)) {
    if (/^\p{Lu}/u.test(token)) for (const term of contentTerms(token)) names.add(term);
  }
  return names;
}

export function claimOf(model: StoryModel, text: string): Claim {
  const analysis = analyzeText(text);
  const distinct = [...new Set(analysis.terms)];
  const maxIdf = Math.log(1 + Math.max(1, model.sentences.length));
  const ids = distinct.map((term) => model.vocabulary.ids.get(term) ?? -1);
  const weights = ids.map((id) => (id < 0 ? maxIdf : (model.vocabulary.idf[id] ?? maxIdf)));
  const names = namesOf(text);
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

/**
 * Support of a window given, for each of its sentences, the claim terms it contains
 * (indexes into claim.ids): the covered share of the claim's weight, or 0 when a hard rule fails.
 */
export function scoreWindow(claim: Claim, hits: number[][], negated: boolean, strict: boolean): number {
  if (claim.total === 0 || negated !== claim.negated) return 0;
  const present = new Uint8Array(claim.ids.length);
  for (const list of hits) for (const index of list) present[index] = 1;
  if (!claim.numbers.every((index) => present[index] === 1)) return 0;
  if (strict && !claim.names.every((index) => present[index] === 1)) return 0;
  let covered = 0;
  present.forEach((flag, index) => {
    if (flag === 1) covered += claim.weights[index] ?? 0;
  });
  return covered / claim.total;
}

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

/** The best window of each article, for every article where it reaches the threshold. */
export function findSupport(model: StoryModel, claim: Claim, threshold: number, strict: boolean): Support[] {
  const hits = claimHits(model, claim);
  const best = new Map<number, Support>();
  const consider = (window: number[]): void => {
    const article = model.sentences[window[0] ?? -1]?.article;
    if (article === undefined) return;
    const negated = window.some((index) => model.sentences[index]?.negated === true);
    const score = scoreWindow(
      claim,
      window.map((index) => hits.get(index) ?? []),
      negated,
      strict,
    );
    const current = best.get(article);
    const better =
      current === undefined ||
      score > current.score + 1e-9 ||
      (score > current.score - 1e-9 && window.length < current.sentences.length);
    if (score >= threshold && better) {
      best.set(article, { article, sentences: window, score });
    }
  };
  const sameArticle = (a: number, b: number): boolean =>
    model.sentences[a] !== undefined && model.sentences[a]?.article === model.sentences[b]?.article;
  for (const index of [...hits.keys()].sort((a, b) => a - b)) {
    consider([index]);
    if (sameArticle(index, index + 1)) consider([index, index + 1]);
    if (sameArticle(index - 1, index) && !hits.has(index - 1)) consider([index - 1, index]);
  }
  return [...best.values()].sort((a, b) => a.article - b.article);
}
