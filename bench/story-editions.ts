import { randomUUID } from 'node:crypto';
import type { EditionContent, EditionStory } from '../src/shared/types';
import { openStore } from '../src/store';
import { mulberry32 } from './prng';

/**
 * Editions for the story-page benchmark, shaped like a busy fortnight: 14 daily editions of
 * 3 sections × 8 stories, each story with 6 points and 10 sources, and half of each day's stories
 * carried on from the day before (so their pages read three editions and show a timeline).
 */
const DAYS = 14;
const SECTIONS = [
  { id: 'world', title: 'World' },
  { id: 'business', title: 'Business' },
  { id: 'science', title: 'Science & Environment' },
];
const STORIES_PER_SECTION = 8;
const POINTS = 6;
const SOURCES = 10;
const OUTLETS = ['Harbour Gazette', 'Pacific Wire', 'Northern Ledger', 'Meridian Post', 'Lakeside Herald'];
const WORDS =
  'officials said talks resumed after weeks of negotiation between regional governments and partners over funding oversight and the reopening of two border crossings'.split(
    ' ',
  );

/** Stores the editions; returns the ids of every story that has a page. */
export async function seedStoryEditions(url: string): Promise<string[]> {
  const random = mulberry32(20261205);
  const sentence = (length: number) =>
    Array.from({ length }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
  const store = await openStore(url, process.cwd());
  const storyIds = new Set<string>();
  let carried: EditionStory[] = [];
  try {
    for (let day = 0; day < DAYS; day += 1) {
      const slot = new Date(Date.UTC(2026, 10, 15 + day, 6));
      const today: EditionStory[] = [];
      const sections = SECTIONS.map((section) => {
        const stories = Array.from({ length: STORIES_PER_SECTION }, (_, index) => {
          const earlier =
            index % 2 === 0
              ? carried.find((story) => story.section === section.id && !today.includes(story))
              : undefined;
          const story = newStory(earlier?.storyId ?? randomUUID(), section.id, slot, sentence);
          today.push(story);
          storyIds.add(story.storyId);
          return story;
        });
        return { ...section, stories };
      });
      carried = today;
      const content: EditionContent = {
        editionId: randomUUID(),
        slot: slot.toISOString(),
        builtAt: new Date(slot.getTime() - 5 * 60_000).toISOString(),
        sections,
      };
      await store.editions.createForSlot(content);
    }
  } finally {
    await store.close();
  }
  return [...storyIds];
}

function newStory(
  storyId: string,
  section: string,
  slot: Date,
  sentence: (length: number) => string,
): EditionStory {
  const sources = Array.from({ length: SOURCES }, (_, index) => ({
    articleId: `${storyId}-${slot.getTime()}-${index}`,
    outlet: OUTLETS[index % OUTLETS.length] as string,
    title: sentence(9),
    url: `https://news.example/${storyId}/${index}`,
    publishedAt: new Date(slot.getTime() - (index + 1) * 3_600_000).toISOString(),
    via: index % 4 === 3 ? 'AP' : null,
  }));
  return {
    storyId,
    section,
    headline: sentence(11),
    points: Array.from({ length: POINTS }, (_, index) => ({
      text: `${sentence(22)}.`,
      sources: sources.slice(index, index + 3).map((source) => source.articleId),
    })),
    outletCount: OUTLETS.length,
    reportCount: 4,
    singleSource: false,
    sources,
  };
}
