import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  FeedError,
  type NormalizeContext,
  normalizeFeedItems,
  type ParsedItem,
  parseFeed,
} from '../../src/sources';
import { EDGE_DIR, FEEDS_DIR, FIXTURE_NOW } from './helpers/fixtures';

/**
 * CDATA sections holding markup are lifted out before sax reads a feed and put back in the
 * strings feedparser hands over (docs/ingest.md "Speed and memory"). Every feed must give the
 * same articles either way.
 */
const WILD_DIR = join(FEEDS_DIR, 'wild');
const feedFiles = [FEEDS_DIR, EDGE_DIR, WILD_DIR].flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => /\.(xml|json|html)$/.test(name))
    .map((name) => join(dir, name)),
);

const context: NormalizeContext = {
  source: { id: 'feed', outlet: 'Outlet', section: 'world' },
  feedUrl: 'https://outlet.example/feeds/world.xml',
  fetchedAt: FIXTURE_NOW,
  maxArticleAgeHours: 24 * 365 * 10,
  newId: () => 'id',
};

async function read(body: Buffer, liftMarkup: boolean) {
  let items: ParsedItem[];
  try {
    items = await parseFeed(body, 'application/rss+xml', context.feedUrl, { liftMarkup });
  } catch (error) {
    if (error instanceof FeedError) return { error: error.failure.kind };
    throw error;
  }
  const { articles, skips } = await normalizeFeedItems(items, context);
  return { count: items.length, articles, skips };
}

describe('markup lifted out of CDATA before parsing', () => {
  it('finds fixture feeds to compare', () => {
    expect(feedFiles.length).toBeGreaterThan(20);
  });

  it.each(feedFiles.map((file) => [file.slice(FEEDS_DIR.length + 1), file]))(
    '%s gives the same articles',
    async (_name, file) => {
      const body = readFileSync(file);
      expect(await read(body, true)).toEqual(await read(body, false));
    },
  );

  const rss = (items: string) =>
    Buffer.from(
      `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title><link>https://outlet.example/</link>${items}</channel></rss>`,
    );
  const body =
    '<p>The harbour council approved the budget on Tuesday after a long debate in the chamber.</p>';

  it.each([
    [
      'a CDATA body among whitespace',
      `<item><title>One</title><description>\n  <![CDATA[${body}]]>\n</description></item>`,
    ],
    [
      'a CDATA body beside text',
      `<item><title>One</title><description>Lead: <![CDATA[${body}]]> end</description></item>`,
    ],
    [
      'two CDATA sections in one element',
      `<item><title>One</title><content:encoded><![CDATA[${body}]]><![CDATA[${body}]]></content:encoded></item>`,
    ],
    [
      'a CDATA title with markup',
      `<item><title><![CDATA[<b>Harbour</b> council approves the budget after a long debate today]]></title><description>${body}</description></item>`,
    ],
    [
      'relative links in the HTML',
      `<item><title>One</title><link>/news/1</link><description><![CDATA[<p><a href="/related">Related</a> ${body}</p>]]></description></item>`,
    ],
    [
      'text that already holds the placeholder characters',
      `<item><title>One \uE0000\uE001</title><description><![CDATA[${body}]]></description></item>`,
    ],
  ])('%s gives the same item', async (_name, items) => {
    const lifted = await parseFeed(rss(items), null, context.feedUrl);
    const read = await parseFeed(rss(items), null, context.feedUrl, { liftMarkup: false });
    expect(lifted.map((item) => [item.title, item.link])).toEqual(
      read.map((item) => [item.title, item.link]),
    );
    const text = (items: ParsedItem[]) =>
      normalizeFeedItems(items, context).then((result) => result.articles);
    expect(await text(lifted)).toEqual(await text(read));
    expect(lifted[0]?.content).toContain('harbour council');
  });

  it('skips the URL rewriting feedparser does inside lifted HTML, whose attributes sanitizing drops', async () => {
    const items = `<item><title>One</title><description><![CDATA[<p><a href="/related">Related</a> ${body}</p>]]></description></item>`;
    const [lifted] = await parseFeed(rss(items), null, context.feedUrl);
    const [read] = await parseFeed(rss(items), null, context.feedUrl, { liftMarkup: false });
    expect(lifted?.content).toContain('href="/related"');
    expect(read?.content).toContain('href="https://outlet.example/related"');
  });
});
