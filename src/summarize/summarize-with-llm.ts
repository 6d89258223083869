import { errorMessage } from '../shared/errors';
import { contentTerms, wordCount, words as wordTokens } from '../shared/text/terms';
import type { ContentDoc, StorySummary, SummaryPoint } from '../shared/types';
import { attributeExtract, attributeGenerated } from './attribute';
import { MAX_POINT_WORDS } from './candidates';
import { choosePoints } from './extract';
import { chatCompletion, type LlmSettings } from './llm-client';
import { buildMessages, parsePoints } from './llm-prompt';
import { NEAR_DUPLICATE_COSINE } from './select';
import { standaloneOf } from './standalone';
import {
  analyzeStory,
  assembleSummary,
  extractiveSummary,
  resolveBudget,
  type StoryAnalysis,
  type SummarizeOptions,
} from './summarize-story';
import { cosine, type SparseVector, tfidfVector } from './vectors';

export interface LlmSummarizeOptions extends SummarizeOptions {
  llm: LlmSettings;
  /** Injected for tests and proxies; the global fetch by default. */
  fetch?: typeof fetch;
}

export type LlmStorySummary = StorySummary & {
  /** 'llm' when at least one generated point survived the grounding check. */
  mode: 'llm' | 'extractive';
  /** Generated points not shown: unsupported by any source sentence, too long, or repeats. */
  dropped: number;
  /** Why the model was not used at all (error, timeout), when that happened. */
  fallbackReason?: string;
};

interface Grounded {
  points: SummaryPoint[];
  vectors: SparseVector[];
  words: number;
  dropped: number;
  /** Source sentences supporting the kept points: extractive fill must not restate them. */
  sentences: number[];
}

/** Keeps the generated points that sources support, within the budget, without repeats. */
function groundPoints(
  analysis: StoryAnalysis,
  generated: string[],
  maxPoints: number,
  maxWords?: number,
): Grounded {
  const kept: Grounded = { points: [], vectors: [], words: 0, dropped: 0, sentences: [] };
  for (const text of generated) {
    if (kept.points.length >= maxPoints || (maxWords !== undefined && kept.words >= maxWords)) break;
    const words = wordCount(text);
    const tooLong = Math.max(words, wordTokens(text).length) > MAX_POINT_WORDS;
    const vector = tfidfVector(contentTerms(text), analysis.model.vocabulary);
    const repeat = kept.vectors.some((other) => cosine(vector, other) >= NEAR_DUPLICATE_COSINE);
    const { point, support } = attributeGenerated(analysis.model, text);
    if (repeat || tooLong || point.sources.length === 0) {
      kept.dropped++;
      continue;
    }
    kept.points.push(point);
    kept.sentences.push(...support.flatMap((found) => found.sentences));
    kept.vectors.push(vector);
    kept.words += words;
  }
  return kept;
}

/**
 * Abstractive summary through an OpenAI-compatible endpoint, grounded: each generated point
 * must be supported by source sentences under the strict rules of support.ts, or it is dropped
 * and extractive points fill its place. Any error or the timeout gives the extractive summary.
 */
export async function summarizeStoryWithLlm(
  articles: ContentDoc[],
  options: LlmSummarizeOptions,
): Promise<LlmStorySummary> {
  const analysis = analyzeStory(articles, options.readAt);
  const budget = resolveBudget(options);
  const extractive = (dropped: number, fallbackReason?: string): LlmStorySummary => ({
    ...extractiveSummary(analysis, budget),
    mode: 'extractive',
    dropped,
    ...(fallbackReason === undefined ? {} : { fallbackReason }),
  });
  if (analysis.model.sentences.length === 0) return extractive(0);
  let generated: string[];
  try {
    const reply = await chatCompletion(
      options.llm,
      buildMessages(analysis.model, budget.maxPoints),
      options.fetch,
    );
    generated = parsePoints(reply);
  } catch (error) {
    return extractive(0, errorMessage(error));
  }
  const grounded = groundPoints(analysis, generated, budget.maxPoints, budget.maxWords);
  if (grounded.points.length === 0) return extractive(grounded.dropped);
  const fill = choosePoints(analysis.model, budget, analysis.title, {
    vectors: grounded.vectors,
    words: grounded.words,
    sentences: grounded.sentences,
  });
  const points = [
    ...grounded.points,
    ...fill.map((index) =>
      attributeExtract(analysis.model, index, standaloneOf(analysis.model, index)?.text),
    ),
  ];
  return { ...assembleSummary(analysis, points), mode: 'llm', dropped: grounded.dropped };
}
