import { trimSentence } from '../../src/shared/text/furniture';
import { junkKind } from '../../src/shared/text/page-junk';
import { describesOutlet } from '../../src/shared/text/page-notes';
import { isVerbless } from '../../src/shared/text/scene-captions';
import { splitSentences } from '../../src/shared/text/sentences';
import { isFeatureTitle } from '../../src/shared/text/wire-tags';
import { summarizeStory } from '../../src/summarize';
import { cleanTitle } from '../../src/summarize/headline';
import { headlineFromText } from '../../src/summarize/headline-text';
import { doc } from './fixture-doc';

/** Rules written from the nineteenth round of labelled sets (docs/summarization.md, "Nineteenth round"). */

const REPORT = [
  'A fire destroyed about 90 stalls at the Korlu covered market early on Tuesday, the city fire service said.',
  'Nobody was hurt, but traders said they had lost stock worth about 40 million francs.',
  'The fire started in a storeroom at about 2 a.m. and was put out by 5 a.m., the fire service said.',
  'The city council said it would pay for temporary stalls in the market car park.',
];

describe('a title that names its page, not the news', () => {
  it.each([
    ['the outlet’s own name', 'Harbour Lights Online', 'Harbour Lights Online'],
    ['a file’s name', 'Harbour Lights Online', 'fire-service-notice-03-09-2027.pdf'],
    [
      'a filing’s rule',
      'Harbour Lights Online',
      'Inside information pursuant to Article 17 of Regulation (EU) No 596/2014',
    ],
  ])('heads no story: %s', (_kind, outlet, title) => {
    const summary = summarizeStory([doc('a', outlet, '2027-09-03T08:00:00Z', title, REPORT)]);
    expect(summary.headline).toMatch(/^A fire destroyed about 90 stalls/);
  });

  it('nor does a programme’s name that its own text uses as a name', () => {
    const show = doc('b', 'Radio Korlu 98.2', '2027-09-03T08:00:00Z', 'Morning Lantern', [
      'Good morning and welcome to Morning Lantern.',
      ...REPORT,
    ]);
    expect(summarizeStory([show]).headline).toMatch(/^A fire destroyed about 90 stalls/);
  });

  it('while a headline in title case whose words the text writes in lower case is news', () => {
    const report = doc('c', 'Harbour Lights Online', '2027-09-03T08:00:00Z', 'Korlu Market Fire', [
      'The Korlu market fire destroyed about 90 stalls early on Tuesday, the city fire service said.',
      ...REPORT.slice(1),
    ]);
    expect(summarizeStory([report]).headline).toBe('Korlu Market Fire');
  });

  it('heads with its topic after "In pictures:", and is a feature’s', () => {
    expect(cleanTitle('In pictures: the secret spring')).toBe('The secret spring');
    expect(isFeatureTitle('In pictures: the secret spring')).toBe(true);
    expect(isFeatureTitle('Pictures show the flooded spring')).toBe(false);
  });
});

describe('notes of notices, columns, podcasts and interviews', () => {
  it.each([
    'NOTICE IS HEREBY GIVEN to all livestock owners, traders and members of the public.',
    'Ama Dufresne is a retired teacher and writes every Saturday.',
    'This week, hosts Ira Kolb and Tom Reyes unpack the week at Castor Ferries, whose chief left on Friday.',
    'This week we travel to the atoll to talk to a scientist whose study has everyone talking.',
    'Nala tells us why she thinks the answer is fish.',
    'Hosted by Maya Lind and Oren Bass.',
  ])('is a page note: %s', (line) => {
    expect(junkKind(line)).not.toBeNull();
  });

  it.each([
    'Notice is hereby given that the ministry has closed the market.',
    'The governor writes every week to the president, his aide said.',
    'The hosts of the summit unpacked a new plan on Friday.',
    'The minister told us the market would reopen on Monday.',
  ])('while news that reads like one is news: %s', (line) => {
    expect(junkKind(line)).toBeNull();
  });

  it('reads an outlet named with its kind describing itself, and its interview’s sitting', () => {
    expect(
      describesOutlet('Ticker Tide is produced by Lanyard Audio in Antwerp.', 'Ticker Tide (podcast)'),
    ).toBe(true);
    expect(describesOutlet('Ticker Tide is listener-supported.', 'Ticker Tide (podcast)')).toBe(true);
    expect(
      describesOutlet(
        'Hours later, the chief vet Dr Ama Dlamini sat down with the Mercury.',
        'The Mbabane Mercury',
      ),
    ).toBe(true);
    expect(describesOutlet('The president sat down with the Taliban.', 'The Mbabane Mercury')).toBe(false);
  });

  it("cuts an update's label with its topic", () => {
    expect(trimSentence('UPDATE Kamanasa: The well is still leaking gas tonight.')).toBe(
      'The well is still leaking gas tonight.',
    );
  });

  it('reads a present passive with its day as a caption', () => {
    expect(
      junkKind('A yellow excavator is loaded on to a low-loader at the end of the bay on Saturday.'),
    ).toBe('caption');
    expect(
      junkKind('A yellow excavator was loaded on to a low-loader at the end of the bay on Saturday.'),
    ).toBeNull();
  });
});

