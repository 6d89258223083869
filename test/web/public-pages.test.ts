import FeedParser from 'feedparser';
import type { EditionContent, EditionStory } from '../../src/shared/types';
import { realisticEdition } from '../render/support/editions';
import { hostileEdition } from '../render/support/hostile';
import { inspectHtml } from '../render/support/inspect-html';
import { createSqliteDatabase, dialects, type TestDatabase } from '../support/databases';
import { storeEdition, storiesOf } from './support/public-editions';
import { createHarness, FORM, formBody, type Harness, PUBLIC_URL, snapshotRows } from './support/web-harness';

/** A story told by five outlets, two of them running one wire text: three independent reports. */
const wireStory: EditionStory = {
  storyId: 'st-port',
  section: 'world',
  headline: 'Port strike halts container traffic in Rotterdam',
  points: [
    {
      text: 'Dock workers walked out at dawn over a pay offer they called insulting.',
      sources: ['p1', 'p2'],
    },
    { text: 'Shipping lines diverted at least nine vessels to Antwerp.', sources: ['p3'] },
  ],
  outletCount: 5,
  reportCount: 3,
  singleSource: false,
  sources: [
    source('p1', 'Harbour Gazette', '2026-11-30T05:10:00Z', 'Rotterdam dockers strike', 'AP'),
    source('p2', 'Lakeside Herald', '2026-11-30T04:40:00Z', 'Dock strike in Rotterdam', 'AP'),
    source('p3', 'Pacific Wire', '2026-11-30T06:20:00Z', 'Ships diverted to Antwerp', null),
    source('p4', 'Northern Ledger', '2026-11-29T22:00:00Z', 'Union rejects pay offer', null),
    source('p5', 'Meridian Post', '2026-11-30T03:00:00Z', 'Port braces for walkout', null),
  ],
};

function source(articleId: string, outlet: string, at: string, title: string, via: string | null) {
  return { articleId, outlet, title, publishedAt: at, via, url: `https://news.example/${articleId}` };
}

const dayOne: EditionContent = {
  ...realisticEdition,
  sections: [
    {
      id: 'world',
      title: 'World',
      stories: [
        {
          ...wireStory,
          points: [
            {
              text: 'Dock workers walked out at dawn over a pay offer they called insulting.',
              sources: ['p4'],
            },
          ],
          sources: wireStory.sources.slice(3, 4),
        },
      ],
    },
  ],
};
const dayTwo: EditionContent = {
  ...realisticEdition,
  sections: [
    { id: 'world', title: 'World', stories: [wireStory, ...(realisticEdition.sections[0]?.stories ?? [])] },
    ...realisticEdition.sections.slice(1),
  ],
};

