/**
 * Typed, coded errors. Messages start with the stage ("sources: …") so a log line names where
 * it came from. Expected failures are recorded as data; these are for what must travel upward.
 */
export type Stage =
  | 'config'
  | 'sources'
  | 'cluster'
  | 'summarize'
  | 'edition'
  | 'render'
  | 'deliver'
  | 'subscriptions'
  | 'web'
  | 'store'
  | 'jobs'
  | 'cli';

export class BriefError extends Error {
  readonly code: string;
  readonly stage: Stage;

  constructor(stage: Stage, code: string, message: string, options?: { cause?: unknown }) {
    super(`${stage}: ${message}`, options);
    this.name = 'BriefError';
    this.stage = stage;
    this.code = code;
  }
}

/** Raised when the configuration is invalid; `problems` lists every one, each naming key and value. */
export class ConfigError extends BriefError {
  readonly problems: string[];

  constructor(problems: string[]) {
    super('config', 'CONFIG_INVALID', `invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
