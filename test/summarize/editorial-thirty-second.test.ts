import { noteKind } from '../../src/shared/text/page-notes';
import { creditedWire } from '../../src/summarize/wire-credit';

// Shapes from the thirty-second round of labelled sets (test/fixtures/editorial-thirty-second).

describe("a how-to page's instructions, an insurer's legal line and a tracker's note on its counts", () => {
  it.each([
    'Take clear photographs of every damaged room before you move anything.',
    'Keep all receipts for emergency repairs.',
    'Harbourline Mutual Assurance plc is regulated by the Financial Services Commission.',
    'Waiting times are estimates from driver reports and may be out of date.',
  ])('are notes of the page: %s', (line) => {
    expect(noteKind(line)).not.toBeNull();
  });

  it.each([
    'Police took photographs of the scene on Monday.',
    'The bank is regulated by the central bank, which fined it in 2025.',
    'Take a look at the damage, the mayor told reporters.',
  ])('leaves news alone: %s', (line) => {
    expect(noteKind(line)).toBeNull();
  });
});

describe("a press review's heading", () => {
  it('names no wire', () => {
    const review = [
      'Bishkek weeklies lead on the mine inspection ordered after the collapse at the Ak-Tash site, with most papers calling for an inquiry.',
      'ALSO IN THE PRESS',
      'Zamana: Bishkek city council approves new bus fares from March.',
    ].join('\n\n');
    expect(creditedWire(review)).toBeNull();
    expect(creditedWire(`HOLLIS WIRE SERVICE\n\n${review}`)).toBe('Hollis Wire Service');
  });
});
