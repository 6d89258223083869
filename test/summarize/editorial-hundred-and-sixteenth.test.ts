import { doc, staleAfter } from './fixture-doc';

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
