import { monitorEventLoopDelay } from 'node:perf_hooks';
import pino from 'pino';
import { ingestSource } from './src/sources';
import { bigFeed } from './test/sources/helpers/big-feed';
import { MemoryStore } from './test/sources/helpers/memory-store';
import { reply, startTestServer } from './test/sources/helpers/test-server';

(async () => {
  const now = new Date('2026-11-28T07:00:00Z');
  const body = bigFeed(10_000, now);
  console.log('bytes', Buffer.byteLength(body));
  const server = await startTestServer({
    '/big.xml': reply(200, { 'content-type': 'application/rss+xml' }, body),
  });
  const h = monitorEventLoopDelay({ resolution: 5 });
  h.enable();
  let last = performance.now();
  let maxGap = 0;
  const timer = setInterval(() => {
    const t = performance.now();
    maxGap = Math.max(maxGap, t - last);
    last = t;
  }, 5);
  const t0 = performance.now();
  const outcome = await ingestSource(
    {
      id: 'big',
      outlet: 'Big',
      url: server.url('/big.xml'),
      section: 'world',
      etag: null,
      lastModified: null,
      errorCount: 0,
      status: 'active',
    },
    {
      store: new MemoryStore(),
      now,
      options: {
        timeoutMs: 10000,
        maxFeedBytes: 10_000_000,
        userAgent: 'x',
        pollMinutes: 30,
        maxArticleAgeHours: 96,
        maxItemsPerPoll: Number(process.argv[2] ?? 200),
      },
      logger: pino({ level: 'silent' }),
      newId: (() => {
        let n = 0;
        return () => String(n++);
      })(),
    },
  );
  clearInterval(timer);
  h.disable();
  console.log(
    'wall',
    (performance.now() - t0).toFixed(0),
    'ms; maxGap',
    maxGap.toFixed(1),
    'ms; elu max',
    (h.max / 1e6).toFixed(1),
    outcome.status,
    outcome.inserted.length,
    outcome.skipped,
  );
  await server.close();
})();
