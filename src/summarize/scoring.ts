import {
  clear,
  type SimilarityScratch,
  type StoryModel,
  similarities,
  similarityScratch,
  textIds,
} from './story-model';
import { cosine } from './vectors';

/**
 * Relevance of a sentence = centroid similarity (Radev et al. 2004) + a lead bonus + cross-source
 * agreement. Measured on Multi-News dev at 230 words, 8 points (R-1/R-2, docs/summarization.md):
 * centroid alone 43.49/15.14; + position 43.90/15.50; + agreement 44.21/16.01; per-article
 * centroid 44.37/16.38. Neighbouring weights (position 0.1–0.25, agreement 0.2–0.5) stay within
 * ±0.35 R-1, so these are round values in a flat region, not a fit to the rows.
 */
export const RELEVANCE_WEIGHTS = { centroid: 1, position: 0.15, agreement: 0.3 } as const;

/**
 * Weight of the share of the story's other outlets that report a sentence (claim-groups.ts), so
 * a fact five outlets report outranks a detail one reports. On Multi-News dev (230 words, R-1/R-2)
 * 0 gave 44.38/16.43, 0.1 44.34/16.46, 0.2 44.21/16.42, 0.3 44.16/16.37: flat, while the outlets
 * cited per point in 5-point digests rose 1.26, 1.34, 1.39, 1.41; the gain levels off past 0.2.
 */
export const BREADTH_WEIGHT = 0.2;

/** News is written lead first; the bonus decays slowly so the second paragraph still counts. */
export function positionPrior(position: number): number {
  return 1 / Math.sqrt(1 + position);
}

/**
 * For each sentence and each article, the best cosine of one of that article's sentences with
 * it (0 for its own article), read once per story. A pair's cosine is the same sum whichever
 * sentence is read from (the shared terms in id order), so each pair is read once, from the
 * earlier sentence: agreement for every sentence at about half the cost of reading each
 * sentence's similarities on its own. Sentences of one text (a wire's sentence in each outlet
 * that runs it) have one vector, so their similarities are read once, from the first of them.
 */
const bestCosines = new WeakMap<StoryModel, Float64Array>();

function bestCosinesOf(model: StoryModel): Float64Array {
  const known = bestCosines.get(model);
  if (known !== undefined) return known;
  const articles = model.articles.length;
  const best = new Float64Array(model.sentences.length * articles);
  const scratch = similarityScratch(model);
  const most = new Float64Array(articles);
  const within = new Uint8Array(articles);
  sameTextGroups(model).forEach((group, index) => {
    if (group === null) return;
    similarities(model, model.vectors[index] ?? NO_VECTOR, scratch, index);
    if (group.length === 1) pairsOfOne(model, best, scratch, index);
    else pairsOfCopies(model, best, scratch, group, most, within);
    clear(scratch);
  });
  bestCosines.set(model, best);
  return best;
}

const NO_VECTOR = { ids: new Int32Array(0), weights: new Float64Array(0) };

/**
 * Per sentence, the sentences of the story with its text (ascending, itself first) when it is
 * the first of them, else null.
 */
function sameTextGroups(model: StoryModel): (number[] | null)[] {
  const texts = textIds(model);
  const groups: (number[] | null)[] = model.sentences.map(() => null);
  texts.forEach((first, index) => {
    const group = groups[first];
    if (group === null || group === undefined) groups[index] = [index];
    else group.push(index);
  });
  return groups;
}

/** The best cosines of one sentence's pairs with the sentences after it (in `scratch`). */
function pairsOfOne(model: StoryModel, best: Float64Array, scratch: SimilarityScratch, index: number): void {
  const articles = model.articles.length;
  const own = model.articleOf[index] ?? -1;
  for (let t = 0; t < scratch.count; t++) {
    const other = scratch.touched[t] ?? 0;
    const article = model.articleOf[other] ?? -1;
    const score = scratch.scores[other] ?? 0;
    if (article === own || article < 0 || own < 0) continue;
    if (score > (best[index * articles + article] ?? 0)) best[index * articles + article] = score;
    if (score > (best[other * articles + own] ?? 0)) best[other * articles + own] = score;
  }
}

/**
 * The same for sentences of one text, from the first one's similarities with the sentences after
 * it: each copy takes, per article, the best of those; each sentence read takes its cosine for
 * every article holding a copy. Every pair is read, some twice, each with its own cosine.
 */
function pairsOfCopies(
  model: StoryModel,
  best: Float64Array,
  scratch: SimilarityScratch,
  group: readonly number[],
  most: Float64Array,
  within: Uint8Array,
): void {
  const articles = model.articles.length;
  most.fill(0);
  within.fill(0);
  for (let t = 0; t < scratch.count; t++) {
    const other = scratch.touched[t] ?? 0;
    const article = model.articleOf[other] ?? -1;
    const score = scratch.scores[other] ?? 0;
    if (article >= 0 && score > (most[article] ?? 0)) most[article] = score;
  }
  for (const copy of group) {
    const own = model.articleOf[copy] ?? -1;
    if (own < 0) continue;
    within[own] = 1;
    for (let article = 0; article < articles; article++) {
      const score = most[article] ?? 0;
      if (article !== own && score > (best[copy * articles + article] ?? 0))
        best[copy * articles + article] = score;
    }
  }
  for (let t = 0; t < scratch.count; t++) {
    const other = scratch.touched[t] ?? 0;
    const article = model.articleOf[other] ?? -1;
    const score = scratch.scores[other] ?? 0;
    if (article < 0) continue;
    for (let own = 0; own < articles; own++)
      if (within[own] === 1 && own !== article && score > (best[other * articles + own] ?? 0))
        best[other * articles + own] = score;
  }
}

/**
 * How strongly other outlets report the same thing: for each other article, the best cosine
 * of one of its sentences with this one, averaged over those articles. 0 for a lone article.
 */
function agreement(model: StoryModel, index: number): number {
  const sentence = model.sentences[index];
  if (sentence === undefined || model.vectors[index] === undefined) return 0;
  const best = bestCosinesOf(model);
  const row = index * model.articles.length;
  let sum = 0;
  let others = 0;
  model.articles.forEach((article) => {
    if (article.index === sentence.article || article.sentences.length === 0) return;
    sum += best[row + article.index] ?? 0;
    others++;
  });
  return others === 0 ? 0 : sum / others;
}

/** Relevance of each listed sentence, aligned with `indexes`. */
/** Each sentence's relevance, computed once per story: selection may run again without some points. */
const relevanceCache = new WeakMap<StoryModel, Float64Array>();

export function relevance(model: StoryModel, indexes: number[]): number[] {
  let known = relevanceCache.get(model);
  if (known === undefined) {
    known = new Float64Array(model.sentences.length).fill(Number.NaN);
    relevanceCache.set(model, known);
  }
  const cache = known;
  return indexes.map((index) => {
    const cached = cache[index] ?? Number.NaN;
    if (!Number.isNaN(cached)) return cached;
    const sentence = model.sentences[index];
    const vector = model.vectors[index];
    if (sentence === undefined || vector === undefined) return 0;
    const score =
      RELEVANCE_WEIGHTS.centroid * cosine(vector, model.centroid) +
      RELEVANCE_WEIGHTS.position * positionPrior(sentence.position) +
      RELEVANCE_WEIGHTS.agreement * agreement(model, index);
    cache[index] = score;
    return score;
  });
}
