import { truncateAtWord } from '../shared/text/one-line';
import type { EditionStory } from '../shared/types';
import type { DigestView, SourceView } from './digest-view';

/** The few sentences both parts print around the feed text, worded once. */

const PREVIEW_CHARS = 140;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function shortDate(iso: string | null): string {
  if (!iso) return '';
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '';
  const date = new Date(time);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}`;
}

/**
 * "Summary based on N sources": N counts independent reports (a wire text run by five outlets
 * is one), falling back to outlets for editions frozen before reports were counted.
 */
export function basedOnLabel(story: EditionStory, firstOutlet: string): string {
  const reports = Math.max(story.reportCount ?? story.outletCount, 1);
  if (story.singleSource || reports === 1) {
    if (story.outletCount > 1) return `Single source: one report carried by ${story.outletCount} outlets`;
    return firstOutlet ? `Single source: based on ${firstOutlet} only` : 'Single source';
  }
  return `Summary based on ${reports} sources`;
}

/** "+ 8 more sources": what the size budget left out of a story's source list. */
export function moreSourcesLabel(count: number): string {
  return `+ ${count} more ${count === 1 ? 'source' : 'sources'}`;
}

/** "Harbour Gazette via AP • 1 Dec": who ran it, whose text it is, when. */
export function sourceMeta(source: SourceView): string {
  const outlet = source.via ? `${source.outlet || 'Source'} via ${source.via}` : source.outlet;
  return [outlet, source.date].filter((part) => part.length > 0).join(' • ') || 'Source';
}

export function overviewLine(view: DigestView): string {
  if (view.storyCount === 0) return 'A quiet morning';
  const stories = `${view.storyCount} ${view.storyCount === 1 ? 'story' : 'stories'}`;
  return `${stories} from ${view.outletCount} ${view.outletCount === 1 ? 'outlet' : 'outlets'}`;
}

/** Inbox preview text: the first headlines, so the inbox shows news rather than boilerplate. */
export function previewLine(view: DigestView): string {
  if (view.storyCount === 0) return 'A quiet morning: nothing in your sections has enough reporting yet.';
  const headlines = view.sections.flatMap((section) => section.stories.map((story) => story.headline));
  return truncateAtWord(headlines.slice(0, 3).join(' · '), PREVIEW_CHARS);
}
