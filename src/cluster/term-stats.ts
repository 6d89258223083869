/** How document frequencies become weights (the fields of ClusterTuning of the same names). */
export interface IdfWeighting {
  idfFloor: number;
  idfPriorDocs: number;
  idfPriorRate: number;
}

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
   * IDF as −ln of the expected document rate of `term` under a Beta prior of mean `priorRate`
   * worth `priorDocs` documents, plus `floor`: ln((N + m) / (df + m·p)) + floor. With m = p = 1
   * this is the usual smoothed ln((1+N)/(1+df)). A larger m keeps the first few hundred
   * documents from reading every word seen once as rare.
   */
  idf(term: string, weighting: IdfWeighting): number {
    const { idfFloor, idfPriorDocs, idfPriorRate } = weighting;
    const df = this.df.get(term) ?? 0;
    return Math.log((this.docs + idfPriorDocs) / (df + idfPriorDocs * idfPriorRate)) + idfFloor;
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
