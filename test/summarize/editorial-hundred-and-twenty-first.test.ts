import { doc, staleAfter } from './fixture-doc';

// Shapes from the hundred-and-twenty-first round (docs/summarization.md, "Hundred-and-twenty-first
// round"). Outlets, people and places of the news are fictional.

describe('people told as still missing under rubble', () => {
  const missing =
    'Two people were still missing under the debris of the nine-storey building, which came down early on Friday.';
  const earlier = doc('e', 'Delta Wire', '2031-06-14T11:00:00Z', 'Building collapse toll rises to seven', [
    'The death toll from the collapse of a residential building in Tanta rose to seven on Saturday, security sources said.',
    missing,
  ]);
  const stale = (later: string): boolean =>
    staleAfter(
      [earlier],
      [doc('l', 'Cairo Evening', '2031-06-16T10:00:00Z', 'Collapse toll reaches nine', [later])],
      missing,
    );

  it('are found once a newer report tells the last of them recovered', () => {
    expect(
      stale(
        'The death toll from the collapse rose to nine on Sunday night after rescuers recovered the last two bodies from the rubble, officials said.',
      ),
    ).toBe(true);
  });

  it('or their bodies recovered', () => {
    expect(
      stale(
        'The bodies of the two missing residents were recovered from the rubble on Sunday night, officials said.',
      ),
    ).toBe(true);
  });

  it('but not by bodies recovered that need not be theirs', () => {
    expect(
      stale(
        'Rescuers recovered two more bodies from the rubble on Sunday, raising the death toll to nine, officials said.',
      ),
    ).toBe(false);
    expect(
      stale(
        'Rescuers recovered the last three bodies from a second building on Sunday night, officials said.',
      ),
    ).toBe(false);
  });
});
