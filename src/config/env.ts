/**
 * Environment variables the service reads, each mapped onto a configuration key. This is the
 * only module that touches `process.env`; everything else receives the frozen config.
 */
export interface EnvBinding {
  name: string;
  path: string[];
  kind: 'string' | 'integer' | 'boolean';
  doc: string;
}

export const envBindings: EnvBinding[] = [
  { name: 'NODE_ENV', path: ['env'], kind: 'string', doc: 'development | production | test' },
  { name: 'PUBLIC_URL', path: ['publicUrl'], kind: 'string', doc: 'Base URL used in email links' },
  { name: 'PORT', path: ['port'], kind: 'integer', doc: 'Web role port' },
  { name: 'DATABASE_URL', path: ['databaseUrl'], kind: 'string', doc: 'sqlite:<path> or postgres://…' },
  { name: 'REDIS_URL', path: ['redisUrl'], kind: 'string', doc: 'Redis for BullMQ' },
  { name: 'QUEUE_PREFIX', path: ['queuePrefix'], kind: 'string', doc: 'BullMQ key prefix' },
  { name: 'SMTP_URL', path: ['smtpUrl'], kind: 'string', doc: 'SMTP relay; unset means outbox folder' },
  { name: 'OUTBOX_DIR', path: ['outboxDir'], kind: 'string', doc: 'Outbox folder' },
  { name: 'TOKEN_SECRET', path: ['tokenSecret'], kind: 'string', doc: 'HMAC key for reader links' },
  { name: 'ADMIN_TOKEN', path: ['adminToken'], kind: 'string', doc: 'Bearer token of the admin API' },
  { name: 'METRICS_TOKEN', path: ['metricsToken'], kind: 'string', doc: 'Bearer token of GET /metrics' },
  {
    name: 'METRICS_PORT',
    path: ['metricsPort'],
    kind: 'integer',
    doc: 'Metrics port of a worker-only process',
  },
  {
    name: 'SHUTDOWN_TIMEOUT_MS',
    path: ['shutdownTimeoutMs'],
    kind: 'integer',
    doc: 'Longest wait for work in flight on SIGTERM',
  },
  { name: 'LOG_LEVEL', path: ['log', 'level'], kind: 'string', doc: 'pino level' },
  { name: 'LOG_PRETTY', path: ['log', 'pretty'], kind: 'boolean', doc: 'Readable log lines' },
  { name: 'SOURCES_FILE', path: ['sourcesFile'], kind: 'string', doc: 'YAML list of feeds' },
  {
    name: 'LLM_BASE_URL',
    path: ['summarize', 'llm', 'baseUrl'],
    kind: 'string',
    doc: 'OpenAI-compatible endpoint',
  },
  { name: 'DKIM_DOMAIN', path: ['dkim', 'domain'], kind: 'string', doc: 'DKIM signing domain' },
  { name: 'DKIM_SELECTOR', path: ['dkim', 'selector'], kind: 'string', doc: 'DKIM key selector' },
  { name: 'DKIM_PRIVATE_KEY', path: ['dkim', 'privateKey'], kind: 'string', doc: 'DKIM PEM private key' },
  { name: 'LLM_MODEL', path: ['summarize', 'llm', 'model'], kind: 'string', doc: 'Model name' },
  {
    name: 'LLM_API_KEY',
    path: ['summarize', 'llm', 'apiKey'],
    kind: 'string',
    doc: 'API key for the endpoint',
  },
];

/** Path of the YAML configuration file; optional. */
export const CONFIG_FILE_ENV = 'BRIEF_CONFIG';

export type Env = Record<string, string | undefined>;

/** A snapshot of the process environment, taken once by the entry point. */
export function processEnv(): Env {
  return { ...process.env };
}
