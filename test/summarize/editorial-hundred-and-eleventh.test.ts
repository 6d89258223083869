import { doc, pointsAt } from './fixture-doc';

// Shapes from the hundred-and-eleventh round of labelled sets (docs/summarization.md, "Hundred-and-ninth
// to hundred-and-twelfth rounds"). Outlets, people, firms and places of the news are fictional.

const news =
  "Workers digging a trench for a new sewer pipe in La Marsa, a seaside suburb north of Tunis, have uncovered a Roman mosaic floor decorated with fish and fishing boats, Tunisia's National Heritage Institute said on Monday.";

const wire = doc(
  'w1',
  'Maghreb Wire Service',
  '2031-03-07T16:00:00Z',
  'Sewer works near Tunis uncover Roman mosaic of fishermen',
  [
    news,
    'The find was made on Thursday on a residential street a few hundred metres from the seafront.',
    'The institute halted the works and has begun a rescue excavation expected to last six weeks.',
  ],
);
const feature = (first: string, second: string) =>
  doc('m1', 'Marsa Mag', '2031-03-09T10:30:00Z', 'Under our street, fishermen of the Roman era', [
    first,
    second,
    'Its wealthy citizens built villas along the coast to the north, in the district the ancients called Megara.',
    'One of those villas may have resurfaced this week, a metre and a half beneath a street of La Marsa.',
    'On Thursday, a digger laying a sewer pipe for the sanitation utility brought up fragments of coloured tesserae, and the workers stopped.',
  ]);

describe("a feature's history before its news", () => {
  it("does not lead, told from long before and from the city's antiquity", () => {
    const [lead] = pointsAt(
      [
        feature(
          'Long before the cafés of the corniche and the summer crowds, La Marsa was part of the countryside of Carthage.',
          'The Phoenician city, founded according to tradition in 814 BC, was razed by Rome in 146 BC and rebuilt a century later as a Roman colony that became one of the great cities of the empire.',
        ),
        wire,
      ],
      '2031-03-10T06:00:00Z',
    );
    expect(lead).toBe(news);
  });

  it('but a find dated to antiquity is news', () => {
    const find =
      'Workers digging a trench for a new sewer pipe in La Marsa have uncovered a coin hoard minted in 146 BC, the heritage institute said on Monday.';
    const [lead] = pointsAt(
      [
        doc(
          'm2',
          'Maghreb Wire Service',
          '2031-03-09T10:00:00Z',
          'Coin hoard found in La Marsa sewer trench',
          [find, 'The institute halted the works.'],
        ),
      ],
      '2031-03-10T06:00:00Z',
    );
    expect(lead).toBe(find);
  });
});
