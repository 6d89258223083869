import { parseFeed } from './src/sources/parse-feed';
import { bigFeed } from './test/sources/helpers/big-feed';

(async () => {
  const body = Buffer.from(bigFeed(10_000, new Date()));
  for (let i = 0; i < 2; i++) {
    let last = performance.now();
    const gaps: number[] = [];
    const timer = setInterval(() => {
      const t = performance.now();
      gaps.push(t - last);
      last = t;
    }, 2);
    const t0 = performance.now();
    const items = await parseFeed(body, 'application/rss+xml', 'https://big.example/feed');
    clearInterval(timer);
    console.log(
      'parse',
      (performance.now() - t0).toFixed(0),
      items.length,
      'max gap',
      Math.max(...gaps).toFixed(1),
      'gaps>30:',
      gaps
        .filter((g) => g > 30)
        .map((g) => g.toFixed(0))
        .join(','),
    );
  }
})();
