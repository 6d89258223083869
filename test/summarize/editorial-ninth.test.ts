import { articleSentences } from '../../src/shared/text/article-text';
import { BoxEntries } from '../../src/shared/text/box-labels';
import { splitSentences } from '../../src/shared/text/sentences';
import { isFeatureTitle } from '../../src/shared/text/wire-tags';
import { summarizeStory } from '../../src/summarize';
import { prepareArticles } from '../../src/summarize/prepare';
import { withoutRelativeDays } from '../../src/summarize/relative-days';
import { standaloneOf } from '../../src/summarize/standalone';
import { buildStoryModel } from '../../src/summarize/story-model';
import { outdatedTitle } from '../../src/summarize/tolls';
import { doc } from './fixture-doc';

/** Rules written from the ninth round of labelled sets (docs/summarization.md, "Ninth round"). */

describe("a German club's ordinal", () => {
  it('does not end a sentence ("…beat 1. FFC Rheinau 3-1…"); a figure before another word still may', () => {
    expect(
      splitSentences(
        'Ioana Vlădescu headed a late winner as Carpați Brașov beat 1. FFC Rheinau 3-1 on Wednesday. The crowd was a record.',
      ),
    ).toEqual([
      'Ioana Vlădescu headed a late winner as Carpați Brașov beat 1. FFC Rheinau 3-1 on Wednesday.',
      'The crowd was a record.',
    ]);
    expect(splitSentences('The score was 2-1. Fans stayed on.')).toHaveLength(2);
  });
});

describe("a transcript's speakers", () => {
  it('come off what they say on a page that names them three times or more', () => {
    const page = [
      'ANA VILLARREAL, HOST: This week the copper miner lost its chief executive and most of its output.',
      'ANA VILLARREAL: Late last night, workers at one of Chile’s biggest copper mines reached a deal to end a two-day strike.',
      'LUCÍA AROSEMENA: The union leader, Hernán Quispe, said the deal gave workers a raise of a bit over five percent.',
      'MONTAÑO: The company declined to say how much copper it lost.',
    ];
    expect(articleSentences(page.join('\n\n')).flat()).toEqual([
      'This week the copper miner lost its chief executive and most of its output.',
      'Late last night, workers at one of Chile’s biggest copper mines reached a deal to end a two-day strike.',
      'The union leader, Hernán Quispe, said the deal gave workers a raise of a bit over five percent.',
      'The company declined to say how much copper it lost.',
    ]);
  });

  it('stay on a page that writes one such label', () => {
    const line = 'MARLO BEARS DOWN: Category 3 cyclone set to cross the coast tonight, forecasters say.';
    expect(new BoxEntries(`${line}\n\nSchools will be closed on Friday.`).unlabelled(line)).toBe(line);
    const transcript = ['ANA PÉREZ, HOST: Hello.', 'LUCÍA ARIAS: Hi.', 'ANA PÉREZ: So.'].join('\n');
    expect(new BoxEntries(`${transcript}\n${line}`).unlabelled(line)).toBe(
      'Category 3 cyclone set to cross the coast tonight, forecasters say.',
    );
  });
});

describe("a page's own lines", () => {
  it('drops alt text after "Alt:", the outlet saying who publishes it and a broadcast\'s segue', () => {
    const kept = articleSentences(
      [
        'Alt: Nino Chkhaidze, in a red jacket, speaks to journalists at the party headquarters in Tbilisi.',
        'Teachers’ Voice is published by the SIPES Information Office, Tunis.',
        'After the break, why the Panama Canal is finally back to full draft.',
        'Transcript produced by Isthmus Post Audio.',
        'The union and the ministry signed an agreement after 14 hours of talks.',
      ].join('\n\n'),
      { outlet: 'Teachers’ Voice' },
    ).flat();
    expect(kept).toEqual(['The union and the ministry signed an agreement after 14 hours of talks.']);
  });
});

