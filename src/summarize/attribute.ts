import type { SummaryPoint } from '../shared/types';
import type { StoryModel } from './story-model';
import { ATTRIBUTION_THRESHOLD, claimOf, findSupport, GROUNDING_THRESHOLD, type Support } from './support';

/**
 * A point with every article whose text supports it, not only the one it was taken from:
 * the outlet it came from first, then the others in input order.
 */
export function attributeExtract(model: StoryModel, sentenceIndex: number): SummaryPoint {
  const sentence = model.sentences[sentenceIndex];
  if (sentence === undefined) return { text: '', sources: [] };
  const support = findSupport(model, claimOf(model, sentence.text), ATTRIBUTION_THRESHOLD, false);
  const articles = [sentence.article, ...support.map((found) => found.article)];
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
