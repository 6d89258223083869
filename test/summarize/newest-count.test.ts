import { summarizeStory } from '../../src/summarize';
import { breadthBonus, claimTracker } from '../../src/summarize/claim-groups';
import { prepareArticles } from '../../src/summarize/prepare';
import { buildStoryModel } from '../../src/summarize/story-model';
import { doc } from './fixture-doc';

// A story told over days gives its newest count first, in the lead and in the headline
// (docs/summarization.md "The lead point").

const WIRE = [
  'A man in his 70s died of carbon monoxide poisoning after running a generator in his garage during a power outage in Osk, police said Sunday, as about 158,000 homes and businesses in the province remained without electricity.',
  'The man was found Sunday morning by a neighbor, provincial police said.',
  'Veldor Hydro said more than 1,500 line workers were working to restore power after freezing rain brought down lines on Friday night.',
];
const STORM = [
  doc(
    'w',
    'Hemisphere Wire',
    '2027-01-17T23:10:00Z',
    'Ice storm death blamed on generator as 158,000 remain without power',
    WIRE,
  ),
  doc(
    'r',
    'Savanna TV',
    '2027-01-18T06:00:00Z',
    'World: Ice storm death blamed on generator as 158,000 remain in the dark',
    [
      'A man in his 70s has died of carbon monoxide poisoning after running a generator in his garage during a power cut in Osk, police said on Sunday, as about 158,000 homes and businesses remained without electricity.',
      'The man was found on Sunday morning by a neighbour, provincial police said.',
      'Veldor Hydro said more than 1,500 line workers were working to restore power after freezing rain brought down lines on Friday night.',
    ],
  ),
  doc(
    'm',
    'Maple Radio',
    '2027-01-18T15:10:00Z',
    'Power back for most as Veldor Hydro says last outages should be fixed by Tuesday',
    [
      'About 61,000 Veldor Hydro customers were still without power Monday morning, three days after an ice storm hit the province.',
      'The utility says it expects to reconnect nearly all of them by Tuesday evening.',
      "The death of a man in his 70s in Osk, found Sunday in a garage where a generator was running, is being investigated by the coroner's office.",
    ],
  ),
];

describe('a count of homes without power', () => {
  it('is given as the newest report counts it, in the lead and the headline', () => {
    const summary = summarizeStory(STORM, { maxPoints: 5 });
    expect(summary.points[0]?.text).toMatch(/61,000/);
    expect(summary.points.some((point) => /158,000/.test(point.text))).toBe(false);
    expect(summary.headline).not.toMatch(/158,000/);
  });
});

describe('breadth', () => {
  it('is counted in independent reports: a wire text reprinted by another outlet is one', () => {
    const model = buildStoryModel(prepareArticles(STORM));
    expect(model.reports.count).toBe(2);
    // The wire's opening, carried by its reprint and nowhere else, has no other report behind it.
    expect(breadthBonus(model, claimTracker(model), 0)).toBe(0);
  });
});
