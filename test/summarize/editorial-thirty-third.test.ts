import { cleanArticleText } from '../../src/shared/text/article-text';
import { countedThings } from '../../src/shared/text/counted';
import { noteKind } from '../../src/shared/text/page-notes';
import { summarizeStory } from '../../src/summarize';
import { doc } from './fixture-doc';

// Shapes from the thirty-third round of labelled sets (docs/summarization.md, "Thirty-third and
// thirty-fourth rounds"). Outlets, people and companies are fictional.

describe("a page's disclaimer on what it shows, a list's line on itself and a checker's slot", () => {
  it.each([
    ['Information is provided for guidance only and may not reflect conditions on the ground.', 'notice'],
    [
      'Cause lists are reproduced for information only; check the official notice board for changes.',
      'notice',
    ],
    ['Lists may change without notice; confirm with the Registrar before attending.', 'notice'],
    ['Always refer to official AIS publications.', 'notice'],
    ['Daily cause lists compiled from court notice boards.', 'notice'],
    [
      'Daily cause lists of the High Court and the magistrates’ courts, compiled from official notices.',
      'notice',
    ],
    ['Odile Ramtohul checks claims circulating on social media every Saturday.', 'bio'],
  ])('are notes of the page: %s', (line, kind) => {
    expect(noteKind(line)).toBe(kind);
  });

  it.each([
    'The ministry said timetables may change without notice.',
    'The ferry runs every day between Praia and Brava.',
    'Police said the figures were drawn from hospital reports.',
    'Rescuers checked every house in the village on Saturday.',
  ])('leaves news alone: %s', (line) => {
    expect(noteKind(line)).toBeNull();
  });
});

describe("a fact-check's claim in capitals", () => {
  it('is not cut as if its label were a dateline, so the claim never reads as news', () => {
    const page = [
      'CLAIM: Water from the tailings dam has reached the river and tap water in the capital now contains cyanide.',
      'VERDICT: FALSE',
      'CLAIM 2: The court has cancelled the mine’s permits.',
      'The water company said its tests on Thursday found no cyanide in treated water.',
    ].join('\n\n');
    expect(cleanArticleText(page)).toBe(
      'The water company said its tests on Thursday found no cyanide in treated water.',
    );
    expect(cleanArticleText('LAHORE: At least two people died when a roof collapsed.')).toBe(
      'At least two people died when a roof collapsed.',
    );
  });
});

describe('an opening whose main clause is set long before its article', () => {
  const news = doc(
    'w',
    'Dorval Wire',
    '2028-03-02T09:00:00Z',
    'Road workers block highway over unpaid wages',
    [
      'About 240 workers walked off a bypass site at dawn on Thursday and blocked the SH4 highway for four hours, saying they have not been paid since December.',
      'The contractor said wages would be paid next week.',
    ],
  );

  it.each([
    'Construction finally began in 2026 under a €38 million contract won by Kestrel Build, a company based in the capital.',
    'The southern bypass was first promised in 2011, to take lorries out of the city’s narrow streets.',
    'When fisherman Jean-Luc Perrine found a steel fence across the beach path last October, he cut a hole in it.',
  ])('does not lead: %s', (opening) => {
    const feature = doc('f', 'Lagoon Courier', '2028-03-02T11:00:00Z', 'Fier Notebook', [
      opening,
      'On Thursday about 240 of the workers blocked the SH4 highway for four hours over wages unpaid since December.',
    ]);
    const lead = summarizeStory([feature], { maxPoints: 3 }).points[0]?.text ?? '';
    expect(summarizeStory([feature, news], { maxPoints: 3 }).points[0]?.text).toMatch(/blocked/);
    expect(lead).not.toBe(opening);
    expect(lead).toMatch(/blocked/);
  });

  it('still leads when the year is in a relative clause or set apart by commas', () => {
    const opening =
      'A bridge that was built in 2009 collapsed into the river on Thursday, killing two people, police said.';
    const story = [
      doc('f', 'Lagoon Courier', '2028-03-02T11:00:00Z', 'Bridge collapses, two dead', [
        opening,
        'Divers searched the river for a third person.',
      ]),
    ];
    expect(summarizeStory(story, { maxPoints: 3 }).points[0]?.text).toBe(opening);
  });
});

describe('a day of a month', () => {
  it('is a date, not a count: two stories dated "6 March" are not one event by it', () => {
    expect([
      ...countedThings('On the night of 5 to 6 March, part of a tailings dam wall failed after heavy rain.'),
    ]).toEqual([]);
    expect([
      ...countedThings('Seven people have died in the avalanche of 6 March, up from 5 people.'),
    ]).toEqual(['5 peopl']);
  });
});
