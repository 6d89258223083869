import { summarizeStory } from '../../src/summarize/summarize-story';
import { doc } from './fixture-doc';

// Shapes from the fifty-fifth round of labelled sets and the stories left from the fifty-fourth
// (docs/summarization.md, "Fifty-fifth and fifty-sixth rounds"). Outlets, people and places are
// fictional.

describe('an article whose opening gives an old count', () => {
  const wire = doc(
    'w',
    'Delta Wire',
    '2029-06-11T07:50:00Z',
    'Seven killed as bus hits lorry north of Tanta',
    [
      'Seven people were killed and 40 injured on Monday when a bus ran into the back of a lorry on the agricultural road north of Tanta, the health ministry said.',
      'The crash happened at about 5:30 a.m. as the bus, travelling from Mansoura to Cairo, approached the Kafr Essam junction, the traffic police said.',
      'The lorry had stopped on the road with a flat tyre, witnesses said.',
    ],
  );
  const gallery = doc('g', 'Nile Screen TV', '2029-06-11T21:30:00Z', 'In pictures: Kafr Essam bus crash', [
    'Rescue workers search the wreck of the bus near Kafr Essam on Monday morning. © Nile Screen/Omar Sabry',
    'The death toll from Monday’s bus crash near Tanta rose to 12 by the evening, with 51 people injured, the health ministry said.',
    'The bus, carrying workers from Mansoura to Cairo, hit a lorry standing on the road near the Kafr Essam junction shortly after dawn.',
    'The governor of Gharbia visited the injured in Tanta University Hospital in the afternoon.',
  ]);

  it('leaves its detail out of the lead', () => {
    const summary = summarizeStory([wire, gallery], { readAt: new Date('2029-06-12T06:00:00Z') });
    expect(summary.points[0]?.text).not.toMatch(/^The crash happened at about 5:30/);
    expect(summary.points[0]?.sources).toEqual(['g']);
  });
});
