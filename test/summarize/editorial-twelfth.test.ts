import { articleSentences } from '../../src/shared/text/article-text';
import { junkKind } from '../../src/shared/text/page-junk';
import { contentTerms } from '../../src/shared/text/terms';
import { isKindOnlyTitle } from '../../src/shared/text/wire-tags';
import { summarizeStory } from '../../src/summarize';
import { orderSentences } from '../../src/summarize/extract';
import { cleanTitle } from '../../src/summarize/headline';
import { leansOutside } from '../../src/summarize/leans-outside';
import { prepareArticles } from '../../src/summarize/prepare';
import { buildStoryModel } from '../../src/summarize/story-model';
import { creditedWire } from '../../src/summarize/wire-credit';
import { doc } from './fixture-doc';

/** Rules written from the twelfth round of labelled sets (docs/summarization.md, "Twelfth round"). */

describe("a podcast's notes on its own episode", () => {
  it.each([
    "An emergency Sunday episode after Saturday night's abandoned match between Sierras Chicas and Paraná Viejo.",
    'Host Maya Okonkwo-Reid talks to Peace Region reporter Travis Sundquist, who drove out of town.',
    "On this week's show, we hear from the farmers at the border.",
  ])('is no news: %s', (line) => {
    expect(junkKind(line)).not.toBeNull();
  });

  it.each([
    'A second episode of violence broke out at the ground, police said.',
    'The host nation talks to its neighbours about the border on Monday.',
  ])('while an episode of events, or a host country, is: %s', (line) => {
    expect(junkKind(line)).toBeNull();
  });
});

describe("an aggregator's notes on how it works", () => {
  it('are no news, on its own page', () => {
    const sentences = articleSentences(
      [
        'Tenggara Air cabin crew began a 72-hour strike on Friday, the first in the airline’s history.',
        "Newsfold shows stories from publishers' sites. Headlines and excerpts are chosen automatically.",
      ].join('\n\n'),
      { outlet: 'Newsfold' },
    );
    expect(sentences.flat()).toEqual([
      'Tenggara Air cabin crew began a 72-hour strike on Friday, the first in the airline’s history.',
    ]);
  });
});

describe("what a title says of its page's kind", () => {
  it.each([
    ['Flight PY 762 – Statements', 'Flight PY 762'],
    ['Bokamoso No. 3 Shaft incident – updates', 'Bokamoso No. 3 Shaft incident'],
    ['Azurine Voyager norovirus outbreak — Full coverage | Newsfold', 'Azurine Voyager norovirus outbreak'],
    [
      'Travel advisory: Flight disruptions from 21 to 23 May 2027',
      'Flight disruptions from 21 to 23 May 2027',
    ],
    ['#215 (special): The Lublin deal, in five points', 'The Lublin deal, in five points'],
    ['Ep. 212 – A flare in Córdoba, and what comes next', 'A flare in Córdoba, and what comes next'],
    [
      'Estrela do Sado vs Vale do Sousa, relegation play-off 2nd leg — live score, stats and line-ups',
      'Estrela do Sado vs Vale do Sousa, relegation play-off 2nd leg',
    ],
    [
      'Nordkyst raises Senja escape estimate to 96,000 salmon as second pen found torn – SNA',
      'Nordkyst raises Senja escape estimate to 96,000 salmon as second pen found torn',
    ],
    [
      'LIVE: Estrela do Sado v Vale do Sousa – relegation play-off second leg, as it happened',
      'Estrela do Sado v Vale do Sousa – relegation play-off second leg',
    ],
  ])('goes from "%s"', (title, expected) => {
    expect(cleanTitle(title)).toBe(expected);
  });

  it.each([
    [
      'VOMIT VOYAGE Brit gran trapped in cabin as bug rips through cruise ship',
      'Brit gran trapped in cabin as bug rips through cruise ship',
    ],
    [
      "DOWN AND OUT Ashdown's scandal club relegated as fans riot",
      "Ashdown's scandal club relegated as fans riot",
    ],
    ['US, UK strike Houthi targets in Yemen', 'US, UK strike Houthi targets in Yemen'],
    ['NASA ESA launch joint probe to Venus', 'NASA ESA launch joint probe to Venus'],
    ['NATO EU leaders meet in Brussels', 'NATO EU leaders meet in Brussels'],
  ])("and so does a tabloid's kicker in capitals, not initials: %s", (title, expected) => {
    expect(cleanTitle(title)).toBe(expected);
  });
});

