import { resolve } from 'node:path';
import { loadEditorialSet } from '../../src/eval/editorial/fixture';
import { cleanArticleText } from '../../src/shared/text/article-text';
import { trimSentence } from '../../src/shared/text/furniture';
import { junkKind } from '../../src/shared/text/page-junk';
import { isChronicle, isMachineTranslated } from '../../src/shared/text/page-notes';
import { articleParagraphs } from '../../src/shared/text/paragraphs';
import { isBroadcastTitle, isFeatureTitle } from '../../src/shared/text/wire-tags';
import { summarizeStory } from '../../src/summarize';
import { cleanTitle } from '../../src/summarize/headline';
import { doc } from './fixture-doc';

/** Rules written from the seventeenth round of labelled sets (docs/summarization.md, "Seventeenth round"). */

describe("an e-paper's words broken at a line end", () => {
  it('are read whole when the body holds two or more', () => {
    expect(articleParagraphs('A Zvolen re- storer was sen- tenced on Wednes- day.')).toEqual([
      'A Zvolen restorer was sentenced on Wednesday.',
    ]);
  });

  it('while a suspended hyphen and a lone writer’s dash stay', () => {
    expect(articleParagraphs('Pre- and post-war re- storers were sen- tenced.')).toEqual([
      'Pre- and post-war restorers were sentenced.',
    ]);
    expect(articleParagraphs('He left- and then came back, a well- known man.')).toEqual([
      'He left- and then came back, a well- known man.',
    ]);
  });
});

describe('a title that says what page it is', () => {
  it.each([
    [
      'Evening News, 21 July 2027: Nzendem landslide toll rises to eleven',
      'Nzendem landslide toll rises to eleven',
    ],
    [
      'Morning in Chiúre, 27 July: families mourn Lúrio miners (English transcript)',
      'Families mourn Lúrio miners',
    ],
    [
      'Daily record: Friday 23 July 2027 — Motion of No Confidence in the Prime Minister',
      'Motion of No Confidence in the Prime Minister',
    ],
    ['Red Metal Memo #212: Kelvane sells the Gobi copper stake', 'Kelvane sells the Gobi copper stake'],
    ['Flood situation in Pursat province (automatic translation)', 'Flood situation in Pursat province'],
    [
      'Travel notice: Maldives – smoke from Thilafushi fire (updated 29 July 2027)',
      'Maldives – smoke from Thilafushi fire',
    ],
    [
      "URGENT: Costa Rica's Rincón de la Vieja volcano erupts",
      "Costa Rica's Rincón de la Vieja volcano erupts",
    ],
  ])('keeps only its topic: %s', (title, topic) => {
    expect(cleanTitle(title)).toBe(topic);
  });

  it.each(['Rīgas Krasts Weekly e-paper, 29 July 2027', 'Malé City Alerts — channel posts, 28 July 2027'])(
    'names no news when it names only a paper or a channel and its day: %s',
    (title) => {
      expect(isBroadcastTitle(title)).toBe(true);
    },
  );

  it('while a headline with a date in it is news', () => {
    expect(cleanTitle('Storm hits coast, 30 June 2027')).toBe('Storm hits coast, 30 June 2027');
    expect(isBroadcastTitle('Storm hits coast, 30 June 2027')).toBe(false);
  });
});

