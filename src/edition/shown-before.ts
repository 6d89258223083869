import type { EditionContent, StorySummary } from '../shared/types';

const DAY_MS = 24 * 3_600_000;

/**
 * The slots whose editions this slot's readers received on the mornings before, newest first:
 * editions are built per hour and a reader's digest is due at the same local hour each day, so
 * those are the slots whole days earlier (docs/email.md "Yesterday's story, unchanged"). As many
 * days as a story stays a candidate, and one more, so a story left out one morning is not shown
 * again the next when still nothing was added.
 */
export function daySlotsBefore(slot: string, lookbackHours: number): string[] {
  const days = Math.ceil(lookbackHours / 24) + 1;
  const at = new Date(slot).getTime();
  return Array.from({ length: days }, (_, i) => new Date(at - (i + 1) * DAY_MS).toISOString());
}

function pointKey(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Every point the editions showed, in any story (story ids change when stories merge). */
export function pointsShown(editions: readonly EditionContent[]): Set<string> {
  const shown = new Set<string>();
  for (const edition of editions)
    for (const section of edition.sections)
      for (const story of section.stories) for (const point of story.points) shown.add(pointKey(point.text));
  return shown;
}

/**
 * Whether a story's summary tells the reader nothing the editions before told them: every one of
 * its points was shown there. A story whose reporting went quiet overnight would otherwise come
 * back word for word the next morning; a new headline over the same points is no news either.
 */
export function shownUnchanged(summary: StorySummary, shownBefore: ReadonlySet<string>): boolean {
  return summary.points.length > 0 && summary.points.every((point) => shownBefore.has(pointKey(point.text)));
}
