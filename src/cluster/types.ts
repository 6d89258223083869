import type { ContentDoc } from '../shared/types';
import type { ClusterTuning } from './tuning';

/** Options of {@link Clusterer}; everything but `newStoryId` has a default. */
export interface ClusterOptions {
  /** Makes the id of a new story. Injected so ids (and any randomness) come from the caller. */
  newStoryId: () => string;
  /**
   * A timed article is compared only with stories whose last article is at most this many
   * hours away from it; older stories are dropped from memory. Articles without a time are
   * compared with every story held. `0` or `Infinity` turns the window off. Default 72.
   */
  windowHours?: number;
  /**
   * Keep the stories and terms that changed for {@link Clusterer.takeChanges}. Default true;
   * a one-shot run that never persists (the CLI) turns it off so memory stays bounded.
   */
  trackChanges?: boolean;
  /** Expert knobs; the defaults are the measured configuration (docs/clustering.md). */
  tuning?: Partial<ClusterTuning>;
}

/** Where an article went. */
export interface Assignment {
  storyId: string;
  isNew: boolean;
}

/**
 * A story as persisted (the `stories` table): plain JSON, times as ISO strings.
 * `centroid` is the serialized sparse vector: `[term, weight]` pairs, heaviest first; it is
 * the sum of the unit TF-IDF vectors of the story's distinct articles.
 */
export interface StoryMemory {
  id: string;
  /** Earliest and latest article time (ISO 8601); null while no article had a time. */
  firstSeenAt: string | null;
  lastSeenAt: string | null;
  /** Every article assigned, exact duplicates included. */
  articleCount: number;
  /** Articles that shaped the centroid (exact duplicates do not). */
  vectorCount: number;
  /** Mean content words per article: the length the thresholds adapt to. */
  meanWords: number;
  /** Distinct outlet names. */
  outlets: string[];
  centroid: [string, number][];
  /**
   * Terms the articles wrote as names, and all capitalized terms, with article counts: what
   * the name-conflict rule compares. Absent in rows written before it (no conflict is seen).
   */
  names?: [string, number][];
  capitals?: [string, number][];
  headlineNames?: [string, number][];
  /**
   * Headline terms with the number of articles whose headline has them (only articles with a
   * headline and a lead count): what the resumption rule compares (resumption.ts). Absent in
   * rows written before it (the rule is then off for the story).
   */
  headlineTerms?: [string, number][];
  /**
   * Stories the first article of this one was kept apart from as another event (resumption.ts):
   * the merge pass does not join them later. Absent in rows written before it.
   */
  apartFrom?: string[];
}

/**
 * Everything a clusterer needs to resume: the online document frequencies (`term_stats`)
 * and the stories still inside the window. `df` may be an object or `[term, df]` pairs.
 */
export interface ClusterMemory {
  docCount: number;
  df: Record<string, number> | [string, number][];
  stories: StoryMemory[];
}

/** A story folded into another: the store re-points the articles of `from` to `into`. */
export interface StoryMerge {
  from: string;
  into: string;
}

/**
 * What changed since the previous call: upsert `dfChanges` into `term_stats` (absolute
 * frequencies, not increments) and `stories` into `stories`, then re-point and delete each
 * `merged[].from`. `docCount` is the absolute number of documents seen.
 */
export interface ClusterChanges {
  docCount: number;
  dfChanges: [string, number][];
  stories: StoryMemory[];
  merged: StoryMerge[];
}

/** Online story clustering: one article at a time, in publication order. */
export interface Clusterer {
  add(doc: ContentDoc): Assignment;
  /** Changes since the last call (see {@link ClusterChanges}); empty when tracking is off. */
  takeChanges(): ClusterChanges;
  /** The full state, to start a clusterer elsewhere (tests, migrations). */
  snapshot(): ClusterMemory;
  /** Where a story id now lives: itself, or the story it was merged into. */
  resolve(storyId: string): string;
  /** Stories held in memory (inside the window). */
  readonly storyCount: number;
}
