import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import Database from 'better-sqlite3';
import { simpleParser } from 'mailparser';
import { Client } from 'pg';
import pino from 'pino';
import type { AppContext } from '../../../src/app/context';
import { handleSignup } from '../../../src/app/signup';
import { loadConfig } from '../../../src/config/load-config';
import { createSmtpMailer } from '../../../src/deliver';
import type { Subscriber } from '../../../src/shared/types';
import { openStore, type Store } from '../../../src/store';
import { signToken } from '../../../src/subscriptions/tokens';
import { buildApp } from '../../../src/web/build-app';
import type { AdminService, SubscriberStore, WebConfig, WebDeps } from '../../../src/web/web-deps';
import { type SmtpSink, startSmtpSink } from '../../deliver/support/smtp-sink';
import type { TestDatabase } from '../../support/databases';
import { ROOT } from '../../support/paths';

export const TOKEN_SECRET = 'web-test-secret-with-more-than-32-characters';
export const ADMIN_TOKEN = 'admin-token-for-tests-0123456789';
export const PUBLIC_URL = 'https://brief.example.org';

export const baseConfig: WebConfig = {
  publicUrl: PUBLIC_URL,
  sections: [
    { id: 'world', title: 'World' },
    { id: 'europe', title: 'Europe' },
    { id: 'asia', title: 'Asia' },
  ],
  defaultSections: ['world'],
  schedule: { defaultSendHour: 7, defaultTimezone: 'Europe/London' },
  adminToken: ADMIN_TOKEN,
  tokenSecrets: [TOKEN_SECRET],
};

/** A confirmation email as it arrived over SMTP: to whom, and the link it carries. */
export interface ArrivedConfirmation {
  to: string;
  url: string;
  text: string;
  html: string;
}

export interface Harness {
  app: ReturnType<typeof buildApp>;
  store: Store;
  clock: { now: Date };
  /** Waits for the sign-up jobs queued so far, then returns every confirmation email received. */
  confirmations(): Promise<ArrivedConfirmation[]>;
  /** Everything the app logged, as JSON lines. */
  logs: () => string;
  close(): Promise<void>;
}

export interface HarnessOptions {
  config?: Partial<WebConfig>;
  admin?: AdminService | null;
  health?: WebDeps['health'];
  /** Replaces the sign-up queue (by default each sign-up job runs in this process, in the background). */
  queueSignup?: WebDeps['queueSignup'];
  metrics?: WebDeps['metrics'];
  queueDashboard?: WebDeps['queueDashboard'];
}

/**
 * The web app on a real store, with sign-ups handled by the real job code (`handleSignup`) in
 * the background, as a worker would, and sent to a real SMTP server in this process.
 */
export async function createHarness(database: TestDatabase, options: HarnessOptions = {}): Promise<Harness> {
  const store = await openStore(database.url, process.cwd());
  // The real repositories are the web's stores: this is the structural-typing check.
  const subscribers: SubscriberStore = store.subscribers;
  const clock = { now: new Date('2026-11-28T06:00:00.000Z') };
  const config = { ...baseConfig, ...options.config };
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const logger = pino({ level: 'debug' }, sink);
  const smtp = await startSmtpSink();
  const jobs = signupJobs(await jobContext(store, config, smtp, logger, clock));
  const app = buildApp({
    config,
    logger,
    now: () => clock.now,
    newId: randomUUID,
    subscribers,
    signups: store.signups,
    readerData: store.readerData,
    audit: store.audit,
    editions: store.editions,
    stories: store.stories,
    admin: options.admin === undefined ? null : options.admin,
    queueSignup: options.queueSignup ?? jobs.queue,
    health: options.health ?? (async () => ({ ok: true, checks: { store: 'ok' } })),
    metrics: options.metrics ?? null,
    queueDashboard: options.queueDashboard ?? null,
  });
  await app.ready();
  return {
    app,
    store,
    clock,
    confirmations: async () => {
      await jobs.settle();
      return Promise.all(smtp.messages.map(readConfirmation));
    },
    logs: () => lines.join(''),
    close: async () => {
      await app.close();
      await jobs.settle();
      await jobs.context.mailer.close();
      await smtp.close();
      await store.close();
    },
  };
}

