import { createClusterer } from '../../src/cluster';
import { EVENTS, fixtureDocs, sequentialIds } from './fixtures';

describe('createClusterer', () => {
  it('separates four events and keeps each event in one story', () => {
    const clusterer = createClusterer({ newStoryId: sequentialIds() });
    const assignments = fixtureDocs().map((doc) => clusterer.add(doc));
    const stories = assignments.map((assignment) => clusterer.resolve(assignment.storyId));
    const byEvent = new Map<string, Set<string>>();
    EVENTS.forEach((article, index) => {
      const set = byEvent.get(article.event) ?? new Set<string>();
      set.add(stories[index]!);
      byEvent.set(article.event, set);
    });
    for (const [, set] of byEvent) expect(set.size).toBe(1);
    const distinct = new Set([...byEvent.values()].map((set) => [...set][0]));
    expect(distinct.size).toBe(4);
  });

  it('reports a new story exactly for the first article of each event', () => {
    const clusterer = createClusterer({ newStoryId: sequentialIds() });
    const flags = fixtureDocs().map((doc) => clusterer.add(doc).isNew);
    const firstOfEvent = EVENTS.map(
      (article, index) => EVENTS.findIndex((a) => a.event === article.event) === index,
    );
    expect(flags).toEqual(firstOfEvent);
  });

  it('takes story ids from the injected factory', () => {
    const clusterer = createClusterer({ newStoryId: sequentialIds('story-') });
    const first = clusterer.add(fixtureDocs()[0]!);
    expect(first).toEqual({ storyId: 'story-1', isNew: true });
  });

  it('refuses a factory that repeats an id', () => {
    const clusterer = createClusterer({ newStoryId: () => 'same' });
    const [quake, rates] = fixtureDocs();
    clusterer.add(quake!);
    expect(() => clusterer.add(rates!)).toThrow(/already in use/);
  });

  it('counts articles and distinct outlets per story', () => {
    const clusterer = createClusterer({ newStoryId: sequentialIds() });
    for (const doc of fixtureDocs()) clusterer.add(doc);
    const quake = clusterer
      .snapshot()
      .stories.find((story) => story.articleCount === 3 && story.outlets.includes('Wire One'));
    expect(quake).toBeDefined();
    const byCount = clusterer
      .snapshot()
      .stories.map((story) => story.articleCount)
      .sort();
    expect(byCount).toEqual([3, 3, 3, 3]);
  });

  it('joins a later article that differs in wording but names the same event', () => {
    const clusterer = createClusterer({ newStoryId: sequentialIds() });
    const docs = fixtureDocs();
    const ids = docs.map((doc) => clusterer.add(doc).storyId);
    const followUp = clusterer.add({
      id: 'late',
      title: 'Izmir earthquake survivors spend night outdoors',
      text: 'Thousands in Izmir slept in parks after the earthquake damaged buildings across the Aegean region of Turkey.',
      publishedAt: new Date(docs.at(-1)!.publishedAt!.getTime() + 3_600_000),
      outlet: 'Money Daily',
      url: 'https://news.example/late',
    });
    expect(followUp).toEqual({ storyId: clusterer.resolve(ids[0]!), isNew: false });
  });
});
