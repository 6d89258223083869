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

export function basedOnLabel(story: EditionStory, firstOutlet: string): string {
  if (story.singleSource)
    return firstOutlet ? `Single source: based on ${firstOutlet} only` : 'Single source';
  const count = Math.max(story.outletCount, 1);
  return `Summary based on ${count} ${count === 1 ? 'source' : 'sources'}`;
}

/** "+ 8 more sources": what the size budget left out of a story's source list. */
export function moreSourcesLabel(count: number): string {
  return `+ ${count} more ${count === 1 ? 'source' : 'sources'}`;
}

export function sourceMeta(source: SourceView): string {
  return [source.outlet, source.date].filter((part) => part.length > 0).join(' • ') || 'Source';
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
