/**
 * Ranking of stories for an edition: a pure function of the stories' article times and
 * outlets and of `now`. What makes a story lead a morning brief is how many independent
 * outlets carry it, how fresh it is, and whether it is still growing.
 */

/** What the ranking reads of a story: one entry per article in `articleTimes` and `outlets`. */
export interface StoryActivity {
  id: string;
  /** Publication time of each article (any order). */
  articleTimes: Date[];
  /** Outlet of each article, aligned with `articleTimes`; '' when unknown. */
  outlets: string[];
  /**
   * What tells two stories apart when every figure of the ranking ties (one article each, of one
   * hour): their articles' addresses, say. Ids are random; without a key such a tie is theirs.
   */
  tieKey?: string;
}

export interface RankOptions {
  /** Hours after which the recency factor halves. Default 12: a story from yesterday morning
   * weighs a quarter of one from this morning. */
  halfLifeHours?: number;
  /** "Last hours" over which growth is counted. Default 6. */
  growthHours?: number;
  /** Weight of growth against coverage. Default 0.5: a story's fresh articles count, but
   * breadth of coverage leads. */
  growthWeight?: number;
}

export interface StoryRank {
  score: number;
  distinctOutlets: number;
  /** Articles published in the last `growthHours`. */
  recentArticles: number;
  /** Newest article time, or null when no article has a time. */
  latest: Date | null;
}

export type RankedStory<T extends StoryActivity> = T & StoryRank;

const HOUR_MS = 3_600_000;

function distinctOutlets(outlets: readonly string[]): number {
  const names = new Set<string>();
  for (const outlet of outlets) {
    const name = outlet.trim().toLowerCase();
    if (name !== '') names.add(name);
  }
  return names.size;
}

/** Scores one story: recency × (coverage + growthWeight × growth), all on log scales. */
export function rankStory(story: StoryActivity, now: Date, options: RankOptions = {}): StoryRank {
  const halfLife = options.halfLifeHours ?? 12;
  const growthHours = options.growthHours ?? 6;
  const growthWeight = options.growthWeight ?? 0.5;
  const nowMs = now.getTime();
  let latest = Number.NEGATIVE_INFINITY;
  let recentArticles = 0;
  for (const date of story.articleTimes) {
    // A time in the future (a feed's clock or time zone error) counts as now.
    const time = Math.min(date.getTime(), nowMs);
    if (!Number.isFinite(time)) continue;
    latest = Math.max(latest, time);
    if (nowMs - time <= growthHours * HOUR_MS) recentArticles += 1;
  }
  const outlets = distinctOutlets(story.outlets);
  if (!Number.isFinite(latest))
    return { score: 0, distinctOutlets: outlets, recentArticles: 0, latest: null };
  const recency = 2 ** (-(nowMs - latest) / (halfLife * HOUR_MS));
  // ln(1 + n): the tenth outlet adds less than the second (diminishing returns of coverage).
  const coverage = Math.log1p(outlets);
  const growth = Math.log1p(recentArticles);
  return {
    score: recency * (coverage + growthWeight * growth),
    distinctOutlets: outlets,
    recentArticles,
    latest: new Date(latest),
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The earliest valid article time of a story, or 0 when none has one. */
function firstTime(story: StoryActivity): number {
  let first = Number.POSITIVE_INFINITY;
  for (const date of story.articleTimes) {
    const time = date.getTime();
    if (Number.isFinite(time) && time < first) first = time;
  }
  return Number.isFinite(first) ? first : 0;
}

/**
 * Returns the stories sorted best first, each with its score and the figures behind it.
 * Ties go to more outlets, then the newer last article, then more articles, then the story
 * that began later, then the tie key, and only then to the id: story ids are random, so a tie left
 * to them would order two equal stories differently each time the edition is built from the same
 * articles.
 */
export function rankStories<T extends StoryActivity>(
  stories: readonly T[],
  now: Date,
  options: RankOptions = {},
): RankedStory<T>[] {
  const ranked = stories.map((story) => ({ ...story, ...rankStory(story, now, options) }));
  const began = new Map(ranked.map((story) => [story, firstTime(story)]));
  ranked.sort(
    (a, b) =>
      b.score - a.score ||
      b.distinctOutlets - a.distinctOutlets ||
      (b.latest?.getTime() ?? 0) - (a.latest?.getTime() ?? 0) ||
      b.articleTimes.length - a.articleTimes.length ||
      (began.get(b) ?? 0) - (began.get(a) ?? 0) ||
      compare(a.tieKey ?? '', b.tieKey ?? '') ||
      compare(a.id, b.id),
  );
  return ranked;
}
