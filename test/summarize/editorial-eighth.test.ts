import { articleSentences } from '../../src/shared/text/article-text';
import { isFeatureTitle } from '../../src/shared/text/wire-tags';
import { summarizeStory } from '../../src/summarize';
import { isFallbackCandidate, isPointCandidate } from '../../src/summarize/candidates';
import { prepareArticles } from '../../src/summarize/prepare';
import { standaloneOf } from '../../src/summarize/standalone';
import { buildStoryModel } from '../../src/summarize/story-model';
import { stalePlan } from '../../src/summarize/superseded';
import { supersededToll } from '../../src/summarize/tolls';
import { doc } from './fixture-doc';

/** Rules written from the eighth round of labelled sets (docs/summarization.md, "Eighth round"). */

/** The index of the story's sentence that opens so. */
const sentenceAt = (model: ReturnType<typeof buildStoryModel>, start: string): number =>
  model.sentences.findIndex((sentence) => sentence.text.startsWith(start));

const modelOf = (paragraphs: string[]) =>
  buildStoryModel(
    prepareArticles([
      doc('a', 'Coral Basin Weather Centre', '2027-03-23T20:00:00Z', 'Cyclone advisory', paragraphs),
    ]),
  );

describe("a bulletin page's furniture", () => {
  it('drops a labelled line with no verb, a disclaimer and a refresh stamp, and keeps a labelled report', () => {
    const kept = articleSentences(
      [
        'Last refreshed 0712 VUT.',
        'Track map: forecast track and uncertainty cone for Severe Tropical Cyclone Oriel.',
        'Disclaimer: Advisories are provided for information.',
        'Sources: Orrery News Agency; statement by the National Disaster Management Office, 24 March 2027.',
        'The selloff spread: Korea Memory Devices lost more than 9% and the won slid to its weakest level since March.',
        'Port Vila: Two people were confirmed dead on Wednesday, the disaster office said.',
      ].join('\n\n'),
    ).flat();
    expect(kept).toEqual([
      'The selloff spread: Korea Memory Devices lost more than 9% and the won slid to its weakest level since March.',
      'Port Vila: Two people were confirmed dead on Wednesday, the disaster office said.',
    ]);
  });

  it('makes no point of an instruction to the reader, a scene placed by a pronoun, a promise of news to come or a line with no verb', () => {
    const model = modelOf([
      'Severe Tropical Cyclone Oriel passed close to Port Vila overnight, the centre said on Wednesday.',
      'In an emergency, follow the instructions of national authorities.',
      'Further information on the medical condition of the riders will be communicated by the teams.',
      'No archiving or resale.',
      'In an emergency, the government flew 40 tonnes of water to Tanna on Wednesday.',
    ]);
    const [news, instruction, , , report] = model.sentences.map((_, i) => standaloneOf(model, i));
    expect(news).not.toBeNull();
    expect(instruction).toBeNull();
    const placed = modelOf([
      'Mercy Alonzo has waited for the water truck since four in the morning.',
      'Behind her on the narrow street in Barangay Tipolo, the queue grows in the dark.',
    ]);
    expect(standaloneOf(placed, 1)).toBeNull();
    expect(isPointCandidate(model.sentences[2] as never)).toBe(false);
    expect(isFallbackCandidate(model.sentences[3] as never)).toBe(false);
    expect(report).not.toBeNull();
  });
});

describe("a brief's labels", () => {
  it('come off the sentences of a page that labels its items, and stay on a page that uses one colon', () => {
    const brief = [
      'The big picture: Nine people are now dead after a train derailed near Ella in Sri Lanka on Friday.',
      "What's next: The transport minister's inquiry is due to report within two weeks.",
      "Why it matters: The line carries most of the hill country's tourists.",
      'He told reporters: "We will rebuild the line."',
    ];
    expect(articleSentences(brief.join('\n\n')).flat()).toEqual([
      'Nine people are now dead after a train derailed near Ella in Sri Lanka on Friday.',
      "The transport minister's inquiry is due to report within two weeks.",
      "The line carries most of the hill country's tourists.",
      'He told reporters: "We will rebuild the line."',
    ]);
    const report =
      'The selloff spread: Korea Memory Devices lost more than 9% on Friday, exchange data showed.';
    expect(articleSentences(report).flat()).toEqual([report]);
  });
});

