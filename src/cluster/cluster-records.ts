import { BriefError } from '../shared/errors';
import type { ContentDoc } from '../shared/types';
import { createClusterer } from './clusterer';
import type { ClusterTuning } from './tuning';

/** One line of the `brief cluster` input; every field but `id` may be empty. */
export interface ArticleRecord {
  id: string;
  title: string;
  text: string;
  /** ISO 8601, or '' when unknown. */
  published: string;
  source: string;
  url: string;
}

export interface RecordClusterOptions {
  windowHours?: number;
  tuning?: Partial<ClusterTuning>;
}

/** Parsed input lines, plus the `cluster` field of each line that has one (gold labels). */
export interface ParsedRecords {
  records: ArticleRecord[];
  gold: Map<string, string>;
}

function field(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

function parseLine(line: string, lineNumber: number): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new BriefError('cluster', 'BAD_INPUT', `line ${lineNumber}: not valid JSON (${reason})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new BriefError('cluster', 'BAD_INPUT', `line ${lineNumber}: expected a JSON object`);
  }
  return value as Record<string, unknown>;
}

/**
 * Reads JSONL `{id,title,text,published,source,url[,cluster]}`; blank lines are skipped,
 * missing fields read as ''. A malformed line or one without an id is an error naming it.
 */
export function parseRecordLines(text: string): ParsedRecords {
  const records: ArticleRecord[] = [];
  const gold = new Map<string, string>();
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const value = parseLine(line, index + 1);
    const id = field(value.id);
    if (id === '') throw new BriefError('cluster', 'BAD_INPUT', `line ${index + 1}: missing "id"`);
    records.push({
      id,
      title: field(value.title),
      text: field(value.text),
      published: field(value.published),
      source: field(value.source),
      url: field(value.url),
    });
    const cluster = field(value.cluster);
    if (cluster !== '') gold.set(id, cluster);
  });
  return { records, gold };
}

function timeOf(published: string): number | null {
  if (published.trim() === '') return null;
  const time = Date.parse(published);
  return Number.isNaN(time) ? null : time;
}

/**
 * Processing order of the CLI contract: by `published`; a line without a time keeps its
 * place after the timed line that precedes it in the file (at the start if none does), so
 * untimed lines keep file order. Stable for equal times.
 */
export function streamOrder(records: readonly ArticleRecord[]): number[] {
  let previous = Number.NEGATIVE_INFINITY;
  const keyed = records.map((record, index) => {
    const time = timeOf(record.published);
    if (time !== null) previous = time;
    return { index, key: time ?? previous };
  });
  keyed.sort((a, b) => a.key - b.key || a.index - b.index);
  return keyed.map((entry) => entry.index);
}

function toContentDoc(record: ArticleRecord): ContentDoc {
  const time = timeOf(record.published);
  return {
    id: record.id,
    title: record.title,
    text: record.text,
    publishedAt: time === null ? null : new Date(time),
    outlet: record.source,
    url: record.url,
  };
}

/**
 * Clusters records through the production clusterer in stream order and returns the final
 * story of each record, in input order (merges resolved to the surviving story).
 */
export function clusterRecords(
  records: readonly ArticleRecord[],
  options: RecordClusterOptions = {},
): string[] {
  let next = 0;
  const clusterer = createClusterer({
    newStoryId: () => `s${++next}`,
    trackChanges: false,
    ...(options.windowHours === undefined ? {} : { windowHours: options.windowHours }),
    ...(options.tuning ? { tuning: options.tuning } : {}),
  });
  const assigned: string[] = new Array<string>(records.length);
  for (const index of streamOrder(records)) {
    assigned[index] = clusterer.add(toContentDoc(records[index]!)).storyId;
  }
  return assigned.map((storyId) => clusterer.resolve(storyId));
}
