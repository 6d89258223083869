import { sameEventGroups } from '../../src/edition/same-event';
import { doc, pointsAt, staleAfter, editionCandidate as story } from './fixture-doc';

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

describe('a newest report that opens on its consequences and tells its title’s news fourth', () => {
  const struck = doc(
    's',
    'Gulf Shipping Wire',
    '2031-05-23T09:00:00Z',
    'Port Kestrel dockers strike over four months of unpaid wages',
    [
      'About 300 crane operators at Port Kestrel stopped work on Thursday morning, saying they had not been paid for four months, union officials said.',
      'Ships began to queue at anchor outside the harbour on Friday, and 31 were waiting by Saturday evening.',
      'The harbour board said talks with the contractor that employs the operators would be held at the governor’s office.',
    ],
  );
  const calledOff = (opening: string) =>
    doc(
      'c',
      'Kestrel Markets Today',
      '2031-05-26T11:00:00Z',
      'Port Kestrel crane strike called off after deal on arrears; ship queue shrinks to 22',
      [
        'What does a country lose when the cranes of its biggest port stand still for four days?',
        opening,
        'Now the cranes are moving again.',
        'Crane operators at Port Kestrel called off their strike late on Sunday after reaching an agreement on their unpaid wages, and returned to work on Monday morning, the harbour board said.',
        'Under the agreement, the operators will receive two months of their arrears immediately and the rest by 10 June.',
        'By Monday afternoon the number of ships waiting at anchor had fallen to 22 from a peak of 31.',
      ],
    );

  it('leads with that news, not with the opening that shares only the title’s names', () => {
    const [lead] = pointsAt(
      [
        struck,
        calledOff(
          'Shipping agents in Port Kestrel put the figure at several million dollars a day in demurrage, storage and lost trade.',
        ),
      ],
      '2031-05-27T06:00:00Z',
    );
    expect(lead).toMatch(/^Crane operators at Port Kestrel called off their strike/);
  });

  it('but a dated opening is its report’s news', () => {
    const [lead] = pointsAt(
      [
        struck,
        calledOff(
          'Ships began leaving Port Kestrel on Monday morning as dock work resumed after four days, shipping agents said.',
        ),
      ],
      '2031-05-27T06:00:00Z',
    );
    expect(lead).toMatch(/^Ships began leaving Port Kestrel on Monday/);
  });
});

describe('two stories of one sea and one people, on a morning of few stories', () => {
  const ferry = story('Missing Qasr Lines crew found alive on life raft off Saudi coast', [
    'Two crew members missing since a fire on the Qasr Lines ferry Coral Star on Friday night have been found alive on a life raft in the Red Sea, Egyptian officials said on Sunday.',
    'The Coral Star was about 40 nautical miles off Safaga when the fire started at around 10:30 p.m. local time, the governorate said.',
  ]);
  const stela = story('Ptolemaic stela recording elephant hunts found near Marsa Tarfa', [
    'An Egyptian archaeological mission has found a sandstone stela recording an expedition to hunt elephants along the Red Sea coast, the antiquities council said.',
    'It is the first time the hunters’ own words have been found on the coast itself, the mission’s leader said.',
  ]);
  const cholera = story('Cholera deaths rise to nine in Kassala', [
    'Cholera has killed nine people in Kassala state and suspected cases have risen to 301, the state health ministry said on Monday.',
  ]);

  it('are not one event for sharing a clock’s “local time” and a “first time”', () => {
    expect(sameEventGroups([ferry, stela, cholera])).toEqual([[0], [1], [2]]);
  });

  it('but two reports of the ferry’s fire are', () => {
    const raft = story('Coral Star crew rescued from raft off Safaga', [
      'Two crew members of the Qasr Lines ferry Coral Star were found alive on a life raft off Safaga in the Red Sea on Sunday, two days after fire broke out in its engine room, Egyptian officials said.',
    ]);
    expect(sameEventGroups([ferry, stela, cholera, raft])).toEqual([[0, 3], [1], [2]]);
  });
});
