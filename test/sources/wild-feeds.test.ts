import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import pino from 'pino';
import { type IngestDeps, type IngestOutcome, ingestSource, type SourceRecord } from '../../src/sources';
import { FEEDS_DIR } from './helpers/fixtures';
import { MemoryStore } from './helpers/memory-store';
import { type Handler, reply, startTestServer, type TestServer } from './helpers/test-server';

const NOW = new Date('2026-11-28T07:00:00Z');
const RSS = 'application/rss+xml; charset=utf-8';

function wild(name: string): Buffer {
  return readFileSync(join(FEEDS_DIR, 'wild', name));
}

/** Feeds as real publishers write them, each served by a local HTTP server and polled for real. */
describe('feeds that used to lose articles', () => {
  let server: TestServer;
  let store: MemoryStore;
  let ids: number;

  const deps = (overrides: Partial<IngestDeps> = {}): IngestDeps => ({
    store,
    now: NOW,
    options: {
      timeoutMs: 10_000,
      maxFeedBytes: 1_000_000,
      userAgent: 'MorningBrief/test',
      pollMinutes: 30,
      maxArticleAgeHours: 96,
      maxItemsPerPoll: 200,
    },
    logger: pino({ level: 'silent' }),
    newId: () => `article-${++ids}`,
    ...overrides,
  });
  const source = (path: string, overrides: Partial<SourceRecord> = {}): SourceRecord => ({
    id: 'wild',
    outlet: 'Wild Outlet',
    url: server.url(path),
    section: 'world',
    etag: null,
    lastModified: null,
    errorCount: 0,
    status: 'active',
    ...overrides,
  });
  const poll = async (path: string, handler: Handler, overrides: Partial<IngestDeps> = {}) => {
    server.route(path, handler);
    return ingestSource(source(path), deps(overrides));
  };
  const byTitle = (title: string) => store.articles.find((article) => article.title === title);

  beforeEach(async () => {
    server = await startTestServer();
    store = new MemoryStore();
    ids = 0;
  });
  afterEach(async () => {
    await server.close();
  });

  it('keeps items with no link and no guid under a stable identity made from their content', async () => {
    const first = await poll('/notices.xml', reply(200, { 'content-type': RSS }, wild('no-link-feed.xml')));
    expect(first.inserted).toHaveLength(3);
    const ferry = byTitle('Ferry timetable changes from Monday');
    expect(ferry?.guid).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(ferry?.url).toMatch(/^https:\/\/notices\.example\/#item-[0-9a-f]{16}$/);
    expect(new Set(store.articles.map((article) => article.url)).size).toBe(3);

    // The next poll finds the same identities: nothing new, nothing lost.
    const again = await ingestSource(source('/notices.xml'), deps({ now: new Date('2026-11-28T07:30:00Z') }));
    expect(again.inserted).toHaveLength(0);
    expect(again.skipped).toEqual([{ reason: 'already_stored', count: 3 }]);
  });

  it('dates an undated item with the fetch time and marks the date as estimated', async () => {
    await poll('/notices.xml', reply(200, { 'content-type': RSS }, wild('no-link-feed.xml')));
    const storm = store.articles.find((article) => article.title.startsWith('Storm warning lifted'));
    expect(storm).toMatchObject({ publishedAt: NOW, publishedEstimated: true });
    expect(byTitle('Ferry timetable changes from Monday')).toMatchObject({
      publishedAt: new Date('2026-11-28T05:00:00Z'),
      publishedEstimated: false,
    });
  });

  it.each([301, 308])('follows a %i to the new URL and stores it on the source', async (status) => {
    server.route('/old.xml', reply(status, { location: '/new.xml' }));
    server.route('/new.xml', reply(200, { 'content-type': RSS }, wild('no-link-feed.xml')));
    const outcome = await ingestSource(source('/old.xml'), deps());
    expect(outcome.status).toBe('ok');
    expect(store.lastFetch.url).toBe(server.url('/new.xml'));
  });

  it('keeps the URL after a temporary redirect, or a permanent one behind a temporary one', async () => {
    server.route('/temp.xml', reply(302, { location: '/moved.xml' }));
    server.route('/moved.xml', reply(301, { location: '/new.xml' }));
    server.route('/new.xml', reply(200, { 'content-type': RSS }, wild('no-link-feed.xml')));
    await ingestSource(source('/temp.xml'), deps());
    expect(store.lastFetch.url).toBeUndefined();
  });

  it('does not move a source to a URL that fails', async () => {
    server.route('/old.xml', reply(301, { location: '/broken.xml' }));
    server.route('/broken.xml', reply(500, {}));
    await ingestSource(source('/old.xml'), deps());
    expect(store.lastFetch.url).toBeUndefined();
  });

  it('reads JSON Feed 1.1 with the same normalization and limits', async () => {
    const outcome = await poll(
      '/feed.json',
      reply(200, { 'content-type': 'application/feed+json' }, wild('json-feed.json')),
    );
    expect(outcome.inserted).toHaveLength(3);
    expect(byTitle('Lighthouse keeper retires after forty years')).toMatchObject({
      guid: 'cc-1',
      url: 'https://courier.example/2026/11/28/lighthouse',
      text: 'She kept the lamp lit through three hurricanes.',
      publishedAt: new Date('2026-11-28T05:00:00Z'),
      language: 'en',
    });
    // Relative URLs resolve against the feed; content_text stays text, in paragraphs.
    expect(byTitle('Regatta moved to Sunday because of wind')).toMatchObject({
      url: server.url('/2026/11/28/regatta'),
      text: 'Organisers expect the wind to drop by Sunday & the tide to be right.\n\nThe race starts at noon.',
      publishedAt: new Date('2026-11-28T03:00:00Z'),
    });
    const text = store.articles.map((article) => article.text).join('\n');
    expect(text).not.toMatch(/<script|alert\(1\)/);
    expect(byTitle('Harbour dredging finished')).toMatchObject({ guid: '3' });
    expect(byTitle('Harbour dredging finished')?.url).toMatch(/^https:\/\/courier\.example\/#item-/);

    server.route('/big.json', reply(200, { 'content-type': 'application/json' }, Buffer.alloc(20_000, 32)));
    const tooLarge = await ingestSource(
      source('/big.json'),
      deps({ options: { ...deps().options, maxFeedBytes: 10_000 } }),
    );
    expect(tooLarge.error?.kind).toBe('too_large');
  });

  it('refuses JSON that is not a JSON Feed', async () => {
    const outcome = await poll(
      '/api.json',
      reply(200, { 'content-type': 'application/json' }, '{"items": []}'),
    );
    expect(outcome.error?.kind).toBe('not_a_feed');
  });

  it('accepts brotli content encoding', async () => {
    const outcome = await poll('/br.xml', (request, response) => {
      const accepts = String(request.headers['accept-encoding'] ?? '');
      if (!/\bbr\b/.test(accepts)) {
        response.writeHead(406);
        response.end();
        return;
      }
      response.writeHead(200, { 'content-type': RSS, 'content-encoding': 'br' });
      response.end(brotliCompressSync(wild('no-link-feed.xml')));
    });
    expect(outcome.status).toBe('ok');
    expect(outcome.inserted).toHaveLength(3);
  });

  it('keeps Windows-1252 apostrophes, links with a bare &, and HTML written unescaped', async () => {
    await poll('/gazette.xml', reply(200, { 'content-type': RSS }, wild('windows-feed.xml')));
    const bridge = byTitle('Mayor says the bridge won’t close');
    expect(bridge).toMatchObject({
      url: 'https://gazette.example/story?id=7&section=local&page',
      text: 'Engineers don’t expect delays, the council’s report says.',
    });
    expect(byTitle('Market hall gets a new roof')).toMatchObject({
      url: 'https://gazette.example/story?id=8&section=local',
      text: 'Work starts in January and takes six weeks.\n\nStalls move to the square meanwhile.',
    });
  });

  it('reads dc:title, dc:description, dcterms:issued and dcterms:modified', async () => {
    const outcome = await poll(
      '/archive.rdf',
      reply(200, { 'content-type': 'application/rdf+xml' }, wild('wild-feed.xml')),
    );
    expect(outcome.inserted).toHaveLength(2);
    expect(byTitle('Archive reopens its reading room')).toMatchObject({
      text: 'Visitors can consult the parish registers again from Tuesday.',
      publishedAt: new Date('2026-11-28T03:00:00Z'),
      publishedEstimated: false,
    });
    expect(byTitle('Digitised maps go online')).toMatchObject({
      publishedAt: new Date('2026-11-27T22:00:00Z'),
      publishedEstimated: false,
    });
  });

  it('decodes Atom 0.3 base64 content', async () => {
    await poll(
      '/observatory.xml',
      reply(200, { 'content-type': 'application/atom+xml' }, wild('atom03-feed.xml')),
    );
    expect(byTitle('Brightest meteor of the year')?.text).toBe(
      'The observatory recorded the brightest meteor of the year.',
    );
  });

  it('records each article’s language and skips languages the section does not take', async () => {
    const all = await poll('/mixed.xml', reply(200, { 'content-type': RSS }, wild('french-feed.xml')));
    expect(all.inserted.map((article) => article.language)).toEqual(['fr', 'en']);
    store = new MemoryStore();
    const english = await ingestSource(source('/mixed.xml'), deps({ languages: ['en'] }));
    expect(english.inserted.map((article) => article.url)).toEqual(['https://mixed.example/en/housing']);
    expect(english.skipped).toEqual([{ reason: 'language', count: 1 }]);
  });

  it('keeps one article for near-identical titles from one outlet within a day', async () => {
    const outcome = await poll(
      '/quick.xml',
      reply(200, { 'content-type': RSS }, wild('near-duplicates-feed.xml')),
    );
    expect(outcome.inserted.map((article) => article.url)).toEqual([
      'https://quick.example/news/flooding-closes-roads-v2',
      'https://quick.example/news/flooding-last-year',
    ]);
    expect(outcome.skipped).toEqual([{ reason: 'near_duplicate_title', count: 1 }]);
  });

  it('compares titles with what the outlet stored earlier today, from any of its feeds', async () => {
    const stored: IngestOutcome = await poll(
      '/quick.xml',
      reply(200, { 'content-type': RSS }, wild('near-duplicates-feed.xml')),
    );
    expect(stored.inserted).toHaveLength(2);
    const edited = wild('near-duplicates-feed.xml')
      .toString()
      .replace('closes twelve roads', 'closes thirteen roads')
      .replace('flooding-closes-roads-v2', 'flooding-closes-roads-v3');
    server.route('/other.xml', reply(200, { 'content-type': RSS }, edited));
    const later = await ingestSource(
      source('/other.xml', { id: 'wild-2' }),
      deps({ now: new Date('2026-11-28T08:00:00Z') }),
    );
    expect(later.inserted).toHaveLength(0);
  });
});
