import { noteKind } from '../../src/shared/text/page-notes';
import { isVerbless } from '../../src/shared/text/scene-captions';
import { summarizeStory } from '../../src/summarize';
import { headlineFromText } from '../../src/summarize/headline-text';
import { HOOK_THEN_SUM } from '../../src/summarize/scene-openings';
import { doc } from './fixture-doc';

// Shapes from the thirty-fourth and thirty-fifth rounds of labelled sets (docs/summarization.md,
// "Thirty-fifth and thirty-sixth rounds"). Outlets, people, ships and companies are fictional.

describe('lines that list what a page holds, or say how far to trust it', () => {
  it.each([
    ['Present: N. Orlić (president), S. Bašić, E. Čaušević, M. Perić, residents (approx. 30).', 'notice'],
    ['Purpose of session: Response to drought conditions and reduced water supply.', 'notice'],
    ['Transcript available for Tide+ supporters.', 'transcript'],
    ['Then: gas prices after the storage numbers, and whether the new rules will bite.', 'related'],
    [
      'Queue times are estimated from driver reports and are not official data of the Border Police.',
      'notice',
    ],
    ['Data is received from terrestrial and satellite AIS and may be delayed or inaccurate.', 'notice'],
    [
      'Times are estimates from user reports and traffic sensors; QueueCheck is not affiliated with any customs authority.',
      'notice',
    ],
    ['Status information is provided for convenience; check with the operator before travelling.', 'notice'],
    [
      'Drone footage of the ash plume on Wednesday morning, filmed from the lake shore, plus a short interview with the mayor.',
      'player',
    ],
    ['Filmed with permission, drone kept 5 km from the crater.', 'player'],
    [
      'Big fire on a motor yacht moored in the marina, filmed from the terrace above the quay at around 23:20.',
      'player',
    ],
    ['Hosts Ines Volk and Tomas Reyes also ask who pays when a yacht burns at its berth.', 'transcript'],
    [
      'Aminata and Paul break down the final, the row over the referee and the trouble outside.',
      'transcript',
    ],
    ['All participants are in listen-only mode.', 'transcript'],
    ['Free preview — log in or subscribe to download full tender documents.', 'prompt'],
    ['Everyone please stay away from the port and let them work.', 'prompt'],
    ['A funeral service will be held in the capital; details will be shared on this page.', 'notice'],
    ['Odette Nzamba has covered the port and oil industry for the Courier since 2019.', 'bio'],
  ])('are notes of the page: %s', (line, kind) => {
    expect(noteKind(line)).toBe(kind);
  });

  it.each([
    'Flights may be delayed or cancelled on Friday.',
    'The ministry said the figures are not official data.',
    'Footage of the collapse was shared widely on social media.',
    'Police said everyone should please stay away from the port.',
    'The council recorded the vote at 9 p.m., filmed by a local station.',
    'Smith and Jones were charged with arson on Monday.',
  ])('leaves news alone: %s', (line) => {
    expect(noteKind(line)).toBeNull();
  });
});

