import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig } from '../../src/config/load-config';
import { ConfigError } from '../../src/shared/errors';
import { urlWithoutPassword } from '../../src/shared/url-without-password';
import { freePort } from '../support/free-port';

const root = resolve(__dirname, '../..');
const PASSWORD = 'hunter2-Pa55word';
const SECRET = 'x'.repeat(20);

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('configuration errors never print a secret', () => {
  test('each bad key is named with what is wrong; passwords in URLs and tokens are hidden', () => {
    const message = messageOf(() =>
      loadConfig({
        env: {
          DATABASE_URL: `mysql://brief:${PASSWORD}@db:3306/brief`,
          REDIS_URL: `http://:${PASSWORD}@redis:6379`,
          SMTP_URL: `mail://user:${PASSWORD}@relay:587`,
          TOKEN_SECRET: SECRET,
          ADMIN_TOKEN: SECRET,
          METRICS_TOKEN: SECRET,
          LLM_API_KEY: SECRET,
          LLM_BASE_URL: `ftp://key:${PASSWORD}@llm`,
        },
        cwd: root,
      }),
    );
    for (const key of ['databaseUrl', 'redisUrl', 'smtpUrl', 'tokenSecret', 'adminToken', 'metricsToken']) {
      expect(message).toContain(key);
    }
    expect(message).toContain('summarize.llm.baseUrl');
    expect(message).toContain('"mysql://brief:***@db:3306/brief"');
    expect(message).toContain(
      'adminToken (from ADMIN_TOKEN): expected at least 24 characters (got a secret of 20',
    );
    expect(message).not.toContain(PASSWORD);
    expect(message).not.toContain(SECRET);
  });

  test('a URL that does not even parse keeps only its scheme and host', () => {
    expect(urlWithoutPassword(`postgres://brief:${PASSWORD}@[bad host/db`)).toBe(
      'postgres://***@[bad host/db',
    );
    expect(urlWithoutPassword(`redis://:${PASSWORD}@redis:6379`)).toBe('redis://:***@redis:6379');
    expect(urlWithoutPassword(`redis://${PASSWORD}@redis:6379`)).toBe('redis://***@redis:6379');
    expect(urlWithoutPassword('sqlite:./data/brief.db')).toBe('sqlite:./data/brief.db');
  });

  test('a process that cannot reach Redis names the URL without its password', async () => {
    const port = await freePort();
    const cwd = mkdtempSync(join(tmpdir(), 'brief-secret-'));
    const result = spawnSync(process.execPath, [join(root, 'bin/brief.js'), 'run-once'], {
      cwd,
      env: {
        ...process.env,
        REDIS_URL: `redis://:${PASSWORD}@127.0.0.1:${port}`,
        BRIEF_CONFIG: join(root, 'config/brief.yaml'),
        SOURCES_FILE: join(root, 'config/sources.yaml'),
        DATABASE_URL: `sqlite:${join(cwd, 'brief.db')}`,
        PATH: '/nonexistent',
      },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(`Redis is not answering at redis://:***@127.0.0.1:${port}`);
    expect(`${result.stdout}${result.stderr}`).not.toContain(PASSWORD);
  });
});
