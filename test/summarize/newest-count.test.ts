import { summarizeStory } from '../../src/summarize';
import { breadthBonus, claimTracker } from '../../src/summarize/claim-groups';
import { prepareArticles } from '../../src/summarize/prepare';
import { recountedFigures } from '../../src/summarize/recounted';
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

// A newer report that tells an earlier figure as such ("had said… 3,400", "up from 9") makes the
// older report's sentence giving it out of date (src/summarize/recounted.ts).
const SPILL = [
  doc(
    'c1',
    'Fjordline Wire',
    '2027-03-01T08:00:00Z',
    'Barge sinks off Vardal; 3,400 litres of diesel feared spilled',
    [
      'Up to 3,400 litres of diesel are feared to have leaked after a fuel barge sank at its mooring off Vardal overnight, the harbour authority said on Monday.',
      'The barge, owned by Kelp Coast Shipping, was empty of cargo but carried fuel for its own engines.',
      'Booms were laid around the wreck at first light and a clean-up vessel was on its way from Tromvik.',
    ],
  ),
  doc('c2', 'Coastline Daily', '2027-03-01T09:30:00Z', 'Fuel barge sinks at Vardal mooring', [
    'A fuel barge sank at its mooring off Vardal during the night, and up to 3,400 litres of diesel may have leaked, the harbour authority said.',
    'Nine seabirds covered in oil had been found on the shore by Monday afternoon, volunteers said.',
    'Kelp Coast Shipping said it was cooperating with the authority.',
  ]),
  doc(
    'c3',
    'Fjordline Wire',
    '2027-03-02T10:00:00Z',
    'Vardal diesel spill far larger than first thought, authority says',
    [
      'About 21,000 litres of diesel leaked when a fuel barge sank off Vardal, the harbour authority said on Tuesday, after divers found a second tank split open.',
      'The authority had said on Monday that up to 3,400 litres were feared lost from a single tank.',
      'Volunteers had found 46 oiled seabirds by Tuesday, up from nine a day earlier.',
      'Kelp Coast Shipping said it would pay for the clean-up.',
    ],
  ),
];

describe('a figure a newer report gives as an earlier one', () => {
  it('leaves the lead and the points to the newer figure', () => {
    const summary = summarizeStory(SPILL, { maxPoints: 5 });
    expect(summary.points[0]?.text).toMatch(/21,000/);
    expect(summary.points.some((point) => /3,400|Nine seabirds/.test(point.text))).toBe(false);
    expect(summary.headline).not.toMatch(/3,400/);
  });

  it('is read from the shapes that tell a figure as earlier, and from no others', () => {
    const told = (text: string) => [...recountedFigures(text)];
    expect(told('The company had said on Monday that up to 27,000 fish were lost.')).toEqual(['27000']);
    expect(told('That is up from 63 suspected cases on Friday.')).toEqual(['63']);
    expect(told('The airline now says 41 people were hurt, fewer than the 62 first reported.')).toEqual([
      '62',
    ]);
    expect(told('Seventeen people were treated, up from nine reported earlier.')).toEqual(['9']);
    expect(told('Officials had reported eleven cases on Friday.')).toEqual(['11']);
    expect(told('Police counted 22 injured, up from an earlier count of 14.')).toEqual(['14']);
    // Who reported it first, a peak that stays the peak, a date: no earlier figure.
    expect(
      told('The report, first reported by Marlin Wire on Monday, covers a $11.4 million contract.'),
    ).toEqual([]);
    expect(told('About 61,000 customers are still without power, down from a peak of 412,000.')).toEqual([]);
    expect(told('The count had been given on May 14.')).toEqual([]);
  });
});