/** What the sign-up job needs, over the harness's store, clock and SMTP server. */
async function jobContext(
  store: Store,
  web: WebConfig,
  smtp: SmtpSink,
  logger: pino.Logger,
  clock: { now: Date },
): Promise<AppContext> {
  const dir = mkdtempSync(join(tmpdir(), 'brief-web-'));
  const sourcesFile = join(dir, 'sources.yaml');
  writeFileSync(sourcesFile, 'sources: []\n');
  try {
    const config = loadConfig({
      env: {},
      cwd: ROOT,
      overrides: {
        publicUrl: web.publicUrl,
        sourcesFile,
        sections: web.sections.map((section) => ({ ...section })),
        defaultSections: [...web.defaultSections],
        sender: { address: 'brief@brief.example.org' },
        web: { pendingExpiryDays: web.pendingExpiryDays ?? 7 },
      },
    });
    return {
      config,
      store,
      mailer: createSmtpMailer(smtp.url, { logger }),
      logger,
      tokenSecret: web.tokenSecrets[0] as string,
      tokenSecrets: web.tokenSecrets,
      cwd: ROOT,
      now: () => clock.now,
      newId: randomUUID,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function signupJobs(context: AppContext) {
  const running = new Set<Promise<unknown>>();
  return {
    context,
    queue: async (signupId: string) => {
      const job = handleSignup(context, signupId);
      running.add(job);
      void job.finally(() => running.delete(job)).catch(() => {});
    },
    settle: async () => {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  };
}

async function readConfirmation(raw: Buffer): Promise<ArrivedConfirmation> {
  const mail = await simpleParser(raw);
  const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
  const text = mail.text ?? '';
  return {
    to: to?.value[0]?.address ?? '',
    url: /https?:\/\/\S+\/confirm\/\S+/.exec(text)?.[0] ?? '',
    text,
    html: typeof mail.html === 'string' ? mail.html : '',
  };
}

export async function addSubscriber(store: Store, overrides: Partial<Subscriber> = {}): Promise<Subscriber> {
  const { subscriber } = await store.subscribers.create(
    {
      id: randomUUID(),
      email: overrides.email ?? `reader-${randomUUID().slice(0, 8)}@example.com`,
      status: overrides.status ?? 'active',
      sections: overrides.sections ?? ['world'],
      timezone: overrides.timezone ?? 'Europe/London',
      sendHour: overrides.sendHour ?? 7,
      frequency: overrides.frequency ?? 'daily',
      weeklyDay: overrides.weeklyDay ?? 1,
      consent: null,
    },
    new Date('2026-11-01T00:00:00.000Z'),
  );
  return subscriber;
}

export function tokenFor(
  subscriber: Subscriber,
  purpose: 'manage' | 'unsubscribe' | 'confirm',
  issuedAt = new Date('2026-11-28T06:00:00.000Z'),
  secret = TOKEN_SECRET,
): string {
  const claims = { subscriberId: subscriber.id, version: subscriber.tokenVersion };
  if (purpose === 'confirm') return signToken(secret, { ...claims, purpose, issuedAt });
  return signToken(secret, { ...claims, purpose });
}

export function formBody(fields: Record<string, string | string[]>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) params.append(name, item);
  }
  return params.toString();
}

/** A form posted by a browser from one of our own pages: it carries our origin. */
export const FORM = { 'content-type': 'application/x-www-form-urlencoded', origin: PUBLIC_URL };

const TABLES = [
  'subscribers',
  'deliveries',
  'audit_log',
  'signup_requests',
  'consent_records',
  'erased_addresses',
];

/** Every row of the tables the web can touch, read through a separate connection. */
export async function snapshotRows(database: TestDatabase): Promise<Record<string, unknown[]>> {
  const snapshot: Record<string, unknown[]> = {};
  if (database.dialect === 'sqlite') {
    const db = new Database(database.url.replace(/^sqlite:/, ''), { readonly: true });
    try {
      for (const table of TABLES) snapshot[table] = db.prepare(`select * from ${table} order by 1`).all();
    } finally {
      db.close();
    }
    return snapshot;
  }
  const client = new Client({ connectionString: database.url });
  await client.connect();
  try {
    for (const table of TABLES)
      snapshot[table] = (await client.query(`select * from ${table} order by 1`)).rows;
  } finally {
    await client.end();
  }
  return snapshot;
}
