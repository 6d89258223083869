import type { StorySummary, SummaryPoint } from '../shared/types';

/** One line of `brief summarize --out` (docs/summarization.md, "API"). */
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

/**
 * The points as plain text, one per line (ROUGE-L treats each line as a unit), cut to
 * `maxWords` whitespace-separated words when given.
 */
export function summaryText(points: SummaryPoint[], maxWords?: number): string {
  const lines: string[] = [];
  let left = maxWords ?? Number.POSITIVE_INFINITY;
  for (const point of points) {
    if (left <= 0) break;
    const pieces = point.text
      .trim()
      .split(/\s+/)
      .filter((piece) => piece.length > 0);
    if (pieces.length === 0) continue;
    lines.push(pieces.slice(0, left).join(' '));
    left -= pieces.length;
  }
  return lines.join('\n');
}
