import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { type AppContext, closeContext, createContext } from '../../src/app/context';
import { ingestById } from '../../src/app/ingest';
import { type AppConfig, loadConfig } from '../../src/config/load-config';
import { silentLogger } from '../../src/shared/logger';
import { openDatabase } from '../../src/store/database';
import { rowToArticle } from '../../src/store/repos/articles-repo';
import { reply, startTestServer, type TestServer } from '../sources/helpers/test-server';
import { dialects, type TestDatabase } from '../support/databases';
import { ROOT } from '../support/paths';

const NOW = new Date('2026-11-28T07:00:00Z');
const RSS = 'application/rss+xml; charset=utf-8';

function feed(title: string, items: { title: string; link: string }[]): string {
  const entries = items
    .map(
      (item) =>
        `<item><title>${item.title}</title><link>${item.link}</link><pubDate>Sat, 28 Nov 2026 05:00:00 GMT</pubDate><description>${item.title}, reported in full.</description></item>`,
    )
    .join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title><link>https://${title}.example/</link><language>en</language>${entries}</channel></rss>`;
}

/** Ingest through the real store (SQLite and PostgreSQL) from feeds on a local HTTP server. */
describe.each(dialects)('ingest into the %s store', (_name, createDatabase) => {
  let database: TestDatabase;
  let server: TestServer;
  let context: AppContext;
  let config: Readonly<AppConfig>;

  const sources = () => [
    { id: 'wire', outlet: 'Wire Agency', url: server.url('/wire.xml'), section: 'world' },
    { id: 'paper', outlet: 'Daily Paper', url: server.url('/paper.xml'), section: 'world' },
    { id: 'moving', outlet: 'Moving Times', url: server.url('/old.xml'), section: 'world' },
  ];

  beforeEach(async () => {
    database = await createDatabase();
    server = await startTestServer();
    const dir = mkdtempSync(join(tmpdir(), 'brief-ingest-'));
    const sourcesFile = join(dir, 'sources.yaml');
    writeFileSync(sourcesFile, stringify({ sources: sources() }));
    config = loadConfig({
      env: {},
      cwd: ROOT,
      overrides: { databaseUrl: database.url, sourcesFile, outboxDir: join(dir, 'outbox') },
    });
    context = await createContext({ config, logger: silentLogger, cwd: dir, now: () => NOW });
    await context.store.sources.syncFromConfig(config.sources, NOW);
  });
  afterEach(async () => {
    await closeContext(context);
    await server.close();
    await database.drop();
  });

  it('keeps one article for a syndicated copy and records every outlet that carried it', async () => {
    const story = {
      title: 'Ceasefire agreed after talks',
      link: 'https://wire.example/ceasefire?utm_source=rss',
    };
    server.route('/wire.xml', reply(200, { 'content-type': RSS }, feed('wire', [story])));
    server.route(
      '/paper.xml',
      reply(
        200,
        { 'content-type': RSS },
        feed('paper', [{ ...story, link: 'https://wire.example/ceasefire' }]),
      ),
    );

    expect((await ingestById(context, 'wire'))?.inserted).toHaveLength(1);
    expect((await ingestById(context, 'paper'))?.inserted).toHaveLength(0);
    expect(await context.store.articles.count()).toBe(1);

    const { db } = openDatabase(database.url, ROOT);
    try {
      const outlets = await db
        .selectFrom('article_outlets')
        .select(['source_id', 'outlet'])
        .orderBy('outlet')
        .execute();
      expect(outlets).toEqual([
        { source_id: 'paper', outlet: 'Daily Paper' },
        { source_id: 'wire', outlet: 'Wire Agency' },
      ]);
      const [row] = await db.selectFrom('articles').select(['language', 'published_estimated']).execute();
      expect(row).toEqual({ language: 'en', published_estimated: 0 });
    } finally {
      await db.destroy();
    }
  });

  it('stores an untitled item with its first sentence as a title marked derived, and reads the mark back', async () => {
    const untitled =
      '<item><link>https://wire.example/untitled</link><pubDate>Sat, 28 Nov 2026 05:00:00 GMT</pubDate>' +
      '<description>A ferry sank off the coast on Friday. Everyone aboard was rescued.</description></item>';
    const body = feed('wire', [
      { title: 'Ceasefire agreed after talks', link: 'https://wire.example/ceasefire' },
    ]);
    server.route(
      '/wire.xml',
      reply(200, { 'content-type': RSS }, body.replace('</channel>', `${untitled}</channel>`)),
    );
    expect((await ingestById(context, 'wire'))?.inserted).toHaveLength(2);
    const { db } = openDatabase(database.url, ROOT);
    try {
      const rows = await db
        .selectFrom('articles')
        .select(['title', 'title_derived'])
        .orderBy('title')
        .execute();
      expect(rows).toEqual([
        { title: 'A ferry sank off the coast on Friday.', title_derived: 1 },
        { title: 'Ceasefire agreed after talks', title_derived: 0 },
      ]);
      const stored = await db.selectFrom('articles').selectAll().where('title_derived', '=', 1).execute();
      expect(stored.map(rowToArticle).map((article) => article.titleDerived)).toEqual([true]);
    } finally {
      await db.destroy();
    }
  });

  it('stores the URL a permanent redirect leads to, and a config sync does not undo it', async () => {
    server.route('/old.xml', reply(301, { location: '/new.xml' }));
    server.route(
      '/new.xml',
      reply(200, { 'content-type': RSS }, feed('moving', [{ title: 'A', link: 'https://m.example/a' }])),
    );
    await ingestById(context, 'moving');
    expect((await context.store.sources.get('moving'))?.url).toBe(server.url('/new.xml'));

    await context.store.sources.syncFromConfig(config.sources, NOW);
    expect((await context.store.sources.get('moving'))?.url).toBe(server.url('/new.xml'));
    expect((await context.store.sources.get('moving'))?.declared_url).toBe(server.url('/old.xml'));

    // A new URL in the file is the operator's word: it replaces the followed one.
    const edited = config.sources.map((source) =>
      source.id === 'moving' ? { ...source, url: server.url('/newest.xml') } : source,
    );
    await context.store.sources.syncFromConfig(edited, NOW);
    expect((await context.store.sources.get('moving'))?.url).toBe(server.url('/newest.xml'));
  });

  it('stores the class of the last error and clears it after a good poll', async () => {
    server.route('/wire.xml', reply(503, { 'retry-after': '120' }));
    await ingestById(context, 'wire');
    expect(await context.store.sources.get('wire')).toMatchObject({
      error_class: 'http_status',
      error_count: 1,
      last_error: 'sources: the feed server failed (HTTP 503)',
    });
    server.route('/wire.xml', reply(200, { 'content-type': 'text/html' }, '<!doctype html><p>Moved</p>'));
    await ingestById(context, 'wire');
    expect(await context.store.sources.get('wire')).toMatchObject({
      error_class: 'not_a_feed',
      error_count: 2,
    });
    server.route(
      '/wire.xml',
      reply(200, { 'content-type': RSS }, feed('wire', [{ title: 'B', link: 'https://w.example/b' }])),
    );
    await ingestById(context, 'wire');
    expect(await context.store.sources.get('wire')).toMatchObject({
      error_class: null,
      error_count: 0,
      last_error: null,
    });
  });
});
