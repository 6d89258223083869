import { hasSomethingNew } from '../../src/app/whats-new';
import type { EditionContent, EditionStory } from '../../src/shared/types';

function story(storyId: string, articles: string[]): EditionStory {
  return {
    storyId,
    section: 'world',
    headline: `Story ${storyId}`,
    points: [],
    outletCount: articles.length,
    singleSource: articles.length === 1,
    sources: articles.map((articleId) => ({
      articleId,
      outlet: 'O',
      title: 't',
      url: 'https://o.example/a',
      publishedAt: null,
    })),
  };
}

function edition(world: EditionStory[], business: EditionStory[] = []): EditionContent {
  return {
    editionId: 'e',
    slot: '2026-11-29T07:00:00.000Z',
    builtAt: '2026-11-29T07:00:00.000Z',
    sections: [
      { id: 'world', title: 'World', stories: world },
      { id: 'business', title: 'Business', stories: business },
    ],
  };
}

describe('something new for a reader (invariant 8)', () => {
  const saturday = edition([story('s1', ['a1', 'a2']), story('s2', ['a3'])], [story('b1', ['a9'])]);
  const previous = { edition: saturday, sectionIds: ['world'] };

  it('the same stories, or stories that only lost old articles, are nothing new', () => {
    expect(hasSomethingNew(saturday, ['world'], previous)).toBe(false);
    expect(hasSomethingNew(edition([story('s1', ['a2'])]), ['world'], previous)).toBe(false);
  });

  it('a story not shown, or one citing a new article, is new', () => {
    expect(hasSomethingNew(edition([story('s1', ['a1', 'a2', 'a4'])]), ['world'], previous)).toBe(true);
    expect(hasSomethingNew(edition([story('s3', ['a5'])]), ['world'], previous)).toBe(true);
    // Business was in Saturday's edition, but not in this reader's email then.
    expect(hasSomethingNew(saturday, ['business', 'world'], previous)).toBe(true);
  });

  it("no story in the reader's sections is nothing new, even for a first email", () => {
    expect(hasSomethingNew(edition([]), ['world'], null)).toBe(false);
    expect(hasSomethingNew(edition([story('s1', ['a1'])]), ['world'], null)).toBe(true);
  });
});
