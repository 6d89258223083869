import { type FeedServer, startFeedServer } from '../../src/demo/feed-server';
import { silentLogger } from '../../src/shared/logger';
import { type IngestDeps, ingestSource, type SourceRecord } from '../../src/sources';
import { FEEDS_DIR, readManifest } from './helpers/fixtures';
import { MemoryStore } from './helpers/memory-store';

/** The whole fixture set through the demo feed server, twice: the way `npm run demo` ingests it. */
describe('ingesting the demo feeds', () => {
  const now = new Date('2031-05-04T08:00:00Z');
  const store = new MemoryStore();
  let server: FeedServer;
  let sources: SourceRecord[];
  let ids = 0;
  const deps: IngestDeps = {
    store,
    now,
    options: {
      timeoutMs: 10_000,
      maxFeedBytes: 1_000_000,
      userAgent: 'MorningBrief/test',
      pollMinutes: 30,
      maxArticleAgeHours: 96,
      maxItemsPerPoll: 200,
    },
    logger: silentLogger,
    newId: () => `a${++ids}`,
  };

  beforeAll(async () => {
    server = await startFeedServer({ dir: FEEDS_DIR, now });
    sources = readManifest().map((entry) => ({
      ...entry,
      url: new URL(entry.url, server.baseUrl).href,
      etag: null,
      lastModified: null,
      errorCount: 0,
      status: 'active',
    }));
  });
  afterAll(async () => {
    await server.close();
  });

  it('stores every item of every feed on the first poll', async () => {
    const outcomes = [];
    for (const source of sources) outcomes.push(await ingestSource(source, deps));
    expect(outcomes.every((outcome) => outcome.status === 'ok')).toBe(true);
    const fetched = outcomes.reduce((sum, outcome) => sum + outcome.fetched, 0);
    expect(store.articles).toHaveLength(fetched);
    expect(fetched).toBeGreaterThanOrEqual(150);
    const newest = Math.max(...store.articles.map((article) => article.publishedAt?.getTime() ?? 0));
    expect(newest).toBeLessThan(now.getTime() - 3_600_000 + 1);
  });

  it('gets 304 for every feed on the second poll, with the validators it stored', async () => {
    const outcomes = [];
    for (const [index, source] of sources.entries()) {
      const recorded = store.fetches[index]?.update;
      outcomes.push(
        await ingestSource(
          { ...source, etag: recorded?.etag ?? null, lastModified: recorded?.lastModified ?? null },
          deps,
        ),
      );
    }
    expect(outcomes.map((outcome) => outcome.status)).toEqual(sources.map(() => 'not_modified'));
  });
});
