import {
  evaluateFixtures,
  type FixtureEvalResult,
  readFixtureArticles,
  readFixtureGold,
} from '../../src/eval/fixture-eval';

/**
 * Our own fictional feeds (test/fixtures/feeds) through the sources stage and the production
 * clusterer as a new installation runs it: 72 h window, empty memory. Gold: events.yaml.
 */
describe('fixture feeds, cold start', () => {
  let result: FixtureEvalResult;
  let titles: Map<string, string>;

  beforeAll(async () => {
    result = await evaluateFixtures();
    const articles = await readFixtureArticles();
    titles = new Map(articles.map((article) => [article.doc.title, article.doc.id]));
  });

  /** The final story of the article whose title starts with `start` (exactly one must). */
  function storyOf(start: string): string {
    const matches = [...titles].filter(([title]) => title.startsWith(start));
    expect(matches.map(([title]) => title)).toHaveLength(1);
    return result.assigned.get(matches[0]![1])!;
  }

  it('labels every item of the manifest feeds, and nothing else', async () => {
    const articles = await readFixtureArticles();
    const gold = await readFixtureGold();
    expect(articles).toHaveLength(162);
    expect(new Set(articles.map((article) => article.doc.id))).toEqual(new Set(gold.keys()));
  });

  it('keeps B-cubed precision at 0.95 or more and F1 at 0.90 or more', () => {
    expect(result.scores.bcubed.precision).toBeGreaterThanOrEqual(0.95);
    expect(result.scores.bcubed.f1).toBeGreaterThanOrEqual(0.9);
  });

  it.each([
    ['Nairobi opens first phase', 'Warsaw opens three new metro stations'],
    ['Nairobi opens first phase', 'Cairo’s first monorail line opens'],
    ['Bhutan opens new terminal', 'New terminal opens at Addis Ababa airport'],
    ['Norway opens undersea tunnel', 'Warsaw opens three new metro stations'],
    ['Greek ferry workers begin 48-hour strike', 'Ferry passengers rescued after engine fire'],
    ['Greek ferry workers begin 48-hour strike', 'Belgian rail unions call strike'],
    ['Greek island ferries halted by strike', 'Istanbul ferry fares to rise'],
    ['Nations agree global plastics treaty', 'Pacific nations agree plan to protect tuna stocks'],
    ['Volcano erupts again on Iceland', 'Mount Lewotobi erupts again'],
    ['Iceland eruption: lava fountains', 'Bali flights disrupted by volcanic ash'],
    ['UN appeals for $2 billion in winter aid', 'More storks skipping migration'],
    ['Aid agencies warn of winter shortfall', 'Mongolia’s herders brace for a harsh winter'],
    ['Delhi schools move online', 'Smog closes schools in Lahore'],
    ['Delhi schools move online', 'Paris to turn 500 more streets'],
    ['Smog closes schools in Lahore', 'Quiz: How closely did you follow'],
    ['Ice storm leaves 200,000 without power in Quebec', 'Swiss glaciers lost 3%'],
    ['Ice storm leaves 200,000 without power in Quebec', 'Antarctic sea ice at record low'],
    ['New Zealand’s South Island hit by late-spring snow', 'Late-season tropical storm forms'],
    ['Solar storm could bring auroras', 'Late-season tropical storm forms'],
    ['Mexico City to widen water rationing', 'Monarch butterfly count rises in Mexico'],
  ])('keeps "%s" apart from "%s"', (a, b) => {
    expect(storyOf(a)).not.toBe(storyOf(b));
  });

  it.each([
    ['Magnitude 6.8 earthquake strikes off Peru', 'Peru hit by magnitude 6.8 earthquake'],
    ['Nairobi opens first phase', 'Kenya’s capital opens commuter rail link'],
    ['Greek ferry workers begin 48-hour strike', 'Greek island ferries halted by strike'],
    ['Nations agree global plastics treaty', 'Global plastics pact clinched at dawn'],
    ['Volcano erupts again on Iceland', 'Lava flows toward defensive barriers in Iceland'],
    ['Mount Lewotobi erupts again', 'Bali flights disrupted by volcanic ash'],
    ['UN appeals for $2 billion in winter aid', 'Aid agencies warn of winter shortfall'],
    ['Soil bacterium yields antibiotic', 'Scientists discover new antibiotic in soil sample'],
  ])('keeps "%s" with "%s"', (a, b) => {
    expect(storyOf(a)).toBe(storyOf(b));
  });
});
