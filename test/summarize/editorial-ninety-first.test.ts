import { articleSentences } from '../../src/shared/text/article-text';
import { trimSentence } from '../../src/shared/text/furniture';
import { junkKind } from '../../src/shared/text/page-junk';
import { cleanTitle } from '../../src/summarize/headline';
import { leansOutside } from '../../src/summarize/leans-outside';
import { opensAsScene } from '../../src/summarize/scene-openings';
import { analyzeStory } from '../../src/summarize/summarize-story';
import { doc, morningPoints, pointsAt } from './fixture-doc';

// Shapes from the ninety-first and ninety-second rounds of labelled sets (docs/summarization.md,
// "Ninety-first and ninety-second rounds"). Outlets, people, firms and places are fictional.

describe('a past with a prefix', () => {
  it('reads "A court on Thursday upheld…" as news, not a present-tense photo caption', () => {
    expect(
      junkKind(
        'A Latvian appeals court on Thursday upheld the 30-day arrest of Ivars Ozols, director of the Daugava Regional Hospital, who is accused of taking €210,000 in bribes.',
      ),
    ).toBeNull();
    expect(
      junkKind(
        'A ministry on Monday withdrew the licence of a bus company whose driver is accused of speeding.',
      ),
    ).toBeNull();
  });

  it('still reads a scene in the present with its day as a caption', () => {
    expect(junkKind('A woman weeps outside the hospital in Daugavpils on Thursday.')).toBe('caption');
  });

  it('leads with the appeal ruling that opens the newest report', () => {
    const story = morningPoints(
      'editorial-ninety-second',
      'romania-iasi-hospital-director-detained',
      '2030-08-02T06:00:00Z',
    );
    expect(story[0]).toMatch(/^A Romanian appeals court on Thursday upheld/);
  });
});

describe('news read as a photo caption', () => {
  it.each([
    // A relative clause on the subject hides the main verb from the caption test.
    'Farmers who had blocked the main road to the border crossing for three days agreed on Friday evening to end their protest.',
    'Passengers on the ferry, which hit the quay in Saltvik on Wednesday morning, began posting videos within minutes.',
    // A picture's verb that is not the sentence's own: after a finite verb, an infinitive, a plan.
    'He called on his followers to gather outside the electoral office in Saltvik on Monday morning.',
    'Two men are in custody, and they will stand before the Saltvik magistrate on Monday.',
    'Residents of the harbour district held a candlelit march on Saturday night.',
    // One thing doing it in the bare form is the past.
    'A major water main burst under Harbour Street before dawn on Monday, flooding several blocks.',
    'A fault on the Saltvik subsea cable early on Tuesday cut internet links for the islands.',
  ])('keeps "%s" as news', (sentence) => {
    expect(junkKind(sentence)).toBeNull();
  });

  it.each([
    'Stranded travellers wait at Saltvik harbour on Wednesday, May 1, 2030.',
    'A flooded street is seen in Saltvik, December 1, 2026.',
    'Rescuers search the river near Saltvik on Sunday after the bus plunged off the highway.',
    'Fans line the road above Saltvik as the peloton climbs out of the town on Wednesday.',
  ])('still reads "%s" as a caption', (sentence) => {
    expect(junkKind(sentence)).toBe('caption');
  });
});

describe("a reporter's beat and work", () => {
  it('reads "X has reported on … since 2011; his series … won…" as a bio', () => {
    expect(
      junkKind(
        "Imran Sheikh has reported on Gulf shipping since 2014; his series on Jebel Ali's cranes won the 2026 Port Media Award.",
      ),
    ).toBe('bio');
  });

  it('keeps news of a reporter, with no beat since a year, as news', () => {
    expect(
      junkKind(
        'Imran Sheikh has reported on the strike since Monday, and was detained by police on Tuesday.',
      ),
    ).toBeNull();
  });
});

