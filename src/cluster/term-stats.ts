/**
 * Document frequencies learned online from the stream. The store keeps them (`term_stats`),
 * so a restart does not forget what is common; `takeChanges` hands over only the terms whose
 * frequency moved since the last call.
 */
export class TermStats {
  private docs: number;
  private readonly df: Map<string, number>;
  private readonly dirty = new Set<string>();
  private readonly track: boolean;

  /** `track` false: no change list is kept (a one-shot run that never persists). */
  constructor(docCount = 0, df: Iterable<[string, number]> = [], track = true) {
    this.docs = docCount;
    this.df = new Map(df);
    this.track = track;
  }

  get docCount(): number {
    return this.docs;
  }

  get termCount(): number {
    return this.df.size;
  }

  /** Counts one document containing each of `terms` once. */
  observe(terms: Iterable<string>): void {
    this.docs += 1;
    for (const term of terms) {
      this.df.set(term, (this.df.get(term) ?? 0) + 1);
      if (this.track) this.dirty.add(term);
    }
  }

  frequency(term: string): number {
    return this.df.get(term) ?? 0;
  }

  /**
   * Smoothed IDF, ln((1+N)/(1+df)) + floor: never infinite, and with a positive floor a term
   * seen in every document still counts a little (scikit-learn uses floor 1).
   */
  idf(term: string, floor = 1): number {
    return Math.log((1 + this.docs) / (1 + (this.df.get(term) ?? 0))) + floor;
  }

  /** Terms whose frequency changed since the last call, with their current frequency. */
  takeChanges(): [string, number][] {
    const changes: [string, number][] = [];
    for (const term of this.dirty) changes.push([term, this.df.get(term) ?? 0]);
    this.dirty.clear();
    return changes;
  }

  entries(): [string, number][] {
    return [...this.df];
  }
}
