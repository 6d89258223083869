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
