import { TermStats } from '../../src/cluster/term-stats';

describe('TermStats.idf', () => {
  const stats = new TermStats();
  stats.observe(['quake', 'peru']);
  stats.observe(['quake', 'treaty']);
  stats.observe(['quake']);

  it('is the usual smoothed IDF with a prior of one document at rate 1', () => {
    const plain = { idfFloor: 0.5, idfPriorDocs: 1, idfPriorRate: 1 };
    expect(stats.idf('peru', plain)).toBeCloseTo(Math.log(4 / 2) + 0.5, 10);
    expect(stats.idf('unseen', plain)).toBeCloseTo(Math.log(4) + 0.5, 10);
  });

  it('keeps the first documents from telling rare from common words apart too early', () => {
    const prior = { idfFloor: 0.5, idfPriorDocs: 100, idfPriorRate: 0.005 };
    const plain = { idfFloor: 0.5, idfPriorDocs: 1, idfPriorRate: 1 };
    const ratio = (weighting: typeof prior) => stats.idf('peru', weighting) / stats.idf('quake', weighting);
    expect(stats.idf('peru', prior)).toBeCloseTo(Math.log(103 / 1.5) + 0.5, 10);
    // Three documents say little: the prior keeps "peru" (1 of 3) close to "quake" (3 of 3).
    expect(ratio(prior)).toBeLessThan(ratio(plain));
  });
});
