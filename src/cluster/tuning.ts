import type { TermOptions } from './text-terms';

/**
 * The numbers that decide clustering quality and cost. Defaults were chosen on the dev files
 * of `shared/data/clustering` with one configuration for all of them; the table of what each
 * change gave is in docs/clustering.md.
 */
export interface ClusterTuning extends TermOptions {
  /**
   * IDF = ln((1+N)/(1+df)) + idfFloor. 1 (scikit-learn) favours long texts, 0 short ones;
   * 0.5 was the best balance over the dev files.
   */
  idfFloor: number;
  /**
   * Join threshold on cosine(article, story centroid), adapted to article length:
   * joinBase + joinPerLogWord · ln(content words). Short texts share few words, so their
   * cosines run lower: the best fixed threshold was ≈0.10 for 6-word titles and ≈0.20 for
   * 200-word leads.
   */
  joinBase: number;
  joinPerLogWord: number;
  /**
   * Merge threshold on cosine(centroid, centroid): mergeBase + mergePerLogWord · ln(words)
   * + mergePerLogSize · ln(articles of the smaller story). Two stories that each grew large
   * on their own rarely belong together (12 of 14 such merges were wrong on the tweets
   * dev file), so the bar rises with the smaller story's size.
   */
  mergeBase: number;
  mergePerLogWord: number;
  mergePerLogSize: number;
  /** Merges chained from one change at most (a merged story may meet a further partner). */
  maxMergesPerChange: number;
  /**
   * A story looks for a merge partner again once it has grown by this fraction: 0.2 halved
   * the time of the dev runs against checking after every article, within 0.006 B³ F1.
   */
  mergeCheckGrowth: number;
  /** Centroid terms kept (heaviest first) once a story grows past twice this many. */
  centroidTerms: number;
  /**
   * Stories remembered per term in the inverted index (most recently updated kept). The dev
   * files score the same with 128; 48 keeps an article near 0.3 ms on the 100k bench.
   */
  postingLimit: number;
  /** Heaviest terms of an article (or centroid) used to find candidate stories. */
  queryTerms: number;
  /** Candidates, ranked by their partial score, whose exact cosine is computed. */
  exactCandidates: number;
  /** Terms kept from one article (heaviest after IDF): bounds the cost of very long texts. */
  maxDocTerms: number;
}

export const DEFAULT_TUNING: Readonly<ClusterTuning> = Object.freeze({
  titleWeight: 2,
  leadWords: 100,
  properNounWeight: 1,
  titleBigrams: false,
  idfFloor: 0.5,
  joinBase: 0.055,
  joinPerLogWord: 0.03,
  mergeBase: 0,
  mergePerLogWord: 0.06,
  mergePerLogSize: 0.04,
  maxMergesPerChange: 4,
  mergeCheckGrowth: 0.2,
  centroidTerms: 384,
  postingLimit: 48,
  queryTerms: 16,
  exactCandidates: 24,
  maxDocTerms: 160,
});
