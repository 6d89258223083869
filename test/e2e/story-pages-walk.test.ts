import { type ParsedMail, simpleParser } from 'mailparser';
import type { Browser, Page } from 'playwright-core';
import { queueSignups } from '../../jobs/processors';
import { runCycle } from '../../jobs/run-cycle';
import { webDeps } from '../../src/app/web';
import { buildApp } from '../../src/web';
import { type SmtpSink, startSmtpSink } from '../deliver/support/smtp-sink';
import { launchChromium } from '../support/chromium';
import { createSqliteDatabase, type TestDatabase } from '../support/databases';
import { freePort } from '../support/free-port';
import { addReader, type Pipeline, startPipeline } from '../support/pipeline';

jest.setTimeout(180_000);

/**
 * A reader's walk over the public side in real Chromium, on what a real morning run produced:
 * the fixture feeds ingested, clustered and summarized, the email sent over SMTP, and the web
 * app serving the same database. From the email to the edition, to a story, to the sign-up, to
 * the confirmation email, to an active reader.
 */
describe('from the email to the story page to a new reader', () => {
  let database: TestDatabase;
  let sink: SmtpSink;
  let pipeline: Pipeline;
  let app: ReturnType<typeof buildApp>;
  let browser: Browser;
  let base: string;
  let digest: ParsedMail;

  beforeAll(async () => {
    database = await createSqliteDatabase();
    sink = await startSmtpSink();
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    pipeline = await startPipeline(database, { smtpUrl: sink.url, overrides: { publicUrl: base } });
    const { context, queues } = pipeline;
    await addReader(context, 'morning.reader@example.org', 'Europe/Paris', ['world', 'business', 'science']);
    await runCycle(context, queues, pipeline.connection, 120_000);
    digest = await simpleParser(sink.messages[0] as Buffer);
    app = buildApp(
      webDeps(context, {
        admin: null,
        queueSignup: (signupId) => queueSignups(queues, [signupId]),
        health: async () => ({ ok: true, checks: {} }),
      }),
    );
    await app.listen({ host: '127.0.0.1', port });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await pipeline?.close();
    await sink?.close();
    await database?.drop();
  });

  function watchConsole(page: Page): string[] {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || /Content.Security.Policy/i.test(message.text()))
        problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    return problems;
  }

  test('View in browser → edition → story (its sources are its articles) → sign up → confirm → active', async () => {
    const { store } = pipeline.context;
    const html = digest.html as string;
    const viewInBrowser = /<a href="([^"]+)">View in browser<\/a>/.exec(html)?.[1] ?? '';
    expect(viewInBrowser).toMatch(new RegExp(`^${base}/editions/[0-9a-f-]{36}$`));

    const context = await browser.newContext({
      viewport: { width: 360, height: 800 },
      timezoneId: 'Asia/Tokyo',
    });
    const page = await context.newPage();
    const problems = watchConsole(page);
    await page.goto(viewInBrowser);
    expect(await page.locator('h1').count()).toBe(1);
    const headlines = page.locator('.story-list h3 a');
    expect(await headlines.count()).toBeGreaterThanOrEqual(3);

    // The first story of the edition, opened from its headline.
    const headline = (await headlines.first().textContent()) ?? '';
    await headlines.first().click();
    await page.getByRole('heading', { level: 1, name: headline }).waitFor();
    const storyUrl = page.url();
    const storyId = storyUrl.slice(storyUrl.lastIndexOf('/') + 1);
    // The email links that headline to this very page.
    expect(html).toContain(`href="${storyUrl}"`);

    // Its source list is the articles the clusterer put into the story.
    const articles = await store.articles.byStories([storyId]);
    expect(articles.length).toBeGreaterThanOrEqual(2);
    const listed = await page
      .locator('ul.sources a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect([...listed].sort()).toEqual(articles.map((article) => article.canonical_url).sort());
    const basedOn = (await page.locator('.basis').textContent()) ?? '';
    expect(basedOn).toMatch(/^Summary based on \d+ sources$|^Single source/);

    // No horizontal scrolling on a 360 px phone.
    expect(
      await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth'),
    ).toBeLessThanOrEqual(0);

    // The call to action leads into the double opt-in.
    await page.getByRole('heading', { name: /^Get a daily email with more .+ stories$/ }).waitFor();
    await page.getByLabel('Email address').fill('story.reader@example.org');
    await page.getByRole('checkbox', { name: /I agree/ }).check();
    await page.getByRole('button', { name: 'Get the daily email' }).click();
    await page.getByRole('heading', { name: 'Check your inbox' }).waitFor();

    const confirmation = await waitForMail(sink, 'story.reader@example.org');
    const confirmUrl = /https?:\/\/\S+\/confirm\/\S+/.exec(confirmation.text ?? '')?.[0] ?? '';
    expect(confirmUrl.startsWith(`${base}/confirm/`)).toBe(true);
    await page.goto(confirmUrl);
    await page.getByRole('button', { name: 'Confirm my subscription' }).click();
    await page.getByRole('heading', { name: 'You’re subscribed' }).waitFor();
    const story = (
      await store.editions.get(viewInBrowser.slice(viewInBrowser.lastIndexOf('/') + 1))
    )?.content.sections
      .flatMap((section) => section.stories)
      .find((candidate) => candidate.storyId === storyId);
    expect(await store.subscribers.getByEmail('story.reader@example.org')).toMatchObject({
      status: 'active',
      sections: [story?.section],
      // The device's zone, set by the page's script.
      timezone: 'Asia/Tokyo',
    });
    expect(problems).toEqual([]);
    await context.close();
  });

  test('the feed is well-formed XML a browser parses as Atom, one entry per edition', async () => {
    const xml = await (await fetch(`${base}/feed.xml`)).text();
    const page = await browser.newPage();
    // The browser's own XML parser: any well-formedness error yields a <parsererror> document.
    const parsed = await page.evaluate(`(() => {
      const doc = new DOMParser().parseFromString(${JSON.stringify(xml)}, 'application/xml');
      return {
        errors: doc.getElementsByTagName('parsererror').length,
        root: doc.documentElement.namespaceURI + ' ' + doc.documentElement.localName,
        entries: doc.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'entry').length,
      };
    })()`);
    expect(parsed).toEqual({ errors: 0, root: 'http://www.w3.org/2005/Atom feed', entries: 1 });
    await page.close();
  });
});

async function waitForMail(sink: SmtpSink, to: string): Promise<ParsedMail> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    for (const raw of sink.messages) {
      const mail = await simpleParser(raw);
      const address = (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.value[0]?.address;
      if (address === to) return mail;
    }
    if (Date.now() > deadline) throw new Error(`no email to ${to} arrived`);
    await new Promise((done) => setTimeout(done, 100));
  }
}
