import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig } from '../../src/config/load-config';
import { ConfigError } from '../../src/shared/errors';

const root = resolve(__dirname, '../..');

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  test('the shipped configuration is valid, complete and frozen', () => {
    const config = loadConfig({ env: {}, cwd: root });
    expect(config.sections.map((section) => section.id)).toEqual(['world', 'business', 'science']);
    expect(config.sources.length).toBeGreaterThanOrEqual(10);
    expect(config.sources.every((source) => source.url.startsWith('https://'))).toBe(true);
    expect(config.databaseUrl).toBe('sqlite:./data/brief.db');
    expect(config.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.sender)).toBe(true);
    expect(() => {
      (config.sender as { name: string }).name = 'x';
    }).toThrow();
  });

  test('parse workers default to the cores beside the main thread, at least one; 0 keeps parsing on it (docs/ingest.md "Parse workers")', () => {
    expect(loadConfig({ env: {}, cwd: root }).ingest.parseWorkers).toBe(
      Math.max(1, availableParallelism() - 1),
    );
    const set = (parseWorkers: number) =>
      loadConfig({ env: {}, cwd: root, overrides: { ingest: { parseWorkers } } }).ingest.parseWorkers;
    expect([set(0), set(3)]).toEqual([0, 3]);
    expect(problemsOf(() => set(-1)).join('\n')).toMatch(/parseWorkers/);
  });

  test('environment variables override the file', () => {
    const config = loadConfig({
      env: {
        PORT: '9090',
        DATABASE_URL: 'postgres://u@db/brief',
        SMTP_URL: 'smtp://relay:25',
        LOG_PRETTY: 'false',
      },
      cwd: root,
    });
    expect([config.port, config.databaseUrl, config.smtpUrl, config.log.pretty]).toEqual([
      9090,
      'postgres://u@db/brief',
      'smtp://relay:25',
      false,
    ]);
  });

  test('every problem is named at once: unknown key, wrong type, malformed URL, unknown time zone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'brief-config-'));
    const file = join(dir, 'bad.yaml');
    writeFileSync(
      file,
      [
        'publicUrl: not a url',
        'colour: blue',
        'port: "eighty"',
        'schedule:',
        '  defaultTimezone: Europe/Atlantis',
        `sourcesFile: ${join(root, 'config/sources.yaml')}`,
      ].join('\n'),
    );
    const problems = problemsOf(() =>
      loadConfig({ env: { BRIEF_CONFIG: file, REDIS_URL: 'localhost:6379' }, cwd: root }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^publicUrl: .*"not a url"/),
        'colour: unknown key',
        expect.stringMatching(/^port: expected number.*"eighty"/),
        expect.stringMatching(/^schedule\.defaultTimezone: expected an IANA time zone.*"Europe\/Atlantis"/),
        expect.stringMatching(/^redisUrl \(from REDIS_URL\): expected redis:\/\/.*"localhost:6379"/),
      ]),
    );
    expect(problems).toHaveLength(5);
  });

  test('sources are validated entry by entry and cross-checked against sections', () => {
    const dir = mkdtempSync(join(tmpdir(), 'brief-config-'));
    const sources = join(dir, 'sources.yaml');
    writeFileSync(
      sources,
      [
        'sources:',
        '  - { id: ok, outlet: A, url: "https://a.example/feed", section: world }',
        '  - { id: ok, outlet: B, url: "https://b.example/feed", section: world }',
        '  - { id: bad-url, outlet: C, url: "javascript:alert(1)", section: world }',
        '  - { id: lost, outlet: D, url: "https://d.example/feed", section: sport }',
      ].join('\n'),
    );
    const problems = problemsOf(() => loadConfig({ env: { SOURCES_FILE: sources }, cwd: root }));
    expect(problems).toEqual([
      expect.stringMatching(/^sources\[2\]\.url: /),
      'sources[1].id: duplicate id "ok"',
      expect.stringMatching(/^sources\[3\]\.section: "sport" is not one of the sections/),
    ]);
  });

  test('TOKEN_SECRET takes several comma-separated secrets; a short one is named, never shown', () => {
    const newer = 'n'.repeat(40);
    const older = 'o'.repeat(32);
    const config = loadConfig({ env: { TOKEN_SECRET: `${newer}, ${older}` }, cwd: root });
    expect(config.tokenSecret).toBe(`${newer}, ${older}`);
    const problems = problemsOf(() =>
      loadConfig({ env: { TOKEN_SECRET: `${newer},tooShortSecret` }, cwd: root }),
    );
    expect(problems).toEqual([
      'tokenSecret (from TOKEN_SECRET): expected one or more comma-separated secrets of at least 32 characters each (got a secret of 40, 14 characters (not shown))',
    ]);
    expect(problems.join('\n')).not.toContain('tooShortSecret');
  });

  test('production refuses to start without TOKEN_SECRET', () => {
    expect(problemsOf(() => loadConfig({ env: { NODE_ENV: 'production' }, cwd: root }))).toEqual([
      expect.stringMatching(/^tokenSecret: required in production/),
    ]);
  });
});

describe('brief with a bad configuration', () => {
  test('exits non-zero naming each problem and writes nothing', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'brief-badconfig-'));
    writeFileSync(join(cwd, 'bad.yaml'), 'colour: blue\nschedule:\n  defaultTimezone: Nowhere/Land\n');
    const result = spawnSync(process.execPath, [join(root, 'bin/brief.js'), 'run-once'], {
      cwd,
      env: {
        ...process.env,
        BRIEF_CONFIG: 'bad.yaml',
        SOURCES_FILE: join(root, 'config/sources.yaml'),
        DATABASE_URL: 'sqlite:./data/x.db',
      },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(78);
    expect(result.stderr).toContain('colour: unknown key');
    expect(result.stderr).toContain('schedule.defaultTimezone');
    expect(readdirSync(cwd).sort()).toEqual(['bad.yaml']);
    expect(existsSync(join(cwd, 'data'))).toBe(false);
  });
});
