import { junkKind } from '../../src/shared/text/page-junk';
import { summarizeStory } from '../../src/summarize';
import { creditedWire } from '../../src/summarize/wire-credit';
import { doc } from './fixture-doc';

// Shapes from the forty-fifth and forty-sixth rounds of labelled sets (docs/summarization.md,
// "Forty-fifth and forty-sixth rounds"). Outlets, people and places are fictional.

describe('points about the story: one shared word is not enough', () => {
  const pressOffice = doc('p', 'Vodna Utility Press Office', '2028-11-21T09:00:00Z', 'Water main failure', [
    'A 600-millimetre water main laid in 1971 burst under Tsar Boris Avenue at about 6:40 on Tuesday, and the road surface collapsed over it.',
    'About 27,000 households in Lozenets are without water while crews replace the burst main.',
    'Customers can report problems on the 24-hour line 0700 55 100.',
  ]);
  const report = doc('r', 'Sofia Daybreak', '2028-11-21T10:00:00Z', 'Sinkhole swallows car in Lozenets', [
    'A sinkhole opened on Tsar Boris Avenue on Tuesday morning after a water main burst beneath the road.',
    'The hole swallowed a parked car and the front of a delivery van, whose driver was taken to hospital with a broken wrist.',
    'About 27,000 households in Lozenets and two neighbouring districts were left without water.',
    'Tankers were sent to the worst-hit streets, and the utility told customers to boil water once supply returns.',
    'The mayor demanded an account of the state of the district’s mains within a week.',
    'Crews expect to finish replacing the burst main by Thursday.',
  ]);

  it("leaves out a page's standing line that shares one word with the report", () => {
    const text = summarizeStory([pressOffice, report], { maxPoints: 5 })
      .points.map((point) => point.text)
      .join(' ');
    expect(text).toMatch(/27,000 households/);
    expect(text).not.toMatch(/24-hour line/);
  });
});

describe('a wire credited before the page’s stamp', () => {
  it('is read from initials before a date', () => {
    expect(creditedWire('GSA | 10 Oct 2028 01:15\n\nAl-Sawahel won the final 31-29 after extra time.')).toBe(
      'GSA',
    );
  });

  it('is not read from a price table’s row', () => {
    expect(
      creditedWire(
        'Fuel prices, zloty per litre\n\nLPG | 3.02\n\nDiesel | 6.45\n\nNineteen people died on the roads.',
      ),
    ).toBeNull();
  });
});

describe("a page's note on where its figures come from", () => {
  it.each([
    'Figures are taken from the daily police summaries and updated every evening.',
    'Records are compiled from public sources and may contain errors.',
    'Prices and times are set by organisers and may change.',
    'Statistics on this page are drawn from hospital returns and updated weekly.',
  ])('is not news: %s', (line) => {
    expect(junkKind(line)).not.toBeNull();
  });

  it.each([
    'Figures released on Monday showed 19 deaths on the roads over the holiday.',
    'Prices are set to rise by 5% in January, the regulator said.',
    'Records were broken at 40 weather stations across the country.',
  ])('stays news: %s', (line) => {
    expect(junkKind(line)).toBeNull();
  });
});
