import { articleSentences } from '../../src/shared/text/article-text';
import { junkKind } from '../../src/shared/text/page-junk';
import { summarizeStory } from '../../src/summarize';
import { headlineFromText } from '../../src/summarize/headline-text';
import { doc } from './fixture-doc';

/** Rules written from the twenty-third round of labelled sets (docs/summarization.md, "Twenty-third round"). */

describe("a meeting's record and a page's word on its standing", () => {
  it.each([
    'Minutes of the 212th meeting, held in the church hall at Velmar on Thursday 14 October 2027 at 20:00.',
    'The Council of Ministers met on Wednesday 13 October 2027 under the chairmanship of the Head of State.',
    'The chair opened the meeting at 5.10pm and asked for a minute of silence.',
    'The minutes of the meeting of 9 September were approved without amendment.',
    'Bulletins are not official warnings; follow the instructions of local authorities.',
    'Official warnings are issued by the national meteorological agency.',
    'Only the French text published by the General Secretariat of the Government is authentic.',
    'Gonzalo Irazabal is a labour lawyer and writes the Plaza Independencia column every Thursday.',
  ])('is no point: %s', (line) => {
    expect(junkKind(line)).not.toBeNull();
  });

  it('leaves what a meeting decided', () => {
    for (const line of [
      'The Council of Ministers approved a 30-year concession for the Velmar depot on Wednesday.',
      'The council voted to close the sports hall on Ilukstes Street until it is inspected.',
    ])
      expect(junkKind(line)).toBeNull();
  });
});

describe("a bulletin's field with a note in brackets, and a company's boilerplate run in", () => {
  it('are no text of the report', () => {
    const page = [
      'The dredger Marlijn ran aground off the Velmar Cayes on Friday, the port authority said.',
      'RAINFALL (72 h to 07:00 ICT 12 Oct): Dakcheung 342 mm; Lamam 228 mm; Sanxay 251 mm.',
      'SITUATION: Heavy rain has fallen over the southern Annamite range since Sunday.',
      'WARNING LEVEL: ORANGE',
      'About MRL: Mono River Logistics SA operates container terminals in Velmar and employs 1,400 people.',
    ].join('\n\n');
    expect(articleSentences(page).flat()).toEqual([
      'The dredger Marlijn ran aground off the Velmar Cayes on Friday, the port authority said.',
      'Heavy rain has fallen over the southern Annamite range since Sunday.',
    ]);
  });
});

describe('a title that names its page or a lasting state that opens a feature', () => {
  it.each([
    'Southern Velmar Weather & Hazard Bulletin No. 41/2027 — issued 10:00 ICT, 12 October',
    'Council of Ministers, session of Wednesday 13 October 2027 — extract',
    'Weather and marine bulletin, 7am Friday',
    'Map: Where the lights went out',
  ])('heads no story: %s', (title) => {
    const page = doc('page', 'Velmar Notes', '2027-10-01T09:00:00Z', title, [
      'The Velmar council closed the Zunda sports hall on Friday after part of its ceiling fell onto the court.',
      'Three people were hurt in the collapse on Wednesday evening, the fire service said.',
    ]);
    expect(summarizeStory([page], { maxPoints: 3 }).headline).toMatch(/^The Velmar council closed/);
  });

  it.each([
    'For thirty-eight years, the children of La Velmar have learned their alphabet from the teachers of the transit school.',
    'For most of the past decade, the fastest-growing part of the economy of Velmar has been the transit trade.',
  ])('does not lead with a lasting state: %s', (opening) => {
    const feature = doc('f', 'Velmar Weekly', '2027-10-23T09:00:00Z', 'Velmar transit trade and its school', [
      opening,
      'The government of Velmar on Wednesday handed a 30-year concession for an inland container depot to Mono River Logistics.',
      'The depot is to open in 2029, the transport ministry said.',
    ]);
    expect(summarizeStory([feature], { maxPoints: 3 }).points[0]?.text).toMatch(/^The government of Velmar/);
  });
});

describe('a headline written from a lead', () => {
  it('does not break inside a list of names', () => {
    expect(
      headlineFromText(
        'A heavy rain warning remains in force for Velmar, Praslin and La Digue until 6pm on Saturday, the meteorological authority says.',
      ),
    ).toBe('A heavy rain warning remains in force for Velmar, Praslin and La Digue…');
    expect(
      headlineFromText(
        'Rescuers pulled two more bodies from the rubble of the market in Velmar on Saturday, raising the toll to 14, the fire service said.',
      ),
    ).toBe('Rescuers pulled two more bodies from the rubble of the market in Velmar on Saturday');
  });
});
