import { isFallbackCandidate, isPointCandidate } from './candidates';
import { relevance } from './scoring';
import { type Budget, selectMmr, type Taken } from './select';
import type { StoryModel } from './story-model';

/** Fewest points a story should get when its text has them (issue: 3 to 8 key points). */
export const MIN_POINTS = 3;

function candidateIndexes(model: StoryModel, accept: (index: number) => boolean): number[] {
  const indexes: number[] = [];
  model.sentences.forEach((_, index) => {
    if (accept(index)) indexes.push(index);
  });
  return indexes;
}

/**
 * Extractive selection: candidates, relevance, MMR. When strict candidates cannot give
 * MIN_POINTS (stories made of one-line feed leads), looser ones fill the gap.
 */
export function extractSentences(model: StoryModel, budget: Budget, taken?: Taken): number[] {
  const strict = candidateIndexes(model, (index) => {
    const sentence = model.sentences[index];
    return sentence !== undefined && isPointCandidate(sentence);
  });
  const chosen = selectMmr(model, strict, relevance(model, strict), budget, taken);
  const have = chosen.length + (taken?.vectors.length ?? 0);
  if (have >= Math.min(MIN_POINTS, budget.maxPoints)) return chosen;
  const strictSet = new Set(strict);
  const loose = candidateIndexes(model, (index) => {
    const sentence = model.sentences[index];
    return !strictSet.has(index) && sentence !== undefined && isFallbackCandidate(sentence);
  });
  const chosenVectors = chosen.flatMap((index) => model.vectors[index] ?? []);
  const chosenWords = chosen.reduce((sum, index) => sum + (model.sentences[index]?.words ?? 0), 0);
  const more = selectMmr(
    model,
    loose,
    relevance(model, loose),
    { maxPoints: Math.min(MIN_POINTS, budget.maxPoints) },
    {
      vectors: [...(taken?.vectors ?? []), ...chosenVectors],
      words: (taken?.words ?? 0) + chosenWords,
    },
  );
  return [...chosen, ...more];
}

/** Sentences that lean on an earlier one ("He said…", "But…", "These cells…") cannot open a story. */
const LEANS_ON_CONTEXT =
  /^["“‘']?(?:he|she|it|they|we|this|these|that|those|his|her|its|their|but|and|or|however|also|so|then|there|still|yet|meanwhile)\b/i;

/**
 * Reading order: the best point that stands on its own leads (it is what the story is about);
 * the rest follow in the order a news article would give them, lead paragraphs before
 * background, with selection rank breaking ties. Order changes no point, only how they read.
 */
export function orderSentences(model: StoryModel, chosen: number[]): number[] {
  if (chosen.length === 0) return [];
  const standsAlone = (index: number): boolean => !LEANS_ON_CONTEXT.test(model.sentences[index]?.text ?? '');
  const first = chosen.find(standsAlone) ?? chosen[0] ?? 0;
  const rank = new Map(chosen.map((index, i) => [index, i]));
  const position = (index: number): number => model.sentences[index]?.position ?? 0;
  const rest = chosen.filter((index) => index !== first);
  rest.sort((a, b) => position(a) - position(b) || (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
  return [first, ...rest];
}
