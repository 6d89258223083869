import {
  lcsIndexes,
  macroAverage,
  rougeL,
  rougeLines,
  rougeN,
  rougeScores,
  rougeTokens,
} from '../../src/eval/rouge';

/** Every expected value below is worked out by hand in the comment next to it. */
describe('rougeTokens (ROUGE-1.5.5 rules)', () => {
  it('lowercases, splits hyphens off and drops punctuation-only tokens', () => {
    // "the u.s.-backed plan's cost: $1.2bn!" -> "the u s - backed plan s cost 1 2bn"; "-" dropped
    expect(rougeTokens("The U.S.-backed plan's cost: $1.2bn!")).toEqual([
      'the',
      'u',
      's',
      'backed',
      'plan',
      's',
      'cost',
      '1',
      '2bn',
    ]);
  });

  it('turns letters outside A-Z into spaces, as the Perl script does', () => {
    // "café" -> "caf " ; "naïve" -> "na ve"; CJK disappears
    expect(rougeTokens('Café naïve 東京 ok')).toEqual(['caf', 'na', 've', 'ok']);
  });

  it('keeps each non-empty line as a unit', () => {
    expect(rougeLines('A b.\n\n-- \nC d')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });
});

describe('ROUGE-N', () => {
  it('scores unigrams and bigrams', () => {
    // cand: the cat sat on the mat; ref: the cat lay on the mat
    // unigrams: hits the×2, cat, on, mat = 5 of 6 each -> F = 5/6
    expect(rougeN('the cat sat on the mat', 'the cat lay on the mat', 1).f1).toBeCloseTo(5 / 6, 10);
    // bigrams: "the cat", "on the", "the mat" = 3 of 5 each -> F = 0.6
    expect(rougeN('the cat sat on the mat', 'the cat lay on the mat', 2).f1).toBeCloseTo(0.6, 10);
  });

  it('clips repeated n-grams to their count in the reference', () => {
    // "the" ×4 vs "the cat": 1 hit; P = 1/4, R = 1/2, F = 2·(1/8)/(3/4) = 1/3
    const score = rougeN('the the the the', 'the cat', 1);
    expect(score.precision).toBeCloseTo(0.25, 10);
    expect(score.recall).toBeCloseTo(0.5, 10);
    expect(score.f1).toBeCloseTo(1 / 3, 10);
  });

  it('counts bigrams across line breaks (the summary is one text for ROUGE-N)', () => {
    // cand tokens a b | c d -> bigrams ab, bc, cd; ref "b c" -> 1 hit; P = 1/3, R = 1, F = 0.5
    expect(rougeN('a b\nc d', 'b c', 2).f1).toBeCloseTo(0.5, 10);
  });

  it('is 0 for an empty candidate or reference', () => {
    expect(rougeN('', 'the cat', 1).f1).toBe(0);
    expect(rougeN('the cat', '', 2).f1).toBe(0);
  });
});

describe('ROUGE-L (summary-level union LCS)', () => {
  it('finds one LCS, moving up the reference on ties like ROUGE-1.5.5', () => {
    expect(lcsIndexes(['a', 'b', 'c', 'd', 'e'], ['a', 'c', 'e'])).toEqual([0, 2, 4]);
    // "a b" vs "b a": LCS length 1; the walk moves up first on ties, so it keeps the "a"
    // (index 0 of the reference)
    expect(lcsIndexes(['a', 'b'], ['b', 'a'])).toEqual([0]);
  });

  it('takes the union over candidate lines (Lin 2004, section 3.2 example)', () => {
    // ref r = w1 w2 w3 w4 w5; c1 = w1 w2 w6 w7 w8; c2 = w1 w3 w8 w9 w5
    // LCS(r,c1) = w1 w2, LCS(r,c2) = w1 w3 w5, union = w1 w2 w3 w5 -> 4 hits
    // R = 4/5, P = 4/10, F = 2·0.8·0.4/1.2 = 0.5333…
    const score = rougeL('a b f g h\na c h i e', 'a b c d e');
    expect(score.recall).toBeCloseTo(0.8, 10);
    expect(score.precision).toBeCloseTo(0.4, 10);
    expect(score.f1).toBeCloseTo(0.8 / 1.5, 10);
  });

  it('does not count a candidate token twice across reference lines', () => {
    // ref lines "a b" and "a b"; cand "a b": each reference line's LCS is a b, but the
    // candidate has one a and one b, so 2 hits, not 4: R = 2/4, P = 2/2, F = 2/3
    const score = rougeL('a b', 'a b\na b');
    expect(score.recall).toBeCloseTo(0.5, 10);
    expect(score.precision).toBeCloseTo(1, 10);
    expect(score.f1).toBeCloseTo(2 / 3, 10);
  });

  it('ignores line order across lines but not word order within one', () => {
    expect(rougeL('c d\na b', 'a b c d').f1).toBeCloseTo(1, 10);
    // "d c b a" vs "a b c d": LCS 1 of 4 -> F = 0.25
    expect(rougeL('d c b a', 'a b c d').f1).toBeCloseTo(0.25, 10);
  });
});

describe('rougeScores and macroAverage', () => {
  it('averages per-event F1 and scales by 100', () => {
    const perfect = rougeScores('a b c', 'a b c');
    expect(perfect).toEqual({ rouge1: 1, rouge2: 1, rougeL: 1 });
    const none = rougeScores('x y z', 'a b c');
    expect(none).toEqual({ rouge1: 0, rouge2: 0, rougeL: 0 });
    expect(macroAverage([perfect, none])).toEqual({ rouge1: 50, rouge2: 50, rougeL: 50 });
    expect(macroAverage([])).toEqual({ rouge1: 0, rouge2: 0, rougeL: 0 });
  });
});