describe('a caption told in the present', () => {
  const body = [
    'An engine of an Anatolian Skyways jet caught fire as it accelerated for take-off at Izmir airport on Monday, and 23 people were hurt, officials said.',
    'Passengers from İzmir airport evacuate the aircraft on slides as fire teams intervene in the engine.',
    "Councilor Aileen Seno holds up a photo of a car wash during Thursday's session.",
    'Guests at a Port Vila resort survey a collapsed roof on Wednesday morning after Cyclone Oriel passed over.',
    'Riders lie on the road and against the barriers on the descent to Rubavu after 23 of them crashed on a bend slick with rain and diesel, 12km from the finish of the stage.',
    'Passengers fled down the slides as firefighters sprayed foam on the engine, witnesses said.',
    'Residents said they had queued for water since dawn after the taps ran dry.',
  ];

  it('is dropped: people doing something as, after or while something else happens, a gesture at a session', () => {
    expect(articleSentences(body.join('\n\n')).flat()).toEqual([body[0], body[5], body[6]]);
  });

  it('never becomes a point of the story', () => {
    const summary = summarizeStory(
      [doc('a', 'Günışığı English', '2027-03-16T08:00:00Z', 'Izmir fire', body)],
      { maxPoints: 5 },
    );
    expect(summary.points.map((point) => point.text).join(' ')).not.toMatch(
      /evacuate the aircraft|holds up|survey a|Riders lie/,
    );
  });
});

describe('an older death toll', () => {
  const older = doc('g', 'Günışığı English', '2027-03-20T05:30:00Z', 'Flood disaster in Oman', [
    'At least six people, three of them children, lost their lives in the floods that occurred after heavy rainfall in the north of Oman, it was announced.',
    'Four of the dead were children of one family, the civil defence authority said.',
  ]);
  const newer = doc('f', 'Al-Fajr English', '2027-03-21T10:20:00Z', 'Oman: toll of the floods rises to 12', [
    'The number of the victims of the flash floods in the Sultanate of Oman rose to 12 persons on Sunday, the Civil Defence and Ambulance Authority announced.',
    'Schools in North Al Batinah will stay closed until Wednesday, the ministry of education said.',
  ]);

  it('told with an aside ("six people, three of them children, lost their lives") is replaced by a newer one, whichever is chosen first', () => {
    const model = buildStoryModel(prepareArticles([older, newer]));
    // Nothing shown yet: the newer report's higher toll, a point of its own, makes it old.
    expect(supersededToll(model, sentenceAt(model, 'At least six'), [])).toBe(true);
    // A part of the toll is no toll.
    expect(supersededToll(model, sentenceAt(model, 'Four of the dead'), [])).toBe(false);
    const points = summarizeStory([older, newer], { maxPoints: 5 }).points.map((point) => point.text);
    expect(points.join(' ')).toMatch(/rose to 12/);
    expect(points.join(' ')).not.toMatch(/At least six/);
  });
});

