import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type FeedRequest,
  type FetchResult,
  type FetchSettings,
  fetchFeed,
  MAX_REDIRECTS,
} from '../../src/sources';
import { fixture } from './helpers/fixtures';
import { conditionalFeed, reply, startTestServer, type TestServer } from './helpers/test-server';

const NOW = new Date('2026-11-28T06:00:00Z');
const settings: FetchSettings = {
  fetch,
  timeoutMs: 10_000,
  maxFeedBytes: 200_000,
  userAgent: 'MorningBrief/test (+https://brief.example)',
  now: NOW,
};
const FEED = fixture('pacific-wire-world.xml');
const ATOM = 'application/atom+xml; charset=utf-8';

function failureOf(result: FetchResult) {
  if (result.kind !== 'failed') throw new Error(`expected a failure, got ${result.kind}`);
  return result.failure;
}

describe('fetchFeed against a real local server', () => {
  let server: TestServer;
  const get = (
    path: string,
    extra: Partial<FetchSettings> = {},
    validators: Pick<FeedRequest, 'etag' | 'lastModified'> = { etag: null, lastModified: null },
  ) => fetchFeed({ url: server.url(path), ...validators }, { ...settings, ...extra });

  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(async () => {
    await server.close();
  });

  it('fetches a feed with its validators, identifying itself', async () => {
    server.route('/feed.xml', conditionalFeed(FEED, ATOM, '"v1"', 'Sat, 28 Nov 2026 05:00:00 GMT'));
    const result = await get('/feed.xml');
    expect(result).toMatchObject({ kind: 'fetched', contentType: ATOM, etag: '"v1"', redirected: false });
    expect(result.kind === 'fetched' && result.body.equals(FEED)).toBe(true);
    expect(server.requests[0]?.headers['user-agent']).toBe(settings.userAgent);
    expect(server.requests[0]?.headers.accept).toMatch(/application\/rss\+xml/);
  });

  it('sends If-None-Match and If-Modified-Since and understands 304', async () => {
    server.route('/feed.xml', conditionalFeed(FEED, ATOM, '"v1"', 'Sat, 28 Nov 2026 05:00:00 GMT'));
    const result = await get(
      '/feed.xml',
      {},
      { etag: '"v1"', lastModified: 'Sat, 28 Nov 2026 05:00:00 GMT' },
    );
    expect(result.kind).toBe('not_modified');
    expect(server.requests[0]?.headers['if-none-match']).toBe('"v1"');
    expect(server.requests[0]?.headers['if-modified-since']).toBe('Sat, 28 Nov 2026 05:00:00 GMT');
  });

  it('follows relative and absolute redirects', async () => {
    server.route('/old', reply(301, { location: '/moved' }));
    server.route('/moved', reply(308, { location: server.url('/feed.xml') }));
    server.route('/feed.xml', reply(200, { 'content-type': ATOM }, FEED));
    const result = await get('/old');
    expect(result).toMatchObject({ kind: 'fetched', url: server.url('/feed.xml'), redirected: true });
  });

  it(`gives up after ${MAX_REDIRECTS} redirects`, async () => {
    server.route('/loop', reply(302, { location: '/loop' }));
    const failure = failureOf(await get('/loop'));
    expect(failure.kind).toBe('too_many_redirects');
    expect(server.requests).toHaveLength(MAX_REDIRECTS + 1);
  });

  it('refuses a redirect to a non-http(s) URL or without Location', async () => {
    server.route('/js', reply(302, { location: 'javascript:alert(1)' }));
    server.route('/none', reply(302, {}));
    expect(failureOf(await get('/js')).kind).toBe('bad_redirect');
    expect(failureOf(await get('/none')).kind).toBe('bad_redirect');
  });

  it('reads Retry-After in seconds on 429', async () => {
    server.route('/feed.xml', reply(429, { 'retry-after': '120' }, 'slow down'));
    expect(failureOf(await get('/feed.xml'))).toEqual({
      kind: 'rate_limited',
      message: 'sources: the feed server says too many requests (HTTP 429)',
      httpStatus: 429,
      retryAfter: new Date('2026-11-28T06:02:00Z'),
    });
  });

  it('reads Retry-After as an HTTP-date on 503', async () => {
    server.route('/feed.xml', reply(503, { 'retry-after': 'Sat, 28 Nov 2026 08:00:00 GMT' }));
    expect(failureOf(await get('/feed.xml'))).toMatchObject({
      kind: 'server_error',
      httpStatus: 503,
      retryAfter: new Date('2026-11-28T08:00:00Z'),
    });
  });

  it.each([
    [500, 'server_error'],
    [404, 'not_found'],
    [410, 'gone'],
    [403, 'client_error'],
  ])('classifies HTTP %i as %s', async (status, kind) => {
    server.route('/feed.xml', reply(status, { 'content-type': 'text/html' }, '<h1>error</h1>'));
    expect(failureOf(await get('/feed.xml'))).toMatchObject({ kind, httpStatus: status });
  });

  it('times out a server that stops sending mid-body', async () => {
    server.route('/slow.xml', (_request, response) => {
      response.writeHead(200, { 'content-type': ATOM });
      response.write(FEED.subarray(0, 500));
    });
    const started = Date.now();
    const failure = failureOf(await get('/slow.xml', { timeoutMs: 300 }));
    expect(failure.kind).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('times out a server that never answers', async () => {
    server.route('/silent.xml', () => undefined);
    expect(failureOf(await get('/silent.xml', { timeoutMs: 300 })).kind).toBe('timeout');
  });

  it('refuses a body over the limit while streaming (no Content-Length)', async () => {
    let sent = 0;
    server.route('/huge.xml', (_request, response) => {
      response.writeHead(200, { 'content-type': ATOM });
      const chunk = Buffer.alloc(16_384, 'a');
      const pump = () => {
        while (sent < 5_000_000 && response.write(chunk)) sent += chunk.length;
        if (sent < 5_000_000) response.once('drain', pump);
        else response.end();
      };
      pump();
    });
    const failure = failureOf(await get('/huge.xml', { maxFeedBytes: 50_000 }));
    expect(failure.kind).toBe('too_large');
    expect(failure.message).toBe(
      'sources: the feed is larger than the 50000-byte limit (ingest.maxFeedBytes)',
    );
    expect(sent).toBeLessThan(5_000_000);
  });

  it('refuses a declared Content-Length over the limit before reading', async () => {
    server.route('/big.xml', reply(200, { 'content-type': ATOM, 'content-length': FEED.length }, FEED));
    expect(failureOf(await get('/big.xml', { maxFeedBytes: 1000 })).kind).toBe('too_large');
  });

  it('reports an empty 200 body', async () => {
    server.route('/empty.xml', reply(200, { 'content-type': ATOM }, ''));
    expect(failureOf(await get('/empty.xml')).kind).toBe('empty_body');
  });

  it('reports a refused connection', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const result = await fetchFeed(
      { url: `http://127.0.0.1:${port}/feed.xml`, etag: null, lastModified: null },
      settings,
    );
    expect(failureOf(result).kind).toBe('connect');
  });

  it('reports an invalid feed URL', async () => {
    const result = await fetchFeed({ url: 'http://', etag: null, lastModified: null }, settings);
    expect(failureOf(result).kind).toBe('bad_url');
  });
});
