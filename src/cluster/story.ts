import { heaviest } from './doc-vector';
import type { NameView } from './name-conflict';
import { StoryHeadlines } from './resumption';
import { StoryNames } from './story-names';
import type { NameSets } from './text-terms';
import type { StoryMemory } from './types';

// Outlets remembered per story; the ranking needs the count, and a story carried by more
// than this many outlets is at the top of any edition anyway.
const MAX_OUTLETS = 500;

function toIso(time: number | null): string | null {
  return time === null ? null : new Date(time).toISOString();
}

function fromIso(value: string | null): number | null {
  if (value === null) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : time;
}

/**
 * A story in memory. Its centroid is the sum of the unit vectors of its distinct articles;
 * the squared norm is kept up to date so a cosine costs one pass over the article's terms.
 */
export class Story {
  readonly id: string;
  /** Creation order inside this process: breaks ties when deciding which story is older. */
  readonly order: number;
  firstSeen: number | null;
  lastSeen: number | null;
  articleCount: number;
  vectorCount: number;
  meanWords: number;
  readonly outlets: Set<string>;
  readonly centroid: Map<string, number>;
  /** What the articles name (see capitals.ts); replaced only when a stored story is read. */
  names: StoryNames;
  /** The terms of its articles' headlines (resumption.ts); replaced only when a stored story is read. */
  headlines: StoryHeadlines;
  /**
   * Stories its first article was kept apart from as another event (resumption.ts): never
   * merged with them.
   */
  readonly apartFrom = new Set<string>();
  /** vectorCount when the merge pass last looked for a partner. */
  mergeCheckedAt: number;
  /** lastSeen when the merge pass last looked for a partner (null: never, or no time). */
  mergeCheckedTime: number | null;
  /** Scratch space of the index's candidate search: the query it belongs to, and the sum. */
  searchEpoch: number;
  searchDot: number;
  private squaredNorm: number;

  constructor(id: string, order: number) {
    this.id = id;
    this.order = order;
    this.firstSeen = null;
    this.lastSeen = null;
    this.articleCount = 0;
    this.vectorCount = 0;
    this.meanWords = 0;
    this.outlets = new Set();
    this.centroid = new Map();
    this.names = new StoryNames();
    this.headlines = new StoryHeadlines();
    this.squaredNorm = 0;
    this.mergeCheckedAt = 0;
    this.mergeCheckedTime = null;
    this.searchEpoch = -1;
    this.searchDot = 0;
  }

  /** Rebuilds a stored story; fields a row may lack (an older version wrote it) get defaults. */
  static fromMemory(memory: StoryMemory, order: number): Story {
    const story = new Story(memory.id, order);
    story.firstSeen = fromIso(memory.firstSeenAt ?? null);
    story.lastSeen = fromIso(memory.lastSeenAt ?? null);
    story.articleCount = memory.articleCount ?? 0;
    story.vectorCount = memory.vectorCount ?? story.articleCount;
    story.meanWords = memory.meanWords ?? 0;
    for (const outlet of memory.outlets ?? []) story.outlets.add(outlet);
    for (const [term, weight] of memory.centroid ?? []) {
      if (Number.isFinite(weight)) story.centroid.set(term, weight);
    }
    story.names = StoryNames.fromMemory(memory);
    story.headlines = StoryHeadlines.fromMemory(memory.headlineTerms);
    for (const id of memory.apartFrom ?? []) story.apartFrom.add(id);
    story.recomputeNorm();
    return story;
  }

  toMemory(): StoryMemory {
    return {
      id: this.id,
      firstSeenAt: toIso(this.firstSeen),
      lastSeenAt: toIso(this.lastSeen),
      articleCount: this.articleCount,
      vectorCount: this.vectorCount,
      meanWords: this.meanWords,
      outlets: [...this.outlets],
      centroid: heaviest(this.centroid, this.centroid.size),
      ...this.names.toMemory(),
      headlineTerms: this.headlines.toMemory(),
      apartFrom: [...this.apartFrom],
    };
  }

  /** True when this story began before `other` (earlier first article, else created first). */
  isOlderThan(other: Story): boolean {
    if (this.firstSeen !== null && other.firstSeen !== null && this.firstSeen !== other.firstSeen) {
      return this.firstSeen < other.firstSeen;
    }
    return this.order < other.order;
  }

  /** The names the conflict rule compares (name-conflict.ts). */
  get nameView(): NameView {
    return this.names.viewFor(this.vectorCount);
  }

  get norm(): number {
    return Math.sqrt(Math.max(0, this.squaredNorm));
  }