describe('a subject described by what it did to something named before', () => {
  it('needs what "it" is: "The company that built it, X, poured its first gold in 2017…"', () => {
    const text =
      'The company that built it, Karo Gold, poured its first gold in 2017 and last year produced 5.1 tonnes.';
    expect(leansOutside(text, text)).toBe(true);
  });

  it('stands alone when what was done is named ("The firm that runs the mine…"), not when it is "them"', () => {
    const owns = 'The firm that runs the mine said on Monday that output would resume within a week.';
    expect(leansOutside(owns, owns)).toBe(false);
    const told = 'The man who found them told police he had heard cries from the riverbank.';
    expect(leansOutside(told, told)).toBe(true);
    const named = 'The officer who led the rescue was praised by the mayor on Sunday.';
    expect(leansOutside(named, named)).toBe(false);
  });
});

describe('a history opening in a decade or a year told deep in its clause', () => {
  const mill = (paragraphs: string[]) =>
    doc(
      'm',
      'Harbour Courier',
      '2030-03-02T09:00:00Z',
      'Saltvik weaving mill to close, 640 jobs lost',
      paragraphs,
    );

  it('leads with the closure, not "At its peak in the 1980s…" or a first bale of 1968', () => {
    const story = pointsAt(
      [
        mill([
          'The first bales of wool were fed into the spinning frames of the Saltvik mill in 1961, and for decades its whistle marked the hours of the town.',
          'At its peak in the 1980s the mill employed more than 2,000 people.',
          'Nordvev said it would stop production at the Saltvik mill by 30 June, with the loss of 640 jobs.',
          'The company blamed cheaper imports and a 40% rise in its electricity costs over two years.',
          'The union has called a meeting of workers at the factory gates on Monday.',
        ]),
      ],
      '2030-03-03T06:00:00Z',
    );
    expect(story[0]).toMatch(/^Nordvev said it would stop production/);
  });

  it('leads the Bouaké mill story with its closure, not the first bales of 1968', () => {
    const story = morningPoints(
      'editorial-ninety-first',
      'cote-divoire-bouake-spinning-mill-closure',
      '2030-07-15T06:00:00Z',
    );
    expect(story[0]).toMatch(/^Tissages du Gbêkê \(TDG\) said it would stop production/);
  });

  it('reads a decade as background only where it opens the sentence and lies two years back', () => {
    const { model } = analyzeStory(
      [
        mill([
          'Wool prices fell on Sunday to their lowest since the 1990s, and Nordvev said it would stop production at the Saltvik mill by 30 June.',
          'At its peak in the 1980s the mill employed more than 2,000 people.',
          'In the 2030s the town will turn the mill into housing for 400 families, the mayor said on Sunday.',
          'In the late 2020s the mill lost half its orders to cheaper imports from abroad.',
        ]),
      ],
      new Date('2030-03-03T06:00:00Z'),
    );
    const scene = (start: string) =>
      opensAsScene(
        model,
        model.sentences.findIndex((sentence) => sentence.text.startsWith(start)),
      );
    expect(scene('At its peak')).toBe(true);
    expect(scene('Wool prices fell')).toBe(false);
    expect(scene('In the 2030s')).toBe(false);
    expect(scene('In the late 2020s')).toBe(false);
  });
});

describe("a body's quote on its own page", () => {
  it('names the page\'s outlet for "the organisation said" when the page opens a sentence with it', () => {
    const page = doc(
      't',
      'Clean Water Watch',
      '2030-03-02T09:00:00Z',
      'Statement on the Saltvik water contract',
      [
        'Clean Water Watch takes note of the decision by a judge to place the manager of Saltvik Water under house arrest.',
        "“The decision on detention is the judge's, but the public still does not know how a contract of 40 million kroner was awarded to a single bidder,” the organisation said.",
        'It has asked the national audit office to examine every contract the utility signed since 2027.',
      ],
    );
    const story = pointsAt([page], '2030-03-03T06:00:00Z');
    expect(story.some((point) => /,” Clean Water Watch said\.$/.test(point))).toBe(true);
  });

  it('leaves "the organisation said" to its article\'s own naming in a newspaper that never opens on its name', () => {
    const report = doc('n', 'Saltvik Post', '2030-03-02T09:00:00Z', 'Water chief under house arrest', [
      'A judge on Monday placed the manager of Saltvik Water under house arrest over a 40 million kroner contract.',
      'Clean Water Watch, a campaign group, asked the audit office to examine the contract.',
      '“The public still does not know how a contract of 40 million kroner was awarded to a single bidder,” the organisation said.',
    ]);
    const story = pointsAt([report], '2030-03-03T06:00:00Z');
    expect(story.some((point) => /Saltvik Post said/.test(point))).toBe(false);
  });
});

