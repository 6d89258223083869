import { trimSentence } from '../../src/shared/text/furniture';

// Shapes from the hundred-and-twenty-third round (docs/summarization.md, "Hundred-and-twenty-third
// round"). Outlets, people and places of the news are fictional.

describe('an update’s label with the time it was posted', () => {
  it('leaves the sentence it heads', () => {
    expect(
      trimSentence(
        "UPDATE, 4:20 p.m.: The coroner's office has confirmed a seventh heat-related death, a 69-year-old man.",
      ),
    ).toBe("The coroner's office has confirmed a seventh heat-related death, a 69-year-old man.");
    expect(
      trimSentence(
        'UPDATE 6:15 p.m. PT: The board has rejected the takeover offer, saying it undervalues the company.',
      ),
    ).toBe('The board has rejected the takeover offer, saying it undervalues the company.');
    expect(
      trimSentence(
        'LATEST, 9:10 a.m.: Cases rise to 512 and all patients have been discharged, the city says.',
      ),
    ).toBe('Cases rise to 512 and all patients have been discharged, the city says.');
  });

  it('but a sentence that opens on the word is left whole', () => {
    expect(trimSentence('Latest figures show 14 deaths in the county since Sunday.')).toBe(
      'Latest figures show 14 deaths in the county since Sunday.',
    );
  });
});
