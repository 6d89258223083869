import { Story } from '../../src/cluster/story';
import { StoryIndex } from '../../src/cluster/story-index';
import { topEntries } from '../../src/cluster/top-entries';

function story(id: string, order: number, weights: Record<string, number>): Story {
  const made = new Story(id, order);
  const entries = Object.entries(weights);
  const norm = Math.hypot(...entries.map(([, weight]) => weight));
  made.addVector(new Map(entries.map(([term, weight]) => [term, weight / norm])), entries.length);
  return made;
}

/** An eligibility check that records which stories the search looked at. */
function recorder(seen: string[]): (story: Story) => boolean {
  return (candidate) => {
    seen.push(candidate.id);
    return true;
  };
}

function query(weights: Record<string, number>, eligible: (story: Story) => boolean = () => true) {
  const vector = new Map(Object.entries(weights));
  return { terms: [...vector], eligible, cosine: (candidate: Story) => candidate.cosine(vector) };
}

describe('StoryIndex', () => {
  it('finds the story with the highest cosine among those sharing a term', () => {
    const index = new StoryIndex({ postingLimit: 10, queryTerms: 4, exactCandidates: 4 });
    const a = story('a', 0, { flood: 1, river: 1 });
    const b = story('b', 1, { flood: 1, election: 1 });
    for (const s of [a, b]) index.refresh(s, s.centroid.keys());
    expect(index.best(query({ flood: Math.SQRT1_2, river: Math.SQRT1_2 }))?.story.id).toBe('a');
    expect(index.best(query({ budget: 1 }))).toBeNull();
  });

  it('keeps only the most recently updated stories per term, so a search reads a bounded number', () => {
    const index = new StoryIndex({ postingLimit: 3, queryTerms: 4, exactCandidates: 10 });
    const stories = Array.from({ length: 6 }, (_, i) => story(`s${i}`, i, { common: 1, [`own${i}`]: 1 }));
    for (const s of stories) index.refresh(s, s.centroid.keys());
    const seen: string[] = [];
    index.best(query({ common: 1 }, recorder(seen)));
    expect(seen.sort()).toEqual(['s3', 's4', 's5']);
    index.refresh(stories[0]!, ['common']);
    const again: string[] = [];
    index.best(query({ common: 1 }, recorder(again)));
    expect(again.sort()).toEqual(['s0', 's4', 's5']);
  });

  it('skips stories the query may not meet and forgets removed ones', () => {
    const index = new StoryIndex({ postingLimit: 10, queryTerms: 4, exactCandidates: 4 });
    const a = story('a', 0, { quake: 1 });
    const b = story('b', 1, { quake: 1, aftershock: 1 });
    for (const s of [a, b]) index.refresh(s, s.centroid.keys());
    expect(index.best(query({ quake: 1 }, (candidate) => candidate.id !== 'a'))?.story.id).toBe('b');
    index.remove(b, b.centroid.keys());
    expect(index.best(query({ quake: 1 }, (candidate) => candidate.id !== 'a'))).toBeNull();
  });
});

describe('topEntries', () => {
  it('returns the heaviest entries, heaviest first', () => {
    const vector = new Map([
      ['a', 0.1],
      ['b', 0.9],
      ['c', 0.5],
      ['d', 0.7],
      ['e', 0.2],
    ]);
    expect(topEntries(vector, 3)).toEqual([
      ['b', 0.9],
      ['d', 0.7],
      ['c', 0.5],
    ]);
    expect(topEntries(vector, 0)).toEqual([]);
    expect(topEntries(vector, 10)).toHaveLength(5);
  });
});
