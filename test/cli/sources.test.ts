import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { stringify } from 'yaml';
import { reply, startTestServer, type TestServer } from '../sources/helpers/test-server';
import { ROOT } from '../support/paths';

jest.setTimeout(120_000);

const run = promisify(execFile);
const RSS = 'application/rss+xml';
const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Site</title><link>https://site.example/</link>
<item><title>Only story</title><link>https://site.example/only</link><description>Text.</description></item></channel></rss>`;
const PAGE = `<!doctype html><html><head><title>Site</title>
<link rel="stylesheet" href="/style.css">
<link rel="alternate" type="application/rss+xml" title="News" href="/feeds/news.xml?format=rss&amp;lang=en">
</head><body><p>Welcome</p></body></html>`;

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** `brief sources …` as an operator runs it: a real process on a real SQLite file. */
describe('brief sources', () => {
  let server: TestServer;
  let dir: string;

  const brief = async (...args: string[]): Promise<CliResult> => briefWith({}, ...args);
  const briefWith = async (
    extra: Record<string, string | undefined>,
    ...args: string[]
  ): Promise<CliResult> => {
    const env = {
      ...process.env,
      DATABASE_URL: `sqlite:${join(dir, 'brief.db')}`,
      SOURCES_FILE: join(dir, 'sources.yaml'),
      TOKEN_SECRET: randomBytes(32).toString('hex'),
      LOG_LEVEL: 'silent',
      ...extra,
    };
    try {
      const { stdout, stderr } = await run(
        process.execPath,
        [join(ROOT, 'bin/brief.js'), 'sources', ...args],
        {
          cwd: dir,
          env,
        },
      );
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  };
  const list = async () => JSON.parse((await brief('list', '--json')).stdout) as Record<string, unknown>[];

  beforeAll(async () => {
    server = await startTestServer({
      '/': reply(200, { 'content-type': 'text/html; charset=utf-8' }, PAGE),
      '/feeds/news.xml': reply(200, { 'content-type': RSS }, FEED),
      '/plain.html': reply(200, { 'content-type': 'text/html' }, '<!doctype html><p>No feed here</p>'),
      '/old.xml': reply(308, { location: '/moved.xml' }),
      '/moved.xml': reply(200, { 'content-type': RSS }, FEED.replaceAll('site.example', 'moved.example')),
    });
    dir = mkdtempSync(join(tmpdir(), 'brief-sources-cli-'));
    const sources = [{ id: 'declared', outlet: 'Declared', url: server.url('/old.xml'), section: 'world' }];
    writeFileSync(join(dir, 'sources.yaml'), stringify({ sources }));
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses bad URLs with a clear error and stores nothing', async () => {
    const cases: [string, RegExp][] = [
      ['not a url', /"not a url" is not an http\(s\) URL/],
      ['ftp://files.example/feed.xml', /is not an http\(s\) URL/],
      [server.url('/missing.xml'), /not found \(HTTP 404\)/],
      [server.url('/plain.html'), /is not a feed and its page announces none/],
    ];
    for (const [url, message] of cases) {
      const result = await brief('add', url);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(message);
    }
    expect((await brief('add', server.url('/'), '--section', 'nowhere')).stderr).toMatch(
      /unknown section "nowhere"/,
    );
    expect((await list()).map((source) => source.id)).toEqual(['declared']);
  });

  it('adds a site by discovering its feed, then lists it with the operator fields', async () => {
    const added = await brief('add', server.url('/'), '--outlet', 'Site News');
    expect(added.stderr).toBe('');
    expect(added.stdout).toContain('added site-news-world');
    expect(added.stdout).toContain('(found through');

    const sources = await list();
    const site = sources.find((source) => source.id === 'site-news-world');
    expect(Object.keys(site ?? {})).toEqual([
      'id',
      'url',
      'outlet',
      'section',
      'status',
      'error_class',
      'error_count',
      'last_error',
      'last_poll_at',
      'next_poll_at',
      'articles',
    ]);
    expect(site).toMatchObject({
      url: server.url('/feeds/news.xml?format=rss&lang=en'),
      outlet: 'Site News',
      section: 'world',
      status: 'ok',
      error_class: null,
      error_count: 0,
      last_poll_at: null,
      articles: 0,
    });

    const again = await brief('add', server.url('/feeds/news.xml?format=rss&lang=en'));
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already source "site-news-world"/);

    expect((await brief('poll', 'site-news-world')).stdout).toMatch(/ok, 1 items, 1 new/);
    expect((await list()).find((source) => source.id === 'site-news-world')).toMatchObject({ articles: 1 });
  });

  it('disables, enables and removes a source; a sources.yaml one can only be removed there', async () => {
    const extra = await brief(
      'add',
      server.url('/feeds/news.xml?edition=extra'),
      '--id',
      'extra',
      '--section',
      'world',
    );
    expect(extra.stdout).toMatch(/^added extra: /);
    expect((await brief('disable', 'extra')).code).toBe(0);
    expect((await list()).find((source) => source.id === 'extra')).toMatchObject({ status: 'disabled' });
    expect((await brief('enable', 'extra')).code).toBe(0);
    expect((await list()).find((source) => source.id === 'extra')).toMatchObject({ status: 'ok' });
    expect((await brief('remove', 'extra')).stdout).toBe('removed extra\n');
    expect((await list()).some((source) => source.id === 'extra')).toBe(false);

    const refused = await brief('remove', 'declared');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/declared in sources.yaml; remove it there/);
  });

  it('keeps stdout for the JSON array when the command logs (here: no TOKEN_SECRET)', async () => {
    const result = await briefWith({ TOKEN_SECRET: undefined, LOG_LEVEL: 'info' }, 'list', '--json');
    expect(result.code).toBe(0);
    expect(Array.isArray(JSON.parse(result.stdout))).toBe(true);
    expect(result.stderr).toContain('TOKEN_SECRET is not set');
  });

  it('shows the new URL after a permanent redirect', async () => {
    expect((await brief('poll', 'declared')).code).toBe(0);
    expect((await list()).find((source) => source.id === 'declared')).toMatchObject({
      url: server.url('/moved.xml'),
      status: 'ok',
      articles: 1,
    });
  });
});
