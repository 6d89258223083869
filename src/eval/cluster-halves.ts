import { createHash } from 'node:crypto';
import type { ArticleRecord } from '../cluster';

/**
 * The data README's split rule, applied once more to a dev file: gold cluster ids sorted by
 * sha256("cluster:" + id), even positions to the first half and odd ones to the second. Each
 * half is a file of its own, as the held-out halves are: whole clusters, stream order kept.
 * Scoring a configuration on both halves shows whether a gain on the whole file holds on
 * clusters it was not seen with (a change that helps one half and costs the other is noise).
 */
export function splitByCluster(
  records: readonly ArticleRecord[],
  gold: ReadonlyMap<string, string>,
): [ArticleRecord[], ArticleRecord[]] {
  const digest = (cluster: string): string => createHash('sha256').update(`cluster:${cluster}`).digest('hex');
  const clusters = [...new Set(gold.values())]
    .map((cluster) => ({ cluster, key: digest(cluster) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const side = new Map(clusters.map(({ cluster }, position) => [cluster, position % 2]));
  const halves: [ArticleRecord[], ArticleRecord[]] = [[], []];
  for (const record of records) {
    const cluster = gold.get(record.id);
    if (cluster === undefined) continue;
    halves[side.get(cluster) === 0 ? 0 : 1].push(record);
  }
  return halves;
}