describe("a feature's title", () => {
  const report = doc(
    'w',
    'Windrose News Agency',
    '2027-03-18T08:55:00Z',
    'Anatolian Skyways CEO Karaduman quits days after Izmir engine fire',
    [
      'Anatolian Skyways chief executive Selim Karaduman resigned with immediate effect on Thursday, the Turkish low-cost carrier said, three days after an engine fire at Izmir airport.',
      'The airline said chief financial officer Ayla Demirtaş would run the company on an interim basis.',
    ],
  );
  const feature = doc(
    'f',
    'The Northgate Standard',
    '2027-03-19T06:00:00Z',
    'What next for Anatolian Skyways after its boss walks out? | Business | The Northgate Standard',
    [
      'When Selim Karaduman arrived at Anatolian Skyways in 2019, the budget airline had 22 planes and a reputation for late departures.',
      'Karaduman resigned on Thursday, three days after an engine fire at Izmir airport, and chief financial officer Ayla Demirtaş will run the airline for now.',
    ],
  );

  it("is known with the page's section and name after it, and neither heads the story nor lets its opening lead while a report's may", () => {
    expect(isFeatureTitle(feature.title ?? '')).toBe(true);
    expect(isFeatureTitle('Ferry fire kills 7 - Pacific Wire')).toBe(false);
    // A title speaking to the reader is a service piece's; a quoted "you" is the speaker's.
    expect(
      isFeatureTitle('RECALL ALERT: 86,000 Aussie Hanmuras hit by brake fault — check if yours is one'),
    ).toBe(true);
    expect(isFeatureTitle('Minister says "you will have water by Friday" as taps run dry')).toBe(false);
    const summary = summarizeStory([report, feature], { maxPoints: 3 });
    expect(summary.headline).toBe('Anatolian Skyways CEO Karaduman quits days after Izmir engine fire');
    expect(summary.points[0]?.text).toMatch(/^Anatolian Skyways chief executive Selim Karaduman resigned/);
    expect(summarizeStory([feature], { maxPoints: 3 }).headline).toBe(
      'What next for Anatolian Skyways after its boss walks out?',
    );
  });
});

describe('a plan for a weekday', () => {
  const radio = doc('k', 'Kivu Coast FM', '2027-03-17T18:00:00Z', 'Big crash stops stage', [
    'Around 20 riders went down in a big crash on the last descent into Rubavu on Wednesday afternoon, and the fourth stage was stopped.',
    'The race continues on Thursday with stage 5 from Rubavu to Karongi.',
  ]);
  const wire = doc('w', 'Windrose News Agency', '2027-03-18T20:00:00Z', 'Leader out of race after crash', [
    "Eritrea's Eyob Tesfamariam withdrew from the Tour des Grands Lacs on Thursday after surgery on the collarbone he broke in a mass crash.",
    "Twenty-three riders fell on a rain-soaked descent about 12 km from the finish of Wednesday's fourth stage.",
  ]);

  it('is stale once its day is over by the reading time, and not before', () => {
    const friday = buildStoryModel(prepareArticles([radio, wire]), Date.parse('2027-03-19T06:00:00Z'));
    expect(stalePlan(friday, sentenceAt(friday, 'The race continues'))).toBe(true);
    const thursday = buildStoryModel(prepareArticles([radio]), Date.parse('2027-03-18T06:00:00Z'));
    expect(stalePlan(thursday, sentenceAt(thursday, 'The race continues'))).toBe(false);
  });
});

describe('what someone was expected to do', () => {
  const wire = doc('o', 'Orrery News Agency', '2027-03-22T05:40:00Z', 'Ombudsman suspends Cebu governor', [
    'The Ombudsman on Monday suspended the governor of Cebu for six months over a drainage contract.',
    'Vice Governor Edgar Pacaña is expected to take over as acting governor, officials said.',
  ]);
  const local = doc(
    'l',
    'The Mandaue Lamplighter',
    '2027-03-23T00:30:00Z',
    'Pacaña sworn in as acting governor',
    ['Pacaña was sworn in by a regional trial court judge at a short ceremony in the Capitol.'],
  );
  const planned = doc('p', 'The Pacific Current', '2027-03-23T00:30:00Z', 'Vigil at the Capitol', [
    'Pacaña was expected to take his oath on Tuesday morning.',
  ]);
  const expectation = (docs: ReturnType<typeof doc>[]) => {
    const model = buildStoryModel(prepareArticles(docs));
    return stalePlan(model, sentenceAt(model, 'Vice Governor'));
  };

  it('is stale once a newer report tells it done, and not while the newer one still tells a plan', () => {
    expect(expectation([wire, local])).toBe(true);
    expect(expectation([wire, planned])).toBe(false);
    expect(expectation([wire])).toBe(false);
  });
});
