import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { simpleParser } from 'mailparser';
import { chromium } from 'playwright-core';

/**
 * Renders an HTML email to a PNG for the docs:
 * `tsx scripts/email-screenshot.ts <in.html|in.eml> <out.png> [max-height-px]`.
 * An .eml is read with mailparser and its HTML part rendered; a height keeps only the top.
 * Uses the system Chromium; the page is loaded with network access off, so what the picture
 * shows is what a client with remote content blocked shows (the email has none anyway).
 */

const CHROMIUM = '/usr/bin/chromium';
/** Wide enough for the 600 px body plus the page margin most desktop clients show. */
const VIEWPORT = { width: 680, height: 900 };

async function main(argv: string[]): Promise<number> {
  const [input, output, height] = argv;
  const maxHeight = height === undefined ? null : Number(height);
  if (!input || !output || (maxHeight !== null && !(maxHeight > 0))) {
    process.stderr.write(
      'usage: tsx scripts/email-screenshot.ts <in.html|in.eml> <out.png> [max-height-px]\n',
    );
    return 2;
  }
  const html = await readHtml(resolve(input));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 2, offline: true });
    const page = await context.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    const clip = maxHeight === null ? undefined : { x: 0, y: 0, width: VIEWPORT.width, height: maxHeight };
    await page.screenshot({ path: resolve(output), fullPage: true, ...(clip ? { clip } : {}) });
    process.stdout.write(`wrote ${output}\n`);
    return 0;
  } finally {
    await browser.close();
  }
}

async function readHtml(path: string): Promise<string> {
  const content = await readFile(path);
  if (!path.endsWith('.eml')) return content.toString('utf8');
  const mail = await simpleParser(content);
  if (typeof mail.html !== 'string') throw new Error(`${path} has no HTML part`);
  return mail.html;
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
