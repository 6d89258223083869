import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import pino from 'pino';
import type { Subscriber } from '../../../src/shared/types';
import { openStore, type Store } from '../../../src/store';
import { signToken } from '../../../src/subscriptions/tokens';
import { buildApp } from '../../../src/web/build-app';
import type {
  AdminService,
  AuditStore,
  SubscriberStore,
  WebConfig,
  WebDeps,
} from '../../../src/web/web-deps';
import type { TestDatabase } from '../../support/databases';

export const TOKEN_SECRET = 'web-test-secret-with-more-than-32-characters';
export const ADMIN_TOKEN = 'admin-token-for-tests-0123456789';

export const baseConfig: WebConfig = {
  publicUrl: 'https://brief.example.org',
  sections: [
    { id: 'world', title: 'World' },
    { id: 'europe', title: 'Europe' },
    { id: 'asia', title: 'Asia' },
  ],
  defaultSections: ['world'],
  schedule: { defaultSendHour: 7, defaultTimezone: 'Europe/London' },
  adminToken: ADMIN_TOKEN,
  tokenSecret: TOKEN_SECRET,
};

export interface Harness {
  app: ReturnType<typeof buildApp>;
  store: Store;
  clock: { now: Date };
  confirmations: { subscriber: Subscriber; url: string }[];
  /** Everything the app logged, as JSON lines. */
  logs: () => string;
  close(): Promise<void>;
}

export interface HarnessOptions {
  config?: Partial<WebConfig>;
  admin?: AdminService | null;
  health?: WebDeps['health'];
  sendConfirmation?: WebDeps['sendConfirmation'];
}

export async function createHarness(database: TestDatabase, options: HarnessOptions = {}): Promise<Harness> {
  const store = await openStore(database.url, process.cwd());
  // The real repositories are the web's stores: this is the structural-typing check.
  const subscribers: SubscriberStore = store.subscribers;
  const audit: AuditStore = store.audit;
  const clock = { now: new Date('2026-11-28T06:00:00.000Z') };
  const confirmations: Harness['confirmations'] = [];
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const app = buildApp({
    config: { ...baseConfig, ...options.config },
    logger: pino({ level: 'debug' }, sink),
    now: () => clock.now,
    newId: randomUUID,
    subscribers,
    audit,
    admin: options.admin === undefined ? null : options.admin,
    sendConfirmation: async (subscriber, url) => {
      confirmations.push({ subscriber, url });
      await options.sendConfirmation?.(subscriber, url);
    },
    health: options.health ?? (async () => ({ ok: true, checks: { store: 'ok' } })),
  });
  await app.ready();
  return {
    app,
    store,
    clock,
    confirmations,
    logs: () => lines.join(''),
    close: async () => {
      await app.close();
      await store.close();
    },
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
): string {
  const claims = { subscriberId: subscriber.id, version: subscriber.tokenVersion };
  if (purpose === 'confirm') return signToken(TOKEN_SECRET, { ...claims, purpose, issuedAt });
  return signToken(TOKEN_SECRET, { ...claims, purpose });
}

export function formBody(fields: Record<string, string | string[]>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) params.append(name, item);
  }
  return params.toString();
}

export const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

const TABLES = ['subscribers', 'deliveries', 'audit_log'];

/** Every row of the tables the web can touch, read through a separate connection. */
export async function snapshotRows(database: TestDatabase): Promise<Record<string, unknown[]>> {
  const snapshot: Record<string, unknown[]> = {};
  if (database.dialect === 'sqlite') {
    const db = new Database(database.url.replace(/^sqlite:/, ''), { readonly: true });
    try {
      for (const table of TABLES) snapshot[table] = db.prepare(`select * from ${table} order by id`).all();
    } finally {
      db.close();
    }
    return snapshot;
  }
  const client = new Client({ connectionString: database.url });
  await client.connect();
  try {
    for (const table of TABLES)
      snapshot[table] = (await client.query(`select * from ${table} order by id`)).rows;
  } finally {
    await client.end();
  }
  return snapshot;
}
