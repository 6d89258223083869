import { BriefError } from '../shared/errors';
import { EVERY_REPORT_WORDS } from '../shared/text/calendar';
import { eventKinds, otherIncidents, otherKinds, transportModes } from '../shared/text/event-kinds';
import { baseForm } from '../shared/text/irregular-forms';
import { stem } from '../shared/text/terms';
import type { ContentDoc } from '../shared/types';
import { articleAffinity } from './affinity';
import { buildDocVector, duplicateKey } from './doc-vector';
import { DuplicateIndex } from './duplicate-index';
import { isProgrammeTitle } from './programme';
import { type ResumptionView, resumesAnotherEvent } from './resumption';
import { Story } from './story';
import { StoryIndex } from './story-index';
import { StoryMerger } from './story-merger';
import { TermStats } from './term-stats';
import { extractTerms } from './text-terms';
import { joinThreshold } from './thresholds';
import { topEntries } from './top-entries';
import { type ClusterTuning, DEFAULT_TUNING } from './tuning';
import type {
  Assignment,
  ClusterChanges,
  Clusterer,
  ClusterMemory,
  ClusterOptions,
  StoryMemory,
  StoryMerge,
} from './types';

const DEFAULT_WINDOW_HOURS = 72;
/** Words any report writes, as clustering's terms (shared/text/calendar.ts). */
const EVERY_REPORT: ReadonlySet<string> = new Set(
  EVERY_REPORT_WORDS.flatMap((word) => [stem(word), stem(baseForm(word))]),
);
const HOUR_MS = 3_600_000;
// Expired stories are swept out of memory every this many articles: often enough to keep
// memory flat, rare enough that the sweep's cost per article stays negligible.
const SWEEP_EVERY = 1024;
// Exact-duplicate keys remembered: about 10 MB at 100,000, and copies of one item arrive
// within hours of each other, far fewer articles apart than that.
const DUPLICATE_KEYS = 100_000;

function validTime(date: Date | null): number | null {
  if (!date) return null;
  const time = date.getTime();
  return Number.isFinite(time) ? time : null;
}

function resumptionView(story: Story): ResumptionView {
  return { firstSeen: story.firstSeen, lastSeen: story.lastSeen, headlines: story.headlines.counts };
}

function dfEntries(df: ClusterMemory['df']): [string, number][] {
  return Array.isArray(df) ? df : Object.entries(df);
}

class OnlineClusterer implements Clusterer {
  private readonly tuning: ClusterTuning;
  private readonly windowMs: number;
  private readonly newStoryId: () => string;
  private readonly track: boolean;
  private readonly stats: TermStats;
  private readonly stories = new Map<string, Story>();
  private readonly index: StoryIndex;
  private readonly merger: StoryMerger;
  private readonly duplicates = new DuplicateIndex(DUPLICATE_KEYS);
  private readonly changed = new Set<string>();
  private readonly evictedChanges = new Map<string, StoryMemory>();
  private merges: StoryMerge[] = [];
  private clock: number | null = null;
  private sinceSweep = 0;
  private created = 0;

  constructor(options: ClusterOptions, memory?: ClusterMemory) {
    this.tuning = { ...DEFAULT_TUNING, ...options.tuning };
    const hours = options.windowHours ?? DEFAULT_WINDOW_HOURS;
    this.windowMs = hours > 0 && Number.isFinite(hours) ? hours * HOUR_MS : Number.POSITIVE_INFINITY;
    this.newStoryId = options.newStoryId;
    this.track = options.trackChanges ?? true;
    this.stats = new TermStats(memory?.docCount ?? 0, memory ? dfEntries(memory.df) : [], this.track);
    this.index = new StoryIndex(this.tuning);
    this.merger = new StoryMerger(
      this.tuning,
      this.index,
      (a, b) => this.spansMeet(a, b),
      (a, b) => this.otherEvents(a, b),
    );
    if (memory) this.restore(memory.stories);
  }

  get storyCount(): number {
    return this.stories.size;
  }

