import { randomUUID } from 'node:crypto';
import type { EditionContent, EditionStory } from '../../../src/shared/types';
import type { Store } from '../../../src/store';

/**
 * Stores a fixture edition as the edition stage would (`createForSlot`), with real UUIDs for the
 * edition and its stories: `storyIds` maps a fixture's story id to the id to store, so two
 * editions can carry one story. Returns the stored content.
 */
export async function storeEdition(
  store: Store,
  fixture: EditionContent,
  options: { slot: string; storyIds?: Record<string, string> },
): Promise<EditionContent> {
  const ids = options.storyIds ?? {};
  const content: EditionContent = {
    ...fixture,
    editionId: randomUUID(),
    slot: options.slot,
    builtAt: new Date(Date.parse(options.slot) - 8 * 60_000).toISOString(),
    sections: fixture.sections.map((section) => ({
      ...section,
      stories: section.stories.map((story) => {
        ids[story.storyId] ??= randomUUID();
        return { ...story, storyId: ids[story.storyId] as string };
      }),
    })),
  };
  await store.editions.createForSlot(content);
  return content;
}

export function storiesOf(content: EditionContent): EditionStory[] {
  return content.sections.flatMap((section) => section.stories);
}
