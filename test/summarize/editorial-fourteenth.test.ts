import { isNewsletterIssue } from '../../src/shared/text/page-notes';
import { creditedWire } from '../../src/summarize/wire-credit';

/** Rules written from the fourteenth round of labelled sets (docs/summarization.md, "Fourteenth round"). */

const page = (lines: string[]) => lines.join('\n\n');

describe('a newsletter issue', () => {
  it('is known by the line that lists what it holds, "Today: a, b and c"', () => {
    const issue = page([
      'Ledger Morning',
      'Tuesday, March 2, 2027 · View in browser',
      'Good morning. Today: a fine for a payments app in Manila, Seoul’s new custody rules and a bank run that was not.',
      '1. Payments app fined',
      'The central bank fined the app 40 million pesos on Monday.',
    ]);
    expect(isNewsletterIssue('Ledger Morning — Payments app fined; Seoul sets custody rules', issue)).toBe(
      true,
    );
  });

  it('but a report that opens on the day is none', () => {
    const report = page([
      'Today: the central bank fined the payments app 40 million pesos for failing to report suspicious transfers.',
      'The app said it would appeal.',
    ]);
    expect(isNewsletterIssue('Payments app fined 40 million pesos', report)).toBe(false);
  });
});

describe("a byline that credits a wire with the page's own additions", () => {
  it('names the wire', () => {
    expect(
      creditedWire(
        page(['News | Business', 'Meridian Press, with files from Herald staff', 'OTTAWA — The bank said…']),
      ),
    ).toBe('Meridian Press');
  });

  it("while the page's own report with a wire's files names none", () => {
    expect(
      creditedWire(
        page([
          'By Ana Ruiz',
          'The bank said on Monday it would cut 300 jobs.',
          'With files from Meridian Press',
        ]),
      ),
    ).toBeNull();
  });
});
