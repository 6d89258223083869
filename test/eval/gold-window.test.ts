import type { ArticleRecord } from '../../src/cluster';
import { splitGoldByGaps } from '../../src/eval/gold-window';

const record = (id: string, published: string): ArticleRecord =>
  ({ id, title: id, text: '', published, source: '', url: '' }) as ArticleRecord;

describe('splitGoldByGaps', () => {
  const records = [
    record('a1', '2026-01-01T00:00:00Z'),
    record('a2', '2026-01-03T23:00:00Z'), // 71 h after a1: same part
    record('a3', '2026-01-07T00:00:00Z'), // 73 h after a2: a new part
    record('b1', '2026-01-02T00:00:00Z'),
    record('c1', ''), // no time: keeps its event
  ];
  const gold = new Map([
    ['a1', 'A'],
    ['a2', 'A'],
    ['a3', 'A'],
    ['b1', 'B'],
    ['c1', 'A'],
  ]);

  it('cuts an event where it has no article for longer than the window', () => {
    const split = splitGoldByGaps(records, gold, 72);
    expect([...split]).toEqual([
      ['a1', 'A'],
      ['a2', 'A'],
      ['a3', 'A#2'],
      ['b1', 'B'],
      ['c1', 'A'],
    ]);
  });

  it('leaves the gold as it is without a window', () => {
    expect(splitGoldByGaps(records, gold, 0)).toEqual(gold);
  });
});
