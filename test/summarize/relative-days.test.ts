import { summarizeStory } from '../../src/summarize';
import { withoutRelativeDays } from '../../src/summarize/relative-days';
import { doc } from './fixture-doc';

// A point is read the morning after: the writer's "today" would name the wrong day
// (docs/summarization.md, "Points that stand alone").
describe('relative days in points', () => {
  it.each([
    [
      'The Ministry of Ports today held a ceremony for the crew.',
      'The Ministry of Ports held a ceremony for the crew.',
    ],
    ['Dockworkers protested this evening in Port Averne.', 'Dockworkers protested in Port Averne.'],
    ['Yesterday the union called off the strike.', 'The union called off the strike.'],
    ['Today, Alda Korvin resigned.', 'Alda Korvin resigned.'],
    ['The federation last night called a strike.', 'The federation called a strike.'],
    ['Ratana today announced a recall of 41 batches.', 'Ratana announced a recall of 41 batches.'],
    [
      'The district issued an evacuation order at 3:15 p.m. today for about 340 properties.',
      'The district issued an evacuation order at 3:15 p.m. for about 340 properties.',
    ],
    [
      "Rescuers are digging through homes after yesterday's magnitude 6.7 earthquake.",
      'Rescuers are digging through homes after the magnitude 6.7 earthquake.',
    ],
    ["Last night's fire destroyed the market.", 'The fire destroyed the market.'],
  ])('leaves the day out of %s', (text, shown) => {
    expect(withoutRelativeDays(text)).toBe(shown);
  });

  it.each([
    '“Today the court said that our future is not negotiable,” said Lena Hofbauer.',
    'The port will stay closed until today.',
    'The Veldor Today newspaper reported the closure first.',
    "Today's vote was delayed by a week.",
    'The federation called a nationwide strike starting today.',
    'Residents said they first noticed the white water late yesterday evening.',
    'There are people alive today who saw the old harbour before the war.',
    'Today represents only a start for the dockworkers.',
    'Today Marks a New Beginning For Port Averne.',
    'By this morning the fire had grown to about 14,200 hectares.',
  ])('keeps quotations, days that set a time or mean nowadays, titles and possessives: %s', (text) => {
    expect(withoutRelativeDays(text)).toBe(text);
  });

  it('shows no relative day in a summarized point', () => {
    const summary = summarizeStory(
      [
        doc('a', 'Veldor Post', '2026-05-12T18:00:00Z', 'Carinth ports reopen after strike', [
          'The Carinth port authority today reopened all four container terminals in Port Averne after a nine-day strike.',
          'Dockworkers accepted a 6% pay rise in a vote on Monday night, the union said.',
          'About 40 ships had been waiting off the coast, the authority said.',
        ]),
      ],
      { maxPoints: 5 },
    );
    expect(summary.points.length).toBeGreaterThan(0);
    for (const point of summary.points) expect(point.text).not.toMatch(/\btoday\b/);
  });
});
