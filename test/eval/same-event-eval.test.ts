import { sameEventFigures } from '../../src/eval/same-event-eval';
import type { EventInput } from '../../src/summarize/event-input';
import { doc } from '../summarize/fixture-doc';

// The real-text figures of docs/clustering.md ("One story per event") come from this count; here
// it runs on fictional events, and shows it counts a planted pair of one event filed as two.

const event = (id: string, sentences: string[][]): EventInput => ({
  id,
  summary: null,
  articles: sentences.map((paragraphs, i) =>
    doc(`${id}-${i}`, `Outlet ${id} ${i}`, `2028-03-0${i + 1}T08:00:00Z`, paragraphs[0] ?? '', paragraphs),
  ),
});

const fire = event('fire', [
  [
    'A fire broke out on the Khorvan-9 gas platform in the Tarvic Sea late on Monday, the operator Velmor Offshore said.',
    'Of the 67 workers on board, 65 were evacuated and two are missing.',
  ],
  [
    'Velmor Offshore said the Khorvan-9 fire in the Tarvic Sea was put out on Tuesday afternoon.',
    'Two workers from the platform are still missing, and the search goes on.',
  ],
]);
const floods = event('floods', [
  [
    'Floods in the Oskel valley forced 3,000 people from their homes on Sunday, the regional governor said.',
    'Rescuers used boats to reach villages cut off by the water.',
  ],
  [
    'The Oskel river burst its banks after four days of rain, flooding 40 villages.',
    'Schools in the valley will stay shut until Friday.',
  ],
]);
const election = event('election', [
  [
    'Voters in Dravenia elected Ilka Moren as president on Sunday with 54% of the vote, the election commission said.',
    'Turnout was 61%.',
  ],
  [
    'Ilka Moren won the Dravenian presidential runoff, results showed on Monday.',
    'Her rival conceded defeat.',
  ],
]);

describe('the same-event figures', () => {
  it('split each event in two and count the splits the tests rejoin, and no pair of different events', () => {
    const figures = sameEventFigures([fire, floods, election]);
    expect(figures.splits).toBe(3);
    expect(figures.rejoined).toBeGreaterThan(0);
    expect(figures.rejoined).toBeGreaterThanOrEqual(figures.rejoinedByOlder);
    expect(figures.pairsJoined).toBe(0);
  });

  it('count a pair joined when one event is filed as two', () => {
    const again = { ...fire, id: 'fire-again' };
    const figures = sameEventFigures([fire, again, floods, election]);
    expect(figures.pairsJoined + figures.nearestJoinedByOlder).toBeGreaterThan(0);
  });
});
