import { Story } from '../../src/cluster/story';
import { StoryIndex } from '../../src/cluster/story-index';
import { StoryMerger } from '../../src/cluster/story-merger';
import { DEFAULT_TUNING } from '../../src/cluster/tuning';

const HOUR = 3_600_000;

function checkedStory(size: number, lastSeen: number | null): Story {
  const story = new Story('s1', 0);
  for (let i = 0; i < size; i += 1) story.addVector(new Map([['term', 1]]), 10);
  story.lastSeen = lastSeen;
  story.firstSeen = lastSeen;
  story.mergeCheckedAt = size;
  story.mergeCheckedTime = lastSeen;
  return story;
}

describe('StoryMerger.isDue', () => {
  const tuning = { ...DEFAULT_TUNING, mergeCheckGrowth: 0.25, mergeCheckHours: 6 };
  const merger = new StoryMerger(tuning, new StoryIndex(tuning), () => true);

  it('looks again once the story has grown by the growth fraction', () => {
    const story = checkedStory(40, null);
    story.addVector(new Map([['term', 1]]), 10);
    expect(merger.isDue(story)).toBe(false);
    for (let i = 0; i < 9; i += 1) story.addVector(new Map([['term', 1]]), 10);
    expect(merger.isDue(story)).toBe(true);
  });

  it('looks again at a timed story once its articles come mergeCheckHours after the last look', () => {
    const story = checkedStory(40, 100 * HOUR);
    story.addVector(new Map([['term', 1]]), 10);
    story.lastSeen = 105 * HOUR;
    expect(merger.isDue(story)).toBe(false);
    story.lastSeen = 106 * HOUR;
    expect(merger.isDue(story)).toBe(true);
  });

  it('reads no time for a story without one', () => {
    const story = checkedStory(40, null);
    story.addVector(new Map([['term', 1]]), 10);
    expect(merger.isDue(story)).toBe(false);
  });

  it('starts both counts again after a look', () => {
    const story = checkedStory(40, 100 * HOUR);
    story.lastSeen = 110 * HOUR;
    expect(merger.isDue(story)).toBe(true);
    expect(merger.mergeAround(story)).toEqual([]);
    expect(story.mergeCheckedTime).toBe(110 * HOUR);
    expect(merger.isDue(story)).toBe(false);
  });
});
