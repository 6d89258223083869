import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { bigFeed } from '../test/sources/helpers/big-feed';
import { mulberry32 } from './prng';

/**
 * The feed server of `npm run bench:ingest`, run in a process of its own so its CPU is not the
 * ingester's: FEEDS feeds of ITEMS items of realistic size (a headline, a summary paragraph and
 * a three-to-six paragraph content:encoded body with links, images and a tracking pixel, about
 * 4 KB an item, 200 KB a feed), one in ten broken in its own way. Good feeds answer 304 to their
 * ETag. `/big.xml` is one feed of 10,000 items, for the event-loop stall figure. Prints `port=N`
 * on stdout once listening.
 */
const FEEDS = Number(process.env.BENCH_FEEDS ?? 500);
const ITEMS = Number(process.env.BENCH_ITEMS ?? 50);
const HOSTS = Number(process.env.BENCH_HOSTS ?? 100);
const NOW = Date.parse(process.env.BENCH_NOW ?? '2026-11-28T07:00:00Z');

const WORDS = (
  'minister council harbour election budget court storm flood rail bridge hospital school strike ' +
  'talks ceasefire market bank inflation energy wind solar port border trade export farmers drought ' +
  'wildfire earthquake vaccine research university museum festival league final coach record police ' +
  'protest parliament senate treaty summit refugees aid shipping airline airport union wages housing ' +
  'rents water river coast mayor governor court judge ruling appeal tariff steel mine copper oil gas'
).split(' ');
const VERBS =
  'approves rejects delays opens closes warns plans backs cuts raises wins loses faces ends'.split(' ');
const PLACES =
  'Lisbon Valparaiso Accra Osaka Tallinn Recife Perth Bergen Quito Izmir Dakar Hobart Cork Tartu'.split(' ');

/** The ways a tenth of the feeds are broken, one each in turn. */
const BROKEN = [
  '404',
  '410',
  '500',
  '503',
  'html',
  'truncated',
  'garbage',
  'empty',
  'reset',
  'too_large',
] as const;

function sentence(random: () => number, words: number): string {
  const pick = (list: string[]) => list[Math.floor(random() * list.length)] as string;
  const parts = [pick(PLACES), pick(WORDS), pick(VERBS)];
  while (parts.length < words) parts.push(pick(WORDS));
  return `${parts.join(' ')}.`;
}

function item(feed: number, index: number, random: () => number): string {
  const title = sentence(random, 8 + Math.floor(random() * 5)).slice(0, -1);
  const date = new Date(NOW - (index * 25 + (feed % 20)) * 60_000).toUTCString();
  const link = `https://outlet-${feed}.example/news/${feed}-${index}?utm_source=rss&amp;utm_medium=feed`;
  const paragraphs = Array.from({ length: 3 + Math.floor(random() * 4) }, () =>
    Array.from({ length: 4 + Math.floor(random() * 4) }, () =>
      sentence(random, 10 + Math.floor(random() * 10)),
    ).join(' '),
  );
  const body = paragraphs
    .map((text, n) =>
      n === 1
        ? `<p>${text} <a href="https://outlet-${feed}.example/related/${n}">Related</a></p><figure><img src="https://cdn.example/${feed}-${index}.jpg"><figcaption>Photo: Agency</figcaption></figure>`
        : `<p>${text}</p>`,
    )
    .join('');
  return `<item><title>${title}</title><link>${link}</link><guid isPermaLink="false">outlet-${feed}-${index}</guid>
<pubDate>${date}</pubDate><description><![CDATA[<p>${paragraphs[0]?.slice(0, 300)}</p>]]></description>
<content:encoded><![CDATA[${body}<img src="https://pixel.example/t.gif?i=${index}" width="1" height="1">]]></content:encoded></item>`;
}

function feedBody(feed: number): string {
  const random = mulberry32(feed + 1);
  const items = Array.from({ length: ITEMS }, (_, index) => item(feed, index, random)).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Outlet ${feed}</title><link>https://outlet-${feed}.example/</link><language>en</language>
<description>News from outlet ${feed}</description>
${items}
</channel></rss>`;
}

const bodies = new Map<number, { body: Buffer; etag: string }>();
function goodFeed(feed: number) {
  let entry = bodies.get(feed);
  if (!entry) {
    const body = Buffer.from(feedBody(feed));
    entry = { body, etag: `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"` };
    bodies.set(feed, entry);
  }
  return entry;
}

function serveBroken(
  kind: (typeof BROKEN)[number],
  feed: number,
  request: IncomingMessage,
  response: ServerResponse,
) {
  const xml = { 'content-type': 'application/rss+xml' };
  switch (kind) {
    case '404':
    case '410':
    case '500':
      response.writeHead(Number(kind)).end();
      return;
    case '503':
      response.writeHead(503, { 'retry-after': '3600' }).end();
      return;
    case 'html':
      response
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<!doctype html><html><body>Moved</body></html>');
      return;
    case 'truncated':
      response.writeHead(200, xml).end(goodFeed(feed).body.subarray(0, 60_000));
      return;
    case 'garbage':
      response.writeHead(200, xml).end('%PDF-1.7 this is not a feed at all');
      return;
    case 'empty':
      response.writeHead(200, xml).end();
      return;
    case 'reset':
      request.socket.destroy();
      return;
    case 'too_large':
      response.writeHead(200, xml);
      response.end(Buffer.alloc(6_000_000, 0x20));
      return;
  }
}

let big: string | undefined;

function handle(request: IncomingMessage, response: ServerResponse) {
  if (request.url === '/big.xml') {
    big ??= bigFeed(10_000, new Date(NOW));
    response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(big);
    return;
  }
  const feed = Number(request.url?.match(/^\/feeds\/(\d+)\.xml/)?.[1] ?? Number.NaN);
  if (!Number.isInteger(feed) || feed < 0 || feed >= FEEDS) {
    response.writeHead(404).end();
    return;
  }
  if (feed % 10 === 9) {
    serveBroken(BROKEN[Math.floor(feed / 10) % BROKEN.length] ?? '404', feed, request, response);
    return;
  }
  const { body, etag } = goodFeed(feed);
  if (request.headers['if-none-match'] === etag) {
    response.writeHead(304, { etag }).end();
    return;
  }
  response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag }).end(body);
}

// Bodies are generated before listening, so their cost is not counted in the first poll.
for (let feed = 0; feed < FEEDS; feed += 1) if (feed % 10 !== 9) goodFeed(feed);
void listenOnHosts().then((port) => process.stdout.write(`port=${port} hosts=${HOSTS}\n`));

/**
 * One listener per publisher host, 127.0.1.1 to 127.0.1.HOSTS (all loopback), on one port:
 * the ingester limits polls per host, so 500 feeds on one address would measure that limit,
 * not ingestion. Feed n lives on host n % HOSTS + 1.
 */
async function listenOnHosts(): Promise<number> {
  let port = 0;
  const servers: Server[] = [];
  for (let host = 1; host <= HOSTS; host += 1) {
    const server = createServer(handle);
    await new Promise<void>((done) => server.listen(port, `127.0.1.${host}`, done));
    port = (server.address() as AddressInfo).port;
    servers.push(server);
  }
  process.on('SIGTERM', () => {
    for (const server of servers) server.close();
    process.exit(0);
  });
  return port;
}
