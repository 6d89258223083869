import { createHash } from 'node:crypto';
import type { IdfWeighting, TermStats } from './term-stats';
import type { DocTerms } from './text-terms';

/** An article as the clusterer compares it: a unit-length TF-IDF vector. */
export interface DocVector {
  /** term → weight, L2 norm 1 (empty when the article had no usable term). */
  weights: Map<string, number>;
  /** Content words read (title + lead): what the thresholds adapt to. */
  words: number;
}

/** How a term's weighted count in one article becomes its term frequency. */
export interface TfWeighting {
  /** 1 + ln(count) instead of the count itself (see ClusterTuning.sublinearTf). */
  sublinearTf: boolean;
}

function termFrequency(count: number, weighting: TfWeighting): number {
  if (!weighting.sublinearTf) return count;
  return count > 0 ? 1 + Math.log(count) : 0;
}

/**
 * Weights `terms` by their term frequency and the current IDF (see TermStats.idf), keeps the
 * `maxTerms` heaviest and scales to unit length.
 */
export function buildDocVector(
  terms: DocTerms,
  stats: TermStats,
  weighting: IdfWeighting & TfWeighting,
  maxTerms: number,
): DocVector {
  let entries: [string, number][] = [];
  for (const [term, count] of terms.counts) {
    entries.push([term, termFrequency(count, weighting) * stats.idf(term, weighting)]);
  }
  if (entries.length > maxTerms) {
    entries.sort((a, b) => b[1] - a[1]);
    entries = entries.slice(0, maxTerms);
  }
  let squared = 0;
  for (const [, weight] of entries) squared += weight * weight;
  const norm = Math.sqrt(squared);
  const weights = new Map<string, number>();
  if (norm > 0) for (const [term, weight] of entries) weights.set(term, weight / norm);
  return { weights, words: terms.words };
}

/**
 * The exact-duplicate key: a short digest of the sorted term set, equal for articles made
 * of the same terms; '' for an article without terms (never a duplicate).
 */
export function duplicateKey(terms: DocTerms): string {
  if (terms.counts.size === 0) return '';
  const sorted = [...terms.counts.keys()].sort().join('\u0000');
  return createHash('sha1').update(sorted).digest('base64').slice(0, 16);
}

/** The `limit` heaviest entries of a sparse vector, heaviest first. */
export function heaviest(vector: ReadonlyMap<string, number>, limit: number): [string, number][] {
  const entries = [...vector];
  entries.sort((a, b) => b[1] - a[1]);
  return entries.length > limit ? entries.slice(0, limit) : entries;
}
