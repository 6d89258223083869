import { summarizeStory } from '../../src/summarize';
import { doc } from './fixture-doc';

// Shapes from the twenty-fourth round of labelled sets (test/fixtures/editorial-twenty-fourth).

describe('a long line with no verb', () => {
  it('is no point: a cause given as a fragment, past the short-line limit', () => {
    const report = doc(
      'r',
      'Velmar Power Desk',
      '2027-10-14T09:00:00Z',
      'Grid restored after substation fire',
      [
        'Power was restored across the capital and nine provinces by 9:50 p.m., more than 11 hours after a fire at a substation knocked out the southern grid, the state utility said.',
        'About 2.1 million customer accounts lost power during the outage, the utility said.',
        'A transformer fire at the GS-4 substation south of the capital, according to the state utility.',
        'Hospitals switched to generators, and no patients were harmed, the health ministry said.',
      ],
    );
    const points = summarizeStory([report], { maxPoints: 5 }).points.map((point) => point.text);
    expect(points).toContain(
      'Hospitals switched to generators, and no patients were harmed, the health ministry said.',
    );
    expect(points.some((point) => point.startsWith('A transformer fire at'))).toBe(false);
  });
});

describe('a group that tells of one person', () => {
  const page = (told: string) =>
    doc('live', 'Velmar Live', '2027-10-27T16:20:00Z', 'Floods in Velmar: evacuations rise to 460', [
      'The number of people evacuated from flooded homes in Velmar has risen to 460, the civil protection headquarters said.',
      'The harbourmaster called off the search for the night for a 63-year-old fisherman who went out on Tuesday night to secure his boat.',
      told,
      'Schools in Velmar and Trogor will stay closed on Wednesday and Thursday, the county said.',
    ]);
  it('does not tell of them as a point: the "he" is someone a sentence before described', () => {
    const told =
      'Neighbours told Velmar Live he had kept a small wooden boat in the harbour for more than 30 years.';
    const points = summarizeStory([page(told)], { maxPoints: 5 }).points.map((point) => point.text);
    expect(points).toHaveLength(2);
    expect(points).not.toContain(told);
  });
  it('while a person whose surname ends so tells of himself', () => {
    const story = doc(
      'mayor',
      'Velmar Live',
      '2027-10-27T16:20:00Z',
      'Floods in Velmar: evacuations rise to 460',
      [
        'The number of people evacuated from flooded homes in Velmar has risen to 460, the civil protection headquarters said.',
        'Mayor Tom Peters visited the flooded districts of Gomila and Sucur on Wednesday afternoon.',
        'Peters told reporters he had asked the government to send army trucks to clear the mud from the streets.',
      ],
    );
    const points = summarizeStory([story], { maxPoints: 5 }).points.map((point) => point.text);
    expect(points.some((point) => point.startsWith('Peters told reporters he had asked'))).toBe(true);
  });
});
