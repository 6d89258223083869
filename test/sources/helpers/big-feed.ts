const WORDS = (
  'harbour rail budget council storm court school bridge museum strike market hospital river minister ' +
  'election flood border trade farmers drought vaccine research festival league police protest treaty ' +
  'summit shipping airline union wages housing water coast mayor judge tariff steel mine energy'
).split(' ');

/**
 * An RSS feed of `count` items of realistic size (a headline of eight varied words, a
 * two-paragraph lead), one every 30 seconds, newest first.
 */
export function bigFeed(count: number, newest: Date): string {
  let state = 12345;
  const word = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return WORDS[state % WORDS.length];
  };
  const items: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const date = new Date(newest.getTime() - index * 30_000).toUTCString();
    const title = Array.from({ length: 8 }, word).join(' ');
    items.push(
      `<item><title>${title} ${index}</title>` +
        `<link>https://big.example/news/${index}</link><guid isPermaLink="false">big-${index}</guid>` +
        `<pubDate>${date}</pubDate><description>&lt;p&gt;The council published report ${index} on Tuesday, ` +
        'setting out the cost of the harbour works and the rail link.&lt;/p&gt;&lt;p&gt;Members will vote ' +
        'on the budget next month after a public consultation.&lt;/p&gt;</description></item>',
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Big</title><link>https://big.example/</link><language>en</language>${items.join('\n')}</channel></rss>`;
}
