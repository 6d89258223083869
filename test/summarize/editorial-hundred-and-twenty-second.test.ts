import { clusterStories } from '../cluster/fixtures';
import { doc, reportsFrom, staleAfter } from './fixture-doc';

// Shapes from the hundred-and-twenty-second round (docs/summarization.md, "Hundred-and-twenty-second
// round"). Outlets, people, firms and places of the news are fictional.

describe('two takeover bids of two countries whose analysts work at “… Securities”', () => {
  const report = reportsFrom(Date.UTC(2031, 5, 25, 6));
  const cement = [
    report('c1', 0, 'Indus Markets', 'Kohsar Cement bids Rs 14.7bn for control of rival Sakesar Cement', [
      'Kohsar Cement has offered Rs 96 a share in cash for a controlling stake in its smaller rival Sakesar Cement, valuing the deal at about Rs 14.7 billion, the company said in a filing on Monday.',
      'The offer is a 28% premium to Sakesar’s closing price on Friday, and the board of Sakesar said it would study the bid and advise shareholders.',
      'Analysts at Crescent Securities said the takeover would make Kohsar the third-largest cement maker in the north of the country.',
      'Shares of Sakesar Cement rose 9% on the Pakistan Stock Exchange, while Kohsar shares fell 2%.',
      'Kohsar said it would finance the purchase with cash and a bank loan.',
    ]),
    report('c2', 5, 'Tijarat Today', 'Sakesar Cement shares jump on Kohsar takeover offer', [
      'Shares of Sakesar Cement jumped 9% on Monday after Kohsar Cement offered Rs 96 a share for control of the company.',
      'Sakesar’s board said it had received the offer and would respond to shareholders within two weeks.',
      'An analyst at Crescent Securities said the price was fair but the founding family was unlikely to sell.',
      'The deal would need approval from the competition regulator.',
      'Kohsar Cement said the combination would give it plants closer to markets in the south.',
    ]),
  ];
  const railroad = report(
    'r1',
    20,
    'Atlantic Press Wire',
    'Kittatinny Valley Railroad makes $1.9 billion bid for Hudson Valley Freight Lines',
    [
      'Kittatinny Valley Railroad offered on Thursday to buy Hudson Valley Freight Lines for about $1.9 billion in cash, an unsolicited bid that values the New York railroad at a 31% premium to its closing price.',
      'The board of Hudson Valley Freight said it would review the offer and urged shareholders to take no action.',
      'Analysts at Catskill Securities said the takeover would create the largest regional freight railroad in the Northeast.',
      'Shares of Hudson Valley Freight rose 23% in New York trading, and Kittatinny shares fell 3%.',
      'Kittatinny said it would finance the purchase with cash and new debt, and that the deal would need federal approval.',
    ],
  );

  it('are two stories: a brokerage’s “Securities” names no event', () => {
    const [first, second, third] = clusterStories([...cement, railroad]);
    expect(second).toBe(first);
    expect(third).not.toBe(first);
  });
});

describe('a decision told as not yet taken', () => {
  const undecided = 'Punjab Transport Minister Rana Faisal Wattoo said no decision had been taken.';
  const earlier = doc(
    'e',
    'Lahore Evening Post',
    '2031-06-22T09:00:00Z',
    'PMA proposes raising Metro fare to Rs 60',
    [
      'The Punjab Masstransit Authority has proposed raising the fare on Lahore’s Metro Bus and Orange Line from Rs 40 to Rs 60, according to a summary sent to the provincial cabinet.',
      undecided,
    ],
  );
  const stale = (later: string): boolean =>
    staleAfter(
      [earlier],
      [doc('l', 'Islamabad Ledger', '2031-06-25T12:00:00Z', 'Punjab cabinet and the Metro fare', [later])],
      undecided,
    );

  it('is out of date once a newer report tells it taken', () => {
    expect(
      stale(
        'The Punjab cabinet on Wednesday rejected a proposal to raise the fare on Lahore’s Metro Bus and Orange Line.',
      ),
    ).toBe(true);
  });

  it('but not by a decision wished for, put as a condition or denied', () => {
    expect(
      stale(
        'Student groups said they would protest outside the Punjab Assembly if the increase was approved.',
      ),
    ).toBe(false);
    expect(stale('The fare rise is expected to be approved by the cabinet on Wednesday.')).toBe(false);
    expect(stale('The cabinet has not yet decided on the fare, officials said on Tuesday.')).toBe(false);
  });
});
