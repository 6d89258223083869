import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_MAX_POINTS } from '../shared/key-points';
import { wordCount } from '../shared/text/terms';
import { parseEventLine } from '../summarize/event-input';
import { summaryText } from '../summarize/event-output';
import { summarizeStory } from '../summarize/summarize-story';
import { checkCitations } from './citation-check';
import { addStory, type DigestQuality, emptyDigestQuality, formatDigestQuality } from './digest-quality';
import { formatRouge, macroAverage, type RougeScores, rougeScores } from './rouge';

/** The length the Multi-News references have on average (228 words); the setting. */
export const EVAL_MAX_WORDS = 230;
/** The email's setting (config `summarize.maxPoints`, its default): no word budget. */
export const DIGEST_MAX_POINTS = DEFAULT_MAX_POINTS;

/** The figures of one run over the file (the unsupported citations are printed, not kept). */
export interface SummarizeEvalResult {
  file: string;
  points: number;
  /** (point, cited article) pairs, and those the independent check (citation-check.ts) supports. */
  citations: number;
  supportedCitations: number;
  maxPointWords: number;
  events: number;
  rouge: RougeScores;
  /** Redundancy and attribution breadth at --max-words 230, and at the digest's points. */
  quality: DigestQuality;
  digestQuality: DigestQuality;
  seconds: number;
}

/** Accepts the data root (…/shared/data) or the summarization folder itself. */
export function devFile(dataDir: string): string | null {
  for (const candidate of [join(dataDir, 'summarization', 'dev.jsonl'), join(dataDir, 'dev.jsonl')]) {
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

/**
 * Scores the summarizer on the Multi-News dev file at --max-words 230 and checks every
 * citation of both runs (230 words, and the email's 5 points) with the independent check. Prints a line and returns null when the data is
 * absent (the project builds and tests without it).
 */
export async function runSummarizeEval(
  dataDir: string,
  print: (line: string) => void = console.log,
): Promise<SummarizeEvalResult | null> {
  const file = devFile(dataDir);
  if (file === null) {
    print(`summarize eval: skipped, no summarization/dev.jsonl under ${dataDir}`);
    return null;
  }
  const started = performance.now();
  const lines = readFileSync(file, 'utf8').split('\n');
  const scores: RougeScores[] = [];
  const totals = { points: 0, citations: 0, supported: 0, max: 0 };
  const unsupported: string[] = [];
  const quality = emptyDigestQuality();
  const digestQuality = emptyDigestQuality();
  lines.forEach((line, i) => {
    if (line.trim().length === 0) return;
    const event = parseEventLine(line, i + 1);
    const story = summarizeStory(event.articles, { maxWords: EVAL_MAX_WORDS });
    const digest = summarizeStory(event.articles, { maxPoints: DIGEST_MAX_POINTS });
    addStory(quality, event.articles, story.points);
    addStory(digestQuality, event.articles, digest.points);
    scores.push(rougeScores(summaryText(story.points, EVAL_MAX_WORDS), event.summary ?? ''));
    for (const points of [story.points, digest.points]) {
      const report = checkCitations(event.articles, points);
      totals.citations += report.citations;
      totals.supported += report.supported;
      for (const failure of report.failures)
        unsupported.push(
          `${event.id} ${failure.articleId}: ${failure.point} [lacks ${failure.missing.join(', ')}]`,
        );
    }
    totals.points += story.points.length;
    for (const point of story.points) totals.max = Math.max(totals.max, wordCount(point.text));
  });
  const result: SummarizeEvalResult = {
    file,
    events: scores.length,
    rouge: macroAverage(scores),
    points: totals.points,
    citations: totals.citations,
    supportedCitations: totals.supported,
    maxPointWords: totals.max,
    quality,
    digestQuality,
    seconds: (performance.now() - started) / 1000,
  };
  printResult(result, unsupported, print);
  return result;
}

function printResult(
  result: SummarizeEvalResult,
  unsupported: string[],
  print: (line: string) => void,
): void {
  const allSupported = result.supportedCitations === result.citations;
  print(`summarize eval: ${result.events} events from ${result.file}, --max-words ${EVAL_MAX_WORDS}`);
  print(`  ${formatRouge(result.rouge)}`);
  print(
    `  citations (independent check, both runs): ${allSupported ? 'PASS' : 'FAIL'}, ` +
      `${result.supportedCitations}/${result.citations} cited articles hold the point in one passage`,
  );
  for (const line of unsupported.slice(0, 5)) print(`    unsupported ${line}`);
  print(`  max point length: ${result.maxPointWords} words (limit 60)`);
  for (const line of formatDigestQuality(result.quality)) print(`  ${line}`);
  print(`  as in the email (${DIGEST_MAX_POINTS} points, no word budget):`);
  for (const line of formatDigestQuality(result.digestQuality)) print(`    ${line}`);
  print(
    `  ${(result.points / Math.max(1, result.events)).toFixed(2)} points per event, ${result.seconds.toFixed(1)} s`,
  );
}
