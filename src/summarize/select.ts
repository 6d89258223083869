import { absorbClaim, breadthBonus, type ClaimTracker, preferredWording } from './claim-groups';
import { repeatsShown } from './repeats';
import { BREADTH_WEIGHT } from './scoring';
import {
  clear,
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
 * R-1 44.50 at λ = 0.5, 44.40 at 0.6, 44.19 at 0.7 when the pipeline was young; 0.6 was kept
 * until the labelled editorial sets showed what it costs: at 0.5, 19 fewer of 2,979 stories
 * with a defect (25 fewer repeated facts, 5 more junk points) and R-1 42.94 against 42.82
 * (docs/summarization.md, "Ninety-first to ninety-fourth rounds").
 */
export const MMR_LAMBDA = 0.5;

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

/**
 * The least similarity to the first point that the statement after it in its own article counts
 * as having. A news article's second statement mostly details its first: on the labelled
 * editorial sets, 21.5% of articles' second statements give no fact their first did not give,
 * three times the rate of another article's statements against that first one (7.1%)
 * (docs/summarization.md, "The statement after the lead"). So the lead's own next sentence is
 * taken only when it is worth that much more than the others, not barred: in a story of one short
 * article it may be the only news left. This holds for lists of key points; a summary written to a
 * word budget reads as a paragraph, where the detail after the lead belongs (docs/summarization.md,
 * "The statement after the lead").
 */
export const AFTER_LEAD_SIMILARITY = 0.3;

/** A candidate that could not be placed after the points chosen so far: open again after the next. */
const DEFERRED = 2;

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
  /**
   * Whether a sentence can be placed after the points shown so far (an opening "The …" needs
   * them or the headline to name it: extract.ts placeDefinites).
   */
  placeable?: (index: number, shown: readonly number[]) => boolean;
}

/**
 * Up to the budget of `candidates` by MMR. `usable` says whether a candidate may be taken at all;
 * it is asked only of candidates that would otherwise be taken, so it may be costly.
 */
export function selectMmr(
  model: StoryModel,
  candidates: number[],
  scores: number[],
  budget: Budget,
  taken: Taken = { vectors: [], words: 0 },
  claims?: ClaimTracker,
  usable: (index: number) => boolean = () => true,
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
  // The statement after the story's first point in that point's article (AFTER_LEAD_SIMILARITY).
  let afterLead = -1;
  const markLead = (index: number): void => {
    if (model.articleOf[index + 1] === model.articleOf[index]) afterLead = index + 1;
  };
  // A summary written to a length reads as one paragraph, where a detail of the lead follows it.
  const asList = budget.maxWords === undefined;
  const lead = taken.shown?.[0];
  if (lead !== undefined && asList) markLead(lead);
  const open = (c: number): boolean =>
    c >= 0 &&
    used[c] === 0 &&
    claims?.blocked[candidates[c] ?? -1] !== 1 &&
    (maxSimilarity[c] ?? 0) < NEAR_DUPLICATE_COSINE &&
    (maxContained[c] ?? 0) < REPEAT_CONTAINMENT &&
    usable(candidates[c] ?? -1);
  const similarity = (c: number): number =>
    candidates[c] === afterLead
      ? Math.max(maxSimilarity[c] ?? 0, AFTER_LEAD_SIMILARITY)
      : (maxSimilarity[c] ?? 0);
  const value = (c: number): number => MMR_LAMBDA * (scores[c] ?? 0) - (1 - MMR_LAMBDA) * similarity(c);
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
    if (taken.placeable !== undefined && !taken.placeable(index, shownSoFar)) {
      // Not yet: a point chosen next may name what it needs ("Mr. Salcedo… told supporters…" once
      // a point names Marco Salcedo). A repeat, below, stays one.
      used[best] = DEFERRED;
      continue;
    }
    if (repeatsShown(model, index, shownSoFar)) continue;
    if (claims !== undefined) absorbClaim(model, claims, index);
    for (let c = 0; c < used.length; c++) if (used[c] === DEFERRED) used[c] = 0;
    if (lead === undefined && chosen.length === 0 && asList) markLead(index);
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
  // The value first: whether a candidate is open may cost more than its value, and only
  // candidates that would change the answer need it.
  for (let c = 0; c < count; c++) {
    const without = value(c);
    if (without > topValue && open(c)) {
      topValue = without;
      top = c;
    }
  }
  if (top < 0 || maxBonus === 0) return top;
  let best = top;
  let bestValue = topValue + bonus(top);
  for (let c = 0; c < count; c++) {
    if (c === top) continue;
    const without = value(c);
    if (without + MMR_LAMBDA * maxBonus <= bestValue || !open(c)) continue;
    const total = without + bonus(c);
    if (total > bestValue || (total === bestValue && c < best)) {
      bestValue = total;
      best = c;
    }
  }
  return best;
}
