import { junkKind } from '../../src/shared/text/page-junk';
import { doc, pointsAt } from './fixture-doc';

// Shapes from the hundred-and-twenty-fourth round (docs/summarization.md, "Hundred-and-twenty-fourth
// round"), read after it was run on the day's rules. Outlets, people and places are fictional.

describe('a weather warning’s banner and a grid widget’s readings', () => {
  it('are furniture', () => {
    expect(
      junkKind('Excessive Heat Warning: Dallas, Tarrant, Collin, Denton counties through Saturday 9 p.m.'),
    ).toBe('notice');
    expect(junkKind('Red Flag Warning: Santa Barbara County mountains until 8 p.m. Friday.')).toBe('notice');
    expect(
      junkKind(
        'ERCOT grid conditions: Conservation appeal in effect 4-9 p.m. | Demand 86,930 MW (updated 5:55 p.m.)',
      ),
    ).toBe('notice');
  });

  it('but a warning that tells something done, or a figure without readings between bars, is not', () => {
    expect(
      junkKind(
        'Tsunami Warning: residents were ordered to leave coastal areas until Sunday, officials said.',
      ),
    ).toBeNull();
    expect(junkKind('Flood Watch: The river is expected to crest through Monday.')).toBeNull();
    expect(
      junkKind(
        'Power demand reached a record 89,412 MW on Thursday, the grid operator said (updated 6:10 p.m.)',
      ),
    ).not.toBe('notice');
  });

  it('so neither leads a heat-deaths story', () => {
    const points = pointsAt(
      [
        doc('h', 'Prairie Ledger', '2031-07-11T22:00:00Z', 'Dallas County heat deaths now at 7', [
          'Excessive Heat Warning: Dallas, Tarrant, Collin, Denton counties through Saturday 9 p.m.',
          'ERCOT grid conditions: Conservation appeal in effect 4-9 p.m. | Demand 86,930 MW (updated 5:55 p.m.)',
          'Seven people have died of heat-related causes in Dallas County since Sunday, county health officials said on Friday, up from five a day earlier.',
          'The victims include a 78-year-old woman whose apartment air conditioning had been broken for two weeks.',
        ]),
      ],
      '2031-07-12T06:00:00Z',
    );
    expect(points[0]).toMatch(/^Seven people have died/);
    expect(points.join(' ')).not.toMatch(/Excessive Heat Warning|ERCOT grid conditions/);
  });
});