  add(doc: ContentDoc): Assignment {
    const time = validTime(doc.publishedAt);
    if (time !== null) this.clock = this.clock === null ? time : Math.max(this.clock, time);
    this.sweepIfDue();
    const outlet = doc.outlet ?? '';
    const terms = extractTerms(doc.title ?? '', doc.text ?? '', this.tuning, outlet);
    const key = duplicateKey(terms);
    const twin = this.liveStory(this.duplicates.get(key), time);
    if (twin) {
      // A copy is the same document again: it counts for the story but teaches the IDF
      // nothing (10,000 copies must not turn their words into stop words).
      twin.touch(time, outlet);
      this.markChanged(twin);
      return { storyId: twin.id, isNew: false };
    }
    this.stats.observe(terms.counts.keys());
    const vector = buildDocVector(terms, this.stats, this.tuning, this.tuning.maxDocTerms);
    if (isProgrammeTitle(doc.title ?? '')) {
      // An episode announcement is its own story and is not indexed, so no report joins it.
      const story = this.createStory();
      story.touch(time, outlet);
      story.addVector(vector.weights, vector.words);
      story.addNames(terms);
      story.addHeadline(terms.headline);
      this.markChanged(story);
      return { storyId: story.id, isNew: true };
    }
    const threshold = joinThreshold(this.tuning, vector.words);
    const names = {
      names: [...terms.names],
      headlineNames: [...terms.headlineNames],
      capitals: terms.capitals,
    };
    const article: ResumptionView = {
      firstSeen: time,
      lastSeen: time,
      headlines: new Map([...terms.headline].map((term) => [term, 1])),
      opening: new Map([...terms.opening.keys()].map((term) => [term, 1])),
      headlineNames: names.headlineNames,
    };
    const apart: string[] = [];
    // A report whose opening shares little of what its text shares with a story is drawn to it by
    // a later paragraph's background: another event of the same actor (docs/clustering.md). The
    // opening's vector is built only for a story the whole text could join.
    let opening: ReadonlyMap<string, number> | undefined;
    const openingVector = (): ReadonlyMap<string, number> => {
      opening ??= buildDocVector(
        { ...terms, counts: terms.opening },
        this.stats,
        this.tuning,
        this.tuning.maxDocTerms,
      ).weights;
      return opening;
    };
    const recalledOnly = (story: Story): boolean => {
      if (this.tuning.openingShare <= 0 || terms.opening.size >= terms.counts.size) return false;
      return story.cosine(openingVector()) < this.tuning.openingShare * story.cosine(vector.weights);
    };
    // A headline telling another kind of event than the story's (a depot fire against a drivers'
    // strike of the same retailer), whose opening shares next to nothing but names with the
    // story (a name's generic words, "Energy" of "Shaxawan Energy", and words any report writes,
    // "said", "near", count as nothing), is another event of the same actor (event-kinds.ts,
    // docs/clustering.md).
    const kinds = eventKinds(terms.headline);
    const modes = transportModes(terms.headline);
    const otherKind = (story: Story): boolean => {
      const told = eventKinds(story.headlines.counts.keys());
      const incidents = () =>
        otherIncidents(kinds, modes, told, transportModes(story.headlines.counts.keys()));
      if (!otherKinds(kinds, told) && !(modes.size > 0 && incidents())) return false;
      let shared = 0;
      for (const [term, weight] of openingVector())
        if (!terms.capitals.has(term) && !terms.generic?.has(term) && !EVERY_REPORT.has(term))
          shared += weight * (story.centroid.get(term) ?? 0);
      return shared < this.tuning.otherKindOpeningCosine * story.norm;
    };
    const match = this.index.best({
      terms: topEntries(vector.weights, this.tuning.queryTerms),
      eligible: (story) => this.inWindow(story, time),
      cosine: (story) =>
        articleAffinity(story, vector.weights, names, this.tuning, threshold, (candidate) => {
          const earlier = { ...resumptionView(candidate), capitals: candidate.nameView.capitals };
          const other =
            resumesAnotherEvent(earlier, article, this.tuning, this.idf) ||
            recalledOnly(candidate) ||
            otherKind(candidate);
          if (other) apart.push(candidate.id);
          return other;
        }),
    });
    const joins = match !== null && match.cosine >= threshold;
    let story = joins ? match.story : this.createStory();
    // A story begun by a report kept apart from a quiet one stays apart: later reports of the
    // new event may recall the old one in their headlines too, and a merge would undo the split.
    if (!joins) for (const id of apart) story.apartFrom.add(id);
    story.touch(time, outlet);
    story.addVector(vector.weights, vector.words);
    story.addNames(terms);
    story.addHeadline(terms.headline);
    this.index.refresh(story, vector.weights.keys());
    this.index.remove(story, story.prune(this.tuning.centroidTerms));
    if (joins) story = this.mergeAround(story);
    this.duplicates.set(key, story.id);
    this.markChanged(story);
    return { storyId: story.id, isNew: !joins };
  }

  takeChanges(): ClusterChanges {
    const stories = [...this.evictedChanges.values()];
    for (const id of this.changed) {
      const story = this.stories.get(id);
      if (story) stories.push(story.toMemory());
    }
    this.changed.clear();
    this.evictedChanges.clear();
    const merged = this.merges;
    this.merges = [];
    return { docCount: this.stats.docCount, dfChanges: this.stats.takeChanges(), stories, merged };
  }

  snapshot(): ClusterMemory {
    return {
      docCount: this.stats.docCount,
      df: this.stats.entries(),
      stories: [...this.stories.values()].map((story) => story.toMemory()),
    };
  }

  resolve(storyId: string): string {
    return this.merger.resolve(storyId);
  }

