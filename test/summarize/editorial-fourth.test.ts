import { summarizeStory } from '../../src/summarize';
import { isNoComment } from '../../src/summarize/candidates';
import { prepareArticles } from '../../src/summarize/prepare';
import { relevance } from '../../src/summarize/scoring';
import { selectMmr } from '../../src/summarize/select';
import { standaloneOf } from '../../src/summarize/standalone';
import { buildStoryModel } from '../../src/summarize/story-model';
import { analyzeStory } from '../../src/summarize/summarize-story';
import { doc } from './fixture-doc';

/** Rules written from the fourth round of labelled sets (docs/summarization.md, "Stories written after the rules"). */

const SALE = [
  "Valmora Biologics agreed on Thursday to sell its biosimilars business to Serdova Pharma for 2.1 billion euros, as it puts its money into an Alzheimer's drug.",
  "The sale includes Valmora's plant in Geel, north-east Veldor, and about 1,150 employees, who will move to Serdova Pharma.",
  'The unit, which makes cheaper copies of biologic drugs used for arthritis and cancer, had sales of 610 million euros last year.',
  '"Biosimilars have been a good business for us. They are not the business we want to be in for the next ten years," Chief Executive Lena Hoskins said.',
  "Serdova's managing director, Anna Li, said in a statement that the deal would make her company the region's largest maker of biosimilars.",
  'The deal is expected to close in the third quarter of 2027, subject to regulatory approvals.',
];

describe('wire reprints cut short', () => {
  it('counts a reprint cut to a few sentences and restyled, with no credit, as the wire it came from', () => {
    const wire = doc('tw', 'Tidewater Wire', '2026-12-31T09:00:00Z', 'Valmora sells biosimilars arm', SALE);
    const copy = doc(
      'p24',
      'Pulse24',
      '2026-12-31T10:00:00Z',
      'Valmora sells generics unit for 2.1bn euros',
      [
        'The Valmora plant in Geel, Veldor.',
        SALE[0] ?? '',
        "The sale includes Valmora's plant in Geel and about 1,150 employees, who will move to Serdova Pharma.",
        '"Biosimilars have been a good business for us," Chief Executive Lena Hoskins said.',
        'The deal is expected to close in the third quarter of 2027.',
        'Pulse24 understands that bankers at two Veldor lenders advised the company on the disposal over several months.',
        'Analysts in Serdova welcomed the move, saying the drugmaker had long been valued below its rivals by investors.',
      ],
    );
    const own = doc(
      'hnw',
      'Halcyon Newswire',
      '2026-12-31T11:00:00Z',
      'Valmora to sell biosimilars division',
      [
        'Valmora Biologics will sell its biosimilars division to Serdova Pharma for 2.1 billion euros, the company said on Thursday.',
        'Shares in Valmora rose 4% in morning trading.',
        'A union representative at the Geel plant said staff had learned of the sale from the news.',
      ],
    );
    const summary = summarizeStory([wire, copy, own], { maxPoints: 5 });
    expect(summary.reportCount).toBe(2);
    expect(summary.sources.find((source) => source.outlet === 'Pulse24')?.via).toBe('Tidewater Wire');
    expect(summary.sources.find((source) => source.outlet === 'Halcyon Newswire')?.via).toBeNull();
  });
});

