import { createClusterer } from '../../src/cluster';
import type { ContentDoc } from '../../src/shared/types';
import { HOUR, sequentialIds } from './fixtures';

const START = Date.UTC(2025, 2, 1, 8);

function strike(id: string, hoursAfterStart: number | null): ContentDoc {
  return {
    id,
    title: 'Rail workers strike halts trains across France',
    text: 'A national rail strike by SNCF workers halted most trains across France as unions protested pension reform.',
    publishedAt: hoursAfterStart === null ? null : new Date(START + hoursAfterStart * HOUR),
    outlet: 'Wire One',
    url: '',
  };
}

function strikeFollowUp(id: string, hoursAfterStart: number | null): ContentDoc {
  return {
    id,
    title: 'French rail strike continues as SNCF unions reject pension offer',
    text: 'Trains across France stayed in depots as SNCF rail workers extended the strike over pension reform.',
    publishedAt: hoursAfterStart === null ? null : new Date(START + hoursAfterStart * HOUR),
    outlet: 'Global Post',
    url: '',
  };
}

describe('time window', () => {
  it('keeps a story alive while it develops: each article within 72 h of the last', () => {
    const clusterer = createClusterer({ newStoryId: sequentialIds() });
    const first = clusterer.add(strike('a', 0));
    const second = clusterer.add(strikeFollowUp('b', 60));
    const third = clusterer.add(strike('c', 120));
    expect([second.storyId, third.storyId]).toEqual([first.storyId, first.storyId]);
  });

  it('starts a new story when the last article is older than the window', () => {
    const clusterer = createClusterer({ newStoryId: sequentialIds() });
    const first = clusterer.add(strike('a', 0));
    const late = clusterer.add(strikeFollowUp('b', 73));
    expect(late.isNew).toBe(true);
    expect(late.storyId).not.toBe(first.storyId);
  });

  it('honours a configured window', () => {
    const clusterer = createClusterer({ newStoryId: sequentialIds(), windowHours: 12 });
    clusterer.add(strike('a', 0));
    expect(clusterer.add(strikeFollowUp('b', 13)).isNew).toBe(true);
  });

  it('applies no window when it is turned off or when an article has no time', () => {
    const off = createClusterer({ newStoryId: sequentialIds(), windowHours: 0 });
    const first = off.add(strike('a', 0));
    expect(off.add(strikeFollowUp('b', 24 * 365)).storyId).toBe(first.storyId);

    const untimed = createClusterer({ newStoryId: sequentialIds() });
    const timed = untimed.add(strike('a', 0));
    expect(untimed.add(strikeFollowUp('b', null)).storyId).toBe(timed.storyId);
  });

  it('drops expired stories from memory as the stream moves on', () => {
    const clusterer = createClusterer({ newStoryId: sequentialIds() });
    clusterer.add(strike('old', 0));
    for (let i = 0; i < 1100; i += 1) {
      clusterer.add({
        id: `n${i}`,
        title: `Bulletin ${i} item`,
        text: '',
        publishedAt: new Date(START + (100 + i / 100) * HOUR),
        outlet: 'Ticker',
        url: '',
      });
    }
    const ids = clusterer.snapshot().stories.map((story) => story.lastSeenAt);
    expect(ids.every((lastSeen) => lastSeen !== null && Date.parse(lastSeen) >= START + 28 * HOUR)).toBe(
      true,
    );
  });
});
