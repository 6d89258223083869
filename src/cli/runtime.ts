import type { Redis } from 'ioredis';
import { createQueues, type Queues } from '../../jobs/queues';
import { type AppContext, closeContext, createContext } from '../app/context';
import { connectRedis, ensureRedis, type RedisHandle } from '../app/redis';
import { processEnv } from '../config/env';
import { type AppConfig, loadConfig } from '../config/load-config';
import { ConfigError } from '../shared/errors';
import { createLogger, type Logger } from '../shared/logger';

/** sysexits(3) EX_CONFIG: the configuration is wrong, nothing was started or written. */
export const EXIT_CONFIG = 78;

/** Loads and validates the configuration once; on problems, prints every one and exits. */
export function loadConfigOrExit(overrides?: Record<string, unknown>): Readonly<AppConfig> {
  try {
    return loadConfig({ env: processEnv(), cwd: process.cwd(), ...(overrides ? { overrides } : {}) });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(EXIT_CONFIG);
  }
}

export function loggerFor(config: Readonly<AppConfig>, options: { stderr?: boolean } = {}): Logger {
  return createLogger({
    level: config.log.level,
    pretty: config.log.pretty ?? Boolean((options.stderr ? process.stderr : process.stdout).isTTY),
    ...(options.stderr ? { stderr: true } : {}),
  });
}

export interface Runtime {
  context: AppContext;
  redis: RedisHandle;
  connection: Redis;
  queues: Queues;
  close(): Promise<void>;
}

/** Opens the store, Redis (a private one when allowed and needed) and the queues. */
export async function openRuntime(
  config: Readonly<AppConfig>,
  options: { allowPrivateRedis: boolean; logger?: Logger },
): Promise<Runtime> {
  const logger = options.logger ?? loggerFor(config);
  const redis = await ensureRedis(config.redisUrl, { allowPrivate: options.allowPrivateRedis, logger });
  const context = await createContext({ config, logger, cwd: process.cwd() });
  const connection = connectRedis(redis.url);
  const queues = createQueues(connection, config.queuePrefix, config.delivery);
  return {
    context,
    redis,
    connection,
    queues,
    close: async () => {
      await queues.close();
      connection.disconnect();
      await closeContext(context);
      await redis.stop();
    },
  };
}

/**
 * Opens only the store side (no Redis), for read-only or local commands. With `logToStderr`,
 * log lines go to stderr so stdout carries only the command's result (`--json`).
 */
export async function openContextOnly(
  config: Readonly<AppConfig>,
  options: { logToStderr?: boolean } = {},
): Promise<AppContext> {
  return createContext({
    config,
    logger: loggerFor(config, { stderr: options.logToStderr }),
    cwd: process.cwd(),
  });
}