describe('what a point may be', () => {
  it("never shows a reporter's note that someone did not answer, and keeps a refusal that is news", () => {
    expect(isNoComment('The foundation did not respond to a request for comment.')).toBe(true);
    expect(
      isNoComment('Serdova Pharma did not immediately respond to requests for comment on Thursday.'),
    ).toBe(true);
    expect(isNoComment('The company declined to comment on the investigation, saying it was ongoing.')).toBe(
      true,
    );
    expect(isNoComment('Officials did not return calls seeking comment.')).toBe(true);
    expect(
      isNoComment('Veldor did not respond to the offer of talks, and its troops stayed at the border.'),
    ).toBe(false);
    // What a source left unsaid is no fact either; what a ruling left to others is one.
    expect(isNoComment('The prime minister did not say whether she would call a confidence vote.')).toBe(
      true,
    );
    expect(isNoComment('The family did not give a cause of death.')).toBe(true);
    expect(
      isNoComment('The court did not say what should happen to the turbines, leaving that to the ministry.'),
    ).toBe(false);
    const story = [
      doc('a', 'Tidewater Wire', '2026-12-31T09:00:00Z', 'Valmora sells biosimilars arm', SALE),
      doc('b', 'Halcyon Newswire', '2026-12-31T11:00:00Z', 'Valmora to sell biosimilars division', [
        'Valmora Biologics will sell its biosimilars division to Serdova Pharma for 2.1 billion euros, the company said on Thursday.',
        'Serdova Pharma did not immediately respond to requests for comment on the price it agreed to pay.',
      ]),
    ];
    const points = summarizeStory(story, { maxPoints: 8 }).points.map((point) => point.text);
    expect(points.length).toBeGreaterThan(3);
    expect(points.some((point) => /respond to requests/.test(point))).toBe(false);
  });

  it('does not lead with an opening that leans on what came before ("There was a moment, …")', () => {
    const column = doc(
      'col',
      'The Morning Lantern',
      '2027-01-04T12:00:00Z',
      "Hoskins's title proves darts belongs to the young",
      [
        'There was a moment, at 5-3 down, when Lena Hoskins looked every one of her 20 years at the darts world final.',
        'Hoskins won the darts world championship on Sunday, coming from 5-3 down to beat the defending champion Anna Li 7-5.',
      ],
    );
    const report = doc('rep', 'Halcyon Newswire', '2027-01-03T22:00:00Z', 'Hoskins wins darts world title', [
      "Veldor's Lena Hoskins won the darts world championship at the age of 20 on Sunday, coming from 5-3 down to beat defending champion Anna Li 7-5.",
      "Hoskins won the last four sets and collected the winner's cheque of one million pounds.",
    ]);
    const lead = summarizeStory([report, column], { maxPoints: 5 }).points[0]?.text ?? '';
    expect(lead).not.toMatch(/^There was a moment/);
    expect(lead).toMatch(/won the darts world championship/);
  });
});

describe('a point placed once what it needs is shown', () => {
  it('comes back to a candidate that could not be placed yet after the next point is chosen', () => {
    const analysis = analyzeStory([
      doc('a', 'Tidewater Wire', '2026-12-31T09:00:00Z', 'Valmora sells biosimilars arm', SALE),
    ]);
    const model = analysis.model;
    const candidates = model.sentences.map((_, index) => index).filter((index) => index > 0);
    const scores = relevance(model, candidates);
    const best = candidates[scores.indexOf(Math.max(...scores))] ?? -1;
    // The lead (the first sentence) is shown. The best candidate needs another point shown before
    // it; the others stand alone.
    const placeable = (index: number, shown: readonly number[]): boolean =>
      index !== best || shown.some((other) => other !== best && other !== 0);
    const chosen = selectMmr(
      model,
      candidates,
      scores,
      { maxPoints: 3 },
      { vectors: [], words: 0, shown: [0], placeable },
    );
    expect(chosen).toContain(best);
    expect(chosen[0]).not.toBe(best);
  });
});

