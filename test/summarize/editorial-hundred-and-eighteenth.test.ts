import { creditedWire } from '../../src/summarize/wire-credit';

// Shapes from the hundred-and-eighteenth round (docs/summarization.md, "Hundred-and-eighteenth
// round"). Outlets, people and places are fictional.

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
