import { createClusterer } from '../../src/cluster';
import type { ContentDoc } from '../../src/shared/types';
import { fixtureDocs, HOUR, sequentialIds } from './fixtures';

const START = Date.UTC(2025, 6, 1);

function doc(id: string, title: string, text = '', hours = 0): ContentDoc {
  return { id, title, text, publishedAt: new Date(START + hours * HOUR), outlet: 'Feed', url: '' };
}

describe('bad input', () => {
  it('gives articles without any usable word their own story, never a shared one', () => {
    const clusterer = createClusterer({ newStoryId: sequentialIds() });
    const empties = [
      doc('empty', '', ''),
      doc('punct', '!!! ... ??? --- ***', '((( ))) ;;; ,,,'),
      doc('urls', 'https://example.com/a?b=c', 'http://t.co/xyz https://bit.ly/abc www.example.org'),
      doc('blank', '   \n\t  ', '\u0000\u0001'),
    ];
    const ids = empties.map((item) => clusterer.add(item));
    expect(ids.every((assignment) => assignment.isNew)).toBe(true);
    expect(new Set(ids.map((assignment) => assignment.storyId)).size).toBe(empties.length);
    const real = clusterer.add(fixtureDocs()[0]!);
    expect(real.isNew).toBe(true);
  });

  it('takes a 1 MB text and a 1 MB word without spaces', () => {
    const clusterer = createClusterer({ newStoryId: sequentialIds() });
    const huge = 'Parliament passes the budget after a long night of votes. '.repeat(18_000);
    const noSpaces = 'x'.repeat(1_000_000);
    expect(huge.length).toBeGreaterThan(1_000_000);
    expect(clusterer.add(doc('huge', 'Budget passes parliament', huge)).isNew).toBe(true);
    expect(clusterer.add(doc('nospace', noSpaces, noSpaces)).isNew).toBe(true);
    // The body is cut to its lead before it is cleaned (src/cluster/text-terms.ts), so the time
    // this takes does not grow with the text; timing it is left to benches (docs/testing.md).
  });

  it('clusters non-Latin scripts by their own words', () => {
    const clusterer = createClusterer({ newStoryId: sequentialIds() });
    const russianA = clusterer.add(
      doc(
        'ru1',
        'Землетрясение в Турции: погибли десятки людей',
        'Сильное землетрясение произошло в Измире.',
      ),
    );
    const chineseA = clusterer.add(
      doc('zh1', '台风袭击上海 数万人撤离', '强台风周一登陆上海，数万居民被紧急撤离。'),
    );
    const russianB = clusterer.add(
      doc(
        'ru2',
        'Землетрясение в Измире: число погибших растет',
        'Спасатели ищут выживших после землетрясения в Турции.',
      ),
    );
    const chineseB = clusterer.add(
      doc('zh2', '上海台风造成严重破坏 数万人撤离', '台风登陆上海后，当局继续撤离居民。'),
    );
    expect(russianB.storyId).toBe(russianA.storyId);
    expect(chineseB.storyId).toBe(chineseA.storyId);
    expect(chineseA.storyId).not.toBe(russianA.storyId);
  });

  it('treats an invalid date as no time rather than failing', () => {
    const clusterer = createClusterer({ newStoryId: sequentialIds() });
    const broken = { ...fixtureDocs()[0]!, publishedAt: new Date('not a date') };
    expect(() => clusterer.add(broken)).not.toThrow();
    expect(clusterer.snapshot().stories[0]!.firstSeenAt).toBeNull();
  });

  // The copies are kept as one vector (vectorCount 1), so each later article is compared with one
  // vector, not 10,000; the time it takes is bench:cluster's to measure (docs/clustering.md).
  it('puts 10,000 identical articles in one story as one vector, and that story swallows nothing else', () => {
    const clusterer = createClusterer({ newStoryId: sequentialIds() });
    const docs = fixtureDocs();
    const [quake, rates, rescue, final] = [docs[0], docs[1], docs[2], docs[3]];
    const ids = Array.from(
      { length: 10_000 },
      (_, i) => clusterer.add({ ...quake!, id: `copy${i}` }).storyId,
    );
    expect(new Set(ids).size).toBe(1);
    const [story] = clusterer.snapshot().stories;
    expect(story).toMatchObject({ articleCount: 10_000, vectorCount: 1 });
    expect(clusterer.add(rates!).isNew).toBe(true);
    expect(clusterer.add(final!).isNew).toBe(true);
    // A genuinely new article on the same event still finds it: copies did not inflate the IDF.
    expect(clusterer.add(rescue!).storyId).toBe(ids[0]);
  });
});
