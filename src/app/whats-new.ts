import type { EditionContent, EditionStory } from '../shared/types';

/** The reason recorded on a delivery skipped because its reader has nothing new. */
export const NOTHING_NEW_REASON = "nothing new in the reader's sections since their last email";

/**
 * What a reader saw of a story: its headline and the articles it cited. A story that gained an
 * article, or whose headline moved on, is "updated" (docs/email.md "Nothing new, no email").
 */
function telling(story: EditionStory): string {
  const articles = story.sources.map((source) => source.articleId).sort();
  return `${story.storyId}\u0000${story.headline}\u0000${articles.join(',')}`;
}

function tellings(edition: EditionContent, sectionIds: readonly string[]): string[] {
  return edition.sections
    .filter((section) => sectionIds.includes(section.id))
    .flatMap((section) => section.stories.map(telling));
}

/**
 * Whether `edition` has, in the reader's sections, a story that is new or updated since the
 * email they last received (`previous`: its edition and sections; null when there was none). An edition with no
 * story in those sections has nothing new, so no "quiet morning" email goes out. Pure.
 */
export function hasSomethingNew(
  edition: EditionContent,
  sectionIds: readonly string[],
  previous: { edition: EditionContent; sectionIds: readonly string[] } | null,
): boolean {
  const now = tellings(edition, sectionIds);
  if (now.length === 0) return false;
  if (!previous) return true;
  // What they were shown: the sections of the variant they received then.
  const seen = new Set(tellings(previous.edition, previous.sectionIds));
  return now.some((entry) => !seen.has(entry));
}
