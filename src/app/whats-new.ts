import type { EditionContent, EditionStory } from '../shared/types';

/** The reason recorded on a delivery skipped because its reader has nothing new. */
export const NOTHING_NEW_REASON = "nothing new in the reader's sections since their last email";

/** The articles each story cited, by story id, in the reader's sections of an edition. */
function citedArticles(edition: EditionContent, sectionIds: readonly string[]): Map<string, Set<string>> {
  const cited = new Map<string, Set<string>>();
  for (const section of edition.sections) {
    if (!sectionIds.includes(section.id)) continue;
    for (const story of section.stories) cited.set(story.storyId, articlesOf(story));
  }
  return cited;
}

function articlesOf(story: EditionStory): Set<string> {
  return new Set(story.sources.map((source) => source.articleId));
}

/**
 * Whether `edition` has, in the reader's sections, a story that is new or updated since the
 * email they last received (`previous`: its edition and sections; null when there was none). A
 * story is new when that email did not show it, updated when it cites an article that email did
 * not (docs/email.md "Nothing new, no email"); a story that only lost old articles is neither.
 * An edition with no story in those sections has nothing new, so no "quiet morning" email goes
 * out. Pure.
 */
export function hasSomethingNew(
  edition: EditionContent,
  sectionIds: readonly string[],
  previous: { edition: EditionContent; sectionIds: readonly string[] } | null,
): boolean {
  const now = citedArticles(edition, sectionIds);
  if (now.size === 0) return false;
  if (!previous) return true;
  const seen = citedArticles(previous.edition, previous.sectionIds);
  for (const [storyId, articles] of now) {
    const shown = seen.get(storyId);
    if (!shown) return true;
    for (const article of articles) if (!shown.has(article)) return true;
  }
  return false;
}
