import { SINGLE_REPORT_POINTS } from '../shared/key-points';
import type { EditionContent, EditionSection, EditionStory, StorySummary } from '../shared/types';

export interface SectionSpec {
  id: string;
  title: string;
  maxStories: number;
}

/** A ranked candidate: best first within its section. */
export interface RankedStory {
  storyId: string;
  section: string;
  summary: StorySummary;
}

export interface FreezeInput {
  editionId: string;
  slot: Date;
  builtAt: Date;
  sections: SectionSpec[];
  /** Candidates in rank order (best first). */
  ranked: RankedStory[];
  /** Stories with fewer independent reports are used only to reach `minStoriesPerSection`. */
  minOutlets: number;
  minStoriesPerSection: number;
}

/**
 * Picks the stories of each section and freezes them into the edition's content. Stories with at
 * least `minOutlets` independent reports come first in rank order; thinner ones fill a section only up to
 * `minStoriesPerSection`, and carry `singleSource` so the email can say so.
 */
export function freezeEdition(input: FreezeInput): EditionContent {
  const sections: EditionSection[] = input.sections.map((spec) => {
    const candidates = input.ranked.filter(
      (story) => story.section === spec.id && story.summary.points.length > 0,
    );
    return {
      id: spec.id,
      title: spec.title,
      stories: pickStories(candidates, spec.maxStories, input).map(toEditionStory),
    };
  });
  return {
    editionId: input.editionId,
    slot: input.slot.toISOString(),
    builtAt: input.builtAt.toISOString(),
    sections,
  };
}

function pickStories(candidates: RankedStory[], maxStories: number, input: FreezeInput): RankedStory[] {
  const corroborated = candidates.filter((story) => story.summary.reportCount >= input.minOutlets);
  const picked = corroborated.slice(0, maxStories);
  const floor = Math.min(maxStories, input.minStoriesPerSection);
  if (picked.length >= floor) return picked;
  const thin = candidates.filter((story) => story.summary.reportCount < input.minOutlets);
  const chosen = new Set([...picked, ...thin.slice(0, floor - picked.length)]);
  // Keep the overall rank order among the chosen stories.
  return candidates.filter((story) => chosen.has(story));
}

function toEditionStory(story: RankedStory): EditionStory {
  const { summary } = story;
  return {
    storyId: story.storyId,
    section: story.section,
    headline: summary.headline,
    // Trimmed here, after stories of one event were merged on all their points (same-event.ts).
    points: summary.points
      .slice(0, summary.reportCount === 1 ? SINGLE_REPORT_POINTS : undefined)
      .map((point) => ({ text: point.text, sources: [...point.sources] })),
    outletCount: summary.outletCount,
    reportCount: summary.reportCount,
    singleSource: summary.singleSource,
    sources: summary.sources.map((source) => ({
      articleId: source.articleId,
      outlet: source.outlet,
      title: source.title,
      url: source.url,
      publishedAt: source.publishedAt ? source.publishedAt.toISOString() : null,
      via: source.via,
    })),
  };
}

/** The UTC hour an instant falls in: editions are built per hour slot. */
export function slotOf(now: Date): Date {
  const slot = new Date(now);
  slot.setUTCMinutes(0, 0, 0);
  return slot;
}
