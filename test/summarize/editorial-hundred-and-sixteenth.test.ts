import { opensAsScene } from '../../src/summarize/scene-openings';
import { doc, readSentence, staleAfter } from './fixture-doc';

// Shapes from the hundred-and-sixteenth round (docs/summarization.md, "Hundred-and-sixteenth
// round"). Outlets, people and places are fictional.

describe('men told as still missing', () => {
  const missing =
    'Three men are still missing: the boat’s captain, Jorge Pereira, 52, his son Davi, 19, and Carlos Mendes, 47.';
  const wednesday = doc('w', 'Coast Radio', '2031-05-07T18:00:00Z', 'Two of five fishermen rescued', [
    'Two of the five fishermen missing off Tavares since Sunday were found alive on Wednesday, the navy said.',
    missing,
  ]);
  const stale = (thursday: string): boolean =>
    staleAfter(
      [wednesday],
      [doc('t', 'Tavares Chronicle', '2031-05-08T20:00:00Z', 'Fishermen found', [thursday])],
      missing,
    );

  it('are found when a newer report tells the last fishermen found', () => {
    expect(
      stale(
        'The last three fishermen missing off Tavares since Sunday were found alive on Thursday on a small raft.',
      ),
    ).toBe(true);
  });

  it('are not when the newer report leaves some missing', () => {
    expect(
      stale(
        'Two more fishermen were found alive on Thursday on a small raft, and one is still missing, the navy said.',
      ),
    ).toBe(false);
  });
});

describe('what a company or a bridge has been since it was founded or built', () => {
  const background = (text: string): boolean => {
    const page = doc('b', 'Estuary Courier', '2031-05-07T09:00:00Z', 'Bank board rejects Orvane offer', [
      text,
      'The board of Banque de Lorvan on Tuesday rejected the takeover offer from Orvane Group, calling it opportunistic.',
    ]);
    return readSentence([page], text, opensAsScene);
  };

  it('is background, no lead', () => {
    expect(
      background(
        'Banque de Lorvan, founded in 1974 as a savings bank for civil servants, was one of the few the city could call its own.',
      ),
    ).toBe(true);
    expect(background('Orvane, founded in 1987, is a lender with branches in four countries.')).toBe(true);
  });

  it('is not when the sentence goes on to tell what happens to it', () => {
    expect(
      background(
        'Orvane said on Tuesday it would raise its offer for the bank, founded in 1974, to 41 a share.',
      ),
    ).toBe(false);
    expect(background('The bank, which was founded in 1974, rejected the offer on Tuesday.')).toBe(false);
  });
});
