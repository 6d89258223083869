import { scoreClustering } from '../../src/eval/cluster-metrics';

const labels = (pairs: Record<string, string>): Map<string, string> => new Map(Object.entries(pairs));

describe('scoreClustering', () => {
  // Gold {a1,a2,a3} {b1,b2}; predicted {a1,a2} {a3,b1,b2}. Worked by hand:
  // n_gp = 2, 1, 2; N = 5; |g| = 3, 2; |p| = 2, 3.
  const gold = labels({ a1: 'A', a2: 'A', a3: 'A', b1: 'B', b2: 'B' });
  const predicted = labels({ a1: 'x', a2: 'x', a3: 'y', b1: 'y', b2: 'y' });
  const scores = scoreClustering(gold, predicted);

  it('computes B-cubed as the item-weighted mean', () => {
    // P = (2²/2 + 1²/3 + 2²/3)/5 = 11/15; R = (2²/3 + 1²/3 + 2²/2)/5 = 11/15.
    expect(scores.bcubed.precision).toBeCloseTo(11 / 15, 10);
    expect(scores.bcubed.recall).toBeCloseTo(11 / 15, 10);
    expect(scores.bcubed.f1).toBeCloseTo(11 / 15, 10);
  });

  it('computes pairwise precision and recall over unordered pairs', () => {
    // TP = C(2,2)+C(2,2) = 2; predicted pairs 1+3 = 4; gold pairs 3+1 = 4.
    expect(scores.pairwise).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5 });
  });

  it('computes NMI (both normalisations), homogeneity, completeness and ARI', () => {
    const mi = 0.8 * Math.log(5 / 3) + 0.2 * Math.log(5 / 9);
    const h = -(0.6 * Math.log(0.6) + 0.4 * Math.log(0.4));
    expect(scores.nmiSqrt).toBeCloseTo(mi / h, 10);
    expect(scores.nmiArithmetic).toBeCloseTo(mi / h, 10);
    expect(scores.homogeneity).toBeCloseTo(mi / h, 10);
    expect(scores.completeness).toBeCloseTo(mi / h, 10);
    // index 2, A = B = 4, T = 10: (2 − 1.6)/(4 − 1.6).
    expect(scores.ari).toBeCloseTo(1 / 6, 10);
    expect(scores).toMatchObject({ items: 5, goldClusters: 2, predictedClusters: 2 });
  });

  it('distinguishes the two NMI normalisations when the entropies differ', () => {
    const g = labels({ a: '1', b: '1', c: '2', d: '2' });
    const p = labels({ a: 'x', b: 'y', c: 'z', d: 'z' });
    const s = scoreClustering(g, p);
    const hg = Math.log(2);
    const hp = -(0.25 * Math.log(0.25) * 2 + 0.5 * Math.log(0.5));
    const mi = hg; // the prediction refines the gold: MI = H(G)
    expect(s.homogeneity).toBeCloseTo(1, 10);
    expect(s.completeness).toBeCloseTo(mi / hp, 10);
    expect(s.nmiSqrt).toBeCloseTo(mi / Math.sqrt(hg * hp), 10);
    expect(s.nmiArithmetic).toBeCloseTo((2 * mi) / (hg + hp), 10);
  });

  it('counts a gold item missing from the prediction as a singleton and ignores unlabelled items', () => {
    const s = scoreClustering(labels({ a: 'G', b: 'G' }), labels({ a: 'x', z: 'x' }));
    expect(s.bcubed.precision).toBe(1);
    expect(s.bcubed.recall).toBe(0.5);
    expect(s.predictedClusters).toBe(2);
    expect(s.pairwise).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it('scores a perfect prediction 1 everywhere, whatever the label names', () => {
    const s = scoreClustering(labels({ a: '1', b: '1', c: '2' }), labels({ a: 'q', b: 'q', c: 'r' }));
    expect([s.bcubed.f1, s.pairwise.f1, s.nmiSqrt, s.nmiArithmetic, s.ari]).toEqual([1, 1, 1, 1, 1]);
  });

  it('follows the scikit-learn conventions for degenerate labellings', () => {
    const one = scoreClustering(labels({ a: 'g', b: 'g' }), labels({ a: 'p', b: 'p' }));
    expect([one.nmiSqrt, one.ari, one.homogeneity, one.completeness]).toEqual([1, 1, 1, 1]);
    const split = scoreClustering(labels({ a: 'g', b: 'g' }), labels({ a: 'p', b: 'q' }));
    expect(split.nmiSqrt).toBe(0);
    expect(split.homogeneity).toBe(1);
    expect(split.ari).toBe(0);
    const empty = scoreClustering(new Map(), new Map());
    expect(empty.bcubed.f1).toBe(0);
  });
});
