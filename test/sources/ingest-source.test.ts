import pino from 'pino';
import { FAILING_AFTER, type IngestDeps, ingestSource, type SourceRecord } from '../../src/sources';
import { edgeFixture, fixture } from './helpers/fixtures';
import { MemoryStore } from './helpers/memory-store';
import { conditionalFeed, reply, startTestServer, type TestServer } from './helpers/test-server';

const NOW = new Date('2026-11-28T07:00:00Z');
const RSS = 'application/rss+xml; charset=utf-8';
const LAST_MODIFIED = 'Sat, 28 Nov 2026 05:30:00 GMT';

describe('ingestSource', () => {
  let server: TestServer;
  let store: MemoryStore;
  let ids: number;
  let logLines: Record<string, unknown>[];

  const deps = (now = NOW): IngestDeps => ({
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
    logger: pino({ level: 'debug' }, { write: (line: string) => logLines.push(JSON.parse(line)) }),
    newId: () => `article-${++ids}`,
  });
  const source = (overrides: Partial<SourceRecord> = {}): SourceRecord => ({
    id: 'northern-ledger-world',
    outlet: 'The Northern Ledger',
    url: server.url('/world.xml'),
    section: 'world',
    etag: null,
    lastModified: null,
    errorCount: 0,
    status: 'active',
    ...overrides,
  });
  const goodFeed = () => conditionalFeed(fixture('northern-ledger-world.xml'), RSS, '"nl-1"', LAST_MODIFIED);

  beforeEach(async () => {
    server = await startTestServer();
    store = new MemoryStore();
    ids = 0;
    logLines = [];
  });
  afterEach(async () => {
    await server.close();
  });

  it('stores every new article and records the validators and the next poll', async () => {
    server.route('/world.xml', goodFeed());
    const outcome = await ingestSource(source(), deps());

    expect(outcome).toMatchObject({
      sourceId: 'northern-ledger-world',
      status: 'ok',
      fetched: 12,
      skipped: [],
    });
    expect(outcome.inserted).toHaveLength(12);
    expect(outcome.nextFetchAt).toEqual(new Date('2026-11-28T07:30:00Z'));
    expect(store.articles).toHaveLength(12);
    expect(store.articles[0]).toMatchObject({
      id: 'article-1',
      sourceId: 'northern-ledger-world',
      outlet: 'The Northern Ledger',
      section: 'world',
      guid: 'nl-20261128-4521',
      url: 'https://www.northernledger.example/world/2026/11/28/sign-up-for-the-ledger-morning-our-daily-briefing',
      fetchedAt: NOW,
    });
    expect(store.articles[0]?.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(store.fetches).toEqual([
      {
        sourceId: 'northern-ledger-world',
        update: {
          etag: '"nl-1"',
          lastModified: LAST_MODIFIED,
          nextFetchAt: new Date('2026-11-28T07:30:00Z'),
          errorCount: 0,
          lastError: null,
          errorClass: null,
          note: null,
          status: 'active',
          lastFetchedAt: NOW,
        },
      },
    ]);
  });

  it('polls again conditionally: 304 stores nothing and keeps the validators', async () => {
    server.route('/world.xml', goodFeed());
    const outcome = await ingestSource(
      source({ etag: '"nl-1"', lastModified: LAST_MODIFIED, errorCount: 2 }),
      deps(),
    );
    expect(outcome).toMatchObject({ status: 'not_modified', fetched: 0, inserted: [], skipped: [] });
    expect(server.requests[0]?.headers['if-none-match']).toBe('"nl-1"');
    expect(store.lastFetch).toMatchObject({
      etag: '"nl-1"',
      lastModified: LAST_MODIFIED,
      errorCount: 0,
      status: 'active',
    });
  });

  it('skips what is already stored when a server ignores validators', async () => {
    server.route('/world.xml', reply(200, { 'content-type': RSS }, fixture('northern-ledger-world.xml')));
    await ingestSource(source(), deps());
    const second = await ingestSource(source(), deps(new Date('2026-11-28T07:30:00Z')));
    expect(second).toMatchObject({
      status: 'ok',
      fetched: 12,
      inserted: [],
      skipped: [{ reason: 'already_stored', count: 12 }],
    });
    expect(store.articles).toHaveLength(12);
  });

  it('counts in-feed duplicates and skipped items by reason', async () => {
    server.route('/world.xml', reply(200, { 'content-type': RSS }, edgeFixture('duplicates-feed.xml')));
    const outcome = await ingestSource(source(), deps());
    expect(outcome.fetched).toBe(14);
    expect(outcome.inserted).toHaveLength(9);
    expect(Object.fromEntries(outcome.skipped.map((entry) => [entry.reason, entry.count]))).toEqual({
      too_old: 1,
      invalid_url: 1,
      empty: 1,
      duplicate_in_feed: 2,
    });
  });

  it.each([
    [
      'an HTML page',
      reply(200, { 'content-type': 'text/html' }, edgeFixture('not-a-feed.html')),
      'not_a_feed',
      /HTML page/,
    ],
    [
      'a truncated feed',
      reply(200, { 'content-type': RSS }, edgeFixture('truncated-feed.xml')),
      'parse_error',
      /truncated/,
    ],
    ['HTTP 500', reply(500, {}, 'oops'), 'server_error', /HTTP 500/],
    ['HTTP 404', reply(404, {}, 'gone?'), 'not_found', /HTTP 404/],
  ])('leaves stored articles untouched when the feed turns into %s', async (_case, handler, kind, reason) => {
    server.route('/world.xml', goodFeed());
    await ingestSource(source(), deps());
    const before = structuredClone(store.articles);

    server.route('/world.xml', handler);
    const outcome = await ingestSource(source({ etag: null }), deps());

    expect(outcome).toMatchObject({ status: 'error', fetched: 0, inserted: [], error: { kind } });
    expect(outcome.error?.message).toMatch(/^sources: /);
    expect(outcome.error?.message).toMatch(reason);
    expect(store.articles).toEqual(before);
    expect(store.lastFetch).toMatchObject({
      errorCount: 1,
      status: 'active',
      lastError: outcome.error?.message,
    });
    expect(store.lastFetch.nextFetchAt.getTime()).toBeGreaterThan(NOW.getTime());
    const warning = logLines.find((line) => line.level === 40);
    expect(warning).toMatchObject({ source_id: 'northern-ledger-world', kind, msg: outcome.error?.message });
  });

  it('backs off, honours Retry-After and keeps the old validators on error', async () => {
    server.route('/world.xml', reply(503, { 'retry-after': '7200' }));
    const outcome = await ingestSource(
      source({ etag: '"old"', lastModified: LAST_MODIFIED, errorCount: 1 }),
      deps(),
    );
    expect(outcome.nextFetchAt).toEqual(new Date('2026-11-28T09:00:00Z'));
    expect(store.lastFetch).toMatchObject({
      etag: '"old"',
      lastModified: LAST_MODIFIED,
      errorCount: 2,
      status: 'active',
    });
  });

  it(`marks a source failing after ${FAILING_AFTER} failures in a row, and still schedules it`, async () => {
    server.route('/world.xml', reply(500, {}));
    const outcome = await ingestSource(source({ errorCount: FAILING_AFTER - 1 }), deps());
    expect(store.lastFetch).toMatchObject({ errorCount: FAILING_AFTER, status: 'failing' });
    expect(outcome.nextFetchAt).toEqual(new Date('2026-11-28T13:00:00Z'));
  });

  it('disables a source that answers 410 Gone', async () => {
    server.route('/world.xml', reply(410, {}));
    await ingestSource(source(), deps());
    expect(store.lastFetch).toMatchObject({ status: 'disabled', errorCount: 1 });
    expect(store.lastFetch.lastError).toBe('sources: the feed was removed for good (HTTP 410 Gone)');
  });

  it('recovers: a success after failures resets the count and status', async () => {
    server.route('/world.xml', goodFeed());
    await ingestSource(source({ errorCount: 9, status: 'failing' }), deps());
    expect(store.lastFetch).toMatchObject({ errorCount: 0, status: 'active', lastError: null });
  });

  it('decodes a Latin-1 feed served with a wrong charset', async () => {
    server.route(
      '/world.xml',
      reply(200, { 'content-type': 'text/xml; charset=utf-8' }, edgeFixture('latin1-feed.xml')),
    );
    const outcome = await ingestSource(source(), deps());
    expect(outcome.inserted.map((article) => article.title)).toContain(
      'Neige précoce dans le Valais : trois cols fermés',
    );
    expect(outcome.inserted.every((article) => !article.text.includes('\uFFFD'))).toBe(true);
  });

  it("throws when the store fails, because that is not the feed's fault", async () => {
    server.route('/world.xml', goodFeed());
    store.failInserts = true;
    await expect(ingestSource(source(), deps())).rejects.toThrow('database is locked');
    expect(store.fetches).toHaveLength(0);
  });
});
