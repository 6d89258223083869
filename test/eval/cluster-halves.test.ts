import type { ArticleRecord } from '../../src/cluster';
import { splitByCluster } from '../../src/eval/cluster-halves';

const record = (id: string): ArticleRecord => ({
  id,
  title: id,
  text: '',
  published: '',
  source: '',
  url: '',
});

describe('splitByCluster', () => {
  // sha256("cluster:" + id) orders these ids 2, 71, 4, 5, 10, 3, 1 (computed with
  // `printf 'cluster:2' | sha256sum` and so on): even positions 2, 4, 10, 1; odd 71, 5, 3.
  const clusters = ['1', '2', '3', '4', '5', '10', '71'];
  const records = clusters.flatMap((cluster) => [record(`${cluster}-a`), record(`${cluster}-b`)]);
  const gold = new Map(records.map((r) => [r.id, r.id.split('-')[0]!]));

  it('puts clusters at even positions of the sha256 order in the first half', () => {
    const [first, second] = splitByCluster(records, gold);
    const clustersOf = (half: ArticleRecord[]): string[] =>
      [...new Set(half.map((r) => gold.get(r.id)!))].sort();
    expect(clustersOf(first)).toEqual(['1', '10', '2', '4']);
    expect(clustersOf(second)).toEqual(['3', '5', '71']);
  });

  it('keeps whole clusters, the stream order, and drops unlabelled lines', () => {
    const shuffled = [records[5]!, record('unlabelled'), records[0]!, records[4]!, records[1]!];
    const [first, second] = splitByCluster(shuffled, gold);
    expect([...first, ...second].map((r) => r.id).sort()).toEqual(['1-a', '1-b', '3-a', '3-b']);
    expect(first.map((r) => r.id)).toEqual(['1-a', '1-b']);
    expect(second.map((r) => r.id)).toEqual(['3-b', '3-a']);
  });
});
