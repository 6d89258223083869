import { checkCitations } from '../../src/eval/citation-check';
import { eventKinds } from '../../src/shared/text/event-kinds';
import { splitSentences } from '../../src/shared/text/sentences';
import { contentTerms } from '../../src/shared/text/terms';
import { creditedWire } from '../../src/summarize/wire-credit';
import { doc, pointsAt } from './fixture-doc';

// Shapes from the hundred-and-thirty-first round (docs/summarization.md, "Hundred-and-thirty-first
// round"), read after it was run on the start of the day and on the day's rules. People and figures
// are fictional.

describe('a currency written short before its figure', () => {
  it('ends no sentence', () => {
    expect(
      splitSentences(
        'Officers arrested the former manager over the alleged misappropriation of Rs. 48.6 million from members. He denies it.',
      ),
    ).toEqual([
      'Officers arrested the former manager over the alleged misappropriation of Rs. 48.6 million from members.',
      'He denies it.',
    ]);
    // A sentence that ends on its own word and a figure that opens the next are still two.
    expect(splitSentences('The society paid its members. 1,300 of them are teachers.')).toHaveLength(2);
  });

  const fraud = [
    doc(
      'j',
      'Northern Herald',
      '2031-09-29T10:00:00Z',
      'Cooperative manager arrested over Rs. 48.6 million fraud',
      [
        'On Monday, detectives arrested the society’s former general manager, Kandiah Sivaraj, 58, in Vavuniya over the alleged misappropriation of Rs. 48.6 million from members’ deposits.',
        'Police said the money was taken between 2027 and 2030.',
        'He is due to be produced before the Jaffna Magistrate’s Court on Tuesday.',
        'About 1,300 members, most of them retired teachers, had savings at the society.',
      ],
    ),
  ];

  it('leaves no point cut at it, and the point naming its subject from two sentences before is cited', () => {
    const points = pointsAt(fraud, '2031-09-30T06:00:00Z');
    expect(points.some((point) => /\bRs\.$/.test(point))).toBe(false);
    const summary = {
      text: 'Sivaraj is due to be produced before the Jaffna Magistrate’s Court on Tuesday.',
      sources: ['j'],
    };
    const texts = fraud.map((article) => ({ id: article.id, text: article.text ?? '' }));
    expect(checkCitations(texts, [summary]).failures).toEqual([]);
  });
});

describe('an accident or an overturn in a headline', () => {
  it('tells harm done', () => {
    expect([...eventKinds(contentTerms('Maldives grounds seaplane fleet after lagoon accident'))]).toEqual([
      'harm',
    ]);
    expect([
      ...eventKinds(contentTerms('Seaplane overturns while landing at resort; all 18 rescued')),
    ]).toEqual(['harm']);
  });
});

describe('a day in brackets after a place', () => {
  it('labels a widget, not a wire’s dateline', () => {
    const page = (line: string) =>
      creditedWire(
        `${line}\n\nThe seaplane fleet remained grounded on Thursday, the aviation authority said.`,
      );
    expect(page('Tides, Malé (Thu): High 05:48 / 18:12 · Low 11:57 / 23:59')).toBeNull();
    expect(page('Prayer times, Malé (Thursday): Fajr 4:46 · Dhuhr 12:01')).toBeNull();
    expect(page('MALÉ (LWS) — The seaplane operator said all 18 people on board were safe.')).toBe('LWS');
  });
});
