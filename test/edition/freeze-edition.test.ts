import { describe, expect, it } from '@jest/globals';
import { freezeEdition, type RankedStory } from '../../src/edition/freeze-edition';
import { SINGLE_REPORT_POINTS } from '../../src/shared/key-points';
import type { ContentDoc } from '../../src/shared/types';
import { summarizeStory } from '../../src/summarize';

const WIRE_TEXT = [
  'A ferry carrying 212 passengers ran aground on a sandbank off the port of Mwanza on Lake Victoria on Tuesday evening, and all on board were taken off safely by fishing boats, the Tanzania Ports Authority said.',
  'The MV Nyakato struck the bank about two kilometres from the harbour in strong winds shortly after 7 p.m.',
  'Fishermen from the Igogo landing site reached the ferry within half an hour and carried passengers ashore in groups of ten.',
  'The authority said the hull was not breached and a tug would try to pull the vessel free at first light on Wednesday.',
  'The ferry serves the route between Mwanza and Ukerewe island, which carries about 1,500 people a day.',
].join(' ');

const OWN_TEXT = [
  'Passengers of the MV Nyakato spent up to three hours on the tilted deck before the last of them reached the shore, several of them told the Lake Zone Times on Wednesday.',
  'Engineers from the Marine Services Company inspected the hull on Wednesday morning and found no damage below the waterline.',
  'Regional commissioner Said Mtanda ordered an inquiry into why the ferry left port after a strong wind warning had been issued.',
  'The Ukerewe route will be served by a smaller vessel until the Nyakato returns to service.',
].join(' ');

function doc(id: string, outlet: string, title: string, text: string): ContentDoc {
  return {
    id,
    title,
    text,
    outlet,
    url: `https://news.example/${id}`,
    publishedAt: new Date('2029-03-06T08:00:00Z'),
  };
}

function frozenPoints(ranked: RankedStory[]): Map<string, number> {
  const content = freezeEdition({
    editionId: 'edition-1',
    slot: new Date('2029-03-07T06:00:00Z'),
    builtAt: new Date('2029-03-07T05:30:00Z'),
    sections: [{ id: 'world', title: 'World', maxStories: 5 }],
    ranked,
    minOutlets: 2,
    minStoriesPerSection: 3,
  });
  const stories = content.sections[0]?.stories ?? [];
  return new Map(stories.map((story) => [story.storyId, story.points.length]));
}

describe('points a frozen story shows', () => {
  const wire = doc('wire-1', 'Lake Wire', 'Ferry with 212 aboard runs aground off Mwanza', WIRE_TEXT);
  const copy = doc('copy-1', 'Mwanza Evening', 'Ferry aground off Mwanza, all 212 safe', WIRE_TEXT);
  const own = doc('own-1', 'Lake Zone Times', 'Nyakato passengers waited hours on tilted deck', OWN_TEXT);

  it('shows a story of one report, even carried by two outlets, with its lead and one more point', () => {
    const summary = summarizeStory([wire, copy]);
    expect(summary.reportCount).toBe(1);
    expect(summary.outletCount).toBe(2);
    expect(summary.points.length).toBeGreaterThan(SINGLE_REPORT_POINTS);
    const shown = frozenPoints([{ storyId: 'single', section: 'world', summary }]);
    expect(shown.get('single')).toBe(SINGLE_REPORT_POINTS);
  });

  it('keeps every point of a story told by independent reports', () => {
    const summary = summarizeStory([wire, copy, own]);
    expect(summary.reportCount).toBe(2);
    const shown = frozenPoints([{ storyId: 'corroborated', section: 'world', summary }]);
    expect(shown.get('corroborated')).toBe(summary.points.length);
    expect(summary.points.length).toBeGreaterThan(SINGLE_REPORT_POINTS);
  });
});
