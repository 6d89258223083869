import type { ClusterTuning } from './tuning';

type JoinTuning = Pick<ClusterTuning, 'joinBase' | 'joinPerLogWord'>;
type MergeTuning = Pick<ClusterTuning, 'mergeBase' | 'mergePerLogWord' | 'mergePerLogSize'>;

/** Cosine an article of `words` content words needs to join a story. */
export function joinThreshold(tuning: JoinTuning, words: number): number {
  return tuning.joinBase + tuning.joinPerLogWord * Math.log(Math.max(1, words));
}

/**
 * Cosine two centroids need to merge, given the shorter mean article length of the two and
 * the smaller story's number of distinct articles.
 */
export function mergeThreshold(tuning: MergeTuning, words: number, smallerSize: number): number {
  return (
    tuning.mergeBase +
    tuning.mergePerLogWord * Math.log(Math.max(1, words)) +
    tuning.mergePerLogSize * Math.log(Math.max(1, smallerSize))
  );
}
