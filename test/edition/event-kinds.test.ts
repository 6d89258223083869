import { openingOf, sameEventGroups } from '../../src/edition/same-event';
import { storySummary } from '../summarize/fixture-doc';

// One actor's two events of other kinds (docs/clustering.md, "One actor's events of other kinds"):
// a miner's landslide and its takeover bid name the same company and mine, which no other story of
// the morning names, yet a landslide is not a bid. Company, people and places are fictional.

interface Page {
  title: string;
  paragraphs: string[];
}

const candidate = (headline: string, points: string[], pages: Page[]) => ({
  section: 'world',
  summary: { ...storySummary(headline, points), outletCount: pages.length },
  opening: openingOf(pages.map((page) => ({ title: page.title, text: page.paragraphs.join('\n\n') }))),
});

const landslideLead =
  'A landslide below the Tarrow Gold mine of Quillon Metals buried six homes in the village of Makarap on Monday, killing nine people, police said.';
const landslide = candidate(
  'Landslide below Quillon Metals mine at Tarrow kills nine',
  [landslideLead, 'Rescuers were still searching for five people missing in Makarap on Tuesday.'],
  [
    {
      title: 'Landslide below Quillon Metals mine at Tarrow kills nine',
      paragraphs: [
        landslideLead,
        'Rescuers were still searching for five people missing in Makarap on Tuesday.',
        'Quillon Metals, which is bidding for the lithium miner Varrow Resources, said it had halted work at Tarrow Gold.',
      ],
    },
  ],
);

const bidLead =
  'Quillon Metals has offered 1.4 billion dollars for Varrow Resources, the lithium miner said on Tuesday, and its board will study the proposal.';
const bid = candidate(
  'Quillon Metals makes takeover bid for Varrow Resources',
  [bidLead, 'Varrow shares rose 31 percent.'],
  [
    {
      title: 'Quillon Metals makes takeover bid for Varrow Resources',
      paragraphs: [
        bidLead,
        'Varrow shares rose 31 percent.',
        'The bid comes a day after a landslide below the Tarrow Gold mine of Quillon Metals killed nine people in Makarap.',
      ],
    },
  ],
);

const other = candidate(
  'Harbour pilots end strike at Port Verrin',
  ['Harbour pilots at Port Verrin went back to work on Tuesday after a two-day strike over rosters.'],
  [
    {
      title: 'Harbour pilots end strike at Port Verrin',
      paragraphs: [
        'Harbour pilots at Port Verrin went back to work on Tuesday after a two-day strike over rosters.',
      ],
    },
  ],
);

describe('the edition’s same-event pass and one actor’s events of other kinds', () => {
  it('keeps a landslide and a takeover bid of one miner apart, though they name what no other story names', () => {
    expect(sameEventGroups([landslide, bid, other])).toEqual([[0], [1], [2]]);
  });

  it('still joins a report of the same kind that names what no other story names', () => {
    const toll = candidate(
      'Makarap toll rises as Tarrow Gold search goes on',
      [
        'Police in Makarap said two more bodies had been found below the Tarrow Gold mine of Quillon Metals, where nine were killed.',
      ],
      [
        {
          title: 'Makarap toll rises as Tarrow Gold search goes on',
          paragraphs: [
            'Police in Makarap said two more bodies had been found below the Tarrow Gold mine of Quillon Metals, where nine were killed when the slope gave way.',
            'Five people were missing and rescuers from Quillon Metals dug through the mud.',
          ],
        },
      ],
    );
    expect(sameEventGroups([landslide, toll, other])).toEqual([[0, 1], [2]]);
  });
});
