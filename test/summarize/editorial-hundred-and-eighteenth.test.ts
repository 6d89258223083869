import { creditedWire } from '../../src/summarize/wire-credit';
import { doc, staleAfter } from './fixture-doc';

// Shapes from the hundred-and-eighteenth and hundred-and-nineteenth rounds (docs/summarization.md,
// "Hundred-and-eighteenth round", "Hundred-and-nineteenth round"). Outlets, people and places are
// fictional.

describe('a ticker’s label in brackets', () => {
  it('is no wire: a figure follows its colon, not a sentence', () => {
    expect(
      creditedWire(
        'Iraqi Horizon News | English\n\nUSD/IQD (Baghdad): 146,850 | Gold 21k: 511,000 IQD per mithqal\n\nIraq’s Federal Integrity Commission said on Saturday that bribes paid to customs officials amounted to 14.6 billion dinars.',
      ),
    ).toBeNull();
  });

  it('but an agency before a colon and its sentence is', () => {
    expect(
      creditedWire('BASRA, Iraq, May 22 (TNA): A court in Basra on Thursday jailed six customs officials.'),
    ).toBe('TNA');
  });
});

describe('an airport told as closed, with what it is between its name and its verb', () => {
  const closed =
    'Karvik airport, the main air gateway to the peninsula, has been closed to traffic since Friday afternoon.';
  const earlier = doc('e', 'Island Times', '2031-05-31T04:00:00Z', 'Ash keeps Karvik airport shut', [
    'Ash from the Sopka volcano kept flights grounded for a second day on Saturday.',
    closed,
  ]);
  const stale = (later: string): boolean =>
    staleAfter(
      [earlier],
      [doc('l', 'Radio Karvik', '2031-06-02T00:40:00Z', 'Karvik reopens', [later])],
      closed,
    );

  it('is out of date once a newer report tells it reopened', () => {
    expect(
      stale('Karvik airport reopened at 7 a.m. on Monday, and the first flight took off at 08:20.'),
    ).toBe(true);
  });

  it('is not when the newer report says it has not', () => {
    expect(stale('Karvik airport has not reopened, and no flights are expected before Tuesday.')).toBe(false);
  });
});
