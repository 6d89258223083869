import { resolve } from 'node:path';
import { BURST_GAP_HOURS, latestBurst } from '../../src/edition/latest-burst';
import type { LabelledArticle } from '../../src/eval/editorial/fixture';
import { runEditions } from '../../src/eval/editorial/run-editions';

jest.setTimeout(120_000);

const HOUR = 3_600_000;

describe('the latest burst of a story', () => {
  const at = (hours: number) => ({ time: Date.UTC(2027, 2, 1) + hours * HOUR });
  const timeOf = (item: { time: number }) => item.time;

  it('is what follows the last quiet spell, or nothing when there is none', () => {
    const items = [at(0), at(3), at(4 + BURST_GAP_HOURS), at(40), at(41 + BURST_GAP_HOURS), at(60)];
    expect(latestBurst(items, timeOf)).toEqual([at(41 + BURST_GAP_HOURS), at(60)]);
    expect(latestBurst([at(0), at(5), at(10)], timeOf)).toBeNull();
    expect(latestBurst([], timeOf)).toBeNull();
  });
});

/** A fictional report as a feed would carry it (labels are not needed here). */
function report(
  id: string,
  outlet: string,
  published: string,
  title: string,
  paragraphs: string[],
): LabelledArticle {
  return {
    id,
    event: 'ferry',
    outlet,
    url: `https://${outlet.toLowerCase().replace(/\W+/g, '')}.example/${id}`,
    title,
    published: new Date(published),
    report: id,
    wire: null,
    paragraphs,
    sentences: [],
  };
}

const FIRST_DAY = [
  report('d1a', 'Averne Post', '2027-03-01T08:00:00Z', 'Ferry fire off Port Averne kills seven', [
    'A fire swept through a passenger ferry off Port Averne on Monday, killing at least seven people, the coast guard said.',
    'The Sea Lark was carrying 180 passengers from Osk when the fire broke out in its engine room.',
    'Coast guard boats and fishing vessels pulled 160 people from the water.',
  ]),
  report('d1b', 'Valmora Herald', '2027-03-01T10:00:00Z', 'Seven dead as ferry burns near Port Averne', [
    'At least seven people died when a ferry caught fire near Port Averne on Monday, officials said.',
    'Fishermen helped the coast guard rescue about 160 passengers from the burning Sea Lark.',
    'The fire started in the engine room shortly after the ferry left Osk.',
  ]),
  report('d1c', 'Coastal Tribune', '2027-03-01T12:00:00Z', 'Port Averne ferry fire: seven killed', [
    'Seven people were killed in a fire on the Sea Lark ferry off Port Averne on Monday.',
    'Survivors said smoke filled the passenger deck within minutes of the first alarm.',
    'The ferry operator said it was cooperating with the coast guard.',
  ]),
];

const THIRD_DAY = [
  report('d3a', 'Averne Post', '2027-03-02T22:00:00Z', 'Ferry fire toll rises to 12, captain detained', [
    'The death toll from the Sea Lark ferry fire off Port Averne rose to 12 on Tuesday, and police detained the captain.',
    'Prosecutors said the captain had ignored a fire alarm for 20 minutes before sending a distress call.',
    'Five passengers are still missing.',
  ]),
  report(
    'd3b',
    'Valmora Herald',
    '2027-03-03T01:00:00Z',
    'Captain of burning ferry detained as toll reaches 12',
    [
      'Police detained the captain of the Sea Lark on Tuesday as the toll from the ferry fire near Port Averne reached 12.',
      'Investigators said the ferry had failed a fire safety inspection in January.',
      'Divers were searching for five missing passengers.',
    ],
  ),
];

const ROOT = resolve(__dirname, '..', '..');
const idOf = (source: { url: string }): string => source.url.slice(source.url.lastIndexOf('/') + 1);

async function ferryStoryOn(articles: LabelledArticle[], slot: string) {
  const editions = await runEditions(articles, ROOT);
  const edition = editions.find((candidate) => candidate.slot.toISOString() === slot);
  const stories = edition?.content.sections.flatMap((section) => section.stories) ?? [];
  return stories.filter((story) => story.sources.some((source) => /\/d\d[a-c]$/.test(source.url)));
}

describe('a morning summary', () => {
  it('is written from the latest burst of reporting when it is corroborated on its own', async () => {
    const stories = await ferryStoryOn([...FIRST_DAY, ...THIRD_DAY], '2027-03-03T06:00:00.000Z');
    expect(stories).toHaveLength(1);
    const cited = stories[0]?.sources.map(idOf).sort();
    expect(cited).toEqual(['d3a', 'd3b']);
    expect(stories[0]?.points[0]?.text).toMatch(/12/);
  });

  it('is written from all the recent articles when the latest burst is one report', async () => {
    const stories = await ferryStoryOn(
      [...FIRST_DAY, THIRD_DAY[0] as LabelledArticle],
      '2027-03-03T06:00:00.000Z',
    );
    expect(stories).toHaveLength(1);
    expect(stories[0]?.sources.map(idOf).sort()).toEqual(['d1a', 'd1b', 'd1c', 'd3a']);
  });
});
