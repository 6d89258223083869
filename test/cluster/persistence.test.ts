import { type ClusterMemory, createClusterer } from '../../src/cluster';
import type { ContentDoc } from '../../src/shared/types';
import { fixtureDocs, HOUR, sequentialIds } from './fixtures';

function roundTrip(memory: ClusterMemory): ClusterMemory {
  return JSON.parse(JSON.stringify(memory)) as ClusterMemory;
}

const followUp = (publishedAt: Date): ContentDoc => ({
  id: 'next',
  title: 'ECB raises interest rates as Lagarde warns inflation is too high',
  text: 'The European Central Bank raised rates again; Christine Lagarde said inflation remained too high.',
  publishedAt,
  outlet: 'Evening Wire',
  url: 'https://news.example/next',
});

describe('clusterer persistence', () => {
  it('resumes from a JSON snapshot: the next article joins the right old story', () => {
    const first = createClusterer({ newStoryId: sequentialIds('old-') });
    const docs = fixtureDocs();
    const rates = first.add(docs[1]!).storyId;
    for (const doc of docs.filter((_, index) => index !== 1)) first.add(doc);
    const memory = roundTrip(first.snapshot());

    const second = createClusterer({ newStoryId: sequentialIds('new-') }, memory);
    expect(second.storyCount).toBe(4);
    const next = second.add(followUp(new Date(docs.at(-1)!.publishedAt!.getTime() + 2 * HOUR)));
    expect(next).toEqual({ storyId: rates, isNew: false });
  });

  it('keeps the learned document frequencies across a restart (object or pair form)', () => {
    const first = createClusterer({ newStoryId: sequentialIds() });
    for (const doc of fixtureDocs()) first.add(doc);
    const memory = first.snapshot();
    const pairs = memory.df as [string, number][];
    const asObject: ClusterMemory = { ...memory, df: Object.fromEntries(pairs) };
    for (const restored of [memory, asObject]) {
      const second = createClusterer({ newStoryId: sequentialIds('x') }, roundTrip(restored));
      const snapshot = second.snapshot();
      expect(snapshot.docCount).toBe(12);
      expect(new Map(snapshot.df as [string, number][])).toEqual(new Map(pairs));
    }
  });

  it('hands over only what changed since the last call, with absolute frequencies', () => {
    const clusterer = createClusterer({ newStoryId: sequentialIds() });
    const docs = fixtureDocs();
    for (const doc of docs) clusterer.add(doc);
    const all = clusterer.takeChanges();
    expect(all.docCount).toBe(12);
    expect(all.stories).toHaveLength(4);
    expect(all.dfChanges.length).toBeGreaterThan(20);

    expect(clusterer.takeChanges()).toEqual({ docCount: 12, dfChanges: [], stories: [], merged: [] });

    const joined = clusterer.add(followUp(new Date(docs.at(-1)!.publishedAt!.getTime() + HOUR)));
    const delta = clusterer.takeChanges();
    expect(delta.docCount).toBe(13);
    expect(delta.stories.map((story) => story.id)).toEqual([joined.storyId]);
    const df = new Map(delta.dfChanges);
    // "lagard" (Lagarde) was in two earlier articles, so its frequency is now 3, not +1.
    expect(df.get('lagard')).toBe(3);
    expect(delta.stories[0]!.outlets).toContain('Evening Wire');
  });

  it('serializes a story as plain JSON with ISO times and a heaviest-first centroid', () => {
    const clusterer = createClusterer({ newStoryId: sequentialIds() });
    const docs = fixtureDocs();
    clusterer.add(docs[0]!);
    clusterer.add(docs[2]!);
    const [story] = clusterer.takeChanges().stories;
    expect(story).toMatchObject({
      id: 's1',
      firstSeenAt: docs[0]!.publishedAt!.toISOString(),
      lastSeenAt: docs[2]!.publishedAt!.toISOString(),
      articleCount: 2,
      vectorCount: 2,
      outlets: ['Wire One', 'Global Post'],
    });
    const weights = story!.centroid.map(([, weight]) => weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    expect(story!.centroid.map(([term]) => term)).toContain('izmir');
  });

  it('merges stories whose centroids converge, keeping the older id, and reports it', () => {
    const clusterer = createClusterer({ newStoryId: sequentialIds() });
    const start = Date.UTC(2025, 0, 10);
    const articles = [
      [
        'Volcano erupts on Reykjanes peninsula in Iceland',
        'A volcano erupted on the Reykjanes peninsula in southwest Iceland after weeks of earthquakes.',
      ],
      [
        'Central bank holds interest rates steady',
        'The central bank kept its main interest rate unchanged on Thursday.',
      ],
      [
        'Grindavik residents evacuated as lava flows toward town',
        'Residents of the fishing town of Grindavik were evacuated as lava flowed toward homes.',
      ],
      [
        'Lava from Iceland volcano reaches Grindavik',
        'Lava from the volcano on the Reykjanes peninsula in Iceland reached the edge of Grindavik, where residents were evacuated.',
      ],
      [
        'Iceland volcano eruption: lava flows into Grindavik, homes burn',
        'The eruption on the Reykjanes peninsula sent lava into Grindavik, and residents evacuated from the town watched homes burn.',
      ],
    ];
    const ids = articles.map(
      ([title, text], index) =>
        clusterer.add({
          id: `v${index}`,
          title: title!,
          text: text!,
          publishedAt: new Date(start + index * HOUR),
          outlet: 'o',
          url: '',
        }).storyId,
    );
    expect(ids[2]).not.toBe(ids[0]);
    const changes = clusterer.takeChanges();
    expect(changes.merged).toEqual([{ from: ids[2], into: ids[0] }]);
    expect(clusterer.resolve(ids[2]!)).toBe(ids[0]);
    expect(changes.stories.map((story) => story.id)).not.toContain(ids[2]);
    const survivor = changes.stories.find((story) => story.id === ids[0]);
    expect(survivor?.articleCount).toBe(4);
  });

  it('remembers what a story names across a restart, so a look-alike still starts its own story', () => {
    const start = Date.UTC(2026, 10, 27, 4);
    const article = (id: string, title: string, text: string, hours: number): ContentDoc => ({
      id,
      title,
      text,
      publishedAt: new Date(start + hours * HOUR),
      outlet: `Outlet ${id}`,
      url: '',
    });
    const first = createClusterer({ newStoryId: sequentialIds('old-') });
    first.add(
      article(
        'paro',
        'Bhutan opens new terminal at Paro airport',
        'A new passenger terminal opened at Paro, Bhutan’s only international airport, doubling the number of travellers it can handle.',
        0,
      ),
    );
    const memory = roundTrip(first.snapshot());
    expect(memory.stories[0]!.names).toEqual(expect.arrayContaining([['paro', 1]]));

    const addis = article(
      'addis',
      'New terminal opens at Addis Ababa airport',
      'A new passenger terminal opened at Addis Ababa’s main airport, which the national carrier says will double its capacity.',
      1,
    );
    const second = createClusterer({ newStoryId: sequentialIds('new-') }, memory);
    expect(second.add(addis).isNew).toBe(true);
    const follow = second.add(
      article(
        'again',
        'Paro airport’s new terminal doubles Bhutan’s capacity',
        'Bhutan opened a new passenger terminal at Paro airport, doubling the number of travellers the country’s only international airport can handle.',
        2,
      ),
    );
    expect(follow).toEqual({ storyId: 'old-1', isNew: false });

    // A row written before names were kept reads as naming nothing: no conflict is seen.
    const older = roundTrip(first.snapshot());
    for (const story of older.stories) {
      delete story.names;
      delete story.capitals;
      delete story.headlineNames;
    }
    expect(createClusterer({ newStoryId: sequentialIds('x-') }, older).add(addis).isNew).toBe(false);
  });
});
