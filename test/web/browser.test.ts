import type { AddressInfo } from 'node:net';
import { type Browser, chromium, type Page } from 'playwright-core';
import { createSqliteDatabase, type TestDatabase } from '../support/databases';
import { addSubscriber, createHarness, type Harness, tokenFor } from './support/web-harness';

/** One real browser pass over the reader pages: forms work without script, CSP is clean. */
describe('reader pages in Chromium', () => {
  let database: TestDatabase;
  let harness: Harness;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    database = await createSqliteDatabase();
    // Plain http on loopback: no HSTS or upgrade-insecure-requests for this origin.
    harness = await createHarness(database, { config: { publicUrl: 'http://127.0.0.1' } });
    await harness.app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(harness.app.server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
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

  test('change preferences, see them saved, then unsubscribe', async () => {
    const reader = await addSubscriber(harness.store, {
      email: 'browser.reader@example.org',
      sections: ['world'],
    });
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    const problems = watchConsole(page);

    await page.goto(`${base}/p/${tokenFor(reader, 'manage')}`);
    expect(await page.title()).toBe('Your settings · Morning Brief');
    await page.getByLabel('Asia').check();
    await page.getByLabel('Europe').check();
    await page.getByLabel('World').uncheck();
    await page.getByLabel('Time zone').selectOption('America/Los_Angeles');
    await page.getByLabel('Delivery time').selectOption('18');
    await page.getByLabel('Weekdays', { exact: true }).check();
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
    await page.screenshot({ path: '/tmp/morning-brief-preferences.png', fullPage: true });
    expect(await harness.store.subscribers.get(reader.id)).toMatchObject({
      sections: ['europe', 'asia'],
      timezone: 'America/Los_Angeles',
      sendHour: 18,
      frequency: 'weekdays',
    });

    await page.getByRole('link', { name: 'Unsubscribe…' }).click();
    await page.getByText('b***@example.org').waitFor();
    await page.screenshot({ path: '/tmp/morning-brief-unsubscribe.png', fullPage: true });
    await page.getByRole('button', { name: 'Unsubscribe' }).click();
    await page.getByRole('heading', { name: 'You’re unsubscribed' }).waitFor();
    expect((await harness.store.subscribers.get(reader.id))?.status).toBe('unsubscribed');

    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  test('the signup page renders cleanly on a phone', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    const problems = watchConsole(page);
    await page.goto(`${base}/`);
    await page.getByLabel('Email address').fill('phone.reader@example.org');
    await page.getByRole('button', { name: 'Subscribe' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByLabel('Email address').inputValue()).toBe('phone.reader@example.org');
    await page.screenshot({ path: '/tmp/morning-brief-signup-phone.png', fullPage: true });
    // No horizontal scrolling on a narrow screen.
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByRole('checkbox', { name: /I agree/ }).check();
    await page.getByRole('button', { name: 'Subscribe' }).click();
    await page.getByRole('heading', { name: 'Check your inbox' }).waitFor();
    expect(harness.confirmations.at(-1)?.subscriber.email).toBe('phone.reader@example.org');
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);
});
