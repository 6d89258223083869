import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { type ArticleRecord, type ClusterTuning, clusterRecords, parseRecordLines } from '../cluster';
import { splitByCluster } from './cluster-halves';
import { type ClusterScores, scoreClustering } from './cluster-metrics';
import { describeMerges, evaluateFixtures } from './fixture-eval';
import { splitGoldByGaps } from './gold-window';

/** One clustering run of one file. */
export interface ClusterEvalRow {
  file: string;
  /**
   * Which configuration: `production` (the production window, scored against the gold events
   * cut at gaps longer than it), `no-window` (window off, plain gold), `baseline`, or
   * `production-half-1`/`-2` (production on each half of the file's clusters).
   */
  run: string;
  windowHours: number;
  seconds: number;
  scores: ClusterScores;
}

interface EvalRun {
  name: string;
  windowHours: number;
  tuning?: Partial<ClusterTuning>;
  /** Only for files whose lines carry a `published` time. */
  timedOnly?: boolean;
  /** Score against the gold events cut wherever one has no article for longer than the window. */
  splitGold?: boolean;
}

/**
 * The plain single-pass TF-IDF baseline, through the same code: one fixed threshold (0.15
 * gave the best mean B³ F1 over the dev files), no length adaptation, no merge pass, the
 * whole text, title counted once, raw term counts, the usual IDF ln((1+N)/(1+df)) + 1, no
 * shared-term, name, resumption or opening rule.
 */
export const BASELINE_TUNING: Partial<ClusterTuning> = {
  titleWeight: 1,
  sublinearTf: false,
  leadWords: 2000,
  maxDocTerms: 4000,
  idfFloor: 1,
  idfPriorDocs: 1,
  idfPriorRate: 1,
  joinBase: 0.15,
  joinPerLogWord: 0,
  mergeBase: Number.POSITIVE_INFINITY,
  minSharedShare: 0,
  nameConflictPenalty: 0,
  headlineConflictPenalty: 0,
  quietHeadlineCosine: 0,
  unlikeHeadlineCosine: 0,
  openingShare: 0,
};

// Production runs with its 72 h window, so a gold event that goes quiet for longer than that
// can only come back as a new story: the production figures are scored against the gold cut at
// such gaps (docs/clustering.md). Files without times are unaffected by the window. The same
// configuration without a window against the plain gold, and the baseline, are shown beside it.
export const PRODUCTION_WINDOW_HOURS = 72;
const RUNS: EvalRun[] = [
  { name: 'production', windowHours: PRODUCTION_WINDOW_HOURS, splitGold: true },
  { name: 'no-window', windowHours: 0, timedOnly: true },
  { name: 'baseline', windowHours: 0, tuning: BASELINE_TUNING },
];

const f = (value: number): string => value.toFixed(4);

/** The metrics of one run as table cells (shared with `brief cluster --gold`). */
export function metricCells(scores: ClusterScores): string[] {
  return [
    String(scores.items),
    String(scores.goldClusters),
    String(scores.predictedClusters),
    f(scores.bcubed.precision),
    f(scores.bcubed.recall),
    f(scores.bcubed.f1),
    f(scores.pairwise.precision),
    f(scores.pairwise.recall),
    f(scores.pairwise.f1),
    f(scores.nmiSqrt),
    f(scores.nmiArithmetic),
    f(scores.homogeneity),
    f(scores.completeness),
    f(scores.ari),
  ];
}

export const METRIC_HEADER = [
  'docs',
  'gold',
  'pred',
  'B3 P',
  'B3 R',
  'B3 F1',
  'pair P',
  'pair R',
  'pair F1',
  'NMI sqrt',
  'NMI arith',
  'H',
  'C',
  'ARI',
];

/** Formats rows as a fixed-width text table. */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)),
  );
  const line = (cells: string[]): string => cells.map((cell, i) => cell.padStart(widths[i] ?? 0)).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

