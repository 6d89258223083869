import type { SummaryPoint } from '../shared/types';
import type { StoryModel } from './story-model';
import { ATTRIBUTION_THRESHOLD, claimOf, findSupport, GROUNDING_THRESHOLD, type Support } from './support';

/**
 * Support found per story and sentence: selection asks for it when choosing a claim's wording
 * and when marking the claim as shown, attribution once more for the chosen points.
 */
const supportCache = new WeakMap<StoryModel, Map<number, Support[]>>();

/** Every other article whose text supports an extracted sentence, by coverage or as the same claim. */
export function supportOfExtract(model: StoryModel, sentenceIndex: number): Support[] {
  let cache = supportCache.get(model);
  if (cache === undefined) {
    cache = new Map();
    supportCache.set(model, cache);
  }
  const cached = cache.get(sentenceIndex);
  if (cached !== undefined) return cached;
  const sentence = model.sentences[sentenceIndex];
  if (sentence === undefined) return [];
  const claim = claimOf(model, sentence.text);
  const found = findSupport(model, claim, ATTRIBUTION_THRESHOLD, false, sentenceIndex).filter(
    (support) => support.article !== sentence.article,
  );
  cache.set(sentenceIndex, found);
  return found;
}

/**
 * A point with every article whose text supports it, not only the one it was taken from:
 * the outlet it came from first, then the others in input order.
 */
export function attributeExtract(model: StoryModel, sentenceIndex: number): SummaryPoint {
  const sentence = model.sentences[sentenceIndex];
  if (sentence === undefined) return { text: '', sources: [] };
  const articles = [
    sentence.article,
    ...supportOfExtract(model, sentenceIndex).map((found) => found.article),
  ];
  return { text: sentence.text, sources: articleIds(model, articles) };
}

/**
 * Sources of a generated point under the strict rules; an empty list means no source
 * supports it and the point must not be shown.
 */
export function attributeGenerated(
  model: StoryModel,
  text: string,
): { point: SummaryPoint; support: Support[] } {
  const support = findSupport(model, claimOf(model, text), GROUNDING_THRESHOLD, true);
  const ordered = [...support].sort((a, b) => b.score - a.score || a.article - b.article);
  return {
    point: {
      text,
      sources: articleIds(
        model,
        ordered.map((found) => found.article),
      ),
    },
    support: ordered,
  };
}

function articleIds(model: StoryModel, articleIndexes: number[]): string[] {
  const ids: string[] = [];
  for (const index of articleIndexes) {
    const id = model.articles[index]?.doc.id;
    if (id !== undefined && !ids.includes(id)) ids.push(id);
  }
  return ids;
}
