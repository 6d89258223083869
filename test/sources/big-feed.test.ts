import pino from 'pino';
import { type IngestDeps, type IngestOutcome, ingestSource, type SourceRecord } from '../../src/sources';
import { bigFeed } from './helpers/big-feed';
import { fixture } from './helpers/fixtures';
import { MemoryStore } from './helpers/memory-store';
import { reply, startTestServer, type TestServer } from './helpers/test-server';

jest.setTimeout(60_000);

const NOW = new Date('2026-11-28T07:00:00Z');
const RSS = 'application/rss+xml; charset=utf-8';

describe('a 10,000-item feed beside a normal one', () => {
  let server: TestServer;

  const deps = (store: MemoryStore, maxItemsPerPoll: number): IngestDeps => ({
    store,
    now: NOW,
    options: {
      timeoutMs: 5_000,
      maxFeedBytes: 10_000_000,
      userAgent: 'MorningBrief/test',
      pollMinutes: 30,
      maxArticleAgeHours: 96,
      maxItemsPerPoll,
    },
    logger: pino({ level: 'silent' }),
    newId: (() => {
      let next = 0;
      return () => `article-${++next}`;
    })(),
  });
  const source = (id: string, path: string): SourceRecord => ({
    id,
    outlet: id,
    url: server.url(path),
    section: 'world',
    etag: null,
    lastModified: null,
    errorCount: 0,
    status: 'active',
  });

  beforeAll(async () => {
    server = await startTestServer({
      '/big.xml': reply(200, { 'content-type': RSS }, bigFeed(10_000, NOW)),
      '/normal.xml': reply(200, { 'content-type': RSS }, fixture('northern-ledger-world.xml')),
    });
  });
  afterAll(async () => {
    await server.close();
  });

  it.each([200])(
    'polls the normal feed while the big one is parsed, yielding all the while (item cap %i)',
    async (cap) => {
      // Warm up: the first poll of a process compiles the HTML and text code paths, once.
      await ingestSource(source('normal', '/normal.xml'), deps(new MemoryStore(), cap));
      const bigStore = new MemoryStore();
      let normalDoneAt = 0;
      let bigDoneAt = 0;
      const big = ingestSource(source('big', '/big.xml'), deps(bigStore, cap)).then((outcome) => {
        bigDoneAt = performance.now();
        return outcome;
      });
      // The normal feed is asked for once the big one is being parsed.
      await new Promise((resolve) => setTimeout(resolve, 100));
      const normal: IngestOutcome = await ingestSource(
        source('normal', '/normal.xml'),
        deps(new MemoryStore(), cap),
      );
      normalDoneAt = performance.now();
      const bigOutcome = await big;

      expect(normal.status).toBe('ok');
      expect(normal.inserted).toHaveLength(12);
      // A parse that never yielded would finish the big feed first. How long each stretch of work
      // lasts (≤ 50 ms) is a speed figure, measured by `npm run bench:ingest` (docs/ingest.md).
      expect(normalDoneAt).toBeLessThan(bigDoneAt);
      expect(bigOutcome.status).toBe('ok');
      expect(bigOutcome.fetched).toBe(10_000);
      expect(bigStore.articles).toHaveLength(Math.min(cap, 10_000));
    },
  );

  it('takes the newest items up to the cap and notes the cap on the source', async () => {
    const store = new MemoryStore();
    const outcome = await ingestSource(source('big', '/big.xml'), deps(store, 200));
    expect(outcome.skipped).toContainEqual({ reason: 'over_item_cap', count: 9_800 });
    expect(store.articles[0]?.publishedAt).toEqual(NOW);
    expect(store.articles.at(-1)?.publishedAt).toEqual(new Date(NOW.getTime() - 199 * 30_000));
    expect(store.lastFetch.note).toBe('took the newest 200 of 10000 items (ingest.maxItemsPerPoll)');
  });
});