describe('a line with no verb', () => {
  it.each([
    'Prices, trade flows and disease risk across the beef chain.',
    'Conversations about the ocean, one reef at a time.',
    'All three in the dock: van Luyk (58), Ortiz (41) and Joseph (29).',
    'Very strong shaking in the capital just now, long and rolling.',
    // A bulletin's forecast lines: a plural after a number or a preposition is a noun.
    'Wind east 12 to 17 knots.',
    'Seas 1.5 to 2 metres.',
    'Visibility good, moderate in showers.',
  ])('is no point: %s', (line) => {
    expect(isVerbless(line)).toBe(true);
  });

  it.each([
    'Officials say the road is closed.',
    'Forecasters expect heavy rain across the north.',
    'The government owns about 15% of the bank.',
    'The river flows across the plain.',
    '"Nothing, nothing at all," the mayor.',
    'Visitors bring warm air and lint, and they step where the beetles forage.',
    'The weather office forecast more heavy rain over the next 48 hours.',
  ])('while a sentence with one is: %s', (line) => {
    expect(isVerbless(line)).toBe(false);
  });
});

describe("a bulletin's forecast lines", () => {
  it('are no points even where a story has nothing else to show', () => {
    const bulletin = doc(
      'nav',
      'Antilles Nav Bulletin',
      '2027-10-01T12:00:00Z',
      'NAV WARNING 117/27 — Canouan',
      [
        'NAV WARNING 117/27',
        'Wind east 12 to 17 knots.',
        'Seas 1.5 to 2 metres.',
        'Visibility good, moderate in showers.',
        'The ferry Mustique Dawn remains aground on the reef off Canouan.',
      ],
    );
    const points = summarizeStory([bulletin], { maxPoints: 5 }).points.map((point) => point.text);
    expect(points).toEqual(['The ferry Mustique Dawn remains aground on the reef off Canouan.']);
  });
});

describe('a company’s defined name after its suffix', () => {
  it('does not end the sentence', () => {
    expect(
      splitSentences(
        'Brisemar Group S.A. (the "Company") announces that its chief executive has stepped down.',
      ),
    ).toHaveLength(1);
    expect(splitSentences('He moved to the U.S. (The family followed in 2020.)')).toHaveLength(2);
  });
});

describe('a headline written from a lead whose subject lists names', () => {
  it('keeps the subject’s head and its verb', () => {
    expect(
      headlineFromText(
        'Three men, Dutch skipper Pieter van Luyk, Venezuelan Ramón Ortiz and local resident Kervin Joseph, were remanded in custody on Friday on charges of trafficking 386 kg of cocaine.',
      ),
    ).toMatch(/^Three men were remanded in custody on Friday/);
  });
});

describe('a story of features only', () => {
  const service = doc(
    's',
    'Anchorage Notes',
    '2027-08-29T08:00:00Z',
    'Harbour seizure: what it means for sailors this season',
    [
      'Yachts arriving in the bay this season face slower customs inspections, following this week’s record seizure.',
      'On Wednesday, police and customs officers found 386 kg of cocaine hidden in the hulls of a catamaran moored in the bay.',
      'Skippers should have crew lists and clearance papers from their last port ready before entering the bay, officials said.',
    ],
  );

  it("is led by its first report of what happened, not by the feature's opening", () => {
    expect(summarizeStory([service]).points[0]?.text).toMatch(
      /^On Wednesday, police and customs officers found/,
    );
  });

  it('keeps the opening of a feature titled by a quote, which often heads a report', () => {
    const quoted = { ...service, title: "'A record seizure': what it means for sailors this season" };
    expect(summarizeStory([quoted]).points[0]?.text).toMatch(/^Yachts arriving/);
  });
});
