import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { createSqliteDatabase, type TestDatabase } from '../support/databases';
import { freePort } from '../support/free-port';
import { addSubscriber, createHarness, type Harness, tokenFor } from './support/web-harness';

/**
 * Real browser passes over the reader pages: forms work without script, the browser's own
 * Origin passes the cross-site check, the time-zone guess works with script, CSP is clean.
 */
describe('reader pages in Chromium', () => {
  let database: TestDatabase;
  let harness: Harness;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    database = await createSqliteDatabase();
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    // Plain http on loopback: no HSTS or upgrade-insecure-requests for this origin.
    harness = await createHarness(database, { config: { publicUrl: base } });
    await harness.app.listen({ host: '127.0.0.1', port });
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await harness?.close();
    await database?.drop();
  });

  function watchConsole(page: Page): string[] {
    const problems: string[] = [];
    page.on('console', (message) => {
      const text = message.text();
      // A 400 answer to an invalid form is expected; anything else logged as an error is not.
      if (/Content.Security.Policy/i.test(text)) problems.push(text);
      else if (message.type() === 'error' && !/status of 400/.test(text)) problems.push(text);
    });
    page.on('pageerror', (error) => problems.push(error.message));
    return problems;
  }

  async function open(
    options: Parameters<Browser['newContext']>[0],
  ): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext(options);
    return { context, page: await context.newPage() };
  }

  test('change preferences and the email format, see them saved, download the data, then unsubscribe', async () => {
    const reader = await addSubscriber(harness.store, {
      email: 'browser.reader@example.org',
      sections: ['world'],
    });
    const { context, page } = await open({ viewport: { width: 1000, height: 900 }, acceptDownloads: true });
    const problems = watchConsole(page);

    await page.goto(`${base}/p/${tokenFor(reader, 'manage')}`);
    expect(await page.title()).toBe('Your settings · Morning Brief');
    await page.getByLabel('Asia').check();
    await page.getByLabel('Europe').check();
    await page.getByLabel('World').uncheck();
    await page.getByLabel('Time zone').selectOption('America/Los_Angeles');
    await page.getByLabel('Delivery time').selectOption('18');
    await page.getByLabel('Weekdays', { exact: true }).check();
    await page.getByLabel('Plain text only').check();
    // Fields that apply to one choice show only with it (CSS :has, no script).
    expect(await page.getByLabel('Pause until').isVisible()).toBe(false);
    await page.getByLabel('Pause for a while').check();
    expect(await page.getByLabel('Pause until').isVisible()).toBe(true);
    await page.getByLabel('Send my brief').check();
    await page.getByRole('button', { name: 'Save settings' }).click();

    await page.waitForURL(/\?saved=1$/);
    await page.getByText('Saved. Your new settings are in place.').waitFor();
    expect(await page.getByLabel('Asia').isChecked()).toBe(true);
    expect(await page.getByLabel('World').isChecked()).toBe(false);
    expect(await page.getByLabel('Time zone').inputValue()).toBe('America/Los_Angeles');
    expect(await page.getByLabel('Delivery time').inputValue()).toBe('18');
    expect(await page.getByLabel('Plain text only').isChecked()).toBe(true);
    expect(await harness.store.subscribers.get(reader.id)).toMatchObject({
      sections: ['europe', 'asia'],
      timezone: 'America/Los_Angeles',
      sendHour: 18,
      frequency: 'weekdays',
      emailFormat: 'text',
    });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download my data' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('morning-brief-data.json');
    const file = await download.path();
    const data = JSON.parse(await readFile(file, 'utf8'));
    expect(data.subscriber).toMatchObject({ email: 'browser.reader@example.org', emailFormat: 'text' });

    await page.getByRole('link', { name: 'Unsubscribe…' }).click();
    await page.getByText('b***@example.org').waitFor();
    await page.getByRole('button', { name: 'Unsubscribe' }).click();
    await page.getByRole('heading', { name: 'You’re unsubscribed' }).waitFor();
    expect((await harness.store.subscribers.get(reader.id))?.status).toBe('unsubscribed');
    await page.getByRole('button', { name: 'Resubscribe' }).click();
    await page.getByRole('heading', { name: 'Welcome back' }).waitFor();
    expect((await harness.store.subscribers.get(reader.id))?.status).toBe('active');

    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);

  test('sign up on a phone: the time zone comes from the device, then confirm from the email', async () => {
    const { context, page } = await open({
      viewport: { width: 360, height: 800 },
      deviceScaleFactor: 2,
      timezoneId: 'Asia/Calcutta',
    });
    const problems = watchConsole(page);
    await page.goto(`${base}/subscribe`);
    // The browser reports the CLDR name; the list shows the current IANA one.
    await page.getByText('Set from this device’s time zone').waitFor();
    expect(await page.getByLabel('Time zone').inputValue()).toBe('Asia/Kolkata');
    await page.getByLabel('Email address').fill('phone.reader@example.org');
    await page.getByRole('button', { name: 'Subscribe' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByLabel('Email address').inputValue()).toBe('phone.reader@example.org');
    // No horizontal scrolling on a narrow screen.
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByRole('checkbox', { name: /I agree/ }).check();
    await page.getByRole('button', { name: 'Subscribe' }).click();
    await page.getByRole('heading', { name: 'Check your inbox' }).waitFor();

    const mail = (await harness.confirmations()).at(-1);
    expect(mail?.to).toBe('phone.reader@example.org');
    // The email names the button the page shows.
    expect(mail?.text).toContain('press "Confirm my subscription"');
    await page.goto(mail?.url ?? '');
    await page.getByRole('button', { name: 'Confirm my subscription' }).click();
    await page.getByRole('heading', { name: 'You’re subscribed' }).waitFor();
    const reader = await harness.store.subscribers.getByEmail('phone.reader@example.org');
    expect(reader).toMatchObject({ status: 'active', timezone: 'Asia/Kolkata' });
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);

  test('without JavaScript the form keeps the server default and still works; delete me works', async () => {
    const { context, page } = await open({ javaScriptEnabled: false, timezoneId: 'Asia/Tokyo' });
    await page.goto(`${base}/subscribe`);
    expect(await page.getByLabel('Time zone').inputValue()).toBe('Europe/London');
    expect(await page.getByText('Set from this device’s time zone').isVisible()).toBe(false);

    const reader = await addSubscriber(harness.store, { email: 'leaving@example.org' });
    await page.goto(`${base}/p/${tokenFor(reader, 'manage')}`);
    await page.getByRole('link', { name: 'Delete me…' }).click();
    await page.getByRole('button', { name: 'Delete my data' }).click();
    await page.getByRole('heading', { name: 'Your data is deleted' }).waitFor();
    expect(await harness.store.subscribers.get(reader.id)).toBeUndefined();
    await context.close();
  }, 60_000);
});
