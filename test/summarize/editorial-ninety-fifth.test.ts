import { withoutLeadIn } from '../../src/shared/text/furniture';
import { summarizeStory } from '../../src/summarize/summarize-story';
import { creditedWire } from '../../src/summarize/wire-credit';
import { doc, labelledDocs, morningPoints, pointsAt } from './fixture-doc';

// Shapes from the ninety-fifth round of labelled sets and the rounds before it
// (docs/summarization.md, "Ninety-fifth and ninety-sixth rounds"). Outlets, people, firms and
// places are fictional.

describe('the statement after the lead', () => {
  it.each([
    // The lead's own next sentence gives the death the lead already gave, with the date.
    ['editorial-eighty-ninth', 'xinyang-sfts-family-cluster', '2030-06-17T06:00:00Z', /^The 71-year-old man/],
    // …the checks the lead already gave, with where they are made.
    [
      'editorial-ninetieth',
      'lang-son-durian-truck-backlog',
      '2030-07-06T06:00:00Z',
      /^China's customs at Youyi Guan/,
    ],
    // …the outage the lead already gave, with who runs the system.
    [
      'editorial-ninety-first',
      'ghana-tema-customs-platform-outage',
      '2030-07-12T06:00:00Z',
      /^The system, operated by/,
    ],
  ])('gives way to another fact in %s %s', (set, event, morning, detail) => {
    const points = morningPoints(set, event, morning);
    expect(points).toHaveLength(3);
    expect(points.slice(1).some((point) => detail.test(point))).toBe(false);
  });

  it('follows the lead in a summary written to a length, which reads as one paragraph', () => {
    const morning = new Date('2030-07-06T06:00:00Z');
    const docs = labelledDocs('editorial-ninetieth', 'lang-son-durian-truck-backlog', morning);
    const points = summarizeStory(docs, { maxWords: 120, readAt: morning }).points.map((point) => point.text);
    expect(points[0]).toMatch(/^About 640 trucks loaded with fresh durian/);
    expect(points[1]).toMatch(/^China's customs at Youyi Guan/);
  });

  it('is still taken when the story has no other news', () => {
    const page = doc(
      'a1',
      'Harbour Weekly',
      '2030-03-02T09:00:00Z',
      'Saltvik ferry service resumes after repairs',
      [
        'The Saltvik ferry resumed sailings on Monday after two weeks of repairs to its car ramp, the operator said.',
        'The first crossing of the Saltvik ferry left at 7:10 a.m. with 140 passengers and 38 vehicles on board.',
        'The operator said the timetable would stay as before, with six crossings a day.',
      ],
    );
    const points = pointsAt([page], '2030-03-03T06:00:00Z');
    expect(points).toHaveLength(3);
    expect(points[1]).toMatch(/^The first crossing of the Saltvik ferry/);
  });
});

describe("a presenter's way into a report from a place", () => {
  it.each([
    [
      "We begin on Mount Aso, where rescuers this afternoon found the body of the last hiker missing since Monday's eruption.",
      "On Mount Aso, rescuers this afternoon found the body of the last hiker missing since Monday's eruption.",
    ],
    [
      'First to Nairobi, where police have arrested three men over the theft of a rhino horn.',
      'In Nairobi, police have arrested three men over the theft of a rhino horn.',
    ],
    [
      "And we start tonight in Hsinchu, where Hengyu Semiconductor says Sunday's fire will cost it 2.3 billion dollars.",
      "In Hsinchu, Hengyu Semiconductor says Sunday's fire will cost it 2.3 billion dollars.",
    ],
  ])('tells "%s" at the place', (sentence, told) => {
    expect(withoutLeadIn(sentence)).toBe(told);
  });

  it.each([
    'We begin the day with a minute of silence for the victims.',
    'We went to Saltvik, where we met the harbour master.',
    'First, the council has to approve the plan, where it meets on Monday.',
    'In Saltvik, where the ferry docks, residents gathered on Monday.',
  ])('leaves "%s" as it is', (sentence) => {
    expect(withoutLeadIn(sentence)).toBe(sentence);
  });

  it("leads the radio page's story with the report it introduces", () => {
    const points = morningPoints(
      'editorial-ninety-fifth',
      'aso-nakadake-eruption-hikers',
      '2030-09-05T06:00:00Z',
    );
    expect(points[0]).toMatch(/^On Mount Aso, rescuers (?:this afternoon )?found the body of the last hiker/);
  });
});

describe('a firm named with what kind of firm it is', () => {
  const strike = (before: string) =>
    doc('y1', 'Asia Pacific Newswire', '2030-09-05T07:00:00Z', 'Welders strike at Seongho yard', [
      'About 1,400 subcontract workers went on strike at Seongho Heavy Industries’ shipyard in South Korea on Thursday, halting work on three vessels.',
      before,
      '“We urge the union to end the illegal occupation of the dock and return to dialogue,” the company said in a statement.',
    ]);

  it('is the speaker of "the company said" after "Seongho, South Korea\'s fourth-largest shipbuilder, said…"', () => {
    const points = pointsAt(
      [
        strike(
          'Seongho, South Korea’s fourth-largest shipbuilder, said the stoppage was costing about 9 billion won a day.',
        ),
      ],
      '2030-09-06T06:00:00Z',
    );
    expect(points.some((point) => /dialogue,” Seongho said in a statement/.test(point))).toBe(true);
  });

  it('is no person who works at the company', () => {
    const points = pointsAt(
      [strike('Kim Dae-sung, a welder at the company, said the stoppage had cost him a week of pay.')],
      '2030-09-06T06:00:00Z',
    );
    expect(points.some((point) => /Kim Dae-sung said in a statement/.test(point))).toBe(false);
  });
});

describe('a pronoun after two opening phrases', () => {
  it('needs its referent: "On three evenings before the parade, from 21 to 23 July, it hung…"', () => {
    const page = doc('k1', 'Kamo Shimbun', '2029-07-24T09:00:00Z', 'Restored carpet back on parade float', [
      'A 17th-century Persian carpet returned to the Kita-Kannon-yama float in Kyoto on Wednesday after three years of restoration.',
      'On three evenings before the parade, from 21 to 23 July, it hung in the front room of the preservation society’s house on Shinmachi Street.',
      'Visitors queued for up to an hour to see it, the society said.',
    ]);
    const points = pointsAt([page], '2029-07-25T06:00:00Z');
    expect(
      points.some((point) => /^On three evenings before the parade, from 21 to 23 July, it hung/.test(point)),
    ).toBe(false);
  });
});

describe("a body's legal form in brackets", () => {
  it('is no wire: "Loco Running Staff Association (Regd.) — Pakistan Railways"', () => {
    expect(
      creditedWire(
        'Loco Running Staff Association (Regd.) — Pakistan Railways\n\nThe strike by the running staff continues today for the third day.',
      ),
    ).toBeNull();
  });

  it('leaves an agency in a dateline one', () => {
    expect(creditedWire('ISLAMABAD (APP) — The strike by the running staff continues for a third day.')).toBe(
      'APP',
    );
  });
});
