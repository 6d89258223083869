import { sameEventGroups } from '../../src/edition/same-event';
import { junkKind } from '../../src/shared/text/page-junk';
import { opensAsFeature } from '../../src/summarize/feature-openings';
import { doc, pagedCandidate, pointsAt } from './fixture-doc';

// Shapes from the hundred-and-twenty-sixth round (docs/summarization.md, "Hundred-and-twenty-sixth
// round"), read after it was run on the day's rules. Companies, people and places are fictional.

describe('a story whose headline and lead tell no kind of event', () => {
  const leak = pagedCandidate(
    'Tarrow Seafoods says Pointe-Verte valve passed inspection in May, will pay idled workers',
    [],
    [
      {
        title: 'Tarrow Seafoods says Pointe-Verte valve passed inspection in May, will pay idled workers',
        paragraphs: [
          'Tarrow Seafoods said on Tuesday that the valve blamed for Sunday’s leak at its Pointe-Verte plant had passed an inspection in May, and that it would pay the 140 workers idled by the stop-work order.',
          'The company, which received an unsolicited offer from Norway’s Fjellvik Sjømat on Monday, said it was cooperating with the WorkSafeNB investigation.',
          'Plant manager Odile Comeau said the refrigeration system would be tested again this week.',
        ],
      },
      {
        title: 'Eleven workers taken to hospital after ammonia leak at Tarrow Seafoods plant',
        paragraphs: [
          'Eleven workers were taken to hospital on Sunday after an ammonia leak at Tarrow Seafoods’ plant in Pointe-Verte, fire chief Rémi Doucet said.',
          'About 85 people were working on the lobster line when the alarm sounded.',
        ],
      },
    ],
  );
  const bid = pagedCandidate(
    'Tarrow Seafoods board rejects Norwegian takeover bid as too low',
    [
      'The board of Tarrow Seafoods has unanimously rejected a $412-million takeover offer from Norway’s Fjellvik Sjømat, saying the bid undervalues the Pointe-Verte processor.',
    ],
    [
      {
        title: 'Tarrow Seafoods board rejects Norwegian takeover bid as too low',
        paragraphs: [
          'The board of Tarrow Seafoods has unanimously rejected a $412-million takeover offer from Norway’s Fjellvik Sjømat, saying the bid undervalues the Pointe-Verte processor.',
          'The offer came a day after an ammonia leak at the company’s plant sent 11 workers to hospital; plant manager Odile Comeau said the line would restart soon.',
          'The Comeau family trust, which holds 34 per cent, said it would not sell.',
        ],
      },
    ],
  );
  const other = pagedCandidate(
    'Ferry crews in Baie-Brune vote to accept new contract',
    [
      'Ferry crews in Baie-Brune voted on Monday to accept a four-year contract, ending a month of overtime bans.',
    ],
    [
      {
        title: 'Ferry crews in Baie-Brune vote to accept new contract',
        paragraphs: [
          'Ferry crews in Baie-Brune voted on Monday to accept a four-year contract, ending a month of overtime bans.',
        ],
      },
    ],
  );

  it('is told its kind by its articles’ titles: a leak’s story does not join the bid for its company', () => {
    expect(sameEventGroups([bid, leak, other])).toEqual([[0], [1], [2]]);
  });
});

describe('a place, then what sits there', () => {
  it('is a writer’s picture in the present too', () => {
    expect(
      opensAsFeature(
        'On the underside sits a frog no bigger than a thumbnail, so transparent that its red heart can be seen beating.',
      ),
    ).toBe(true);
    expect(opensAsFeature('On the table lies a stack of unpaid invoices.')).toBe(true);
  });

  it('but a report of what stands somewhere is not', () => {
    expect(opensAsFeature('On Tuesday the ministry said the bridge stands a good chance of reopening.')).toBe(
      false,
    );
  });
});

describe('talks toward a deal', () => {
  const talks =
    'Coralina said on Monday it was in exclusive talks to buy 60% of the terminal in a deal valuing the stake at about $400 million.';
  const monday = doc(
    'm',
    'Isthmus Post',
    '2031-08-04T15:00:00Z',
    'Coralina in exclusive talks for 60% of Colón terminal',
    [
      talks,
      'Terminal Atlántica handles about 900,000 containers a year and employs 1,150 people.',
      'Workers at the terminal said they feared job cuts.',
    ],
  );
  const thursday = doc(
    't',
    'Andean Markets',
    '2031-08-07T15:00:00Z',
    'Coralina signs $410 million deal for 60% of Colón terminal',
    [
      'Coralina Logística has signed a binding agreement to buy 60% of Terminal Atlántica for $410 million, the Colombian port operator said on Thursday.',
      'The deal still needs the approval of Panama’s competition authority.',
      'Coralina shares rose 3% in Bogotá.',
    ],
  );

  it('are old news once a newer report tells the deal signed', () => {
    expect(pointsAt([monday, thursday], '2031-08-08T06:00:00Z')).not.toContain(talks);
  });

  it('but not when the newer report tells no deal signed', () => {
    const wait = doc(
      'w',
      'Andean Markets',
      '2031-08-07T15:00:00Z',
      'Coralina shares rise as Colón terminal talks go on',
      [
        'Shares in Coralina Logística rose 3% in Bogotá on Thursday as talks on the Colón terminal went on.',
        'The company has not signed an agreement yet, a spokeswoman said.',
        'Terminal Atlántica employs 1,150 people.',
      ],
    );
    expect(pointsAt([monday, wait], '2031-08-08T06:00:00Z')).toContain(talks);
  });
});

describe('a show’s line handing over to its interview', () => {
  it('is furniture', () => {
    expect(junkKind('Yaritza Cedeño spoke to the scientist who led the study.')).toBe('transcript');
    expect(junkKind('Karen Bell talked to a marine biologist.')).toBe('transcript');
  });

  it('but someone speaking to a nation, or to people on a day, is not', () => {
    expect(junkKind('President Lula spoke to the nation.')).toBeNull();
    expect(junkKind('Maria Lopez spoke to the families of the victims on Tuesday.')).toBeNull();
  });
});
