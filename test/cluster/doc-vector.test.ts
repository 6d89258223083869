import { buildDocVector } from '../../src/cluster/doc-vector';
import { TermStats } from '../../src/cluster/term-stats';
import type { DocTerms } from '../../src/cluster/text-terms';

const terms = (counts: Record<string, number>): DocTerms => ({
  counts: new Map(Object.entries(counts)),
  words: Object.values(counts).reduce((sum, count) => sum + count, 0),
  names: new Set(),
  capitals: new Set(),
  headlineNames: new Set(),
  headline: new Set(),
  opening: new Map(),
});

describe('buildDocVector', () => {
  // Every term seen in no document yet: one IDF for all, so only the term frequency differs.
  const stats = new TermStats();
  const weighting = { idfFloor: 0.5, idfPriorDocs: 100, idfPriorRate: 0.005 };
  // A long report repeats its topic's word ("flight" 9 times) and names the airline once.
  const report = terms({ flight: 9, airline: 1 });

  it('weighs raw counts when sublinear TF is off', () => {
    const { weights } = buildDocVector(report, stats, { ...weighting, sublinearTf: false }, 10);
    expect(weights.get('flight')! / weights.get('airline')!).toBeCloseTo(9, 10);
  });

  it('weighs 1 + ln(count) when it is on, so repetition stops drowning the details', () => {
    const { weights } = buildDocVector(report, stats, { ...weighting, sublinearTf: true }, 10);
    expect(weights.get('flight')! / weights.get('airline')!).toBeCloseTo(1 + Math.log(9), 10);
    const norm = Math.hypot(...weights.values());
    expect(norm).toBeCloseTo(1, 10);
  });

  it('keeps the heaviest terms after weighting', () => {
    const { weights } = buildDocVector(
      terms({ a: 5, b: 3, c: 1 }),
      stats,
      { ...weighting, sublinearTf: true },
      2,
    );
    expect([...weights.keys()].sort()).toEqual(['a', 'b']);
  });
});
