/**
 * The summarize stage: multi-source extractive summaries in which every point names the
 * articles that support it, with an optional grounded abstractive mode. Pure core; the only
 * I/O is the LLM request in summarizeStoryWithLlm, through an injectable fetch.
 */

export { MAX_POINT_WORDS } from './candidates';
export { type EventInput, parseEventLine } from './event-input';
export { type EventOutput, summaryText, toEventOutput } from './event-output';
export { compareByEvidence, meetsMinimumEvidence, PREFERRED_MIN_OUTLETS } from './evidence';
export { cleanTitle } from './headline';
export type { LlmSettings } from './llm-client';
export { countOutlets, outletKey } from './outlets';
export {
  DEFAULT_MAX_POINTS,
  MAX_POINTS,
  type SummarizeOptions,
  summarizeStory,
} from './summarize-story';
export { type LlmStorySummary, type LlmSummarizeOptions, summarizeStoryWithLlm } from './summarize-with-llm';
export { ATTRIBUTION_THRESHOLD, GROUNDING_THRESHOLD } from './support';
