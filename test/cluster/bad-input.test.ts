import { createClusterer } from '../../src/cluster';
import type { ContentDoc } from '../../src/shared/types';
import { fixtureDocs, HOUR, sequentialIds } from './fixtures';

const START = Date.UTC(2025, 6, 1);

function doc(id: string, title: string, text = '', hours = 0): ContentDoc {
  return { id, title, text, publishedAt: new Date(START + hours * HOUR), outlet: 'Feed', url: '' };
}

function timed<T>(run: () => T): { result: T; ms: number } {
  const started = performance.now();
  const result = run();
  return { result, ms: performance.now() - started };
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

  it('reads only the lead of a 1 MB text, in bounded time', () => {
    const clusterer = createClusterer({ newStoryId: sequentialIds() });
    const huge = 'Parliament passes the budget after a long night of votes. '.repeat(18_000);
    const noSpaces = 'x'.repeat(1_000_000);
    const { ms } = timed(() => {
      clusterer.add(doc('huge', 'Budget passes parliament', huge));
      clusterer.add(doc('nospace', noSpaces, noSpaces));
    });
    expect(huge.length).toBeGreaterThan(1_000_000);
    expect(ms).toBeLessThan(2000);
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

  it('puts 10,000 identical articles in one story quickly, and that story swallows nothing else', () => {
    const clusterer = createClusterer({ newStoryId: sequentialIds() });
    const docs = fixtureDocs();
    const [quake, rates, rescue, final] = [docs[0], docs[1], docs[2], docs[3]];
    const { result: ids, ms } = timed(() =>
      Array.from({ length: 10_000 }, (_, i) => clusterer.add({ ...quake!, id: `copy${i}` }).storyId),
    );
    expect(new Set(ids).size).toBe(1);
    expect(ms).toBeLessThan(10_000);
    const [story] = clusterer.snapshot().stories;
    expect(story).toMatchObject({ articleCount: 10_000, vectorCount: 1 });
    expect(clusterer.add(rates!).isNew).toBe(true);
    expect(clusterer.add(final!).isNew).toBe(true);
    // A genuinely new article on the same event still finds it: copies did not inflate the IDF.
    expect(clusterer.add(rescue!).storyId).toBe(ids[0]);
  });
});
