import { standaloneOf } from '../../src/summarize/standalone';
import { doc, pointsAt, readSentence } from './fixture-doc';

// Shapes from the hundred-and-twenty-eighth round (docs/summarization.md, "Hundred-and-twenty-eighth
// round"), read after it was run on the day's rules. People and figures are fictional.

describe('a quote told of someone by age alone', () => {
  const quote =
    '"I pay 740 francs a day just to get to work and back. If it goes up again, I will have to walk part of the way," the 41-year-old said on Wednesday, waiting for a bus at the terminal.';
  const fares = (before: string) =>
    doc('k', 'Lakes Daily Mirror', '2031-08-28T10:00:00Z', 'Kigali bus fares to rise 23% as petition grows', [
      'Kigali bus fares will rise by 23% on Monday, the utilities regulator said on Wednesday, as a petition against the increase passed 12,000 signatures.',
      before,
      quote,
      'The regulator said fares had to reflect the real cost of running buses.',
    ]);

  it('is no point when no sentence before gives that age with a name', () => {
    const points = pointsAt(
      [
        fares(
          'Claudine Uwase leaves her home in Kabuga before 5 a.m. every day to sell vegetables at the market.',
        ),
      ],
      '2031-08-29T06:00:00Z',
    );
    expect(points).not.toContain(quote);
  });

  it('but names the speaker when one does', () => {
    const named = fares(
      'Claudine Uwase, 41, leaves her home in Kabuga before 5 a.m. every day to sell vegetables at the market.',
    );
    expect(
      readSentence([named], quote, (model, index) =>
        (standaloneOf(model, index)?.text ?? '').includes('the 41-year-old, Uwase, said'),
      ),
    ).toBe(true);
  });
});
