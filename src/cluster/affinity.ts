import { conflictPenalty, type NameView, namesConflict } from './name-conflict';
import type { Story } from './story';
import type { ClusterTuning } from './tuning';

export type AffinityTuning = Pick<
  ClusterTuning,
  'minSharedShare' | 'nameConflictPenalty' | 'headlineConflictPenalty'
>;

/**
 * How well an article fits a story: the cosine of its unit vector with the centroid, less the
 * handicap of a name conflict; -Infinity when the story holds too few of the article's terms.
 * The share guards against joins carried by one or two heavy words, which is what an IDF
 * learned from a few hundred articles makes of "opens" or "storm" (docs/clustering.md).
 * `separate` says when the two report different events whatever their words share (a quiet
 * story and a headline that does not recall it: resumption.ts), which also rules a join out.
 * A cosine under `threshold` cannot join whatever the checks say, so it is returned as is
 * and the checks are skipped.
 */
export function articleAffinity(
  story: Story,
  unit: ReadonlyMap<string, number>,
  names: NameView,
  tuning: AffinityTuning,
  threshold: number,
  separate: (story: Story) => boolean = () => false,
): number {
  const cosine = story.cosine(unit);
  if (cosine < threshold) return cosine;
  if (story.heldShare(unit) < tuning.minSharedShare || separate(story)) return Number.NEGATIVE_INFINITY;
  return cosine - conflictPenalty(namesConflict(names, story.nameView), tuning);
}

/** The same between two stories, the share taken of the smaller centroid's terms. */
export function storyAffinity(
  a: Story,
  b: Story,
  tuning: AffinityTuning,
  threshold: number,
  separate: (a: Story, b: Story) => boolean = () => false,
): number {
  const cosine = a.cosineWith(b);
  if (cosine < threshold) return cosine;
  if (a.heldShareWith(b) < tuning.minSharedShare || separate(a, b)) return Number.NEGATIVE_INFINITY;
  return cosine - conflictPenalty(namesConflict(a.nameView, b.nameView), tuning);
}
