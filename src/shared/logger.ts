import pino, { type Logger } from 'pino';

export type { Logger };

export interface LoggerOptions {
  level: string;
  /** Human-readable lines (pino-pretty) instead of JSON; for a terminal. */
  pretty: boolean;
  /** Write to stderr, for commands whose stdout is their result (`--json`). Default: stdout. */
  stderr?: boolean;
}

/**
 * The one root logger. Stages take a `Logger` and derive children bound to ids
 * (`job`, `edition_id`, `subscriber_id`, `source_id`); never log secrets, tokens or full addresses.
 */
export function createLogger(options: LoggerOptions): Logger {
  const redact = { paths: ['*.token', '*.password', '*.apiKey', 'req.headers.authorization'], remove: true };
  const fd = options.stderr ? 2 : 1;
  if (!options.pretty) {
    if (!options.stderr) return pino({ level: options.level, redact });
    return pino({ level: options.level, redact }, pino.destination({ fd, sync: true }));
  }
  return pino({
    level: options.level,
    redact,
    transport: {
      target: 'pino-pretty',
      options: { colorize: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname', destination: fd },
    },
  });
}

/** A logger that discards everything, for tests and pure-core callers. */
export const silentLogger: Logger = pino({ level: 'silent' });

/** Masks an address for logs at info: "j***@example.com". */
export function maskEmail(email: string): string {
  const at = email.indexOf('@');
  if (at <= 0) return '***';
  return `${email[0]}***${email.slice(at)}`;
}