  private restore(memories: readonly StoryMemory[]): void {
    const byFirstSeen = [...memories].sort((a, b) =>
      (a.firstSeenAt ?? '').localeCompare(b.firstSeenAt ?? ''),
    );
    const ordered = byFirstSeen.map((memory) => Story.fromMemory(memory, this.created++));
    ordered.sort((a, b) => (a.lastSeen ?? 0) - (b.lastSeen ?? 0));
    for (const story of ordered) {
      this.stories.set(story.id, story);
      this.index.refresh(story, story.centroid.keys());
      if (story.lastSeen !== null) this.clock = Math.max(this.clock ?? story.lastSeen, story.lastSeen);
    }
  }

  private createStory(): Story {
    const id = this.newStoryId();
    if (this.stories.has(id) || this.merger.wasMerged(id)) {
      throw new BriefError(
        'cluster',
        'DUPLICATE_STORY_ID',
        `newStoryId returned an id already in use: ${id}`,
      );
    }
    const story = new Story(id, this.created++);
    this.stories.set(id, story);
    return story;
  }

  private mergeAround(story: Story): Story {
    let survivor = story;
    for (const merge of this.merger.mergeAround(story)) {
      const gone = this.stories.get(merge.from);
      this.stories.delete(merge.from);
      this.changed.delete(merge.from);
      this.evictedChanges.delete(merge.from);
      if (this.track) this.merges.push(merge);
      survivor = this.stories.get(merge.into) ?? survivor;
      if (gone) this.markChanged(survivor);
    }
    return survivor;
  }

  private liveStory(id: string | undefined, time: number | null): Story | undefined {
    if (id === undefined) return undefined;
    const story = this.stories.get(this.merger.resolve(id));
    return story && this.inWindow(story, time) ? story : undefined;
  }

  /** A timed article meets only stories whose span comes within the window of it. */
  private inWindow(story: Story, time: number | null): boolean {
    if (time === null || story.lastSeen === null || story.firstSeen === null) return true;
    return time - story.lastSeen <= this.windowMs && story.firstSeen - time <= this.windowMs;
  }

  private readonly idf = (term: string): number => this.stats.idf(term, this.tuning);

  /**
   * Two stories report different events: one was begun by a report kept apart from the other, their
   * headlines tell kinds of event that do not meet (an actor's collision and the bid for it, whose
   * reports recall each other until their centroids draw together: docs/clustering.md, "One
   * actor's events of other kinds"), or the later began after the earlier went quiet, with other
   * headlines.
   */
  private otherEvents(a: Story, b: Story): boolean {
    if (this.keptApart(a, b) || this.keptApart(b, a)) return true;
    const [kindsA, kindsB] = [eventKinds(a.headlines.counts.keys()), eventKinds(b.headlines.counts.keys())];
    if (otherKinds(kindsA, kindsB)) return true;
    // Means of transport are read only of two harms (otherIncidents): most pairs are not.
    const harms = kindsA.has('harm') && kindsB.has('harm');
    if (
      harms &&
      otherIncidents(
        kindsA,
        transportModes(a.headlines.counts.keys()),
        kindsB,
        transportModes(b.headlines.counts.keys()),
      )
    )
      return true;
    const [earlier, later] = (a.firstSeen ?? 0) <= (b.firstSeen ?? 0) ? [a, b] : [b, a];
    return resumesAnotherEvent(resumptionView(earlier), resumptionView(later), this.tuning, this.idf);
  }

  private keptApart(a: Story, b: Story): boolean {
    for (const id of a.apartFrom) if (this.merger.resolve(id) === b.id) return true;
    return false;
  }

  private spansMeet(a: Story, b: Story): boolean {
    if (a.lastSeen === null || b.lastSeen === null || a.firstSeen === null || b.firstSeen === null)
      return true;
    return b.lastSeen >= a.firstSeen - this.windowMs && a.lastSeen >= b.firstSeen - this.windowMs;
  }

  private markChanged(story: Story): void {
    if (this.track) this.changed.add(story.id);
  }

  private sweepIfDue(): void {
    this.sinceSweep += 1;
    if (this.sinceSweep < SWEEP_EVERY || this.clock === null || !Number.isFinite(this.windowMs)) return;
    this.sinceSweep = 0;
    const horizon = this.clock - this.windowMs;
    for (const story of [...this.stories.values()]) {
      if (story.lastSeen === null || story.lastSeen >= horizon) continue;
      if (this.changed.delete(story.id)) this.evictedChanges.set(story.id, story.toMemory());
      this.index.remove(story, story.centroid.keys());
      this.stories.delete(story.id);
    }
  }
}

/**
 * Creates an online clusterer, resuming from `memory` when given (the stories the store
 * still holds inside the window, and the learned document frequencies).
 */
export function createClusterer(options: ClusterOptions, memory?: ClusterMemory): Clusterer {
  return new OnlineClusterer(options, memory);
}
