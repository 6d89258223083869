import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { freePort } from '../test/support/free-port';

/**
 * Screenshots of the public pages for the README and docs/web-pages.md, taken by headless
 * Chromium from `brief demo --serve`: `tsx scripts/story-screenshots.ts [out-dir]` (default
 * docs/pages). The edition page the demo prints, and the story behind its first headline, each on
 * a desktop (1100 px) and a 360 px phone.
 */

const ROOT = resolve(__dirname, '..');
const CHROMIUM = '/usr/bin/chromium';
const VIEWPORTS = {
  desktop: { width: 1100, height: 800 },
  phone: { width: 360, height: 740 },
} as const;

async function main(argv: string[]): Promise<void> {
  const out = resolve(argv[0] ?? 'docs/pages');
  mkdirSync(out, { recursive: true });
  const port = await freePort();
  const demo = spawn(
    process.execPath,
    [join(ROOT, 'bin/brief.js'), 'demo', '--serve', '--port', String(port)],
    {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'warn', LOG_PRETTY: 'false' },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const editionUrl = await editionPage(demo);
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      await shoot(
        browser,
        viewport,
        async (page) => void (await page.goto(editionUrl)),
        join(out, `edition-${name}.png`),
      );
      await shoot(
        browser,
        viewport,
        async (page) => {
          await page.goto(editionUrl);
          await page.locator('.story-list h3 a').first().click();
          await page.locator('article.story h1').waitFor();
        },
        join(out, `story-${name}.png`),
      );
    }
  } finally {
    await browser.close();
    const exited = new Promise((done) => demo.once('exit', done));
    demo.kill('SIGINT');
    await exited;
  }
}

/** Waits for the demo's "Edition page: <url>" line. */
function editionPage(demo: ChildProcess): Promise<string> {
  return new Promise((done, fail) => {
    let output = '';
    demo.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /^Edition page: (\S+)$/m.exec(output)?.[1];
      if (url) done(url);
    });
    demo.once('exit', (code) => fail(new Error(`the demo exited with ${code} before serving`)));
  });
}

async function shoot(
  browser: Browser,
  viewport: { width: number; height: number },
  reach: (page: Awaited<ReturnType<Browser['newPage']>>) => Promise<void>,
  path: string,
): Promise<void> {
  const context = await browser.newContext({ viewport, colorScheme: 'light', timezoneId: 'Europe/Lisbon' });
  try {
    const page = await context.newPage();
    await reach(page);
    await page.screenshot({ path, fullPage: true });
    process.stdout.write(`wrote ${path}\n`);
  } finally {
    await context.close();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(
    `story-screenshots: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