describe('a point opening with "Meanwhile,"', () => {
  it('is shown without the connective, which leaned on the sentence before it', () => {
    const story = [
      doc('a', 'Suara Pagi English', '2027-05-18T02:00:00Z', 'Plane skids off runway in Kota Kinabalu', [
        'A Tenggara Air jet skidded off the runway while landing at Kota Kinabalu on Monday, injuring 14 people, officials said.',
        'Meanwhile, the Airbus A320neo was carrying 174 passengers and six crew members from Kuala Lumpur.',
      ]),
      doc('b', 'Plumbline News Agency', '2027-05-18T03:00:00Z', 'Jet skids off runway in Malaysia', [
        'A Tenggara Air jet skidded off the runway at Kota Kinabalu airport on Monday, and 14 people were hurt.',
        'The Airbus A320neo was carrying 174 passengers and six crew members from Kuala Lumpur, the airline said.',
      ]),
    ];
    const points = summarizeStory(story, { maxPoints: 5 }).points.map((point) => point.text);
    expect(points.some((point) => /^Meanwhile/.test(point))).toBe(false);
  });
});

describe('words said in the sentence before', () => {
  it('make no point: who said what is in a sentence the reader does not see', () => {
    const text =
      'Regional Commissioner Joseph Mkandala spoke those words to a crowd of relatives at the jetty on Thursday.';
    expect(leansOutside(text, text)).toBe(true);
    const plain =
      'Regional Commissioner Joseph Mkandala spoke to a crowd of relatives at the jetty on Thursday.';
    expect(leansOutside(plain, plain)).toBe(false);
  });
});

describe("an aggregator's copy of a wire's text", () => {
  const page = (lines: string[]) => lines.join('\n\n');
  it('names the wire from its "via" line or from the dateline below its own lines', () => {
    expect(
      creditedWire(
        page([
          'Gleanfeed › World › Middle East',
          '842 reads · 29 comments',
          'Follow topic: Aviation +',
          'Share this story',
          'AMMAN, May 13 (Spindrift) - Jordanian authorities on Thursday revised down the number of people injured to 41.',
        ]),
      ),
    ).toBe('Spindrift');
    expect(
      creditedWire(
        page(['via Spindrift · 1h ago', 'Jordanian authorities revised down the number of injured.']),
      ),
    ).toBe('Spindrift');
  });

  it("while a transcript's speaker in brackets is no wire", () => {
    expect(
      creditedWire(
        page([
          'LIVE TV',
          'Now playing',
          'The number of people injured when a passenger jet overran the runway in Aqaba has been revised down to 41.',
          'ANCHOR (INES VARGA): In Jordan, investigators are trying to work out why a passenger plane went off the runway.',
        ]),
      ),
    ).toBeNull();
  });
});

describe('a lead whose "The …" the headline places', () => {
  it('stays first in reading order: the headline names what it refers to', () => {
    const model = buildStoryModel(
      prepareArticles([
        doc('n', 'Tenggara Air Newsroom', '2027-05-21T04:00:00Z', 'Flight disruptions from 21 to 23 May', [
          'Tenggara Air remains open to dialogue and has offered cabin crew a 6% salary increase over two years.',
        ]),
        doc(
          'p',
          'Plumbline News Agency',
          '2027-05-22T07:10:00Z',
          'Union calls off strike; 268 flights cancelled',
          [
            'The strike forced Tenggara Air to cancel 268 flights on Friday and Saturday, affecting about 45,000 passengers, the airline said.',
          ],
        ),
      ]),
    );
    const at = (start: string) => model.sentences.findIndex((sentence) => sentence.text.startsWith(start));
    const lead = at('The strike forced');
    const other = at('Tenggara Air remains');
    const headline = 'Union calls off strike; 268 flights cancelled';
    const placed = () => new Set(contentTerms(headline));
    expect(orderSentences(model, [lead, other], headline, placed)[0]).toBe(lead);
    expect(orderSentences(model, [lead, other], headline)[0]).toBe(other);
  });
});

describe('advice to the people an event touches', () => {
  it('is no point in the page’s own voice, and is news when someone gives it', () => {
    const own =
      'Evacuees should register with Emergency Support Services at the reception centre in Dawson Creek.';
    expect(leansOutside(own, own)).toBe(true);
    const given =
      'Patients should not stop taking their medicine without first speaking to a doctor, the European Medicines Agency said.';
    expect(leansOutside(given, given)).toBe(false);
  });

  it('and a point ending on an abbreviation keeps one full stop', () => {
    const story = [
      doc('h', 'Hearthside Local', '2027-05-19T01:00:00Z', 'Evacuation order issued south of Chetwynd', [
        'The regional district issued an evacuation order for about 340 properties south of Chetwynd as the wildfire grew to 4,800 hectares.',
        'A reception centre for evacuees opened at the arena in Dawson Creek, which stays open until 10 p.m..',
      ]),
    ];
    const points = summarizeStory(story, { maxPoints: 5 }).points.map((point) => point.text);
    expect(points.some((point) => point.endsWith('10 p.m.'))).toBe(true);
    expect(points.some((point) => point.endsWith('..'))).toBe(false);
  });
});