describe('page furniture around a point or a headline', () => {
  it('cuts a wire dateline whose country has "and" in it, and leaves a speaker\'s label in capitals alone', () => {
    expect(
      trimSentence(
        'SALTVIK, Bosnia and Herzegovina, Aug 22 (APS) — A wildfire spread across the hills south of Saltvik on Thursday.',
      ),
    ).toBe('A wildfire spread across the hills south of Saltvik on Thursday.');
    expect(
      trimSentence(
        'KINGSTOWN, St. Vincent and the Grenadines, March 3 (CWS) — Ash fell on the capital on Friday.',
      ),
    ).toBe('Ash fell on the capital on Friday.');
    const spoken =
      'PETER KAUPA, MINISTER FOR DISASTER MANAGEMENT: We have released five million kina for the families.';
    expect(trimSentence(spoken)).toMatch(/^PETER KAUPA, MINISTER FOR DISASTER MANAGEMENT: We have released/);
  });

  it('ends a release at "About the …:", as at "About …:"', () => {
    const kept = articleSentences(
      [
        'The Harbour Party welcomed the vote on Monday to keep the Saltvik ferry subsidy for another five years.',
        'The party thanks the unions that stood with the motion.',
        'About the Harbour Party: The party is a centre-left alliance of four groups, founded in 2026, with 18 councillors.',
      ].join('\n\n'),
    ).flat();
    expect(kept.some((sentence) => sentence.includes('centre-left alliance'))).toBe(false);
    expect(kept[0]).toMatch(/^The Harbour Party welcomed the vote/);
  });

  it('takes a programme\'s name off a title ("Morning Report: …"), not a title\'s own words before a colon', () => {
    expect(cleanTitle('Morning Report: Nine hurt in Saltvik ferry grounding')).toBe(
      'Nine hurt in Saltvik ferry grounding',
    );
    // A bulletin's own page title stays whole: a programme's page is its own story (cluster/programme.ts).
    expect(cleanTitle('Evening Bulletin — 20 July 2028')).toBe('Evening Bulletin — 20 July 2028');
    expect(cleanTitle('Morning Report: Monday 2 October 2028')).toBe('Morning Report: Monday 2 October 2028');
    expect(cleanTitle('Morning rush: commuters stranded as Saltvik trains halt')).toBe(
      'Morning rush: commuters stranded as Saltvik trains halt',
    );
  });
});

describe('a firm named before "the company said" after a lead-in', () => {
  const report = (statement: string) =>
    doc('p', 'Harbour Courier', '2030-03-02T09:00:00Z', 'Contractor killed at Saltvik quarry', [
      'A contract worker was killed on Friday when a haul truck struck his light vehicle at the Saltvik quarry, police said.',
      statement,
      "“Our thoughts are with the worker's family, and we will give the regulator every assistance,” the company said.",
      'Mining at the quarry has been suspended while inspectors examine the haul road.',
    ]);

  it('names it: "In a statement, Nordstein Quarrying said it was…", then "…,” the company said."', () => {
    const story = pointsAt(
      [report('In a statement, Nordstein Quarrying said it was deeply saddened by the death.')],
      '2030-03-03T06:00:00Z',
    );
    expect(story.some((point) => /,” Nordstein Quarrying said\.$/.test(point))).toBe(true);
  });

  it('does not name a person who spoke for the firm as the firm ("Ana Ruiz said she was…")', () => {
    const story = pointsAt(
      [report('In a statement, Ana Ruiz said she was deeply saddened by the death.')],
      '2030-03-03T06:00:00Z',
    );
    expect(story.some((point) => /Ana Ruiz said\.$|,” Ruiz said\.$/.test(point))).toBe(false);
  });
});