  /** Dot product of the centroid with a sparse vector. */
  dot(vector: ReadonlyMap<string, number>): number {
    let sum = 0;
    for (const [term, weight] of vector) {
      const mine = this.centroid.get(term);
      if (mine !== undefined) sum += mine * weight;
    }
    return sum;
  }

  /** Cosine with a unit-length vector. */
  cosine(unit: ReadonlyMap<string, number>): number {
    const norm = this.norm;
    return norm === 0 ? 0 : this.dot(unit) / norm;
  }

  /** Cosine between two centroids, walking the smaller one. */
  cosineWith(other: Story): number {
    const norms = this.norm * other.norm;
    if (norms === 0) return 0;
    const [small, large] = this.centroid.size <= other.centroid.size ? [this, other] : [other, this];
    return large.dot(small.centroid) / norms;
  }

  /** Share of the terms of `vector` the centroid holds (0 for an empty vector). */
  heldShare(vector: ReadonlyMap<string, number>): number {
    if (vector.size === 0) return 0;
    let held = 0;
    for (const term of vector.keys()) if (this.centroid.has(term)) held += 1;
    return held / vector.size;
  }

  /** Share of the smaller centroid's terms the larger one holds. */
  heldShareWith(other: Story): number {
    const [small, large] = this.centroid.size <= other.centroid.size ? [this, other] : [other, this];
    return large.heldShare(small.centroid);
  }

  /** Records an article's time and outlet; every article, duplicates included, counts. */
  touch(time: number | null, outlet: string): void {
    this.articleCount += 1;
    if (outlet !== '' && this.outlets.size < MAX_OUTLETS) this.outlets.add(outlet);
    if (time === null) return;
    this.firstSeen = this.firstSeen === null ? time : Math.min(this.firstSeen, time);
    this.lastSeen = this.lastSeen === null ? time : Math.max(this.lastSeen, time);
  }

  /** Adds an article's unit vector to the centroid: |c+d|² = |c|² + 2c·d + |d|². */
  addVector(unit: ReadonlyMap<string, number>, words: number): void {
    const dot = this.dot(unit);
    let squared = 0;
    for (const [term, weight] of unit) {
      this.centroid.set(term, (this.centroid.get(term) ?? 0) + weight);
      squared += weight * weight;
    }
    this.squaredNorm += 2 * dot + squared;
    this.meanWords = (this.meanWords * this.vectorCount + words) / (this.vectorCount + 1);
    this.vectorCount += 1;
  }

  /** Records the names and capitalized terms of an article that joined. */
  addNames(sets: NameSets): void {
    this.names.add(sets);
  }

  /** Records the headline terms of an article that joined (none for a text without a lead). */
  addHeadline(terms: ReadonlySet<string>): void {
    if (terms.size > 0) this.headlines.add(terms);
  }

  /** Folds `other` into this story (centroids add, counts and spans combine). */
  absorb(other: Story): void {
    const dot = this.dot(other.centroid);
    for (const [term, weight] of other.centroid)
      this.centroid.set(term, (this.centroid.get(term) ?? 0) + weight);
    this.squaredNorm += 2 * dot + other.squaredNorm;
    const vectors = this.vectorCount + other.vectorCount;
    if (vectors > 0) {
      this.meanWords = (this.meanWords * this.vectorCount + other.meanWords * other.vectorCount) / vectors;
    }
    this.vectorCount = vectors;
    this.articleCount += other.articleCount;
    for (const outlet of other.outlets) if (this.outlets.size < MAX_OUTLETS) this.outlets.add(outlet);
    this.names.absorb(other.names);
    this.headlines.add(other.headlines.counts);
    for (const id of other.apartFrom) this.apartFrom.add(id);
    if (other.firstSeen !== null) {
      this.firstSeen = this.firstSeen === null ? other.firstSeen : Math.min(this.firstSeen, other.firstSeen);
    }
    if (other.lastSeen !== null) {
      this.lastSeen = this.lastSeen === null ? other.lastSeen : Math.max(this.lastSeen, other.lastSeen);
    }
  }

  /**
   * Keeps the `limit` heaviest centroid terms once there are twice as many, so memory and
   * the cost of a centroid comparison stay bounded; returns the terms dropped.
   */
  prune(limit: number): string[] {
    if (this.centroid.size <= 2 * limit) return [];
    const dropped = heaviest(this.centroid, this.centroid.size)
      .slice(limit)
      .map(([term]) => term);
    for (const term of dropped) this.centroid.delete(term);
    this.recomputeNorm();
    return dropped;
  }

  private recomputeNorm(): void {
    let squared = 0;
    for (const weight of this.centroid.values()) squared += weight * weight;
    this.squaredNorm = squared;
  }
}