describe.each(dialects)('public pages on %s', (_dialect, createDatabase) => {
  let database: TestDatabase;
  let harness: Harness;
  const ids: Record<string, string> = {};
  let first: EditionContent;
  let latest: EditionContent;

  beforeAll(async () => {
    database = await createDatabase();
    harness = await createHarness(database, { config: { pageRecheckMs: 0 } });
    first = await storeEdition(harness.store, dayOne, { slot: '2026-11-30T00:00:00.000Z', storyIds: ids });
    latest = await storeEdition(harness.store, dayTwo, { slot: '2026-11-30T06:00:00.000Z', storyIds: ids });
  });

  afterAll(async () => {
    await harness.close();
    await database.drop();
  });

  const get = (url: string, headers: Record<string, string> = {}) =>
    harness.app.inject({ method: 'GET', url, headers });

  test('a story page: headline, update time, points with outlets, independent reports, CTA, sources', async () => {
    const response = await get(`/stories/${ids['st-port']}`);
    expect(response.statusCode).toBe(200);
    const page = inspectHtml(response.body);
    expect(page.elements.filter((element) => element.name === 'h1')).toHaveLength(1);
    expect(page.text).toContain('Port strike halts container traffic in Rotterdam');
    expect(response.body).toContain(
      '<time datetime="2026-11-30T05:52:00.000Z">30 Nov 2026, 05:52 UTC</time>',
    );
    expect(page.text).toContain('Dock workers walked out at dawn over a pay offer they called insulting.');
    expect(page.text).toContain('Harbour Gazette · Lakeside Herald');
    // Five outlets, but two carry one AP text: three independent reports.
    expect(page.text).toContain('Summary based on 3 sources');
    expect(page.text).toContain('Get a daily email with more World News stories');
    const form = page.elements.find((element) => element.name === 'form');
    expect(form?.attributes).toMatchObject({ method: 'post', action: '/subscribe' });
    const hidden = page.elements.filter((element) => element.attributes.type === 'hidden');
    expect(hidden.map((element) => [element.attributes.name, element.attributes.value])).toEqual([
      ['sections', 'world'],
      ['timezone', 'Europe/London'],
      ['sendHour', '7'],
    ]);
    // Full source list, newest first, "via" the wire as the email says it.
    const sources = page.links.filter((link) => link.href.startsWith('https://news.example/'));
    expect(sources.map((link) => link.href.slice(-2))).toEqual(['p3', 'p1', 'p2', 'p5', 'p4']);
    expect(page.text).toContain('Harbour Gazette via AP • 30 Nov •');
    for (const landmark of ['header', 'main', 'footer', 'nav']) {
      expect(page.elements.some((element) => element.name === landmark)).toBe(true);
    }
  });

  test('a story told over days: first report, earlier edition, and the points new since then', async () => {
    const page = inspectHtml((await get(`/stories/${ids['st-port']}`)).body);
    expect(page.text).toContain('How this story developed');
    const steps = page.elements.filter((element) => element.name === 'time').length;
    expect(steps).toBeGreaterThanOrEqual(4);
    expect(page.text).toMatch(
      /29 Nov 2026, 22:00 UTC : First reported by Northern Ledger 30 Nov 2026, 00:00 UTC : Previous edition 30 Nov 2026, 06:00 UTC : This update: 1 new point/,
    );
    expect(page.links).toContainEqual({ href: `/editions/${first.editionId}`, text: 'Previous edition' });
    const news = page.elements.filter((element) => element.attributes.class === 'new');
    expect(news).toHaveLength(1);
    expect(page.text).toMatch(/New Shipping lines diverted at least nine vessels to Antwerp\./);
    expect(page.text).not.toMatch(/New Dock workers/);
    // A story in one edition only has no timeline and nothing marked new.
    const once = inspectHtml((await get(`/stories/${ids['st-floods']}`)).body);
    expect(once.text).not.toContain('How this story developed');
    expect(once.elements.filter((element) => element.attributes.class === 'new')).toEqual([]);
  });

  test('a story page’s form without consent answers with the full sign-up form, values kept', async () => {
    const response = await harness.app.inject({
      method: 'POST',
      url: '/subscribe',
      headers: FORM,
      payload: formBody({
        sections: 'world',
        timezone: 'Asia/Tokyo',
        sendHour: '7',
        email: 'story.visitor@example.org',
        website: '',
      }),
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('value="story.visitor@example.org"');
    expect(response.body).toContain('name="sections" value="world" checked');
    expect(response.body).toContain('<option value=Asia/Tokyo selected>');
    expect(response.body).toContain('Tick the box to agree to receive the brief.');
  });

  test('Open Graph and Twitter card: title and the lead point; the page may be indexed', async () => {
    const { body } = await get(`/stories/${ids['st-port']}`);
    const meta = Object.fromEntries(
      inspectHtml(body)
        .elements.filter((element) => element.name === 'meta')
        .map((element) => [
          element.attributes.property ?? element.attributes.name,
          element.attributes.content,
        ]),
    );
    expect(meta['og:title']).toBe('Port strike halts container traffic in Rotterdam');
    expect(meta['og:description']).toBe(
      'Dock workers walked out at dawn over a pay offer they called insulting.',
    );
    expect(meta['og:url']).toBe(`${PUBLIC_URL}/stories/${ids['st-port']}`);
    expect(meta['twitter:card']).toBe('summary');
    expect(meta['twitter:description']).toBe(meta['og:description']);
    expect(meta.robots).toBeUndefined();
  });

  test('edition pages list every story by section, each headline linking to its story page', async () => {
    const response = await get(`/editions/${latest.editionId}`);
    expect(response.statusCode).toBe(200);
    const page = inspectHtml(response.body);
    for (const story of storiesOf(latest)) {
      expect(page.links).toContainEqual({ href: `/stories/${story.storyId}`, text: story.headline });
    }
    expect(page.text.indexOf('World')).toBeLessThan(page.text.indexOf('Business'));
    expect(page.elements.filter((element) => element.name === 'h1')).toHaveLength(1);
    expect(page.elements.filter((element) => element.name === 'ol').length).toBeGreaterThan(0);
  });

  test('GET / is the latest edition of the default sections; the sign-up form moved to /subscribe', async () => {
    const page = inspectHtml((await get('/')).body);
    expect(page.text).toContain('Latest edition');
    expect(page.text).toContain('Port strike halts container traffic in Rotterdam');
    expect(page.text).not.toContain('Chipmaker announces new plant in Dresden');
    expect(page.links).toContainEqual({ href: '/subscribe', text: 'Get the daily email' });
    const signup = await get('/subscribe');
    expect(signup.statusCode).toBe(200);
    expect(signup.body).toContain('action="/subscribe"');
    expect(signup.body).toContain('name="consent"');
  });

  test('the archive lists editions newest first, 20 a page', async () => {
    const extra = new Harness2(harness);
    const archive = inspectHtml((await get('/editions')).body);
    const editionLinks = archive.links.filter((link) => link.href.startsWith('/editions/'));
    expect(editionLinks.map((link) => link.href)).toEqual([
      `/editions/${latest.editionId}`,
      `/editions/${first.editionId}`,
    ]);
    await extra.addEditions(20);
    const newestFirst = [`/editions/${latest.editionId}`, `/editions/${first.editionId}`, ...extra.hrefs];
    const hrefsOf = (body: string) =>
      inspectHtml(body)
        .links.filter((link) => link.href.startsWith('/editions/'))
        .map((link) => link.href);
    const pageOne = await get('/editions');
    expect(hrefsOf(pageOne.body)).toEqual(newestFirst.slice(0, 20));
    expect(inspectHtml(pageOne.body).links).toContainEqual({
      href: '/editions?page=2',
      text: 'Older editions',
    });
    const pageTwo = inspectHtml((await get('/editions?page=2')).body);
    expect(
      pageTwo.links.filter((link) => link.href.startsWith('/editions/')).map((link) => link.href),
    ).toEqual(newestFirst.slice(20));
    expect(pageTwo.links).toContainEqual({ href: '/editions', text: 'Newer editions' });
    expect((await get('/editions?page=3')).statusCode).toBe(404);
    for (const bad of ['0', '-1', 'two', '1.5', '9999999']) {
      expect((await get(`/editions?page=${bad}`)).statusCode).toBe(400);
    }
  });

  test('unknown ids are a 404 page in the same look; malformed ids a 400, never a 500', async () => {
    const unknown = await get('/stories/00000000-0000-4000-8000-000000000000');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('Page not found');
    expect(unknown.body).toContain('class="masthead"');
    expect((await get('/editions/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    const malformed = [
      'not-an-id',
      '..%2F..%2Fetc%2Fpasswd',
      '%00',
      `${ids['st-port']}x`,
      'a'.repeat(500),
      '%E2%80%AE',
      "1'%20or%20'1'='1",
    ];
    for (const id of malformed) {
      for (const path of ['/stories/', '/editions/']) {
        const response = await get(`${path}${id}`);
        expect(response.statusCode).toBe(400);
        expect(response.body).toContain('class="masthead"');
      }
    }
  });

  test('the id of a story merged into another leads to the survivor’s page', async () => {
    const merged = '11111111-2222-4333-8444-555555555555';
    const at = '2026-11-30T00:00:00.000Z';
    await harness.store.stories.upsert([
      {
        id: merged,
        section: 'world',
        first_seen_at: at,
        last_seen_at: at,
        centroid: '{}',
        article_count: 1,
        outlet_count: 1,
        merged_into: ids['st-port'] as string,
      },
    ]);
    const response = await get(`/stories/${merged}`);
    expect(response.statusCode).toBe(301);
    expect(response.headers.location).toBe(`/stories/${ids['st-port']}`);
  });

  test('pages are cacheable: ETag and Cache-Control, 304 on a repeated request, no reader data', async () => {
    for (const url of [
      '/',
      `/stories/${ids['st-port']}`,
      `/editions/${latest.editionId}`,
      '/editions',
      '/feed.xml',
    ]) {
      const response = await get(url);
      expect(response.statusCode).toBe(200);
      expect(response.headers['cache-control']).toBe('public, max-age=300');
      expect(response.headers['set-cookie']).toBeUndefined();
      const etag = String(response.headers.etag);
      expect(etag).toMatch(/^"[\w-]{27}"$/);
      const again = await get(url, { 'if-none-match': etag });
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe('');
      expect((await get(url, { 'if-none-match': `W/${etag}, "other"` })).statusCode).toBe(304);
      expect((await get(url, { 'if-none-match': '"stale"' })).statusCode).toBe(200);
    }
  });

  test('a new edition reaches the pages: the story page changes, and so does its ETag', async () => {
    const before = await get(`/stories/${ids['st-floods']}`);
    await storeEdition(harness.store, realisticEdition, { slot: '2026-12-01T06:00:00.000Z', storyIds: ids });
    const after = await get(`/stories/${ids['st-floods']}`, { 'if-none-match': String(before.headers.etag) });
    expect(after.statusCode).toBe(200);
    expect(after.body).toContain('How this story developed');
  });

  test('the Atom feed has one entry per edition, linked to its page', async () => {
    const response = await get('/feed.xml');
    expect(response.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    const { meta, items } = await parseFeed(response.body);
    expect(meta['#type']).toBe('atom');
    expect(meta.title).toBe('Morning Brief');
    const count = Number((await harness.store.editions.count()).toString());
    expect(items).toHaveLength(Math.min(count, 20));
    const newest = await harness.store.editions.page(0, 1);
    expect(items[0]?.link).toBe(`${PUBLIC_URL}/editions/${newest[0]?.id}`);
    expect(items[0]?.guid).toBe(`urn:uuid:${newest[0]?.id}`);
    expect(items.every((item) => item.date instanceof Date)).toBe(true);
  });

  test('GETs of public pages leave the database unchanged', async () => {
    const before = await snapshotRows(database);
    for (const url of [
      '/',
      '/editions',
      `/stories/${ids['st-port']}`,
      '/feed.xml',
      '/stories/x',
      '/subscribe',
    ]) {
      for (const method of ['GET', 'HEAD'] as const) {
        expect((await harness.app.inject({ method, url })).statusCode).toBeLessThan(500);
      }
    }
    expect(await snapshotRows(database)).toEqual(before);
  });
});

describe('hostile feed text on the public pages', () => {
  let database: TestDatabase;
  let harness: Harness;
  let stored: EditionContent;

  beforeAll(async () => {
    database = await createSqliteDatabase();
    harness = await createHarness(database, { config: { pageRecheckMs: 0 } });
    stored = await storeEdition(harness.store, hostileEdition, { slot: '2026-11-29T06:00:00.000Z' });
  });

  afterAll(async () => {
    await harness.close();
    await database.drop();
  });

  test.each([
    ['story', () => `/stories/${storiesOf(stored)[0]?.storyId}`],
    ['edition', () => `/editions/${stored.editionId}`],
    ['home', () => '/'],
    ['archive', () => '/editions'],
  ])('the %s page lets no script, frame, handler or unsafe link through', async (_name, url) => {
    const response = await harness.app.inject({ method: 'GET', url: url() });
    expect(response.statusCode).toBe(200);
    const { elements, links, text } = inspectHtml(response.body);
    const names = new Set(elements.map((element) => element.name));
    for (const tag of ['img', 'iframe', 'object', 'embed', 'svg', 'math', 'base', 'style']) {
      expect(names.has(tag)).toBe(false);
    }
    // Our one script, from our origin.
    expect(elements.filter((element) => element.name === 'script').map((e) => e.attributes.src)).toEqual(
      names.has('script') ? [expect.stringMatching(/^\/assets\/time-zone\.js\?v=/)] : [],
    );
    expect(
      elements.flatMap((element) => Object.keys(element.attributes).filter((n) => n.startsWith('on'))),
    ).toEqual([]);
    for (const link of links) expect(link.href).toMatch(/^(https?:\/\/|\/|#main$)/);
    expect(response.body).not.toMatch(/javascript:|data:text/i);
    expect(text).not.toContain('\u202e');
    expect(Buffer.byteLength(response.body)).toBeLessThan(64 * 1024);
  });

  test('the feed stays well-formed, its HTML content escaped once more', async () => {
    const response = await harness.app.inject({ method: 'GET', url: '/feed.xml' });
    const { items } = await parseFeed(response.body);
    const content = items[0]?.description ?? '';
    const { elements } = inspectHtml(content);
    expect(elements.filter((element) => ['script', 'img', 'style'].includes(element.name))).toEqual([]);
    expect(content).not.toMatch(/javascript:/i);
  });
});

/** Adds plain editions after the fixtures, oldest first, and remembers their links. */
class Harness2 {
  readonly hrefs: string[] = [];
  constructor(private readonly harness: Harness) {}

  async addEditions(count: number): Promise<void> {
    for (let day = 0; day < count; day += 1) {
      const slot = new Date(Date.UTC(2026, 9, 1 + day, 6)).toISOString();
      const stored = await storeEdition(this.harness.store, realisticEdition, { slot });
      this.hrefs.unshift(`/editions/${stored.editionId}`);
    }
  }
}

function parseFeed(xml: string): Promise<{ meta: FeedParser.Meta; items: FeedParser.Item[] }> {
  return new Promise((resolve, reject) => {
    const parser = new FeedParser({ addmeta: false });
    const items: FeedParser.Item[] = [];
    parser.on('error', reject);
    parser.on('readable', () => {
      for (let item = parser.read(); item; item = parser.read()) items.push(item);
    });
    parser.on('end', () => resolve({ meta: parser.meta, items }));
    parser.end(xml);
  });
}
