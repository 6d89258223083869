/**
 * Exact duplicates (the same set of terms: wire copies, retweets, a feed re-publishing an
 * item) go straight to the story of their twin without touching its centroid, so a flood of
 * copies neither costs a similarity search nor turns the story into an attractor.
 * Bounded: the oldest keys are forgotten first.
 */
export class DuplicateIndex {
  private readonly storyByKey = new Map<string, string>();
  private readonly limit: number;

  constructor(limit: number) {
    this.limit = limit;
  }

  get(key: string): string | undefined {
    return key === '' ? undefined : this.storyByKey.get(key);
  }

  set(key: string, storyId: string): void {
    if (key === '') return;
    this.storyByKey.delete(key);
    this.storyByKey.set(key, storyId);
    if (this.storyByKey.size > this.limit) {
      const oldest = this.storyByKey.keys().next();
      if (!oldest.done) this.storyByKey.delete(oldest.value);
    }
  }

  forget(key: string): void {
    this.storyByKey.delete(key);
  }
}
