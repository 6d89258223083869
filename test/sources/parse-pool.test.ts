import { ParsePool } from '../../src/sources/parse-pool';
import { type FeedBodyInput, readFeedBody } from '../../src/sources/read-feed';
import { bigFeed } from './helpers/big-feed';
import { edgeFixture, FIXTURE_NOW, fixture } from './helpers/fixtures';

/** Parse workers give what parsing on the main thread gives (docs/ingest.md "Parse workers"). */
describe('ParsePool', () => {
  let pool: ParsePool;
  beforeAll(() => {
    pool = new ParsePool(2);
  });
  afterAll(async () => {
    await pool.close();
  });

  const input = (body: Buffer, maxItemsPerPoll = 200): FeedBodyInput => ({
    body,
    contentType: 'application/rss+xml',
    url: 'https://outlet.example/feeds/world.xml',
    source: { id: 'world', outlet: 'Outlet', section: 'world' },
    fetchedAt: FIXTURE_NOW,
    maxArticleAgeHours: 96,
    maxItemsPerPoll,
  });

  it.each([
    ['a feed', fixture('northern-ledger-world.xml'), 200],
    ['a feed over the item cap', fixture('southern-cross-world.xml'), 3],
    ['a hostile feed', edgeFixture('hostile-feed.xml'), 200],
    ['an HTML page', edgeFixture('not-a-feed.html'), 200],
    ['a truncated feed', edgeFixture('truncated-feed.xml'), 200],
  ])('reads %s as the main thread does', async (_name, body, cap) => {
    const inWorker = await pool.read(input(body, cap));
    expect(inWorker).toEqual(await readFeedBody(input(body, cap)));
  });

  it('reads feeds given all at once, each to its own result', async () => {
    const bodies = [
      fixture('northern-ledger-world.xml'),
      edgeFixture('not-a-feed.html'),
      fixture('pacific-wire-world.xml'),
    ];
    const results = await Promise.all(bodies.map((body) => pool.read(input(body))));
    expect(results.map((result) => result.ok)).toEqual([true, false, true]);
    const expected = await Promise.all(bodies.map((body) => readFeedBody(input(body))));
    expect(results).toEqual(expected);
  });

  it('reads a 10,000-item feed within a worker heap', async () => {
    const result = await pool.read(input(Buffer.from(bigFeed(10_000, FIXTURE_NOW))));
    expect(result.ok && [result.fetched, result.taken, result.articles.length]).toEqual([10_000, 200, 200]);
  });

  it('reads a body that outgrows the worker heap as too large, and replaces the worker', async () => {
    // Heaps are sized from the largest body allowed: 10 kB leaves no room for 60,000 items.
    const small = new ParsePool(1, 10_000);
    const items = Array.from(
      { length: 60_000 },
      (_, i) => `<item><title>t ${i}</title><link>https://x.example/${i}</link></item>`,
    );
    const huge = Buffer.from(
      `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>${items.join('')}</channel></rss>`,
    );
    try {
      const result = await small.read(input(huge));
      expect(!result.ok && result.failure.kind).toBe('too_large');
      const after = await small.read(input(fixture('northern-ledger-world.xml')));
      expect(after.ok && after.articles.length).toBe(12);
    } finally {
      await small.close();
    }
  });

  it('refuses work once closed', async () => {
    const closing = new ParsePool(1);
    await closing.read(input(fixture('northern-ledger-world.xml')));
    await closing.close();
    await expect(closing.read(input(fixture('northern-ledger-world.xml')))).rejects.toThrow(/closed/);
  });
});
