import type { Story } from './story';
import { insertBounded } from './top-entries';

export interface IndexLimits {
  /** Stories kept per term, the most recently updated ones. */
  postingLimit: number;
  /** Heaviest query terms whose postings are read. */
  queryTerms: number;
  /** Best partial scores whose exact cosine is computed. */
  exactCandidates: number;
}

export interface Match {
  story: Story;
  cosine: number;
}

export interface Query {
  /** The query's heaviest terms with unit-scaled weights: their postings give the candidates. */
  terms: readonly [string, number][];
  /** Stories the query may match (window, not itself). */
  eligible: (story: Story) => boolean;
  /** The exact cosine of the query with a candidate. */
  cosine: (story: Story) => number;
}

interface Candidate {
  story: Story;
  estimate: number;
}

/**
 * Inverted index term → stories, each posting list in update order and capped, so finding
 * the stories near an article costs at most queryTerms × postingLimit steps however many
 * stories are held (single-pass detection after Allan et al. 1998, with the bounded posting
 * lists of Petrović et al. 2010 to keep the cost per document constant).
 */
export class StoryIndex {
  /** term → (story → the story's centroid weight for the term), in update order. */
  private readonly postings = new Map<string, Map<Story, number>>();
  private readonly limits: IndexLimits;
  private epoch = 0;

  constructor(limits: IndexLimits) {
    this.limits = limits;
  }

  /** Moves `story` to the recent end of the postings of `terms` (adding it where missing). */
  refresh(story: Story, terms: Iterable<string>): void {
    for (const term of terms) {
      const weight = story.centroid.get(term);
      if (weight === undefined) continue;
      let posting = this.postings.get(term);
      if (!posting) {
        posting = new Map();
        this.postings.set(term, posting);
      }
      posting.delete(story);
      posting.set(story, weight);
      if (posting.size > this.limits.postingLimit) {
        const oldest = posting.keys().next();
        if (!oldest.done) posting.delete(oldest.value);
      }
    }
  }

  remove(story: Story, terms: Iterable<string>): void {
    for (const term of terms) {
      const posting = this.postings.get(term);
      if (!posting) continue;
      posting.delete(story);
      if (posting.size === 0) this.postings.delete(term);
    }
  }

  /**
   * The best eligible story for a query: dot products over the heaviest query terms give an
   * estimate for every story they reach; the exact cosine decides among the best estimates.
   */
  best(query: Query): Match | null {
    // Partial sums live on the stories themselves (tagged with this query's epoch): no map
    // lookups or allocation in the innermost loop.
    const epoch = ++this.epoch;
    const reached: Story[] = [];
    for (const [term, weight] of query.terms) {
      this.postings.get(term)?.forEach((mine, story) => {
        if (story.searchEpoch !== epoch) {
          story.searchEpoch = epoch;
          story.searchDot = 0;
          reached.push(story);
        }
        story.searchDot += weight * mine;
      });
    }
    const shortlist = this.shortlist(query, reached);
    let best: Match | null = null;
    for (const { story } of shortlist) {
      const cosine = query.cosine(story);
      if (!best || cosine > best.cosine) best = { story, cosine };
    }
    return best;
  }

  /** The `exactCandidates` eligible stories with the highest estimated cosine. */
  private shortlist(query: Query, reached: readonly Story[]): Candidate[] {
    const limit = this.limits.exactCandidates;
    const kept: Candidate[] = [];
    for (const story of reached) {
      const estimate = story.searchDot / (story.norm || 1);
      if (kept.length === limit && estimate <= kept[limit - 1]!.estimate) continue;
      if (query.eligible(story)) insertBounded(kept, { story, estimate }, limit, (item) => item.estimate);
    }
    return kept;
  }
}
