import { junkKind } from '../../src/shared/text/page-junk';
import { isPointCandidate } from '../../src/summarize/candidates';
import { prepareArticles } from '../../src/summarize/prepare';
import { creditedWire } from '../../src/summarize/wire-credit';
import { doc } from './fixture-doc';

// Shapes from the forty-fourth round of labelled sets (docs/summarization.md, "Forty-fourth
// round"). Outlets, people, ships and places are fictional.

describe("a page's notes on how it works and how it is made", () => {
  it.each([
    'Data refreshes every 5 minutes.',
    'Data are refreshed every 15 minutes.',
    'Notes: Times are Central Africa Time.',
    'Report a power cut: call 2727 (toll-free) or use the Grid Dispatch app.',
    'Minutes are published within seven days of the session.',
    'The Union reminds member clubs that player registrations for the 2029 season open on 1 November.',
    'The Ledger Hour is produced by Savanna Ledger in Nairobi.',
    'Heritage Walk is an independent podcast about the places and people of Tarnby.',
    'Daniel Feeney is a spokesperson for the university and he is on the line.',
    'This week Mei and Arun walk the route a tour coach takes down Armenian Street and ask whether the cap will change anything.',
    'Habimana explains why the 8.25% coupon came in below the first guidance.',
    "The Exchange accepts no responsibility for the contents of the issuer's information memorandum and makes no representation as to its accuracy or completeness.",
  ])('are not news: %s', (line) => {
    expect(junkKind(line)).not.toBeNull();
  });

  it.each([
    'The ministry reminded residents on Monday to boil water.',
    'The show is produced by volunteers, the station said.',
    'Prices are updated every 5 minutes during trading, the exchange said.',
    'The senator explained why she voted against the bill.',
    'The council will publish the results of the vote on Friday.',
  ])('stay news: %s', (line) => {
    expect(junkKind(line)).toBeNull();
  });
});

describe("a results page's lines", () => {
  it("a status pointing at a notice is no point, and a result's code is no wire", () => {
    const sentences = prepareArticles([
      doc('a', 'ChipTiming Results', '2028-10-16T10:00:00Z', 'Marathon — Official results', [
        'Status: OFFICIAL (amended 15/10/2028 16:30 — see Official Notice No. 3)',
        'The winner crossed the line in 2:09:14 on Sunday, the race office said in its official notice.',
      ]),
    ])[0]!.sentences;
    const at = (start: string) => sentences.find((sentence) => sentence.text.startsWith(start))!;
    expect(isPointCandidate(at('Status'))).toBe(false);
    expect(isPointCandidate(at('The winner'))).toBe(true);
    expect(
      creditedWire(
        'DQ | 101 | GEBREMEDHIN, Tesfaye | ETH | — | (2:08:51) | TR 5\n\nThe race office confirmed the results.',
      ),
    ).toBeNull();
    expect(
      creditedWire('KPA | Published: April 13, 2027 09:00 NPT\n\nThe race office confirmed the results.'),
    ).toBe('KPA');
  });
});
