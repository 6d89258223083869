import { rankStories, rankStory } from '../../src/edition/rank-stories';

const NOW = new Date('2025-06-02T06:00:00Z');
const hoursAgo = (hours: number): Date => new Date(NOW.getTime() - hours * 3_600_000);

function story(id: string, articles: [hours: number, outlet: string][]) {
  return {
    id,
    articleTimes: articles.map(([hours]) => hoursAgo(hours)),
    outlets: articles.map(([, outlet]) => outlet),
  };
}

describe('rankStories', () => {
  it('puts a story carried by many outlets above one told by a single outlet many times', () => {
    const broad = story('broad', [
      [2, 'A'],
      [2, 'B'],
      [3, 'C'],
      [3, 'D'],
    ]);
    const narrow = story('narrow', [
      [2, 'A'],
      [2, 'A'],
      [2, 'A'],
      [2, 'A'],
      [2, 'a '],
    ]);
    expect(rankStories([narrow, broad], NOW).map((s) => s.id)).toEqual(['broad', 'narrow']);
    expect(rankStory(narrow, NOW).distinctOutlets).toBe(1);
  });

  it('prefers the fresher of two equally covered stories', () => {
    const fresh = story('fresh', [
      [1, 'A'],
      [1, 'B'],
    ]);
    const stale = story('stale', [
      [20, 'A'],
      [20, 'B'],
    ]);
    const ranked = rankStories([stale, fresh], NOW);
    expect(ranked.map((s) => s.id)).toEqual(['fresh', 'stale']);
    // fresh: 2^(-1/12)·(ln 3 + 0.5·ln 3), its two articles being in the last 6 h;
    // stale: 2^(-20/12)·ln 3.
    expect(ranked[0]!.score).toBeCloseTo(2 ** (-1 / 12) * 1.5 * Math.log(3), 10);
    expect(ranked[1]!.score).toBeCloseTo(2 ** (-20 / 12) * Math.log(3), 10);
  });

  it('rewards growth in the last hours', () => {
    const growing = story('growing', [
      [30, 'A'],
      [30, 'B'],
      [1, 'A'],
      [1, 'B'],
      [2, 'A'],
    ]);
    const settled = story('settled', [
      [30, 'A'],
      [30, 'B'],
      [10, 'A'],
      [10, 'B'],
      [1, 'A'],
    ]);
    const ranked = rankStories([settled, growing], NOW);
    expect(ranked.map((s) => s.id)).toEqual(['growing', 'settled']);
    expect(ranked[0]!.recentArticles).toBe(3);
  });

  it('honours options and treats future times as now', () => {
    const a = story('a', [[5, 'A']]);
    const future = { id: 'f', articleTimes: [new Date(NOW.getTime() + 3_600_000)], outlets: ['A'] };
    expect(rankStory(future, NOW).latest).toEqual(NOW);
    const noGrowth = rankStory(a, NOW, { growthHours: 1 });
    expect(noGrowth.recentArticles).toBe(0);
    expect(rankStory(a, NOW, { halfLifeHours: 5 }).score).toBeCloseTo(
      rankStory(a, NOW).score * 2 ** (-5 / 5 + 5 / 12),
      6,
    );
  });

  it('ranks stories without times last and breaks ties deterministically', () => {
    const untimed = { id: 'untimed', articleTimes: [new Date(Number.NaN)], outlets: ['A', 'B', 'C'] };
    const twinB = story('b', [[3, 'A']]);
    const twinA = story('a', [[3, 'A']]);
    const ranked = rankStories([untimed, twinB, twinA], NOW);
    expect(ranked.map((s) => s.id)).toEqual(['a', 'b', 'untimed']);
    expect(ranked[2]).toMatchObject({ score: 0, latest: null, distinctOutlets: 3 });
    expect(rankStories([], NOW)).toEqual([]);
  });

  it('breaks a tie of score, outlets and latest article by the stories, not by their random ids', () => {
    // Same outlets, same last article, same articles in the last six hours: equal scores.
    const deeper = story('a', [
      [3, 'A'],
      [3, 'B'],
      [20, 'A'],
    ]);
    const shallower = story('b', [
      [3, 'A'],
      [3, 'B'],
    ]);
    const newer = story('c', [
      [3, 'A'],
      [3, 'B'],
      [10, 'A'],
    ]);
    const order = (stories: ReturnType<typeof story>[]) => rankStories(stories, NOW).map((s) => s.id);
    expect(rankStory(deeper, NOW).score).toBe(rankStory(shallower, NOW).score);
    // More articles first; of two with as many, the one that began later.
    expect(order([shallower, deeper, newer])).toEqual(['c', 'a', 'b']);
    const renamed = [
      { ...deeper, id: 'z' },
      { ...shallower, id: 'x' },
      { ...newer, id: 'y' },
    ];
    expect(order(renamed)).toEqual(['y', 'z', 'x']);
  });

  it('orders stories that tie in every figure by their key, not by their ids', () => {
    const one = { ...story('z', [[3, 'A']]), tieKey: 'https://a.example/1' };
    const two = { ...story('a', [[3, 'A']]), tieKey: 'https://b.example/2' };
    expect(rankStories([two, one], NOW).map((s) => s.id)).toEqual(['z', 'a']);
    expect(rankStories([one, two], NOW).map((s) => s.id)).toEqual(['z', 'a']);
  });

  it("keeps the caller's fields on each ranked story", () => {
    const [ranked] = rankStories([{ ...story('x', [[1, 'A']]), section: 'world' }], NOW);
    expect(ranked).toMatchObject({ id: 'x', section: 'world' });
  });
});
