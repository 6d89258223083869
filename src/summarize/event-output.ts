import type { StorySummary } from '../shared/types';
import { summaryText } from './plain-text';

/** One line of `brief summarize --out` (DESIGN.md). */
export interface EventOutput {
  id: string;
  headline: string;
  points: { text: string; sources: string[] }[];
  /** The points as plain text, one per line, cut to `--max-words` when given. */
  summary: string;
}

export function toEventOutput(id: string, story: StorySummary, maxWords?: number): EventOutput {
  return {
    id,
    headline: story.headline,
    points: story.points.map((point) => ({ text: point.text, sources: [...point.sources] })),
    summary: summaryText(story.points, maxWords),
  };
}
