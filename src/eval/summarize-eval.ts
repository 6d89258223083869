import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEventLine } from '../summarize/event-input';
import { summaryText } from '../summarize/event-output';
import { summarizeStory } from '../summarize/summarize-story';
import { type AttributionReport, checkAttribution } from '../summarize/verify';
import { addStory, type DigestQuality, emptyDigestQuality, formatDigestQuality } from './digest-quality';
import { formatRouge, macroAverage, type RougeScores, rougeScores } from './rouge';

/** The length the Multi-News references have on average (228 words); the setting. */
export const EVAL_MAX_WORDS = 230;
/** The email's setting (src/app/build-edition.ts): 5 points, no word budget. */
export const DIGEST_MAX_POINTS = 5;

/** The attribution counts summed over the file (the unattributed points are printed, not kept). */
export interface SummarizeEvalResult extends Omit<AttributionReport, 'unattributed'> {
  file: string;
  events: number;
  rouge: RougeScores;
  /** Redundancy and attribution breadth at --max-words 230, and at the digest's 5 points. */
  quality: DigestQuality;
  digestQuality: DigestQuality;
  seconds: number;
}

/** Accepts the data root (…/shared/data) or the summarization folder itself. */
function devFile(dataDir: string): string | null {
  for (const candidate of [join(dataDir, 'summarization', 'dev.jsonl'), join(dataDir, 'dev.jsonl')]) {
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

/**
 * Scores the summarizer on the Multi-News dev file at --max-words 230 and checks that every
 * point is attributed to a source sentence. Prints a line and returns null when the data is
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
  const totals = { points: 0, attributed: 0, verbatim: 0, listedSources: 0, supportedSources: 0, max: 0 };
  const unattributed: string[] = [];
  const quality = emptyDigestQuality();
  const digestQuality = emptyDigestQuality();
  lines.forEach((line, i) => {
    if (line.trim().length === 0) return;
    const event = parseEventLine(line, i + 1);
    const story = summarizeStory(event.articles, { maxWords: EVAL_MAX_WORDS });
    addStory(quality, event.articles, story.points);
    addStory(
      digestQuality,
      event.articles,
      summarizeStory(event.articles, { maxPoints: DIGEST_MAX_POINTS }).points,
    );
    scores.push(rougeScores(summaryText(story.points, EVAL_MAX_WORDS), event.summary ?? ''));
    const report = checkAttribution(event.articles, story.points);
    totals.points += report.points;
    totals.attributed += report.attributed;
    totals.verbatim += report.verbatim;
    totals.listedSources += report.listedSources;
    totals.supportedSources += report.supportedSources;
    totals.max = Math.max(totals.max, report.maxPointWords);
    unattributed.push(...report.unattributed.map((text) => `${event.id}: ${text}`));
  });
  const result: SummarizeEvalResult = {
    file,
    events: scores.length,
    rouge: macroAverage(scores),
    points: totals.points,
    attributed: totals.attributed,
    verbatim: totals.verbatim,
    listedSources: totals.listedSources,
    supportedSources: totals.supportedSources,
    maxPointWords: totals.max,
    quality,
    digestQuality,
    seconds: (performance.now() - started) / 1000,
  };
  printResult(result, unattributed, print);
  return result;
}

function printResult(
  result: SummarizeEvalResult,
  unattributed: string[],
  print: (line: string) => void,
): void {
  const allAttributed = result.attributed === result.points;
  print(`summarize eval: ${result.events} events from ${result.file}, --max-words ${EVAL_MAX_WORDS}`);
  print(`  ${formatRouge(result.rouge)}`);
  print(
    `  attribution: ${allAttributed ? 'PASS' : 'FAIL'}, ${result.attributed}/${result.points} points supported ` +
      `by a sentence of a listed source; ${result.verbatim}/${result.points} verbatim in a listed source; ` +
      `${result.supportedSources}/${result.listedSources} listed sources support their point`,
  );
  for (const line of unattributed.slice(0, 5)) print(`    unattributed ${line}`);
  print(`  max point length: ${result.maxPointWords} words (limit 60)`);
  for (const line of formatDigestQuality(result.quality)) print(`  ${line}`);
  print(`  as in the email (${DIGEST_MAX_POINTS} points, no word budget):`);
  for (const line of formatDigestQuality(result.digestQuality)) print(`    ${line}`);
  print(
    `  ${(result.points / Math.max(1, result.events)).toFixed(2)} points per event, ${result.seconds.toFixed(1)} s`,
  );
}
