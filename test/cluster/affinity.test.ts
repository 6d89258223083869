import { type AffinityTuning, articleAffinity, storyAffinity } from '../../src/cluster/affinity';
import type { NameView } from '../../src/cluster/name-conflict';
import { Story } from '../../src/cluster/story';

const tuning: AffinityTuning = { minSharedShare: 0.15, nameConflictPenalty: 0.3, headlineConflictPenalty: 1 };
const nameless: NameView = { names: [], headlineNames: [], capitals: new Set() };

function unit(terms: string[], heavy: Record<string, number> = {}): Map<string, number> {
  const weights = terms.map((term): [string, number] => [term, heavy[term] ?? 1]);
  const norm = Math.hypot(...weights.map(([, weight]) => weight));
  return new Map(weights.map(([term, weight]) => [term, weight / norm]));
}

function story(id: string, order: number, terms: string[], heavy: Record<string, number> = {}): Story {
  const made = new Story(id, order);
  made.addVector(unit(terms, heavy), terms.length);
  return made;
}

describe('affinity', () => {
  // Cold-start IDF weighs generic words like rare ones; title words count twice.
  const rail = story('rail', 0, ['nairobi', 'open', 'commut', 'rail', 'line', 'east', 'suburb', 'journey'], {
    open: 3,
    rail: 2,
  });

  it('rules out a story that holds too few of the article’s terms, however high the cosine', () => {
    const terms = [
      'warsaw',
      'open',
      'metro',
      'station',
      'extend',
      'bródno',
      'district',
      'second',
      'north',
      'three',
    ];
    const metro = unit(terms, { open: 6 });
    expect(rail.cosine(metro)).toBeGreaterThan(0.5);
    expect(rail.heldShare(metro)).toBeLessThan(0.15);
    expect(articleAffinity(rail, metro, nameless, tuning, 0.15)).toBe(Number.NEGATIVE_INFINITY);
  });

  it('returns a cosine under the threshold unchanged, and a fitting one unchanged too', () => {
    const kenya = unit(['kenya', 'capit', 'open', 'commut', 'rail', 'link', 'nairobi', 'suburb']);
    const cosine = rail.cosine(kenya);
    expect(articleAffinity(rail, kenya, nameless, tuning, 0.15)).toBeCloseTo(cosine, 10);
    expect(articleAffinity(rail, kenya, nameless, tuning, 0.99)).toBeCloseTo(cosine, 10);
  });

  it('handicaps a story whose names conflict with the article’s', () => {
    rail.addNames({ names: new Set(['nairobi']), capitals: new Set(['nairobi']), headlineNames: new Set() });
    const kenya = unit(['kenya', 'capit', 'open', 'commut', 'rail', 'link', 'suburb', 'east']);
    const cosine = rail.cosine(kenya);
    const named: NameView = { names: ['kisumu'], headlineNames: [], capitals: new Set(['kisumu', 'kenya']) };
    expect(articleAffinity(rail, kenya, named, tuning, 0.1)).toBeCloseTo(cosine - 0.3, 10);
  });

  it('takes the share of the smaller centroid between two stories', () => {
    const small = story('small', 1, ['open', 'rail', 'nairobi', 'suburb']);
    const other = story('other', 2, [
      'open',
      'rail',
      'commut',
      'line',
      'metro',
      'station',
      'east',
      'journey',
    ]);
    expect(small.heldShareWith(other)).toBeCloseTo(0.5, 10);
    expect(storyAffinity(small, other, { ...tuning, minSharedShare: 0.6 }, 0)).toBe(Number.NEGATIVE_INFINITY);
  });
});
