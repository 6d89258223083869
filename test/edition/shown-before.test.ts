import { resolve } from 'node:path';
import { daySlotsBefore, pointsShown, shownUnchanged } from '../../src/edition/shown-before';
import { runEditions } from '../../src/eval/editorial/run-editions';
import type { EditionContent, StorySummary } from '../../src/shared/types';
import { report } from '../support/labelled-report';

jest.setTimeout(120_000);

const ROOT = resolve(__dirname, '..', '..');

describe('the mornings before a slot', () => {
  it('are the same hour on as many days as a story stays a candidate, and one more', () => {
    expect(daySlotsBefore('2027-03-03T06:00:00.000Z', 36)).toEqual([
      '2027-03-02T06:00:00.000Z',
      '2027-03-01T06:00:00.000Z',
      '2027-02-28T06:00:00.000Z',
    ]);
  });
});

describe('a story shown unchanged', () => {
  const point = (text: string) => ({ text, sources: ['a1'] });
  const summary = (texts: string[]): StorySummary => ({
    headline: 'Ferry fire off Port Averne kills seven',
    points: texts.map(point),
    outletCount: 2,
    reportCount: 2,
    singleSource: false,
    sources: [],
  });
  const before: EditionContent = {
    editionId: 'e1',
    slot: '2027-03-02T06:00:00.000Z',
    builtAt: '2027-03-02T06:00:00.000Z',
    sections: [
      {
        id: 'world',
        title: 'World',
        stories: [
          {
            storyId: 's1',
            section: 'world',
            headline: 'Ferry fire off Port Averne kills seven',
            points: [
              point('Seven people died in a ferry fire.'),
              point('The fire began in the engine room.'),
            ],
            outletCount: 2,
            singleSource: false,
            sources: [],
          },
        ],
      },
    ],
  };
  const shown = pointsShown([before]);

  it('is one whose every point an edition before showed, under any headline and in any order', () => {
    expect(
      shownUnchanged(
        summary(['The fire began in the  engine room.', 'Seven people died in a ferry fire.']),
        shown,
      ),
    ).toBe(true);
    expect(shownUnchanged(summary(['Seven people died in a ferry fire.']), shown)).toBe(true);
  });
  it("is one whose points were shown as another outlet's copy of the same sentence", () => {
    expect(
      shownUnchanged(
        summary(['Seven people died in the ferry fire.', 'The fire began in the engine room on Monday.']),
        shown,
      ),
    ).toBe(true);
    // A changed figure is news: every figure must have been shown.
    expect(shownUnchanged(summary(['Nine people died in a ferry fire.']), shown)).toBe(false);
    expect(shownUnchanged(summary(['Seven people died in a ferry fire, 12 more were hurt.']), shown)).toBe(
      false,
    );
  });
  it("is one whose copy writes the day as a date, the house style of a desk that restyles a wire's text", () => {
    expect(
      shownUnchanged(
        summary(['The fire began in the engine room on March 2.']),
        pointsShown([
          {
            ...before,
            sections: [
              {
                ...before.sections[0]!,
                stories: [
                  {
                    ...before.sections[0]!.stories[0]!,
                    points: [point('The fire began in the engine room on Monday.')],
                  },
                ],
              },
            ],
          },
        ]),
      ),
    ).toBe(true);
    // The day number of a date is no figure of the news; a toll is.
    expect(shownUnchanged(summary(['Nine people died in a ferry fire on 2 March.']), shown)).toBe(false);
  });
  it('is one written only from articles a story shown before was written from', () => {
    const source = (articleId: string) => ({
      articleId,
      outlet: 'Averne Post',
      title: 'Ferry fire off Port Averne kills seven',
      url: `https://averne.example/${articleId}`,
      publishedAt: null,
      via: null,
    });
    const fromArticles = pointsShown([
      {
        ...before,
        sections: [
          {
            ...before.sections[0]!,
            stories: [{ ...before.sections[0]!.stories[0]!, sources: [source('a1'), source('a2')] }],
          },
        ],
      },
    ]);
    // An older article's detail that the morning before left out is no news the next morning.
    const older = { ...summary(['The captain had sailed the route for 20 years.']), sources: [source('a2')] };
    expect(shownUnchanged(older, fromArticles)).toBe(true);
    // A new article's point is.
    expect(shownUnchanged({ ...older, sources: [source('a2'), source('a3')] }, fromArticles)).toBe(false);
  });
  it('is not one with a point the reader has not had, nor one with no points', () => {
    expect(
      shownUnchanged(summary(['Seven people died in a ferry fire.', 'The captain was detained.']), shown),
    ).toBe(false);
    expect(shownUnchanged(summary([]), shown)).toBe(false);
  });
});

const FERRY = [
  report('f1', 'Averne Post', '2027-03-01T08:00:00Z', 'Ferry fire off Port Averne kills seven', [
    'A fire swept through a passenger ferry off Port Averne on Monday, killing at least seven people, the coast guard said.',
    'The Sea Lark was carrying 180 passengers from Osk when the fire broke out in its engine room.',
    'Coast guard boats and fishing vessels pulled 160 people from the water.',
  ]),
  report('f2', 'Valmora Herald', '2027-03-01T10:00:00Z', 'Seven dead as ferry burns near Port Averne', [
    'At least seven people died when a ferry caught fire near Port Averne on Monday, officials said.',
    'Fishermen helped the coast guard rescue about 160 passengers from the burning Sea Lark.',
    'The fire started in the engine room shortly after the ferry left Osk.',
  ]),
  report('f3', 'Coastal Tribune', '2027-03-02T02:00:00Z', 'Port Averne ferry fire: seven killed', [
    'Seven people were killed in a fire on the Sea Lark ferry off Port Averne on Monday.',
    'Survivors said smoke filled the passenger deck within minutes of the first alarm.',
  ]),
];
const NEWS = report('f4', 'Averne Post', '2027-03-04T02:00:00Z', 'Captain of burning ferry detained', [
  'Police detained the captain of the Sea Lark ferry on Wednesday, two days after a fire off Port Averne killed seven people.',
  'Prosecutors said the captain had ignored a fire alarm for 20 minutes before sending a distress call.',
]);

function ferryStories(editions: Awaited<ReturnType<typeof runEditions>>, slot: string) {
  const edition = editions.find((candidate) => candidate.slot.toISOString() === slot);
  return (edition?.content.sections ?? []).flatMap((section) =>
    section.stories.filter((story) => story.sources.some((source) => /\/f\d$/.test(source.url))),
  );
}

describe('the next morning, through the production pipeline', () => {
  it('leaves out a story that has nothing new since the morning before, and shows it again once it has', async () => {
    const editions = await runEditions([...FERRY, NEWS], ROOT);
    expect(ferryStories(editions, '2027-03-02T06:00:00.000Z')).toHaveLength(1);
    // Still a candidate (its last report is 28 h old) but every point was shown the day before.
    expect(ferryStories(editions, '2027-03-03T06:00:00.000Z')).toHaveLength(0);
    const back = ferryStories(editions, '2027-03-04T06:00:00.000Z');
    expect(back).toHaveLength(1);
    expect(back[0]?.points.map((point) => point.text).join(' ')).toMatch(/captain/);
  });
});