describe('labels and notes of channels, records, advisories and columns', () => {
  it.each([
    [
      'Reminder: the ministry says the power cut lasted about 40 minutes.',
      'The ministry says the power cut lasted about 40 minutes.',
    ],
    ['5/ Divers will survey the hull on Monday.', 'Divers will survey the hull on Monday.'],
    [
      'Orvane Minerals plc (ASX/AIM: ORV) said three workers died.',
      'Orvane Minerals plc said three workers died.',
    ],
  ])('cuts the label: %s', (sentence, kept) => {
    expect(trimSentence(sentence)).toBe(kept);
  });

  it("cuts a presenter's lead-in to the news, after the speaker's label, and keeps a sentence that tells of big news", () => {
    const text = cleanArticleText(
      [
        'HOST: So, the big news from yesterday: the Prime Minister survived the vote, 14 to 11.',
        'REPORTER: It was a long debate, almost six hours, and the nobles stayed with the government.',
        'HOST: The big news is that nothing changed for the ferry.',
      ].join('\n\n'),
    );
    expect(text).toContain('The Prime Minister survived the vote, 14 to 11.');
    expect(text).not.toContain('big news from yesterday');
    expect(text).toContain('The big news is that nothing changed for the ferry.');
  });

  it('reads a fraction as news', () => {
    expect(trimSentence('3/4 of voters agreed.')).toBe('3/4 of voters agreed.');
  });

  it.each([
    'Unofficial record compiled from the public gallery and the live radio broadcast.',
    'Summary of update: information on smoke from the Thilafushi waste site fire.',
    "Gonzalo Urquidi is a former adviser to Bolivia's energy ministry and writes a fortnightly column on Andean resources for Carbonate Weekly.",
    'Automatic translation from French.',
    '[This text was translated automatically from Khmer.',
    'The original text prevails.',
    'Public viewing day this Saturday 31 July, 10–16, registration link below.',
  ])('is a page note: %s', (line) => {
    expect(junkKind(line)).not.toBeNull();
  });

  it.each([
    'The record was compiled by the commission over six months.',
    'Notes taken from the meeting show the minister knew.',
    'The text was translated from French by the court and shows the minister lied.',
    'He posted the link below the video.',
  ])('while news that names a record or a translation is news: %s', (line) => {
    expect(junkKind(line)).toBeNull();
  });
});

describe("a machine's translation", () => {
  const translated = doc(
    'mt',
    'Actu Officielle Vardalie',
    '2027-07-22T09:00:00Z',
    'Press release relating to the landslide of Nzendem',
    [
      'Automatic translation from French. The original text prevails.',
      'In the night of Tuesday to Wednesday, a landslide of ground of great ampleness occurred in the locality of Nzendem, following diluvian rains.',
      'The provisional balance sheet is of sixteen persons deceased and nine persons still disappeared in the locality of Nzendem.',
      'A first envelope of fifty million FCFA is released for the emergency assistance to the sinistered populations of Nzendem.',
    ],
  );
  const report = doc(
    'rep',
    'Grassfields Daily',
    '2027-07-22T12:00:00Z',
    'Nzendem landslide toll rises to 16',
    [
      'The death toll from the landslide that buried homes in the hamlet of Nzendem rose to 16 on Thursday, with nine people still missing, officials said.',
      'The hillside gave way after heavy rain at about 2:30 a.m. on Wednesday, when most residents of Nzendem were asleep.',
      'Two excavators reached the site on Thursday morning to help the search in Nzendem.',
    ],
  );

  it('is told by its page', () => {
    expect(isMachineTranslated(translated.title, translated.text)).toBe(true);
    expect(isMachineTranslated(report.title, report.text)).toBe(false);
  });

  it("gives no point and no headline while an outlet's own words are in the story", () => {
    const summary = summarizeStory([translated, report]);
    expect(summary.headline).toBe('Nzendem landslide toll rises to 16');
    expect(summary.points.length).toBeGreaterThan(0);
    for (const point of summary.points) expect(point.text).not.toMatch(/ampleness|balance sheet|sinistered/);
  });

  it('is the story when it is all there is', () => {
    const summary = summarizeStory([translated]);
    expect(summary.points.map((point) => point.text).join(' ')).toMatch(/landslide of ground/);
  });
});

describe('a chronicle of stamped entries', () => {
  const record = doc(
    'rec',
    'Assembly Record Project',
    '2027-07-23T08:30:00Z',
    'Daily record: Friday 23 July 2027 — Motion of No Confidence',
    [
      '10:00 — The House resumed debate on the motion of no confidence in Prime Minister Tevita Lolohea, moved by Losaline Maʻasi and signed by ten members.',
      '10:04 — Ms Maʻasi opened by saying the price of the new inter-island ferry had risen from TOP 38 million to TOP 46 million.',
      '14:00 — The Prime Minister spoke for 40 minutes and said the new ferry would arrive by March 2028.',
      '15:55 — The motion of no confidence was lost, with 11 members for it and 14 against.',
    ],
  );

  it('is told by its entries in the order they happened, not a live page’s newest first', () => {
    expect(isChronicle(record.text)).toBe(true);
    const live = record.text.split('\n\n').reverse().join('\n\n');
    expect(isChronicle(live)).toBe(false);
  });

  it("neither leads nor heads the story while a report's opening can", () => {
    // The seventeenth round's Tonga record and the report of the vote, as the evening's edition saw them.
    const [tonga] = loadEditorialSet(resolve(__dirname, '../fixtures/editorial-seventeenth')).filter(
      (event) => event.event === 'tonga-no-confidence-vote',
    );
    const docs = (tonga?.articles ?? [])
      .filter((article) => article.published < new Date('2027-07-23T18:00:00Z'))
      .map((article) =>
        doc(article.id, article.outlet, article.published.toISOString(), article.title, article.paragraphs),
      );
    expect(docs.length).toBe(2);
    const summary = summarizeStory(docs);
    expect(summary.headline).toBe('Lolohea survives no-confidence vote 14-11');
    expect(summary.points[0]?.text).toMatch(/^Prime Minister Tevita Lolohea survived/);
  });
});

