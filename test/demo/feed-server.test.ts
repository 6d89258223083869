import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FeedServer, startFeedServer } from '../../src/demo/feed-server';
import { parseFeed } from '../../src/sources';
import { EDGE_DIR, FEEDS_DIR, readManifest } from '../sources/helpers/fixtures';

const NOW = new Date('2030-03-10T12:34:56Z');
const ONE_HOUR = 3_600_000;
const DATE_TEXT = /<((?:[\w-]+:)?(?:pubDate|lastBuildDate|updated|published|date))(\s[^>]*)?>[^<]*</g;

async function get(server: FeedServer, path: string, headers: Record<string, string> = {}, method = 'GET') {
  const response = await fetch(`${server.baseUrl}${path}`, { headers, method });
  return { response, body: Buffer.from(await response.arrayBuffer()) };
}

describe('startFeedServer', () => {
  let server: FeedServer;

  beforeAll(async () => {
    server = await startFeedServer({ dir: FEEDS_DIR, now: NOW });
  });
  afterAll(async () => {
    await server.close();
  });

  it('listens on 127.0.0.1 with a port chosen by the system', () => {
    expect(server.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('serves every feed of the manifest with a feed media type and charset', async () => {
    const types = new Map<string, string | null>();
    for (const source of readManifest()) {
      const { response, body } = await get(server, source.url);
      expect(response.status).toBe(200);
      expect(body.length).toBeGreaterThan(1000);
      types.set(source.id, response.headers.get('content-type'));
    }
    expect(types.get('northern-ledger-world')).toBe('application/rss+xml; charset=utf-8');
    expect(types.get('pacific-wire-world')).toBe('application/atom+xml; charset=utf-8');
    expect(types.get('lakeside-herald-world')).toBe('application/rdf+xml; charset=utf-8');
  });

  it('moves the newest date of the whole set to one hour before now, keeping the spacing', async () => {
    const dates: number[] = [];
    for (const source of readManifest()) {
      const { body } = await get(server, source.url);
      for (const item of await parseFeed(body)) {
        for (const date of [item.publishedAt, item.updatedAt]) if (date) dates.push(date.getTime());
      }
    }
    expect(Math.max(...dates)).toBe(NOW.getTime() - ONE_HOUR);
    // The fixture set spans 2026-11-27T00:20Z to 2026-11-28T06:00Z: 29 h 40 min.
    expect(Math.max(...dates) - Math.min(...dates)).toBe((29 * 60 + 40) * 60_000);
    expect(server.offsetMs).toBe(NOW.getTime() - ONE_HOUR - Date.parse('2026-11-28T06:00:00Z'));
  });

  it('keeps each date in its original format and zone', async () => {
    const { body } = await get(server, '/meridian-post-world.xml');
    const text = body.toString('utf8');
    expect(text).toMatch(/<pubDate>Sun, 10 Mar 2030 \d{2}:\d{2}:\d{2} EST<\/pubDate>/);
    expect(text).toMatch(/<pubDate>\w{3}, \d{2} Mar 2030 \d{2}:\d{2}:\d{2} -0500<\/pubDate>/);
    const atom = (await get(server, '/continental-observer-world.xml')).body.toString('utf8');
    expect(atom).toMatch(/<published>2030-03-10T\d{2}:\d{2}:\d{2}\+01:00<\/published>/);
  });

  it('answers conditional GETs with 304 (If-None-Match first, then If-Modified-Since)', async () => {
    const first = await get(server, '/pacific-wire-world.xml');
    const etag = first.response.headers.get('etag') ?? '';
    const lastModified = first.response.headers.get('last-modified') ?? '';
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(new Date(lastModified).getTime()).toBeLessThanOrEqual(NOW.getTime());

    const byEtag = await get(server, '/pacific-wire-world.xml', { 'if-none-match': `"other", W/${etag}` });
    expect(byEtag.response.status).toBe(304);
    expect(byEtag.body.length).toBe(0);
    expect(byEtag.response.headers.get('etag')).toBe(etag);

    expect(
      (await get(server, '/pacific-wire-world.xml', { 'if-modified-since': lastModified })).response.status,
    ).toBe(304);
    const stale = await get(server, '/pacific-wire-world.xml', {
      'if-none-match': '"other"',
      'if-modified-since': lastModified,
    });
    expect(stale.response.status).toBe(200);
    const older = new Date(Date.parse(lastModified) - 1000).toUTCString();
    expect(
      (await get(server, '/pacific-wire-world.xml', { 'if-modified-since': older })).response.status,
    ).toBe(200);
  });

  it('answers HEAD, 404 and 405', async () => {
    const head = await get(server, '/frontier-science.xml', {}, 'HEAD');
    expect(head.response.status).toBe(200);
    expect(Number(head.response.headers.get('content-length'))).toBeGreaterThan(1000);
    expect((await get(server, '/missing.xml')).response.status).toBe(404);
    expect((await get(server, '/../package.json')).response.status).toBe(404);
    expect((await get(server, '/frontier-science.xml', {}, 'POST')).response.status).toBe(405);
  });
});

describe('startFeedServer with an encoded feed', () => {
  let dir: string;
  let server: FeedServer;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'feed-server-'));
    copyFileSync(join(EDGE_DIR, 'latin1-feed.xml'), join(dir, 'latin1-feed.xml'));
    server = await startFeedServer({ dir, now: NOW });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('declares the charset of the XML declaration and changes only the dates', async () => {
    const stored = readFileSync(join(dir, 'latin1-feed.xml'));
    const { response, body } = await get(server, '/latin1-feed.xml');
    expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=iso-8859-1');
    expect(body.includes(Buffer.from([0xe9]))).toBe(true);
    const withoutDates = (bytes: Buffer) => bytes.toString('latin1').replace(DATE_TEXT, '<$1$2><');
    expect(withoutDates(body)).toBe(withoutDates(stored));
    expect(body.equals(stored)).toBe(false);
    const items = await parseFeed(body, response.headers.get('content-type'));
    expect(items[0]?.publishedAt?.getTime()).toBe(NOW.getTime() - ONE_HOUR);
    expect(items[0]?.title).toBe('Neige précoce dans le Valais : trois cols fermés');
  });
});
