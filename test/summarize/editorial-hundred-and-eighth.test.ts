import { DEFAULT_TUNING, extractTerms } from '../../src/cluster';
import { Conflict, namesConflict } from '../../src/cluster/name-conflict';

// Shapes from the hundred-and-eighth round of labelled sets (docs/summarization.md, "Hundred-and-seventh
// and hundred-and-eighth rounds"). Outlets, people, firms and places of the news are fictional.

const view = (title: string, text: string) => {
  const terms = extractTerms(title, text, DEFAULT_TUNING, '');
  return { names: [...terms.names], headlineNames: [...terms.headlineNames], capitals: terms.capitals };
};

describe("two countries' strikes whose unions are both capitalized", () => {
  const buses = view(
    'Budapest bus drivers to strike for 24 hours on Tuesday',
    "The Urban Transport Workers' Union (VKDSZ) called a 24-hour strike of Budapest bus drivers after wage talks with BKV broke down.\n\nThe union wants a 15 percent rise.",
  );
  const plant = view(
    'Union declares strike alert over Louky plant closure',
    'The OS Energie Sever Union declared a strike alert at all EnerMorava plants after the board decided to close the Louky power station in Karviná.\n\nThe decision affects 580 employees.',
  );

  it('share no name for "Union"', () => {
    expect(buses.names).not.toContain('union');
    expect(namesConflict(buses, plant)).not.toBe(Conflict.None);
  });

  it('but two reports of one strike still share its city and company', () => {
    const other = view(
      'Strike called off: Budapest drivers get 12.5% raise',
      'BKV and the union agreed on a 12.5 percent pay rise for Budapest bus drivers after an all-night session.',
    );
    expect(namesConflict(buses, other)).toBe(Conflict.None);
  });
});
