import { eventKinds, otherKinds } from '../../src/shared/text/event-kinds';
import { contentTerms } from '../../src/shared/text/terms';
import { standaloneOf } from '../../src/summarize/standalone';
import { summarizeStory } from '../../src/summarize/summarize-story';
import { clusterStories } from '../cluster/fixtures';
import { doc, pointsAt, readSentence, sceneBefore } from './fixture-doc';

// Shapes from the hundred-and-twenty-ninth round (docs/summarization.md, "Hundred-and-twenty-ninth
// round"), read after it was run on the start of the day. People, companies and figures are fictional.

describe('rescuers in a headline', () => {
  const kinds = (title: string) => eventKinds(contentTerms(title));

  it('tell harm done, another kind of event than a bid for the same company', () => {
    expect([...kinds('Korvald cable car stuck above Arosa: rescuers lower passengers by rope')]).toEqual([
      'harm',
    ]);
    expect([...kinds('Walkers trapped by rockfall above the village')]).toEqual(['harm']);
    expect(
      otherKinds(
        kinds('Korvald cable car stuck above Arosa: rescuers lower passengers by rope'),
        kinds('Tyrol’s Brennhof bids CHF 280 million for lift operator Korvald'),
      ),
    ).toBe(true);
  });

  const bid = [
    doc(
      'b1',
      'Alpine Markets Journal',
      '2031-09-08T15:00:00Z',
      'Tyrol’s Brennhof bids CHF 280 million for lift operator Korvald',
      [
        'The Tyrolean lift group Brennhof Holding has offered 280 million Swiss francs in cash for Korvald Bergbahnen AG, the operator of 12 lifts above Arosa, the two companies said on Monday.',
        'Brennhof offered 44 francs a share, a premium of 29% over Korvald’s closing price on Friday.',
        'Korvald’s board said it would review the offer with its advisers and asked shareholders to take no action.',
        'Korvald employs 380 people and carried 2.1 million passengers on its gondolas and chairlifts last winter.',
        'Brennhof chief executive Martina Aigner said the group wanted to invest in new gondolas above Arosa.',
      ],
    ),
    doc(
      'b2',
      'Tyrol Evening News',
      '2031-09-09T06:00:00Z',
      'Brennhof reaches for Arosa with bid for Korvald',
      [
        'Brennhof Holding wants to become the first Tyrolean group to own a Swiss ski lift operator, with its offer of 280 million francs for Korvald Bergbahnen AG of Arosa.',
        'The offer values each Korvald share at 44 francs, and the Swiss company’s shares rose by a quarter on the news.',
        'Brennhof would finance the purchase with its own cash and a bank loan, Aigner said.',
        'Korvald’s board has not yet said whether it supports the offer.',
      ],
    ),
  ];
  const stuck = doc(
    's1',
    'Radio Grischun',
    '2031-09-09T17:30:00Z',
    'Korvald cable car stuck above Arosa: rescuers lower passengers by rope',
    [
      'Rescue teams were lowering 42 passengers by rope on Tuesday afternoon from a cable car of Korvald Bergbahnen that stopped above Arosa shortly before noon, cantonal police said.',
      'The cabins hang up to 50 metres above the forest, and two helicopters were taking the first passengers to the valley station.',
      'A fault in the main drive stopped the lift, and the emergency drive did not start, Korvald said.',
      'The company, which Brennhof Holding offered to buy on Monday, said it regretted the incident.',
    ],
  );

  it('keep a report of the company’s stalled cable car out of the story of the bid for it', () => {
    const [first, second, third] = clusterStories([...bid, stuck]);
    expect(second).toBe(first);
    expect(third).not.toBe(first);
  });
});

