import { DEFAULT_TUNING, extractTerms } from '../../src/cluster';
import { Conflict, namesConflict } from '../../src/cluster/name-conflict';
import { doc, pointsAt } from './fixture-doc';

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

describe("a feature's first picture", () => {
  it('does not lead: people placed at an hour, and a place told before what was there', () => {
    const page = doc(
      'c1',
      'Ljubljana Courier',
      '2031-02-03T15:30:00Z',
      'A record count of sleeping bats in Škocjan',
      [
        "At nine o'clock on Saturday morning, fourteen people in helmets and headlamps stood in a row at the edge of the Schmidl Hall and switched their lamps to red.",
        'On the ceiling, some twenty metres above the roar of the underground river, hung a brown, furry mass of about 730 bats.',
        'By the end of the day the team had counted 1,412 hibernating bats in the Škocjan Caves, a record for the cave system, the park said.',
        'A year ago, the count found 968.',
      ],
    );
    const [lead] = pointsAt([page], '2031-02-04T06:00:00Z');
    expect(lead).not.toMatch(/^At nine o'clock|^On the ceiling/);
  });

  it('but a report at an hour, or of a place, leads', () => {
    const opening = 'At 9 a.m. on Saturday, police closed the road to the caves after a rockfall.';
    const [lead] = pointsAt(
      [
        doc('c2', 'Karst Radio', '2031-02-03T12:00:00Z', 'Rockfall closes road to Škocjan caves', [
          opening,
          'No one was hurt.',
        ]),
      ],
      '2031-02-04T06:00:00Z',
    );
    expect(lead).toBe(opening);
  });
});
