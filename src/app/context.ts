import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import type { AppConfig } from '../config/load-config';
import {
  createOutboxMailer,
  createSmtpMailer,
  type DkimSigning,
  type Mailer,
  type OutboxMailer,
} from '../deliver';
import type { Logger } from '../shared/logger';
import { openStore, type Store } from '../store';
import { closeParsePool } from './parse-pools';
import { resolveTokenSecrets } from './token-secret';

/** Everything a use case needs, built once per process and passed in (no globals). */
export interface AppContext {
  config: Readonly<AppConfig>;
  store: Store;
  mailer: Mailer | OutboxMailer;
  logger: Logger;
  /** The key that signs reader links (the first of `tokenSecrets`). */
  tokenSecret: string;
  /** Every key that verifies reader links, the signing one first. */
  tokenSecrets: readonly string[];
  cwd: string;
  now: () => Date;
  newId: () => string;
}

export interface ContextOptions {
  config: Readonly<AppConfig>;
  logger: Logger;
  cwd: string;
  now?: () => Date;
  /** Override the mailer (tests). */
  mailer?: Mailer | OutboxMailer;
  /** Called once per store statement (bench:send counts round trips per message). */
  onQuery?: (sql: string) => void;
}

export async function createContext(options: ContextOptions): Promise<AppContext> {
  const { config, logger, cwd } = options;
  const store = await openStore(config.databaseUrl, cwd, logger, options.onQuery);
  const dkim = dkimSigning(config);
  const mailer =
    options.mailer ??
    (config.smtpUrl
      ? createSmtpMailer(config.smtpUrl, { maxConnections: config.delivery.concurrency, dkim, logger })
      : createOutboxMailer(resolve(cwd, config.outboxDir), { logger, dkim }));
  const tokenSecrets = resolveTokenSecrets(config, cwd, logger);
  return {
    config,
    store,
    mailer,
    logger,
    tokenSecret: tokenSecrets[0] as string,
    tokenSecrets,
    cwd,
    now: options.now ?? (() => new Date()),
    newId: randomUUID,
  };
}

/** The DKIM settings when all three are configured (the config loader refuses a partial set). */
export function dkimSigning(config: Readonly<AppConfig>): DkimSigning | null {
  const { domain, selector, privateKey } = config.dkim;
  return domain && selector && privateKey ? { domain, selector, privateKey } : null;
}

export async function closeContext(context: AppContext): Promise<void> {
  await closeParsePool(context);
  await context.mailer.close();
  await context.store.close();
}