function evaluate(
  file: string,
  records: readonly ArticleRecord[],
  gold: ReadonlyMap<string, string>,
  run: EvalRun,
): ClusterEvalRow {
  const started = performance.now();
  const assigned = clusterRecords(records, { windowHours: run.windowHours, tuning: run.tuning ?? {} });
  const seconds = (performance.now() - started) / 1000;
  const predicted = new Map(records.map((record, index) => [record.id, assigned[index]!]));
  const scoredGold = run.splitGold ? splitGoldByGaps(records, gold, run.windowHours) : gold;
  return {
    file,
    run: run.name,
    windowHours: run.windowHours,
    seconds,
    scores: scoreClustering(scoredGold, predicted),
  };
}

/**
 * Clusters our own fixture feeds (test/fixtures/feeds) as a new installation would, and
 * prints the figures and every story that mixes events. Needs no outside data.
 */
export async function runFixtureEval(): Promise<ClusterEvalRow[]> {
  const rows: ClusterEvalRow[] = [];
  let merges: string[] = [];
  let splits: string[] = [];
  for (const [run, tuning] of [
    ['production', {}],
    ['baseline', BASELINE_TUNING],
  ] as const) {
    const started = performance.now();
    const result = await evaluateFixtures(tuning);
    const seconds = (performance.now() - started) / 1000;
    rows.push({ file: 'fixture-feeds', run, windowHours: 72, seconds, scores: result.scores });
    if (run === 'production') {
      merges = describeMerges(result.wrongMerges);
      splits = result.splitEvents;
    }
  }
  printRows(rows);
  console.log(
    'fixture-feeds: the 15 manifest feeds of test/fixtures/feeds through parseFeed and normalizeItem, ' +
      'clustered in publication order with the 72 h window and empty memory (cold start), against events.yaml.',
  );
  console.log(
    merges.length === 0 ? 'No story mixes events.' : `Stories mixing events:\n${merges.join('\n')}`,
  );
  console.log(splits.length === 0 ? 'No event is split.' : `Events split over stories: ${splits.join(', ')}`);
  return rows;
}

function printRows(rows: readonly ClusterEvalRow[]): void {
  const cells = rows.map((row) => [row.file, row.run, ...metricCells(row.scores), row.seconds.toFixed(1)]);
  console.log(formatTable(['file', 'run', ...METRIC_HEADER, 's'], cells));
}

/**
 * Clusters our fixture feeds (runFixtureEval), then every labelled `.jsonl` file of `dataDir`
 * through `brief cluster`'s code, prints one table with the data README's metrics per file
 * and run, and returns the figures. When the folder is absent it says so and returns the
 * fixture rows only.
 */
export async function runClusterEval(dataDir: string): Promise<ClusterEvalRow[]> {
  const rows = await runFixtureEval();
  console.log('');
  if (!existsSync(dataDir)) {
    console.log(`clustering data not found at ${dataDir}: skipped (the project does not ship it)`);
    return rows;
  }
  const files = (await readdir(dataDir)).filter((name) => name.endsWith('.jsonl')).sort();
  if (files.length === 0) {
    console.log(`no .jsonl files in ${dataDir}: skipped`);
    return rows;
  }
  const dataRows: ClusterEvalRow[] = [];
  for (const name of files) {
    const { records, gold } = parseRecordLines(await readFile(join(dataDir, name), 'utf8'));
    const file = basename(name, '.jsonl');
    const timed = records.some((record) => record.published !== '');
    for (const run of RUNS) {
      if (run.timedOnly && !timed) continue;
      dataRows.push(evaluate(file, records, gold, run));
    }
    splitByCluster(records, gold).forEach((half, index) => {
      const halfGold = new Map(half.map((record) => [record.id, gold.get(record.id) ?? '']));
      dataRows.push(evaluate(file, half, halfGold, { ...RUNS[0]!, name: `production-half-${index + 1}` }));
    });
  }
  printRows(dataRows);
  console.log(
    'production: default tuning with the 72 h window, scored against the gold events cut wherever one has no ' +
      'article for more than 72 h (files without times: the window does not apply); no-window: the same tuning ' +
      'without a window against the plain gold; baseline: plain single-pass TF-IDF (threshold 0.15, no merge, ' +
      "no window); production-half-1/2: production on each half of the file's clusters, split as the data " +
      'README splits dev from held-out. Metrics as defined in the data README.',
  );
  return [...rows, ...dataRows];
}
