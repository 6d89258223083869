import { resolve } from 'node:path';
import { loadEditorialSet } from '../../src/eval/editorial/fixture';
import { runEditions } from '../../src/eval/editorial/run-editions';

jest.setTimeout(120_000);

const ROOT = resolve(__dirname, '..', '..');

// A company's operational update on a platform fire ("Tethys Offshore Holdings plc – Operational
// update – Khazar-7 incident") and a podcast's "Who pays when a platform burns?" share few words,
// but they name the platform and the company, which no other story of that morning names
// (docs/clustering.md, "One story per event"): the built edition shows one story of the fire.

describe('one event told in words too different for the clusterer', () => {
  it('is one story of the morning when the two name what no other story names', async () => {
    const articles = loadEditorialSet(resolve(ROOT, 'test/fixtures/editorial-thirty-fourth')).flatMap(
      (event) => event.articles,
    );
    const fire = new Set(
      articles.filter((article) => article.event === 'caspian-platform-fire').map((a) => a.url),
    );
    const editions = await runEditions(articles, ROOT);
    const morning = editions.find((edition) => edition.slot.toISOString() === '2028-03-22T06:00:00.000Z');
    const stories = (morning?.content.sections ?? []).flatMap((section) => section.stories);
    const ofFire = stories.filter((story) => story.sources.some((source) => fire.has(source.url)));
    expect(ofFire).toHaveLength(1);
    expect(ofFire[0]?.sources.filter((source) => fire.has(source.url)).length).toBeGreaterThanOrEqual(3);
    // The morning's other events stay stories of their own.
    expect(stories.length).toBeGreaterThan(1);
  });
});
