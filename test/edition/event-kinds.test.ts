import { sameEvent, sameEventGroups, withoutOtherLeads } from '../../src/edition/same-event';
import { pagedCandidate } from '../summarize/fixture-doc';

// One actor's two events of other kinds (docs/clustering.md, "One actor's events of other kinds"):
// a miner's landslide and its takeover bid name the same company and mine, which no other story of
// the morning names, yet a landslide is not a bid. Company, people and places are fictional.

const landslideLead =
  'A landslide below the Tarrow Gold mine of Quillon Metals buried six homes in the village of Makarap on Monday, killing nine people, police said.';
const landslide = pagedCandidate(
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
const bid = pagedCandidate(
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

const other = pagedCandidate(
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
    const toll = pagedCandidate(
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

  // The bid's story may choose the line that recalls the landslide as one of its points; that
  // point tells the landslide's lead, which once made one event of the two.
  const recall =
    'Quillon Metals is also dealing with the landslide below its Tarrow Gold mine, which buried six homes in Makarap on Monday and killed nine people.';
  const bidRecalling = pagedCandidate(
    'Quillon Metals makes takeover bid for Varrow Resources',
    [bidLead, 'Varrow shares rose 31 percent.', recall],
    [{ title: 'Quillon Metals makes takeover bid for Varrow Resources', paragraphs: [bidLead, recall] }],
  );

  it('keeps them apart when the bid’s story recalls the landslide in a later point', () => {
    expect(sameEventGroups([landslide, bidRecalling, other])).toEqual([[0], [1], [2]]);
  });

  it('takes the recalled landslide out of the bid’s points, and no lead out of any story', () => {
    const [first, second, third] = withoutOtherLeads([landslide, bidRecalling, other]);
    expect(second?.summary.points.map((point) => point.text)).toEqual([
      bidLead,
      'Varrow shares rose 31 percent.',
    ]);
    expect(first).toBe(landslide);
    expect(third).toBe(other);
    // A lead is never taken out, though another story (of another section) opens on the same words.
    const elsewhere = { ...landslide, section: 'business' };
    const both = withoutOtherLeads([landslide, elsewhere]);
    expect(both.map((story) => story.summary.points[0]?.text)).toEqual([landslideLead, landslideLead]);
  });
});

describe('the edition’s count test and the calendar', () => {
  // The same count in two stories joins them only with two names in common; a weekday and a
  // month are no names of an event.
  const frost = pagedCandidate(
    'Frost lifts hazelnut prices in Giresun',
    [
      'Hazelnut prices in Giresun rose 30 percent on Monday after frost hit orchards, traders said on 21 April.',
    ],
    [{ title: 'Frost lifts hazelnut prices in Giresun', paragraphs: ['Frost hit orchards above Giresun.'] }],
  );
  const stake = pagedCandidate(
    'Kessa Air takes stake in Nistru Air',
    [
      'Kessa Air has bought 30 percent of the Moldovan carrier Nistru Air, the two airlines said on Monday, 21 April.',
    ],
    [{ title: 'Kessa Air takes stake in Nistru Air', paragraphs: ['Kessa Air flies from Trabzon.'] }],
  );

  it('does not join two stories that share a count, a weekday and a month', () => {
    expect(sameEventGroups([frost, stake])).toEqual([[0], [1]]);
  });

  it('still joins two that share a count and two names', () => {
    const sale = pagedCandidate(
      'Chisinau approves carrier sale',
      [
        'Regulators in Chisinau cleared the Moldovan state’s plan to sell 30 percent of Nistru Air to a Turkish buyer.',
      ],
      [{ title: 'Chisinau approves carrier sale', paragraphs: ['Nistru Air flies from Chisinau.'] }],
    );
    expect(sameEvent(stake, sale)).toBe(true);
    expect(sameEvent(frost, stake)).toBe(false);
  });
});
