import { availableParallelism } from 'node:os';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { DEFAULT_MAX_POINTS } from '../shared/key-points';

/**
 * Parse workers when the configuration names none: one per core the main thread leaves, at
 * least one (docs/ingest.md "Parse workers").
 */
export function defaultParseWorkers(): number {
  return Math.max(1, availableParallelism() - 1);
}

/**
 * Every configuration key, its default and a one-line doc, in one place. The YAML file
 * (`BRIEF_CONFIG`, default `config/brief.yaml`) and the environment (see env.ts) feed it;
 * it is validated once at start, then frozen.
 */

const timeZone = z.string().refine((zone) => DateTime.local().setZone(zone).isValid, {
  message: 'expected an IANA time zone such as "Europe/Paris"',
});
const httpUrl = z
  .string()
  .refine(isHttpUrl, { message: 'expected an http(s) URL such as "https://example.org/feed"' });
const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected lowercase letters, digits and dashes');
const cron = z
  .string()
  .regex(/^(\S+\s+){4,5}\S+$/, 'expected a cron expression with 5 or 6 fields, e.g. "*/5 * * * *"');

/** TOKEN_SECRET holds one secret, or several separated by commas (rotation: the first signs). */
export function splitSecrets(value: string): string[] {
  return value.split(',').map((secret) => secret.trim());
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

export const sectionSchema = z
  .object({
    id: slug.describe('Section id used in sources and subscriber preferences.'),
    title: z.string().min(1).describe('Heading shown in the email.'),
    languages: z
      .array(z.string().regex(/^[a-z]{2,3}$/, 'expected ISO 639-1 codes such as "en"'))
      .default([])
      .describe('Languages this section takes (ISO 639-1); articles in others are skipped. Empty: all.'),
    maxStories: z.number().int().min(1).max(20).default(6).describe('Most stories this section shows.'),
  })
  .strict();

export const sourceSchema = z
  .object({
    id: slug.describe('Stable id of the source.'),
    outlet: z.string().min(1).describe('Outlet name shown in source lists, e.g. "BBC News".'),
    url: httpUrl.describe('RSS or Atom feed URL.'),
    section: slug.describe('Section the feed belongs to.'),
    enabled: z.boolean().default(true).describe('Set false to stop polling without losing history.'),
  })
  .strict();

export const configSchema = z
  .object({
    env: z.enum(['development', 'production', 'test']).default('development').describe('NODE_ENV.'),
    publicUrl: httpUrl
      .default('http://localhost:8080')
      .describe('Base URL of the web role, used in email links.'),
    port: z.number().int().min(0).max(65535).default(8080).describe('Port the web role listens on.'),
    databaseUrl: z
      .string()
      .regex(/^(sqlite:|postgres(ql)?:\/\/)/, 'expected sqlite:<path> or postgres://…')
      .default('sqlite:./data/brief.db')
      .describe('Store: sqlite:<path> (default) or a PostgreSQL URL.'),
    redisUrl: z
      .string()
      .regex(/^rediss?:\/\//, 'expected redis:// or rediss://')
      .default('redis://127.0.0.1:6379')
      .describe('Redis for the BullMQ queues.'),
    queuePrefix: z
      .string()
      .min(1)
      .default('brief')
      .describe('BullMQ key prefix; use a hash tag such as "{brief}" on Redis Cluster.'),
    smtpUrl: z
      .string()
      .regex(/^smtps?:\/\//, 'expected smtp:// or smtps://')
      .nullable()
      .default(null)
      .describe('SMTP relay; when unset, messages go to the outbox folder.'),
    outboxDir: z.string().min(1).default('./outbox').describe('Folder for .eml files when SMTP is not set.'),
    tokenSecret: z
      .string()
      .refine((value) => splitSecrets(value).every((secret) => secret.length >= 32), {
        message: 'expected one or more comma-separated secrets of at least 32 characters each',
      })
      .nullable()
      .default(null)
      .describe(
        'HMAC keys for reader links (TOKEN_SECRET), comma-separated: the first signs, all verify; required in production.',
      ),
    adminToken: z
      .string()
      .min(24, 'expected at least 24 characters')
      .nullable()
      .default(null)
      .describe('Bearer token for the admin API (ADMIN_TOKEN); admin API is off when unset.'),
    metricsToken: z
      .string()
      .min(24, 'expected at least 24 characters')
      .nullable()
      .default(null)
      .describe('Bearer token of GET /metrics (METRICS_TOKEN); the endpoint is off when unset.'),
    metricsPort: z
      .number()
      .int()
      .min(0)
      .max(65535)
      .default(9464)
      .describe('Port of GET /metrics in a worker process without the web role (METRICS_PORT).'),
    shutdownTimeoutMs: z
      .number()
      .int()
      .min(1000)
      .max(600_000)
      .default(30_000)
      .describe(
        'On SIGTERM, exit after this long even if work in flight has not finished (SHUTDOWN_TIMEOUT_MS).',
      ),
    log: z
      .object({
        level: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
        pretty: z
          .boolean()
          .nullable()
          .default(null)
          .describe('Readable lines; default: when stdout is a TTY.'),
      })
      .strict()
      .default({ level: 'info', pretty: null }),
    sender: z
      .object({
        name: z.string().min(1).default('Morning Brief').describe('Display name in From.'),
        address: z.string().email().default('brief@localhost.localdomain').describe('From address.'),
        replyTo: z.string().email().nullable().default(null),
        postalAddress: z
          .string()
          .min(10)
          .default('Morning Brief, 1 Example Street, 00000 Example City')
          .describe("Operator's postal address printed in every email (CAN-SPAM)."),
        listId: z
          .string()
          .regex(/^[A-Za-z0-9.-]+$/, 'expected a dotted list id such as world.brief.example.org')
          .default('world.morning-brief.localhost')
          .describe('List-Id header value (RFC 2919).'),
      })
      .strict()
      .prefault({}),
    sections: z
      .array(sectionSchema)
      .min(1)
      .default([{ id: 'world', title: 'World', maxStories: 8, languages: [] }])
      .describe('Sections of the digest, in display order.'),
    defaultSections: z.array(slug).min(1).default(['world']).describe('Sections a new subscriber gets.'),
    sourcesFile: z.string().min(1).default('config/sources.yaml').describe('YAML list of feeds.'),
    schedule: z
      .object({
        tickCron: cron.default('*/5 * * * *').describe('How often the scheduler looks for due work.'),
        defaultSendHour: z.number().int().min(0).max(23).default(7),
        defaultTimezone: timeZone.default('UTC'),
      })
      .strict()
      .prefault({}),
    ingest: z
      .object({
        pollMinutes: z.number().int().min(5).max(1440).default(30).describe('Normal interval between polls.'),
        timeoutMs: z.number().int().min(1000).max(120000).default(15000).describe('Per-fetch timeout.'),
        maxFeedBytes: z.number().int().min(10000).default(5_000_000).describe('Larger feeds are refused.'),
        userAgent: z.string().min(1).default('MorningBrief/0.1 (+https://github.com/morning-brief)'),
        maxArticleAgeHours: z.number().int().min(1).default(96).describe('Older items are skipped.'),
        maxItemsPerPoll: z
          .number()
          .int()
          .min(1)
          .default(200)
          .describe('Items taken from one poll of a feed, newest first; the rest wait for the next poll.'),
        concurrency: z
          .number()
          .int()
          .min(1)
          .max(256)
          .default(16)
          .describe('Polls in flight at once across all worker processes.'),
        perHostConcurrency: z
          .number()
          .int()
          .min(1)
          .max(64)
          .default(2)
          .describe('Polls in flight at once to one host, per worker process.'),
        parseWorkers: z
          .number()
          .int()
          .min(0)
          .max(64)
          .default(defaultParseWorkers)
          .describe(
            'Worker threads that parse and clean feed bodies, per worker process; 0 parses on the main thread.',
          ),
      })
      .strict()
      .prefault({}),
    cluster: z
      .object({
        windowHours: z
          .number()
          .min(1)
          .max(24 * 30)
          .default(72)
          .describe('A story accepts articles for this long after its last one.'),
      })
      .strict()
      .prefault({}),
    summarize: z
      .object({
        maxPoints: z.number().int().min(3).max(8).default(DEFAULT_MAX_POINTS),
        llm: z
          .object({
            baseUrl: httpUrl
              .nullable()
              .default(null)
              .describe('OpenAI-compatible endpoint (LLM_BASE_URL); off when unset.'),
            model: z.string().nullable().default(null).describe('LLM_MODEL.'),
            apiKey: z.string().nullable().default(null).describe('LLM_API_KEY.'),
            timeoutMs: z.number().int().min(1000).default(20000),
          })
          .strict()
          .prefault({}),
      })
      .strict()
      .prefault({}),
    edition: z
      .object({
        lookbackHours: z
          .number()
          .int()
          .min(1)
          .max(168)
          .default(36)
          .describe('Stories active this recently are candidates.'),
        minOutlets: z
          .number()
          .int()
          .min(1)
          .default(2)
          .describe(
            'Preferred minimum independent reports per story (a wire text run by several outlets is one).',
          ),
        repeatUnchanged: z
          .boolean()
          .default(false)
          .describe(
            'Show again a story whose every point the edition a day before showed (false: leave it out until a new report adds a point).',
          ),
        firstEditionRecheckMs: z
          .number()
          .int()
          .min(100)
          .default(30_000)
          .describe(
            'Before the first edition: how often a build waiting for the first poll of every enabled source checks again.',
          ),
      })
      .strict()
      .prefault({}),
    web: z
      .object({
        trustProxy: z
          .boolean()
          .default(false)
          .describe(
            'Behind a reverse proxy: take the client IP from X-Forwarded-For (rate limits, consent).',
          ),
        recordConsentIp: z.boolean().default(false).describe('Store the signup IP with the consent record.'),
        postsPerMinute: z.number().int().min(1).default(30).describe('Form POSTs per minute per client IP.'),
        oneClickPerMinute: z
          .number()
          .int()
          .min(1)
          .default(600)
          .describe('RFC 8058 one-click unsubscribe POSTs per minute per client IP (mailbox providers).'),
        pendingExpiryDays: z
          .number()
          .int()
          .min(1)
          .max(30)
          .default(7)
          .describe('Days a confirmation link works; unconfirmed sign-ups are then deleted with their data.'),
      })
      .strict()
      .prefault({}),
    delivery: z
      .object({
        concurrency: z.number().int().min(1).max(256).default(8).describe('Sends in flight per worker.'),
        maxAttempts: z
          .number()
          .int()
          .min(1)
          .max(20)
          .default(5)
          .describe('Send attempts before a delivery fails.'),
        retryDelayMs: z
          .number()
          .int()
          .min(100)
          .default(30_000)
          .describe('First retry delay after a 4xx or dropped connection; doubles each attempt.'),
        ratePerSecond: z.number().min(0).default(0).describe('Global send rate cap; 0 means none.'),
        bounceLimit: z
          .number()
          .int()
          .min(1)
          .max(100)
          .default(3)
          .describe('Hard bounces (5xx at send, or failed delivery reports) before a reader is suppressed.'),
        skipWhenNothingNew: z
          .boolean()
          .default(true)
          .describe(
            "Send no email on a morning with nothing new in the reader's sections (false: send anyway).",
          ),
        throttleMs: z
          .number()
          .int()
          .min(0)
          .max(3_600_000)
          .default(60_000)
          .describe(
            'After a 421/450/451/454 reply or a refused connection, the whole send queue pauses this long.',
          ),
      })
      .strict()
      .prefault({}),
    dkim: z
      .object({
        domain: z
          .string()
          .regex(/^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/, 'expected a domain such as news.example.org')
          .nullable()
          .default(null)
          .describe('Signing domain, the d= of the signature (DKIM_DOMAIN); signing is off when unset.'),
        selector: z
          .string()
          .regex(/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/, 'expected a selector such as brief2026')
          .nullable()
          .default(null)
          .describe('Key selector, the s= of the signature (DKIM_SELECTOR).'),
        privateKey: z
          .string()
          .transform((value) => value.replace(/\\n/g, '\n'))
          .nullable()
          .default(null)
          .describe('PEM private key (DKIM_PRIVATE_KEY); "\\n" escapes are read as line breaks.'),
      })
      .strict()
      .prefault({}),
  })
  .strict();

export type Config = z.infer<typeof configSchema>;
export type SourceConfig = z.infer<typeof sourceSchema>;
export type SectionConfig = z.infer<typeof sectionSchema>;
