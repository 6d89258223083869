import { prepareArticles } from '../../src/summarize/prepare';
import { buildStoryModel } from '../../src/summarize/story-model';
import { stalePlan } from '../../src/summarize/superseded';
import { doc, pointsAt } from './fixture-doc';

// Shapes from the hundred-and-ninth round of labelled sets (docs/summarization.md, "Hundred-and-ninth
// and hundred-and-tenth rounds"). Outlets, people, firms and places of the news are fictional.

const missing =
  'Three people were missing on Tuesday after an avalanche swept over a group of six ski tourers on a mountainside in the Lyngen Alps in northern Norway, police said.';
const firstReport = (opening: string, quote?: string) =>
  doc('w1', 'Nordvind News Agency', '2031-02-10T13:00:00Z', 'Three missing after avalanche in Lyngen Alps', [
    opening,
    'Three members of the group managed to free themselves and called the emergency services shortly after 11 a.m.',
    ...(quote === undefined ? [] : [quote]),
    'Two rescue helicopters and several avalanche dog teams were sent to the slope, the police operations leader said.',
    'The avalanche warning for the Lyngen Alps stood at level 4 on a five-point scale.',
  ]);

describe('a group told missing, then found by its count', () => {
  const found = (finding: string) =>
    doc('r1', 'Ishavsposten', '2031-02-11T05:00:00Z', 'Two skiers found alive after Lyngen avalanche', [
      finding,
      'They were flown by helicopter to the university hospital in Tromsø, where both were in a stable condition.',
      'The third skier was still being searched for on Wednesday morning.',
    ]);

  it('is no longer shown missing once "two of the three" are found', () => {
    const points = pointsAt(
      [
        firstReport(missing),
        found(
          'Two of the three skiers buried by an avalanche on Tverrfjellet in Lyngen have been found alive, police said on Wednesday.',
        ),
      ],
      '2031-02-11T06:00:00Z',
    );
    expect(points).not.toContain(missing);
  });

  it('nor when the count opens the sentence: "Four skiers were missing…"', () => {
    const model = buildStoryModel(
      prepareArticles([
        doc('a', 'Caucasus Press Agency', '2031-02-17T15:40:00Z', 'Four skiers missing after avalanche', [
          'Four skiers were missing on Monday evening after an avalanche swept down an off-piste slope above the Gudauri ski resort, the emergency service said.',
        ]),
        doc('b', 'Sakartvelo Today', '2031-02-19T08:15:00Z', 'Criminal case opened after avalanche', [
          'The skiers were found in a snow hollow at dawn on Tuesday and taken to hospital in Tbilisi.',
        ]),
      ]),
    );
    expect(stalePlan(model, 0)).toBe(true);
  });

  it('but a finding told before the search was told as going on ended another', () => {
    const model = buildStoryModel(
      prepareArticles([
        doc('a', 'Atlas Press Agency', '2031-02-16T10:00:00Z', 'Death toll in mine collapse rises to 27', [
          'Rescuers dug through mud for a second day in search of four miners still missing, the disaster agency said on Sunday.',
        ]),
        doc('b', 'Gulf Evening Star', '2031-02-15T18:00:00Z', 'Mine pit collapses after heavy rain', [
          'Nine miners were rescued alive on Saturday, hours after the pit caved in.',
        ]),
      ]),
    );
    expect(stalePlan(model, 0)).toBe(false);
  });

  it('but another count found is not this group', () => {
    const points = pointsAt(
      [
        firstReport(missing),
        found(
          'Two of the five climbers stranded on the Kåfjord ridge have been found alive, police said on Wednesday.',
        ),
      ],
      '2031-02-11T06:00:00Z',
    );
    expect(points).toContain(missing);
  });
});

