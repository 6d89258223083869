import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ROOT } from '../support/paths';

interface Service {
  command?: string[];
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
}

const compose = parseYaml(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, Service>;
};
const text = readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8');

/** The shipped deployment is safe by default (docs/operations.md). */
describe('docker-compose.yml', () => {
  test('holds no secret: every password and token is a variable the .env file must set', () => {
    for (const service of Object.values(compose.services)) {
      for (const [key, value] of Object.entries(service.environment ?? {})) {
        if (/PASSWORD|SECRET|TOKEN|AUTH/.test(key)) expect(String(value)).toMatch(/^\$\{[A-Z_]+:[-?]/);
        // A URL with credentials takes its password from a variable too.
        const credentials = /\/\/[^/@\s]*:([^/@\s]*)@/.exec(String(value));
        if (credentials) expect(credentials[1]).toMatch(/^\$\{[A-Z_]+:\?/);
      }
    }
    expect(text).not.toMatch(/PASSWORD: [^$\s]/);
  });

  test('Redis requires a password and the roles connect with it', () => {
    expect(compose.services.redis?.command?.join(' ')).toContain('--requirepass');
    expect(compose.services.worker?.environment?.REDIS_URL).toMatch(/^redis:\/\/:\$\{REDIS_PASSWORD/);
  });

  test('each role has a health check of what it needs', () => {
    expect(compose.services.worker?.healthcheck?.test).toEqual([
      'CMD',
      'node',
      'bin/brief.js',
      'health',
      '--role',
      'worker',
    ]);
    expect(compose.services.scheduler?.healthcheck?.test.slice(-2)).toEqual(['--role', 'scheduler']);
    expect(compose.services.web?.healthcheck?.test.slice(-2)).toEqual(['--role', 'web']);
  });

  test('every variable it reads is documented in .env.example', () => {
    const example = readFileSync(join(ROOT, '.env.example'), 'utf8');
    const used = new Set([...text.matchAll(/\$\{([A-Z_]+)/g)].map((match) => match[1]));
    for (const name of used) expect(example).toMatch(new RegExp(`^${name}=`, 'm'));
  });
});

describe('the image', () => {
  const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
  const ignored = readFileSync(join(ROOT, '.dockerignore'), 'utf8').split('\n');

  test('runs as a user other than root', () => {
    const users = [...dockerfile.matchAll(/^USER\s+(\S+)/gm)].map((match) => match[1]);
    expect(users.at(-1)).toBeDefined();
    expect(users.at(-1)).not.toMatch(/^(root|0)$/);
  });

  test('the build context leaves out secrets, local data and host-built dependencies', () => {
    for (const entry of ['.env', '.git', 'node_modules', 'data', 'outbox']) expect(ignored).toContain(entry);
  });
});
