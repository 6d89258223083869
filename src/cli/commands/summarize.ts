import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { Command, InvalidArgumentError } from 'commander';
import { formatRouge, macroAverage, type RougeScores, rougeScores } from '../../eval/rouge';
import { BriefError } from '../../shared/errors';
import {
  DEFAULT_MAX_POINTS,
  MAX_POINTS,
  parseEventLine,
  summarizeStory,
  toEventOutput,
} from '../../summarize/index';

export interface SummarizeRun {
  inPath: string;
  outPath: string;
  maxWords?: number;
  maxPoints?: number;
  /** Score each output against the line's "summary" field. */
  gold?: boolean;
}

export interface SummarizeRunResult {
  events: number;
  /** Macro-averaged F1 ×100 when `gold` was asked for. */
  rouge: RougeScores | null;
}

function positiveInteger(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) throw new InvalidArgumentError('expected a positive integer');
  return parsed;
}

/**
 * `brief summarize` (docs/summarization.md, "API"): events in, one summary line out per event, through the
 * production summarizer. Writes to a temporary file renamed at the end, so malformed input
 * leaves no half-written output; the error names the line.
 */
export async function runSummarize(run: SummarizeRun): Promise<SummarizeRunResult> {
  const partial = `${run.outPath}.partial`;
  const output = createWriteStream(partial, { encoding: 'utf8' });
  const lines = createInterface({
    input: createReadStream(run.inPath, { encoding: 'utf8' }),
    crlfDelay: Infinity,
  });
  const scores: RougeScores[] = [];
  let lineNumber = 0;
  let events = 0;
  try {
    for await (const line of lines) {
      lineNumber++;
      if (line.trim().length === 0) continue;
      const event = parseEventLine(line, lineNumber);
      if (run.gold && event.summary === null) {
        throw new BriefError('summarize', 'BAD_INPUT', `line ${lineNumber}: --gold needs a "summary" string`);
      }
      const options = { maxWords: run.maxWords, maxPoints: run.maxPoints };
      const result = toEventOutput(event.id, summarizeStory(event.articles, options), run.maxWords);
      if (run.gold) scores.push(rougeScores(result.summary, event.summary ?? ''));
      events++;
      if (!output.write(`${JSON.stringify(result)}\n`)) await once(output, 'drain');
    }
    output.end();
    await once(output, 'finish');
    await rename(partial, run.outPath);
  } catch (error) {
    // A write may still be in flight; its late error is expected once the stream is destroyed.
    output.on('error', () => undefined);
    output.destroy();
    await rm(partial, { force: true });
    throw error;
  } finally {
    lines.close();
  }
  return { events, rouge: run.gold ? macroAverage(scores) : null };
}

export function summarizeCommand(): Command {
  return new Command('summarize')
    .description('Summarize events (JSONL) with the production summarizer; --gold scores them with ROUGE')
    .requiredOption('--in <file>', 'input JSONL: {id, articles:[{id,title,text,published,source,url}]}')
    .requiredOption('--out <file>', 'output JSONL: {id, headline, points:[{text,sources}], summary}')
    .option(
      '--max-words <n>',
      'word budget per summary; "summary" is cut to it (evaluation)',
      positiveInteger,
    )
    .option(
      '--max-points <n>',
      `most points per story (1–${MAX_POINTS}; default ${DEFAULT_MAX_POINTS}, or ${MAX_POINTS} with --max-words)`,
      positiveInteger,
    )
    .option('--gold', 'read each line\'s "summary" as the reference and print ROUGE-1/2/L F1')
    .action(
      async (options: { in: string; out: string; maxWords?: number; maxPoints?: number; gold?: boolean }) => {
        const started = performance.now();
        const result = await runSummarize({
          inPath: options.in,
          outPath: options.out,
          maxWords: options.maxWords,
          maxPoints: options.maxPoints,
          gold: options.gold === true,
        });
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        process.stdout.write(`summarized ${result.events} events into ${options.out} in ${seconds} s\n`);
        if (result.rouge !== null)
          process.stdout.write(`${formatRouge(result.rouge)} (macro average ×100)\n`);
      },
    );
}