describe("a searcher's words from a report that opens on the search", () => {
  const quote =
    '"Visibility on the slope is under 20 metres and the snow is still moving in places," said Giorgi Abashidze, who heads the mountain rescue unit.';
  const later = doc(
    'r2',
    'Ishavsposten',
    '2031-02-11T05:00:00Z',
    'Two skiers found alive after Lyngen avalanche',
    [
      'Two of the three skiers buried by an avalanche on Tverrfjellet in Lyngen have been found alive, police said on Wednesday.',
      'They were flown by helicopter to the university hospital in Tromsø.',
    ],
  );

  // The search's report as a wire gives it: its opening, the searcher's words, the warning.
  const searchReport = doc(
    'w2',
    'Nordvind News Agency',
    '2031-02-10T13:00:00Z',
    'Three missing after avalanche in Lyngen Alps',
    [missing, quote, 'The avalanche warning for the Lyngen Alps stood at level 4 on a five-point scale.'],
  );

  it('are not shown once another report tells the search ended', () => {
    const points = pointsAt([searchReport, later], '2031-02-11T06:00:00Z');
    expect(points).not.toContain(quote);
  });

  it('but are while the search goes on', () => {
    const points = pointsAt([searchReport], '2031-02-10T18:00:00Z');
    expect(points).toContain(quote);
  });
});

describe("a live page's entries", () => {
  const page = (entries: string[]) =>
    doc(
      'l1',
      'Kavkaz Live',
      '2031-02-18T13:30:00Z',
      'LIVE: Avalanche in Lyngen — two found alive, search for third halted for the night',
      entries,
    );

  it('tell a search ended by a newer entry of the same page', () => {
    const older = 'Police confirm that three people are missing in the avalanche on Tverrfjellet.';
    const points = pointsAt(
      [
        page([
          'Two of the three skiers buried by the avalanche on Tverrfjellet have been found alive and flown to hospital in Tromsø.',
          'The search for the third person has been halted for the night because of storm-force wind and darkness.',
          'About 40 volunteers with avalanche dogs are on the debris field, police say.',
          older,
        ]),
      ],
      '2031-02-19T06:00:00Z',
    );
    expect(points).not.toContain(older);
  });
});

describe("a feature's picture of an empty place", () => {
  const feature = (opening: string) =>
    doc(
      'f1',
      'Fjell & Vidde',
      '2031-02-13T08:00:00Z',
      'After the Lyngen avalanche: the slope looked the same as always',
      [
        opening,
        'A day after the slide caught a party of six ski tourers, one of them, a 34-year-old man from Tromsø, was dead.',
        'Police say the avalanche was most likely triggered by the group itself, though they stress that their review is routine.',
        'The avalanche warning remains at level 4 for Thursday, and forecasters advise avoiding all slopes steeper than 30 degrees.',
        'Two other members of the party, a woman aged 29 and a man aged 41, were rescued alive and are recovering in hospital in Tromsø.',
      ],
    );

  it('is no point while the news has points to give', () => {
    const scene = 'The car park at the foot of Tverrfjellet was almost empty on Wednesday afternoon.';
    expect(pointsAt([feature(scene)], '2031-02-14T06:00:00Z')).not.toContain(scene);
  });

  it('but an empty reservoir is news', () => {
    const news = 'The Toktogul reservoir was almost empty on Wednesday, the lowest level in 12 years.';
    expect(pointsAt([feature(news)], '2031-02-14T06:00:00Z')).toContain(news);
  });
});

describe('a statement announced without what it says', () => {
  const page = (line: string) =>
    doc('s1', 'Kavkaz Live', '2031-02-18T13:30:00Z', 'Gudauri avalanche: tour operator speaks', [
      'Three of the four skiers missing since an avalanche on Mount Sadzele above Gudauri were found alive on Tuesday, the emergency service said.',
      line,
      'The fourth skier, a 34-year-old man from Tbilisi, was found dead under about two metres of snow.',
      'The three survivors were taken to a trauma centre in Tbilisi with frostbite.',
    ]);

  it('is no point', () => {
    const line =
      'Kazbegi Line Freeride, the Tbilisi company that organised the trip, has issued its first statement.';
    expect(pointsAt([page(line)], '2031-02-19T06:00:00Z')).not.toContain(line);
  });

  it('but a statement told with what it says is', () => {
    const line =
      'Kazbegi Line Freeride, the Tbilisi company that organised the trip, said its guide had eleven years of experience and that every skier carried a transceiver.';
    expect(pointsAt([page(line)], '2031-02-19T06:00:00Z')).toContain(line);
  });
});
