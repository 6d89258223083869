import { splitSentences } from '../../src/shared/text/sentences';

// Shapes from the hundred-and-seventh round of labelled sets (docs/summarization.md, "Hundred-and-seventh
// and hundred-and-eighth rounds"). Outlets, people, firms and places of the news are fictional.

describe("a Spanish ordinal before a street's name", () => {
  it('ends no sentence: "on 8a. Avenida, Colonia Los Cipresales"', () => {
    expect(
      splitSentences(
        'The collapse was recorded at 03:00 hours today on 8a. Avenida, Colonia Los Cipresales, zona 4. Families were evacuated.',
      ),
    ).toEqual([
      'The collapse was recorded at 03:00 hours today on 8a. Avenida, Colonia Los Cipresales, zona 4.',
      'Families were evacuated.',
    ]);
  });

  it('but one before a word that opens a sentence does', () => {
    expect(splitSentences('The team finished 3o. In the end it did not matter.')).toEqual([
      'The team finished 3o.',
      'In the end it did not matter.',
    ]);
  });
});