describe('titles that name their page', () => {
  const report = (title: string) =>
    doc('n', 'Harbour Ledger', '2028-03-16T09:00:00Z', title, [
      'The cruise ship Coral Dawn ran aground on a reef south of the harbour early on Monday with 118 passengers on board.',
      'Tugs pulled the ship free on the evening high tide, port officials said.',
    ]);
  const page = (title: string) =>
    doc('p', 'ShipWatch', '2028-03-16T11:00:00Z', title, [
      'The cruise ship Coral Dawn ran aground on a reef south of the harbour early on Monday.',
    ]);

  it.each([
    'CORAL DAWN - Passenger (Cruise) Ship, IMO 9876543 - Current position and details',
    'Harbour approaches: live waiting times',
    'Circular 14-2028: Harbour closed Wednesday 15 March',
    'Pre-flight Information Bulletin – Harbour Intl – issued 24 MAR 2028 0310 UTC',
    'coral dawn reef harbour 16 03 2028 4K',
    'Reef grounding 16/03 – drone + interview [4K]',
    'Harbour Safety Weekly — Issue 2028/14',
    'Transcripció — Migdia, 16/03/2028',
    'Lagoon Notes',
    'Erika Sandoval (1986 – 2028)',
    'CÔNG BỐ / SERVICE STATUS — NORTH QUAY ⇄ SOUTH QUAY',
  ])('does not head the story: %s', (title) => {
    expect(summarizeStory([page(title)], { maxPoints: 3 }).headline).not.toBe(title);
    expect(
      summarizeStory([page(title), report('Cruise ship aground south of harbour')], { maxPoints: 3 })
        .headline,
    ).toBe('Cruise ship aground south of harbour');
  });

  it.each(['Cruise ship aground south of harbour', 'FLOODS HIT THE NORTH QUAY'])(
    'a title that tells news heads it: %s',
    (title) => {
      expect(summarizeStory([page(title)], { maxPoints: 3 }).headline).toBe(title);
    },
  );

  it('a headline cut from text starts after a label and a log time', () => {
    expect(
      headlineFromText(
        'Desk note (24 MAR 0305 UTC): The island is closed to fixed-wing traffic until at least 31 March after a runway collapse.',
      ),
    ).toBe('The island is closed to fixed-wing traffic until at least 31 March after a runway collapse');
    expect(headlineFromText('28 Mar 2028 18:52 UTC — Refloated on high tide, under tow by two tugs.')).toBe(
      'Refloated on high tide, under tow by two tugs',
    );
    expect(
      headlineFromText('Smith said: The road will reopen on Monday after repairs to the bridge.'),
    ).toMatch(/^Smith said/);
  });
});

describe('openings that do not lead', () => {
  const news = (first: string) =>
    doc('n', 'Valley Post', '2028-03-18T20:00:00Z', 'Farmers lift border blockade after drought deal', [
      first,
      'Tractors began pulling off the highway shortly after 20:00, and border police said traffic would be normal overnight.',
      'The government agreed to pay 1,800 lei a hectare in drought compensation.',
    ]);

  it.each([
    'The farmers had asked for 3,000 lei a hectare and for the state to clear overdue VAT refunds.',
    'More than 14,000 shares in two days: that is how far a single photograph has travelled since the leak.',
    'The school will therefore be closed on Monday so that classrooms can be cleaned.',
  ])('%s', (first) => {
    const lead = summarizeStory([news(first)], { maxPoints: 3 }).points[0]?.text ?? '';
    expect(lead).not.toBe(first);
  });

  it.each([
    [
      'School closed on Monday after floods',
      'The school will therefore be closed on Monday so that classrooms can be cleaned.',
      'Floodwater entered six classrooms of the school on Saturday night, the head teacher said.',
    ],
  ])('under its own title: %s', (title, first, second) => {
    const page = doc('n', 'Valley Post', '2028-03-18T20:00:00Z', title, [first, second]);
    expect(summarizeStory([page], { maxPoints: 3 }).points[0]?.text).toBe(second);
  });

  it('a hook before a colon, summed up after it, is a scene', () => {
    expect(
      HOOK_THEN_SUM.test(
        'More than 14,000 shares in two days: that is how far a single photograph has travelled since the leak.',
      ),
    ).toBe(true);
    expect(HOOK_THEN_SUM.test('Two dead, 40 injured: the toll of the storm rose on Monday.')).toBe(false);
  });

  it('a finding reported with "had" still leads', () => {
    const first = 'Police said the driver had fled the scene before officers arrived on Monday night.';
    const story = doc('n', 'Valley Post', '2028-03-18T20:00:00Z', 'Driver flees after fatal crash', [
      first,
      'The crash killed two pedestrians.',
    ]);
    expect(summarizeStory([story], { maxPoints: 3 }).points[0]?.text).toBe(first);
  });
});

describe('a word that only ends in -s', () => {
  it('is no verb: a line of a road board has none', () => {
    expect(isVerbless('Avalanche debris on carriageway at km 71.')).toBe(true);
    expect(isVerbless('The river rises again.')).toBe(false);
  });
});
