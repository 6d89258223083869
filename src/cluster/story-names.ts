import { heaviest } from './doc-vector';
import { coreNames, type NameView } from './name-conflict';
import type { NameSets } from './text-terms';
import type { StoryMemory } from './types';

// Terms remembered per map (the most frequent kept once twice as many have been seen): a
// conflict needs one shared name, and an event's own names recur in most of its articles.
const MAX_TERMS = 128;

function addCounts(target: Map<string, number>, terms: Iterable<string> | ReadonlyMap<string, number>): void {
  if (terms instanceof Map) {
    for (const [term, count] of terms) target.set(term, (target.get(term) ?? 0) + count);
  } else {
    for (const term of terms as Iterable<string>) target.set(term, (target.get(term) ?? 0) + 1);
  }
  if (target.size <= 2 * MAX_TERMS) return;
  for (const [term] of heaviest(target, target.size).slice(MAX_TERMS)) target.delete(term);
}

function counts(pairs: readonly [string, number][] | undefined): Map<string, number> {
  const map = new Map<string, number>();
  for (const [term, count] of pairs ?? []) if (Number.isFinite(count)) map.set(term, count);
  return map;
}

/**
 * What a story's articles name (see capitals.ts), with the number of articles behind each
 * term, and the core names the conflict rule compares (name-conflict.ts).
 */
export class StoryNames {
  readonly names = new Map<string, number>();
  readonly capitals = new Map<string, number>();
  readonly headlineNames = new Map<string, number>();
  private view: NameView | null = null;
  private viewArticles = -1;

  static fromMemory(memory: Pick<StoryMemory, 'names' | 'capitals' | 'headlineNames'>): StoryNames {
    const restored = new StoryNames();
    addCounts(restored.names, counts(memory.names));
    addCounts(restored.capitals, counts(memory.capitals));
    addCounts(restored.headlineNames, counts(memory.headlineNames));
    return restored;
  }

  toMemory(): Required<Pick<StoryMemory, 'names' | 'capitals' | 'headlineNames'>> {
    return {
      names: heaviest(this.names, this.names.size),
      capitals: heaviest(this.capitals, this.capitals.size),
      headlineNames: heaviest(this.headlineNames, this.headlineNames.size),
    };
  }

  /** Adds one article's names. */
  add(sets: NameSets): void {
    addCounts(this.names, sets.names);
    addCounts(this.capitals, sets.capitals);
    addCounts(this.headlineNames, sets.headlineNames);
    this.view = null;
  }

  /** Adds the names of a story merged into this one. */
  absorb(other: StoryNames): void {
    addCounts(this.names, other.names);
    addCounts(this.capitals, other.capitals);
    addCounts(this.headlineNames, other.headlineNames);
    this.view = null;
  }

  /** The core names of a story of `articles` articles, recomputed only when something changed. */
  viewFor(articles: number): NameView {
    if (this.view === null || this.viewArticles !== articles) {
      this.view = {
        names: coreNames(this.names, articles),
        headlineNames: coreNames(this.headlineNames, articles),
        capitals: this.capitals,
      };
      this.viewArticles = articles;
    }
    return this.view;
  }
}
