import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { type AppContext, closeContext, createContext } from '../src/app/context';
import { handleSignup } from '../src/app/signup';
import { webDeps } from '../src/app/web';
import { loadConfig } from '../src/config/load-config';
import { silentLogger } from '../src/shared/logger';
import type { Subscriber, SubscriberStatus } from '../src/shared/types';
import { signToken } from '../src/subscriptions/tokens';
import { buildApp } from '../src/web';
import { freePort } from '../test/support/free-port';

/**
 * Screenshots of every reader page, on a desktop and on a 360 px phone, for the docs:
 * `tsx scripts/page-screenshots.ts [out-dir]` (default docs/pages). The real web app runs on a
 * throwaway SQLite database with sign-ups handled in this process and mail written to a temporary
 * outbox; the system Chromium walks each flow as a reader would.
 */

const CHROMIUM = '/usr/bin/chromium';
const VIEWPORTS = {
  desktop: { width: 1100, height: 800 },
  phone: { width: 360, height: 740 },
} as const;
const SECRET = 'screenshot-secret-with-at-least-32-characters';

type Shot = [name: string, reach: (page: Page, site: Site) => Promise<void>];

interface Site {
  base: string;
  reader(status: SubscriberStatus, email: string): Promise<Subscriber>;
  link(kind: 'manage' | 'unsubscribe' | 'confirm', reader: Subscriber): string;
}

const SHOTS: Shot[] = [
  ['signup', async (page, site) => void (await page.goto(`${site.base}/subscribe`))],
  [
    'signup-errors',
    async (page, site) => {
      await page.goto(`${site.base}/subscribe`);
      await page.getByLabel('Email address').fill('not-an-address');
      await page.getByRole('button', { name: 'Subscribe' }).click();
      await page.getByRole('alert').waitFor();
    },
  ],
  [
    'check-inbox',
    async (page, site) => {
      await page.goto(`${site.base}/subscribe`);
      await page.getByLabel('Email address').fill('new.reader@example.org');
      await page.getByRole('checkbox', { name: /I agree/ }).check();
      await page.getByRole('button', { name: 'Subscribe' }).click();
      await page.getByRole('heading', { name: 'Check your inbox' }).waitFor();
    },
  ],
  [
    'confirm',
    async (page, site) =>
      void (await page.goto(site.link('confirm', await site.reader('pending', 'pending@example.org')))),
  ],
  [
    'confirmed',
    async (page, site) => {
      await page.goto(site.link('confirm', await site.reader('pending', 'confirming@example.org')));
      await page.getByRole('button', { name: 'Confirm my subscription' }).click();
      await page.getByRole('heading', { name: 'You’re subscribed' }).waitFor();
    },
  ],
  [
    'preferences',
    async (page, site) =>
      void (await page.goto(site.link('manage', await site.reader('active', 'reader@example.org')))),
  ],
  [
    'preferences-unsubscribed',
    async (page, site) =>
      void (await page.goto(site.link('manage', await site.reader('unsubscribed', 'left@example.org')))),
  ],
  [
    'unsubscribe',
    async (page, site) =>
      void (await page.goto(site.link('unsubscribe', await site.reader('active', 'leaving@example.org')))),
  ],
  [
    'unsubscribed',
    async (page, site) => {
      await page.goto(site.link('unsubscribe', await site.reader('active', 'gone@example.org')));
      await page.getByRole('button', { name: 'Unsubscribe' }).click();
      await page.getByRole('heading', { name: 'You’re unsubscribed' }).waitFor();
    },
  ],
  [
    'resubscribed',
    async (page, site) => {
      await page.goto(site.link('unsubscribe', await site.reader('unsubscribed', 'back@example.org')));
      await page.getByRole('button', { name: 'Resubscribe' }).click();
      await page.getByRole('heading', { name: 'Welcome back' }).waitFor();
    },
  ],
  [
    'delete',
    async (page, site) =>
      void (await page.goto(
        `${site.link('manage', await site.reader('active', 'erase@example.org'))}/delete`,
      )),
  ],
  [
    'deleted',
    async (page, site) => {
      await page.goto(`${site.link('manage', await site.reader('active', 'erased@example.org'))}/delete`);
      await page.getByRole('button', { name: 'Delete my data' }).click();
      await page.getByRole('heading', { name: 'Your data is deleted' }).waitFor();
    },
  ],
  ['link-problem', async (page, site) => void (await page.goto(`${site.base}/p/not-a-valid-link`))],
];

async function main(argv: string[]): Promise<void> {
  const out = resolve(argv[0] ?? 'docs/pages');
  mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
      await withSite(async (site) => {
        for (const [name, reach] of SHOTS)
          await shoot(browser, site, viewport, reach, join(out, `${name}-${viewportName}.png`));
      });
    }
  } finally {
    await browser.close();
  }
}

async function shoot(
  browser: Browser,
  site: Site,
  viewport: { width: number; height: number },
  reach: Shot[1],
  path: string,
): Promise<void> {
  const context = await browser.newContext({ viewport, timezoneId: 'Europe/Lisbon', colorScheme: 'light' });
  try {
    const page = await context.newPage();
    await reach(page, site);
    await page.screenshot({ path, fullPage: true });
    process.stdout.write(`wrote ${path}\n`);
  } finally {
    await context.close();
  }
}

/** The web app on a fresh database, listening on a free loopback port, for the length of `work`. */
async function withSite(work: (site: Site) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'brief-pages-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const config = loadConfig({
    env: {},
    cwd: resolve(__dirname, '..'),
    overrides: {
      databaseUrl: `sqlite:${join(dir, 'brief.db')}`,
      outboxDir: join(dir, 'outbox'),
      publicUrl: base,
      tokenSecret: SECRET,
      schedule: { defaultTimezone: 'Europe/London', defaultSendHour: 7 },
    },
  });
  const context = await createContext({ config, logger: silentLogger, cwd: dir });
  const app = buildApp(
    webDeps(context, {
      admin: null,
      queueSignup: async (id) => void (await handleSignup(context, id)),
      health: async () => ({ ok: true, checks: {} }),
    }),
  );
  try {
    await app.listen({ host: '127.0.0.1', port });
    await work(site(context, base));
  } finally {
    await app.close();
    await closeContext(context);
    rmSync(dir, { recursive: true, force: true });
  }
}

function site(context: AppContext, base: string): Site {
  return {
    base,
    reader: async (status, email) => {
      const now = context.now();
      const { subscriber } = await context.store.subscribers.create(
        {
          id: context.newId(),
          email,
          status,
          sections: ['world', 'science'],
          timezone: 'Europe/Lisbon',
          sendHour: 7,
          frequency: 'daily',
          consent: { at: now, method: 'web-form', ip: null, textVersion: '2026-11-1' },
        },
        now,
      );
      return subscriber;
    },
    link: (kind, reader) => {
      const claims = { subscriberId: reader.id, version: reader.tokenVersion };
      const token =
        kind === 'confirm'
          ? signToken(SECRET, { ...claims, purpose: kind, issuedAt: context.now() })
          : signToken(SECRET, { ...claims, purpose: kind });
      const path = { manage: '/p/', unsubscribe: '/u/', confirm: '/confirm/' }[kind];
      return `${base}${path}${token}`;
    },
  };
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(
    `page-screenshots: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
