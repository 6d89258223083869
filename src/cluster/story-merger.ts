import { type AffinityTuning, storyAffinity } from './affinity';
import type { Story } from './story';
import type { StoryIndex } from './story-index';
import { mergeThreshold } from './thresholds';
import { topEntries } from './top-entries';
import type { ClusterTuning } from './tuning';
import type { StoryMerge } from './types';

type MergeTuning = AffinityTuning &
  Pick<
    ClusterTuning,
    | 'mergeBase'
    | 'mergePerLogWord'
    | 'mergePerLogSize'
    | 'maxMergesPerChange'
    | 'mergeCheckGrowth'
    | 'mergeCheckHours'
    | 'centroidTerms'
    | 'queryTerms'
  >;

// Merged ids remembered for `resolve` (oldest forgotten first); far more than the stories
// of one window.
const MERGED_IDS = 200_000;
const HOUR_MS = 3_600_000;

/**
 * The online merge pass: whenever a story's centroid moves, its nearest story (through the
 * same inverted index) is merged into the older of the two when their centroids have
 * converged. Single-pass clustering splits an event whose first articles happened to differ;
 * this rejoins the fragments as soon as the evidence arrives, without any batch pass.
 */
export class StoryMerger {
  private readonly tuning: MergeTuning;
  private readonly index: StoryIndex;
  private readonly canMeet: (a: Story, b: Story) => boolean;
  private readonly separate: (a: Story, b: Story) => boolean;
  private readonly mergedInto = new Map<string, string>();

  /**
   * `canMeet`: the two may be compared at all (the window); `separate`: they report different
   * events whatever their centroids share (resumption.ts).
   */
  constructor(
    tuning: MergeTuning,
    index: StoryIndex,
    canMeet: (a: Story, b: Story) => boolean,
    separate: (a: Story, b: Story) => boolean = () => false,
  ) {
    this.tuning = tuning;
    this.index = index;
    this.canMeet = canMeet;
    this.separate = separate;
  }

  /**
   * A centroid moves by about 1/n per article, so a large story is re-examined only once it
   * has grown by `mergeCheckGrowth` since its last examination, or once `mergeCheckHours` of
   * stream time have passed since then: its neighbours change with time, not with its size.
   */
  isDue(story: Story): boolean {
    if (story.vectorCount >= story.mergeCheckedAt * (1 + this.tuning.mergeCheckGrowth)) return true;
    const checked = story.mergeCheckedTime;
    return (
      checked !== null &&
      story.lastSeen !== null &&
      story.lastSeen - checked >= this.tuning.mergeCheckHours * HOUR_MS
    );
  }

  /** Merges `story` with converged neighbours; returns the merges done, in order. */
  mergeAround(story: Story): StoryMerge[] {
    const merges: StoryMerge[] = [];
    if (!this.isDue(story)) return merges;
    this.markChecked(story);
    let current = story;
    for (let round = 0; round < this.tuning.maxMergesPerChange; round += 1) {
      const partner = this.partnerOf(current);
      if (!partner) break;
      const [older, younger] = current.isOlderThan(partner) ? [current, partner] : [partner, current];
      this.index.remove(younger, younger.centroid.keys());
      older.absorb(younger);
      this.index.refresh(older, younger.centroid.keys());
      this.index.remove(older, older.prune(this.tuning.centroidTerms));
      this.remember(younger.id, older.id);
      merges.push({ from: younger.id, into: older.id });
      current = older;
      this.markChecked(current);
    }
    return merges;
  }

  private markChecked(story: Story): void {
    story.mergeCheckedAt = story.vectorCount;
    story.mergeCheckedTime = story.lastSeen;
  }

  resolve(storyId: string): string {
    let id = storyId;
    for (let hops = 0; hops < 64; hops += 1) {
      const next = this.mergedInto.get(id);
      if (next === undefined) return id;
      id = next;
    }
    return id;
  }

  wasMerged(storyId: string): boolean {
    return this.mergedInto.has(storyId);
  }

  private partnerOf(story: Story): Story | null {
    const norm = story.norm;
    if (norm === 0) return null;
    const terms = topEntries(story.centroid, this.tuning.queryTerms).map(
      ([term, weight]): [string, number] => [term, weight / norm],
    );
    const threshold = (other: Story): number =>
      mergeThreshold(
        this.tuning,
        Math.min(story.meanWords, other.meanWords),
        Math.min(story.vectorCount, other.vectorCount),
      );
    const match = this.index.best({
      terms,
      eligible: (other) => other !== story && this.canMeet(story, other),
      cosine: (other) => storyAffinity(story, other, this.tuning, threshold(other), this.separate),
    });
    return match && match.cosine >= threshold(match.story) ? match.story : null;
  }

  private remember(from: string, into: string): void {
    this.mergedInto.set(from, into);
    if (this.mergedInto.size > MERGED_IDS) {
      const oldest = this.mergedInto.keys().next();
      if (!oldest.done) this.mergedInto.delete(oldest.value);
    }
  }
}