describe('a title telling how something came to be', () => {
  it("is a feature's", () => {
    expect(
      isFeatureTitle('The black fever pill: how a Frankfurt drugmaker bet on a disease that makes no money'),
    ).toBe(true);
    expect(isFeatureTitle('How the Porto hospital hack unfolded: a timeline')).toBe(true);
    expect(isFeatureTitle("Hallbrunn's one-dose kala-azar pill cures 94% in late-stage trial")).toBe(false);
  });
});

describe('a relative day after "Late"', () => {
  it('stays: "Late last night, workers…" had read "Late, workers…"', () => {
    expect(withoutRelativeDays('Late last night, workers reached a deal to end the strike.')).toBe(
      'Late last night, workers reached a deal to end the strike.',
    );
    expect(withoutRelativeDays('Workers reached a deal last night.')).toBe('Workers reached a deal.');
  });
});

describe("a wire's text restyled under another desk's dateline", () => {
  const body = [
    'More than 2,300 workers at Pacífica Cobre’s Sierra Alta copper mine in northern Chile will walk off the job at midnight after rejecting the company’s final wage offer, their union said on Wednesday.',
    'Members of the Sierra Alta Workers’ Union voted 91% to reject an offer of a 3.5% raise and a bonus of 2.8 million pesos.',
    'The union had asked for 7% and a bonus of 4.5 million pesos.',
    'Sierra Alta produced 148,000 tonnes of copper last year, most of the company’s output.',
    'The company said in a statement that its offer was fair given the circumstances it faced.',
  ];
  const wire = doc(
    'a',
    'Agencia Austral de Noticias',
    '2027-04-07T23:40:00Z',
    'Sierra Alta miners to strike',
    [`ANTOFAGASTA, April 7 (AAN) – ${body[0]}`, ...body.slice(1)],
  );
  const copy = doc('x', 'Xinhe Global', '2027-04-08T03:20:00Z', 'Workers at Chilean copper mine strike', [
    `ANTOFAGASTA, Chile, April 7 (Xinhe) -- ${body[0]}`,
    ...body.slice(1),
  ]);

  it("does not make the wire's own copy a reprint of the later one", () => {
    const sources = summarizeStory([wire, copy], { maxPoints: 5 }).sources;
    expect(sources.find((source) => source.articleId === 'a')?.via ?? null).toBeNull();
  });
});

describe("a headline's toll", () => {
  it('is read in "Two killed as…", so a newer report\'s toll makes it no headline', () => {
    const first = doc(
      'p',
      'Portolan News Agency',
      '2027-03-31T16:40:00Z',
      'Two killed as Sahab Air jet skids off runway in Lahore storm',
      [
        'Two people were killed when a Sahab Air jet skidded off the runway at Lahore airport in a storm on Wednesday, officials said.',
        'Flight SB417 from Muscat was carrying 168 passengers and seven crew.',
      ],
    );
    const next = doc(
      'q',
      'Portolan News Agency',
      '2027-04-01T10:15:00Z',
      'Death toll in Lahore runway crash rises to four',
      [
        'The death toll from the Sahab Air jet that skidded off a runway in Lahore rose to four on Thursday after a crew member died of burns, officials said.',
        'Investigators recovered both flight recorders.',
      ],
    );
    const model = buildStoryModel(prepareArticles([first, next]));
    expect(outdatedTitle(model, first.title ?? '', 0)).toBe(true);
    expect(outdatedTitle(model, next.title ?? '', 1)).toBe(false);
  });
});

describe('a sentence opening with "And"', () => {
  it('goes on from the one before and makes no point', () => {
    const model = buildStoryModel(
      prepareArticles([
        doc('t', 'The Isthmus Post', '2027-04-10T14:00:00Z', 'Copper week', [
          'Workers at one of Chile’s biggest copper mines reached a deal late on Friday to end a two-day strike.',
          'And the members are voting on the deal this morning, the union said.',
          'The members are voting on the deal this morning, the union said.',
        ]),
      ]),
    );
    expect(standaloneOf(model, 1)).toBeNull();
    expect(standaloneOf(model, 2)).not.toBeNull();
  });
});