describe("a story's headline", () => {
  it("is the title of its lead's article when that newer report tells something else", () => {
    const story = [
      doc(
        'l',
        'Ledgerpoint Business Wire',
        '2027-05-14T09:00:00Z',
        "Umbila bids $1.55bn for Botswana's Kgalagadi Copper in bet on copper",
        [
          "Umbila Resources has proposed buying Botswana's Kgalagadi Copper Holdings for about $1.55 billion in cash and shares, its first move into copper.",
          'Chief Executive Nomvula Khanyile said on a call with analysts that Kgalagadi was an outstanding business with a long-life mine.',
        ],
      ),
      doc('h', 'The Highveld Courier', '2027-05-14T11:00:00Z', 'Umbila eyes Botswana copper in R29bn bid', [
        "Umbila Resources has offered about R29 billion for Botswana's Kgalagadi Copper Holdings, its first move into copper.",
        "Botswana's government owns about 15% of Kgalagadi through the state investment company Tlhabologo Investments.",
      ]),
      doc(
        's',
        'Spindrift News Agency',
        '2027-05-15T16:00:00Z',
        "Botswana's Kgalagadi rejects $1.6 billion Umbila proposal as 'opportunistic' | Spindrift",
        [
          "Botswana's Kgalagadi Copper Holdings on Saturday rejected a $1.6 billion takeover proposal from South Africa's Umbila Resources, saying it significantly undervalued the company.",
          'The board called the approach opportunistic and said it would not open its books to Umbila.',
        ],
      ),
    ];
    const summary = summarizeStory(story, { readAt: new Date('2027-05-16T06:00:00Z') });
    expect(summary.points[0]?.text).toMatch(/rejected/);
    expect(summary.headline).toMatch(/^Botswana's Kgalagadi rejects/);
  });

  it('is not a title that names only its page’s kind, nor a kicker in capitals with an exclamation', () => {
    expect(isKindOnlyTitle('Statement of the press service of the Ministry')).toBe(true);
    expect(isKindOnlyTitle('Ministry statement angers farmers')).toBe(false);
    expect(
      cleanTitle('BRITS FLEE INFERNO! Holidaymakers run for their lives as wildfire tears through the hills'),
    ).toBe('Holidaymakers run for their lives as wildfire tears through the hills');
  });
});

describe("a transcript's answer of a direction", () => {
  it('answers a question asked before it and makes no point', () => {
    const answer =
      "North, to Hudson's Hope and Fort St. John, because the Hart Highway was closed to the south.";
    expect(leansOutside(answer, answer)).toBe(true);
    const news = 'North Korea fired two missiles into the sea on Monday, the South Korean military said.';
    expect(leansOutside(news, news)).toBe(false);
  });
});

describe('a defined term in brackets', () => {
  it('is a name, not a quotation: a filing’s opening may lead', () => {
    const story = [
      doc(
        'u',
        'Umbila Resources Media Centre',
        '2027-05-13T18:00:00Z',
        'Proposed offer to acquire Kgalagadi Copper Holdings Limited',
        [
          'Shareholders are advised that Umbila has submitted a proposal to the board of Kgalagadi Copper Holdings Limited ("Kgalagadi") to acquire the entire issued share capital of Kgalagadi (the "Proposed Transaction").',
          'The proposal was delivered to the Kgalagadi board on 12 May 2027.',
          'Kgalagadi owns and operates the Motlhabeng copper-silver mine in the Ghanzi District of Botswana.',
        ],
      ),
    ];
    const points = summarizeStory(story, { maxPoints: 3 }).points.map((point) => point.text);
    expect(points[0]).toMatch(/^Shareholders are advised that Umbila has submitted a proposal/);
  });
});

describe("a widget's label with a place in brackets", () => {
  it('is no dateline: "Prayer times (Cairo):" credits no wire', () => {
    expect(
      creditedWire(
        [
          'Accidents',
          'Nile Evening Mail | Saturday 29 May 2027 - 12:00 PM',
          'Prayer times (Cairo): Fajr 04:11 · Dhuhr 12:53 · Asr 16:29 · Maghrib 19:49 · Isha 21:19',
          'The death toll from the balloon crash in Luxor rose to four after a tourist died of her injuries overnight.',
        ].join('\n\n'),
      ),
    ).toBeNull();
    expect(
      creditedWire('LUXOR (Isobar) – A hot air balloon carrying tourists crashed near Luxor on 28 May.'),
    ).toBe('Isobar');
  });
});

describe("a show's notes on its transcript and where to hear it", () => {
  it.each([
    'Transcript is machine-generated and lightly edited.',
    'Transcripts are generated automatically, lightly edited and may contain errors.',
    'Sportsline is available as a podcast on all major platforms.',
  ])('are no news: %s', (line) => {
    expect(junkKind(line)).not.toBeNull();
  });

  it('while a transcript in the news is news', () => {
    expect(junkKind('The court released a transcript of the hearing on Tuesday.')).toBeNull();
  });
});
