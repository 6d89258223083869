import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

/**
 * Renders an HTML email to a PNG for the docs: `tsx scripts/email-screenshot.ts <in.html> <out.png>`.
 * Uses the system Chromium; the page is loaded with network access off, so what the picture
 * shows is what a client with remote content blocked shows (the email has none anyway).
 */

const CHROMIUM = '/usr/bin/chromium';
/** Wide enough for the 600 px body plus the page margin most desktop clients show. */
const VIEWPORT = { width: 680, height: 900 };

async function main(argv: string[]): Promise<number> {
  const [input, output] = argv;
  if (!input || !output) {
    process.stderr.write('usage: tsx scripts/email-screenshot.ts <in.html> <out.png>\n');
    return 2;
  }
  const html = await readFile(resolve(input), 'utf8');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 2, offline: true });
    const page = await context.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    await page.screenshot({ path: resolve(output), fullPage: true });
    process.stdout.write(`wrote ${output}\n`);
    return 0;
  } finally {
    await browser.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`email-screenshot: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
