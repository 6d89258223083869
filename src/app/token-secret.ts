import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { AppConfig } from '../config/load-config';
import { splitSecrets } from '../config/schema';
import type { Logger } from '../shared/logger';

/**
 * The HMAC keys for reader links, the signing one first. Production must set TOKEN_SECRET (the
 * config refuses to start otherwise); several comma-separated secrets let an operator rotate: the
 * first signs new links, every one listed still verifies links already sent. On a development
 * machine without it, a random key is generated once into `data/token-secret` (mode 0600,
 * outside the repository) so links keep working across restarts.
 */
export function resolveTokenSecrets(config: Readonly<AppConfig>, cwd: string, logger: Logger): string[] {
  if (config.tokenSecret) return splitSecrets(config.tokenSecret);
  const file = resolve(cwd, 'data/token-secret');
  if (existsSync(file)) return [readFileSync(file, 'utf8').trim()];
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  logger.warn(
    { file },
    'TOKEN_SECRET is not set; generated a development key (set TOKEN_SECRET in production)',
  );
  return [secret];
}
