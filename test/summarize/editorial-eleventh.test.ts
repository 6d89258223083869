import { junkKind } from '../../src/shared/text/page-junk';
import { isFeatureTitle } from '../../src/shared/text/wire-tags';
import { creditedWire } from '../../src/summarize/wire-credit';

/** Rules written from the eleventh round of labelled sets (docs/summarization.md, "Eleventh round"). */

describe("a fact-check's verdict before its title", () => {
  it('marks a feature; a report that opens with a place and a colon does not', () => {
    expect(
      isFeatureTitle('No, this video does not show arsonists starting the Espadà wildfire in Spain'),
    ).toBe(true);
    expect(isFeatureTitle('Fact check: Tunisian banks are not freezing accounts')).toBe(true);
    expect(isFeatureTitle('Nobel laureate arrested in Tunis')).toBe(false);
  });
});

describe("an app's alerts prompt and a commentary's ball", () => {
  it('are page notes; a sentence about the six is not', () => {
    expect(junkKind('Turn on notifications for Tech to get alerts like these as they happen.')).toBe(
      'prompt',
    );
    expect(junkKind("49.3 Nahid Chowdhury to Clarke, SIX, and that's the game!")).toBe('transcript');
    expect(
      junkKind('Ramon Clarke finished the job with a six over deep mid-wicket with three balls left.'),
    ).toBeNull();
  });
});

describe("a line that names a statement or a broadcast's note", () => {
  it('credits no wire', () => {
    const body = (line: string) =>
      `ISTANBUL – Four people were detained over the cyberattack on the bank, prosecutors said.\n\n${line}\n\nThe investigation is ongoing.`;
    expect(creditedWire(body('Press Statement'))).toBeNull();
    expect(creditedWire(body('(SOUNDBITE OF PRESS CONFERENCE)'))).toBeNull();
    expect(creditedWire(body('By MERIDIAN PRESS'))).toBe('Meridian Press');
  });
});
