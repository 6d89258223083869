import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { Command, InvalidArgumentError } from 'commander';
import { clusterRecords, parseRecordLines } from '../../cluster/index';
import { formatTable, METRIC_HEADER, metricCells } from '../../eval/cluster-eval';
import { type ClusterScores, scoreClustering } from '../../eval/cluster-metrics';
import { BriefError } from '../../shared/errors';

export interface ClusterRun {
  inPath: string;
  outPath: string;
  /**
   * Hours; absent or 0: no window. Production applies `cluster.windowHours` (72 h); the CLI
   * scores story-level labels that span years, so it applies a window only when asked.
   */
  windowHours?: number;
  /** Score the assignment against the input's `cluster` field. */
  gold?: boolean;
}

export interface ClusterRunResult {
  articles: number;
  stories: number;
  seconds: number;
  scores: ClusterScores | null;
}

function nonNegativeNumber(value: string): number {
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < 0) throw new InvalidArgumentError('expected a number ≥ 0');
  return parsed;
}

/**
 * `brief cluster` (docs/clustering.md, "API"): articles in, `{id,cluster}` out for every input line, through
 * the production clusterer in `published` order. Output goes to a temporary file renamed at
 * the end, so malformed input (the error names the line) leaves no half-written file.
 */
export async function runCluster(run: ClusterRun): Promise<ClusterRunResult> {
  const { records, gold } = parseRecordLines(await readFile(run.inPath, 'utf8'));
  if (run.gold && gold.size === 0) {
    throw new BriefError('cli', 'BAD_INPUT', `--gold: no line of ${run.inPath} has a "cluster" field`);
  }
  const started = performance.now();
  const assigned = clusterRecords(records, { windowHours: run.windowHours ?? 0 });
  const seconds = (performance.now() - started) / 1000;
  const lines = records.map((record, index) => JSON.stringify({ id: record.id, cluster: assigned[index] }));
  const partial = `${run.outPath}.partial`;
  try {
    await writeFile(partial, lines.length === 0 ? '' : `${lines.join('\n')}\n`, 'utf8');
    await rename(partial, run.outPath);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  const predicted = new Map(records.map((record, index) => [record.id, assigned[index]!]));
  return {
    articles: records.length,
    stories: new Set(assigned).size,
    seconds,
    scores: run.gold ? scoreClustering(gold, predicted) : null,
  };
}

export function clusterCommand(): Command {
  return new Command('cluster')
    .description('Cluster articles (JSONL) into stories with the production clusterer; --gold prints metrics')
    .requiredOption('--in <file>', 'input JSONL: {id,title,text,published,source,url}')
    .requiredOption('--out <file>', 'output JSONL: {id,cluster} for every input line')
    .option('--gold', 'read each line\'s "cluster" field as the gold story and print the metrics')
    .option(
      '--window-hours <hours>',
      'compare an article only with stories whose last article is this recent (default: no window; ' +
        'production uses cluster.windowHours, 72 h, but labelled research sets group stories over ' +
        'months or years, which any window splits)',
      nonNegativeNumber,
    )
    .action(async (options: { in: string; out: string; gold?: boolean; windowHours?: number }) => {
      const result = await runCluster({
        inPath: options.in,
        outPath: options.out,
        gold: options.gold ?? false,
        ...(options.windowHours === undefined ? {} : { windowHours: options.windowHours }),
      });
      process.stdout.write(
        `clustered ${result.articles} articles into ${result.stories} stories in ${result.seconds.toFixed(1)} s → ${options.out}\n`,
      );
      if (result.scores) {
        process.stdout.write(`${formatTable(METRIC_HEADER, [metricCells(result.scores)])}\n`);
      }
    });
}
