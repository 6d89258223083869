/** An RSS feed of `count` items of realistic size (a title, a two-paragraph lead), newest first. */
export function bigFeed(count: number, newest: Date): string {
  const items: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const date = new Date(newest.getTime() - index * 60_000).toUTCString();
    items.push(
      `<item><title>Council report ${index} on harbour works and the rail link budget</title>` +
        `<link>https://big.example/news/${index}</link><guid isPermaLink="false">big-${index}</guid>` +
        `<pubDate>${date}</pubDate><description>&lt;p&gt;The council published report ${index} on Tuesday, ` +
        'setting out the cost of the harbour works and the rail link.&lt;/p&gt;&lt;p&gt;Members will vote ' +
        'on the budget next month after a public consultation.&lt;/p&gt;</description></item>',
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Big</title><link>https://big.example/</link><language>en</language>${items.join('\n')}</channel></rss>`;
}