describe('a feature’s way in', () => {
  const scene = (text: string) =>
    sceneBefore(
      text,
      'A mudflow buried the railway near Klösterle on Monday, and the line will stay closed until at least Thursday, the rail operator said.',
      'Arlberg closure: commuters face long bus ride',
    );

  it('tells a routine of years before the news', () => {
    expect(
      scene(
        'Every weekday for eleven years, Sabine Thaler has taken the 6:12 train from Bludenz through the Arlberg tunnel to her job in St Anton.',
      ),
    ).toBe(true);
    // A span of days is news.
    expect(scene('Over eleven days, rescuers pulled 40 people from the rubble of the market.')).toBe(false);
  });

  it('tells how a stretch went for someone described in apposition', () => {
    expect(
      scene(
        'For Tigist Bekele, a mother of four in Bole Bulbula, the answer this week has been: not for long.',
      ),
    ).toBe(true);
  });
});

describe('a weekday before a pronoun', () => {
  const water = [
    doc(
      'w',
      'Addis Evening Post',
      '2031-09-03T05:00:00Z',
      'Taps run dry in eastern Addis Ababa as water main bursts',
      [
        'How long can a family of six live on two jerrycans of water a day?',
        'For Tigist Bekele, a mother of four in Bole Bulbula, the answer this week has been: not for long.',
        'Since Monday she has queued before dawn at a church compound where a private tanker sells water.',
        'About 900,000 residents of Bole, Yeka and Kirkos have had no running water since a main pipeline burst on Monday night, the water authority said.',
        'The authority said repairs would take about 72 hours.',
      ],
    ),
  ];

  it('is no first name: the point names her by surname, which needs her named before', () => {
    const since =
      'Since Monday she has queued before dawn at a church compound where a private tanker sells water.';
    expect(
      readSentence(water, since, (model, index) => {
        const point = standaloneOf(model, index);
        return point?.text.startsWith('Since Monday Bekele has queued') === true && point.needs === 'bekel';
      }),
    ).toBe(true);
    expect(pointsAt(water, '2031-09-04T06:00:00Z')[0]).toMatch(/^About 900,000 residents/);
  });
});

describe('a newer report’s title in the present progressive', () => {
  const closed = doc(
    'r1',
    'Inn Valley Today',
    '2031-09-08T07:30:00Z',
    'Brenner line closed after rockfall near Gries',
    [
      'The Brenner railway was closed on Monday morning after a rockfall buried the track near Gries, the rail operator said.',
      'About 2,000 cubic metres of rock came down shortly after 4 a.m., and nobody was hurt.',
      'Replacement buses run between Innsbruck and the Brenner pass.',
      'The operator said the line would stay closed until at least Thursday.',
    ],
  );
  const halted = doc(
    'r2',
    'Alpine Press Wire',
    '2031-09-08T06:40:00Z',
    'Rockfall buries Brenner railway, Munich-Verona trains halted',
    [
      'A rockfall buried the Brenner railway near Gries early on Monday, halting trains between Munich and Verona, the rail operator said.',
      'Freight trains were held at Innsbruck and Bolzano.',
      'The operator said crews would start clearing the track once geologists had checked the slope.',
    ],
  );
  const buses = doc(
    'r4',
    'Valley Courier',
    '2031-09-09T10:00:00Z',
    'Brenner closure: commuters face 70-minute bus ride',
    [
      'Commuters between Innsbruck and the Brenner pass face a 70-minute bus ride each way while the railway stays closed after Monday’s rockfall near Gries.',
      'The buses run every half hour and take more than twice as long as the train.',
      'The rail operator said on Tuesday that the line would stay closed until at least Thursday.',
    ],
  );
  const running = doc(
    'r3',
    'Inn Valley Today',
    '2031-09-11T05:45:00Z',
    'Trains running again over the Brenner, on one track',
    [
      'Trains have been running again on the Brenner railway since 5 a.m. on Thursday, three days after a rockfall buried the line near Gries, the rail operator said.',
      'For now only one of the two tracks is open, and trains must slow to 40 km/h at the site.',
      'The replacement buses between Innsbruck and the Brenner pass have been withdrawn.',
      'The operator expects delays of up to 20 minutes until both tracks are back in service on 22 September.',
    ],
  );

  it('tells an act, its "are" left out, and heads the story its report leads', () => {
    const story = summarizeStory([closed, halted, buses, running], {
      maxPoints: 3,
      readAt: new Date('2031-09-11T06:00:00Z'),
    });
    expect(story.headline).toBe('Trains running again over the Brenner, on one track');
  });
});