describe('the lead of a headline article', () => {
  it('takes the bonus of its title for the statement the title tells, not always the first', () => {
    const live = doc(
      'live',
      'The Morning Lantern',
      '2027-01-02T10:00:00Z',
      'Serdova floods live: death toll rises to 34 as national disaster declared',
      [
        'Heavy rain has fallen on the coast of Serdova province for six days in a row.',
        'The death toll from the floods rose to 34 on Saturday, officials said, and a national disaster was declared.',
      ],
    );
    const earlier = doc('wire', 'Halcyon Newswire', '2026-12-31T10:00:00Z', 'Floods kill 21 around Serdova', [
      'Floods around Serdova have killed 21 people since Monday, officials said on Thursday.',
      'Rescue teams searched collapsed houses in low-lying districts of the city.',
    ]);
    expect(summarizeStory([earlier, live], { maxPoints: 5 }).points[0]?.text).toMatch(
      /^The death toll from the floods rose to 34/,
    );
  });

  it('looks further down a live page, whose newest entry opens it, for the statement its title tells', () => {
    const live = doc(
      'live',
      'Averne Advocate',
      '2027-01-23T02:00:00Z',
      "LIVE: Tarvin Air's first flight takes off from Averne as the airline returns to the skies",
      [
        'Flight TA312 from Osk touched down in Averne at 9.58am, two minutes early.',
        'Passengers on the Osk service were greeted with cake in the arrivals hall.',
        'The check-in queues were short all morning, staff said.',
        "Tarvin Air flight TA501 took off from Averne for Veldor at 6.10am, the airline's first departure since it collapsed into administration on Wednesday.",
      ],
    );
    const earlier = doc(
      'wire',
      'Halcyon Newswire',
      '2027-01-22T10:00:00Z',
      'Tarvin Air to resume flights after loan',
      [
        'Tarvin Air will resume flights on nine of its 14 routes on Saturday after the government agreed to a 45 million euro loan.',
        'The airline entered administration on Wednesday, stranding about 3,000 passengers.',
      ],
    );
    expect(summarizeStory([earlier, live], { maxPoints: 5 }).points[0]?.text).toMatch(
      /^Tarvin Air flight TA501 took off/,
    );
  });

  it('needs no earlier point for a public body every place has ("The provincial government said…")', () => {
    const model = buildStoryModel(
      prepareArticles([
        doc('one', 'Veldor Post', '2027-01-02T10:00:00Z', '', [
          'The provincial government said on Saturday that 34 people had died and 11 were missing.',
          'The tanker was carrying 4,000 tonnes of fuel oil.',
        ]),
      ]),
    );
    expect(standaloneOf(model, 0)?.needs).toBeNull();
    expect(standaloneOf(model, 1)?.needs).not.toBeNull();
  });
});

describe("a deal's closing formalities", () => {
  it('never shows who advises on the deal as a point', () => {
    const release = [
      'Ratana Foods Group said on Friday it had agreed to buy a 68 percent stake in Osk Lax, an Icelandic salmon farmer, for 276 million dollars.',
      'Osk Lax harvested about 14,200 tonnes of salmon last year and employs 180 people.',
      'The purchase will be paid for with cash and a 150 million dollar bridge loan, Ratana said.',
      'Nordvik Partners is acting as financial adviser to Ratana, and Lindholm Advokatfirma is acting as legal adviser.',
      'Completion is subject to approval by the Icelandic Competition Authority and is expected in the second quarter.',
    ];
    const story = [
      doc('a', 'Harbour Releases', '2027-01-08T06:00:00Z', 'Ratana to buy Osk Lax stake', release),
      doc('b', 'Tidewater Wire', '2027-01-08T09:00:00Z', 'Ratana buys into Icelandic salmon', [
        'Thai food maker Ratana Foods Group will buy 68 percent of Icelandic salmon farmer Osk Lax for 276 million dollars, it said on Friday.',
        'The offer is a 31 percent premium to the Osk Lax share price.',
      ]),
    ];
    const points = summarizeStory(story, { maxPoints: 8 }).points.map((point) => point.text);
    expect(points.length).toBeGreaterThanOrEqual(3);
    expect(points.some((point) => /adviser/.test(point))).toBe(false);
  });
});

describe('one reaction per unnamed group', () => {
  it('shows a group of campaigners once, and officials as often as they report facts', () => {
    const treaty = [
      'Governments adopted a global treaty on plastic pollution in Serdova early on Saturday after two weeks of talks.',
      'Campaigners said dropping a cap on production had left the deal badly weakened and far too timid.',
      'The deal sets binding rules on product design and waste management but leaves out a cap on production.',
      'Campaigners said the treaty does too little to curb production, which is expected to keep rising for years.',
      'Officials said the treaty would enter into force once 60 countries had ratified it.',
      'Officials said the next round of talks on financing would be held in Veldor in June.',
    ];
    const points = summarizeStory(
      [
        doc(
          'a',
          'Lakeside Herald',
          '2026-12-05T09:00:00Z',
          'Plastic pollution treaty adopted in Serdova',
          treaty,
        ),
        doc(
          'b',
          'The Northern Ledger',
          '2026-12-05T10:00:00Z',
          'Plastics treaty agreed without a production cap',
          [treaty[0] ?? '', treaty[3] ?? '', treaty[4] ?? ''],
        ),
      ],
      { maxPoints: 8 },
    ).points.map((point) => point.text);
    expect(points.filter((point) => point.startsWith('Campaigners said'))).toHaveLength(1);
    expect(points.filter((point) => point.startsWith('Officials said'))).toHaveLength(2);
  });
});