/** Rules written from the eighteenth round of labelled sets (docs/summarization.md, "Eighteenth round"). */
describe('eighteenth round: notes inside sentences and titles', () => {
  it.each([
    [
      "The Nyanga Petroleum Workers' Syndicate (STPN) [T.N.: the oil workers' union] said it wants guarantees.",
      "The Nyanga Petroleum Workers' Syndicate (STPN) said it wants guarantees.",
    ],
    [
      "The crew was removing overburden [translator's note: the waste rock over the ore] on the east wall.",
      'The crew was removing overburden on the east wall.',
    ],
    [
      'The Transaction is expected to be implemented in 2028.',
      'The transaction is expected to be implemented in 2028.',
    ],
  ])('cuts a translator’s note and writes a defined term as news does: %s', (sentence, kept) => {
    expect(trimSentence(sentence)).toBe(kept);
  });

  it('keeps a short name a release defines, which later sentences use', () => {
    const sentence = 'The Cyprus Securities and Exchange Commission (‘CySEC’) suspended the firm’s licence.';
    expect(trimSentence(sentence)).toBe(sentence);
  });

  it('reads a profile’s title as a feature’s', () => {
    expect(isFeatureTitle("Meet the Belalong litter frog: Brunei's newest species (night footage)")).toBe(
      true,
    );
    expect(isFeatureTitle('Ministers meet the unions over fuel prices')).toBe(false);
  });

  it("reads a video's words to its viewer as no news", () => {
    expect(
      junkKind('Listen for the call at 03:12 — it sounds more like a cricket than a frog.'),
    ).not.toBeNull();
    expect(junkKind('Look for the new law next year, the minister said.')).toBeNull();
  });

  it.each([
    ['Photo essay: Under the Ljubljanica, a Roman barge waits', 'Under the Ljubljanica, a Roman barge waits'],
    [
      'Record of the public session of Thursday 12 August 2027 – Mercury-free Gold Mining Act (unofficial translation)',
      'Mercury-free Gold Mining Act',
    ],
  ])('keeps only the topic of %s', (title, topic) => {
    expect(cleanTitle(title)).toBe(topic);
  });
});

describe('a warning in force that a newer report tells lifted', () => {
  const bulletin = doc('b', 'Apia Hazard Bulletins', '2027-08-07T17:40:00Z', 'Tsunami bulletin No. 2', [
    'A strong undersea earthquake struck 140 kilometres south of Apia at 04:52 local time on Sunday.',
    'The TSUNAMI WARNING for ALL COASTS of Samoa remains in effect.',
    'People in low-lying coastal areas should move inland and to higher ground now.',
  ]);
  const later = doc('l', 'Vaisigano Herald', '2027-08-07T23:00:00Z', 'Samoa quake: tsunami warning lifted', [
    'Thousands of people fled inland before dawn on Sunday after a strong undersea earthquake south of Apia, but the tsunami warning was lifted less than two hours later after only small waves reached the coast.',
    'No deaths or serious injuries were reported, the disaster management office said.',
  ]);
  const stillOn = doc('s', 'Vaisigano Herald', '2027-08-07T23:00:00Z', 'Samoa quake: warning stays', [
    'Thousands of people fled inland before dawn on Sunday after a strong undersea earthquake south of Apia, and the tsunami warning was not lifted for several hours.',
    'No deaths or serious injuries were reported, the disaster management office said.',
  ]);

  it('is no point once lifted, and is one while no report tells it lifted', () => {
    const lifted = summarizeStory([bulletin, later]).points.map((point) => point.text);
    expect(lifted.join(' ')).not.toMatch(/remains in effect/);
    const kept = summarizeStory([bulletin, stillOn], { maxPoints: 5 }).points.map((point) => point.text);
    expect(kept.join(' ')).toMatch(/remains in effect/);
  });
});
