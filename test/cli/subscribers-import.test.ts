import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importSubscribers } from '../../src/app/import-subscribers';
import { openStore, type Repositories, type Store } from '../../src/store';
import { createSqliteDatabase, type TestDatabase } from '../support/databases';
import { ROOT } from '../support/paths';
import { addReader, type Pipeline, startPipeline } from '../support/pipeline';

jest.setTimeout(90_000);

/** `brief subscribers import | list | find` as an operator runs them. */
describe('brief subscribers import, list and find', () => {
  let database: TestDatabase;
  let dir: string;
  let store: Store;

  beforeAll(async () => {
    database = await createSqliteDatabase();
    dir = mkdtempSync(join(tmpdir(), 'brief-import-'));
    store = await openStore(database.url, ROOT);
    const now = new Date();
    const reader = (id: string, email: string) =>
      store.subscribers.create(
        {
          id,
          email,
          status: 'active',
          sections: ['world'],
          timezone: 'UTC',
          sendHour: 7,
          frequency: 'daily',
          consent: { at: now, method: 'test', ip: null, textVersion: 'test' },
        },
        now,
      );
    await reader('already', 'already@example.org');
    await reader('bounced', 'bounced@example.org');
    await store.subscribers.setStatus('bounced', 'bounced', now);
    await reader('erased', 'erased@example.org');
    await store.readerData.erase('erased', now);
  });

  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
    await database.drop();
  });

  const brief = (...args: string[]) =>
    spawnSync(process.execPath, [join(ROOT, 'bin/brief.js'), 'subscribers', ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: database.url, TOKEN_SECRET: randomBytes(32).toString('hex') },
      encoding: 'utf8',
      timeout: 60_000,
    });
  const csv = (name: string, lines: string[]) => {
    const path = join(dir, name);
    writeFileSync(path, `${lines.join('\r\n')}\r\n`);
    return path;
  };
  const count = async () => (await store.subscribers.list()).length;

  test('a bad row names its line and nothing of the file is imported', async () => {
    const before = await count();
    const file = csv('bad.csv', [
      'email,sections,hour,timezone',
      'good.one@example.org,world,7,Europe/Paris',
      'not-an-address,world,7,UTC',
      'good.two@example.org,world;sport,7,UTC',
      'good.three@example.org,world,25,UTC',
      'good.four@example.org,world,6,Mars/Olympus',
      'GOOD.ONE@example.org,world,8,UTC',
    ]);
    const result = brief('import', file);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('nothing imported');
    expect(result.stderr).toContain('line 3: "not-an-address" is not an email address');
    expect(result.stderr).toContain('line 4: unknown section(s) sport');
    expect(result.stderr).toContain('line 5: hour "25": expected 0-23');
    expect(result.stderr).toContain('line 6: time zone "Mars/Olympus"');
    expect(result.stderr).toContain('line 7: good.one@example.org is already on line 2');
    expect(result.stderr).not.toContain('line 2:');
    expect(await count()).toBe(before);
  });

  test('imports new readers with their consent source; skips known, suppressed and deleted ones', async () => {
    const file = csv('newsletter-2026.csv', [
      'email,sections,hour,timezone',
      '"New.Reader@Example.org","world;business",6,europe/paris',
      'defaults@example.org,,,',
      'already@example.org,world,7,UTC',
      'bounced@example.org,world,7,UTC',
      'erased@example.org,world,7,UTC',
    ]);
    const result = brief('import', file, '--consent-source', 'paper form at the 2026 fair');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      `${file}: 5 rows; imported 2; skipped 1 already subscribed, 1 suppressed (bounced or complained), 1 deleted at their request\n`,
    );
    const added = await store.subscribers.getByEmail('new.reader@example.org');
    expect(added).toMatchObject({ status: 'active', sections: ['world', 'business'], sendHour: 6 });
    expect(added?.timezone).toBe('Europe/Paris');
    expect(await store.subscribers.getByEmail('defaults@example.org')).toMatchObject({
      sections: ['world'],
      sendHour: 7,
      timezone: 'UTC',
    });
    const record = await store.readerData.export(added?.id ?? '');
    expect(record?.consents).toEqual([
      expect.objectContaining({ event: 'given', method: 'import: paper form at the 2026 fair' }),
    ]);
    expect(await store.subscribers.getByEmail('erased@example.org')).toBeUndefined();
    expect((await store.subscribers.get('bounced'))?.status).toBe('bounced');

    const again = brief('import', file);
    expect(again.stdout).toContain('imported 0; skipped 3 already subscribed');
  });

  test('list filters by status; find shows a reader with consent and deliveries', () => {
    const bounced = brief('list', '--status', 'bounced');
    expect(bounced.stdout).toBe('bounced\tbounced@example.org\tbounced\tworld\t07:00 UTC\tdaily\n');
    const active = brief('list', '--status', 'active');
    expect(
      active.stdout
        .trim()
        .split('\n')
        .map((row) => row.split('\t')[1])
        .sort(),
    ).toEqual(['already@example.org', 'defaults@example.org', 'new.reader@example.org']);
    expect(brief('list', '--status', 'nonsense').status).not.toBe(0);

    const found = brief('find', 'NEW.reader@example.org');
    expect(found.status).toBe(0);
    const record = JSON.parse(found.stdout) as { subscriber: { email: string }; consents: unknown[] };
    expect(record.subscriber.email).toBe('new.reader@example.org');
    expect(record.consents).toHaveLength(1);
    expect(brief('find', 'erased@example.org').stdout).toBe(
      "erased@example.org: deleted at the reader's request\n",
    );
    expect(brief('find', 'nobody@example.org').status).toBe(1);
  });
});

describe('importSubscribers', () => {
  let database: TestDatabase;
  let pipeline: Pipeline;

  beforeAll(async () => {
    database = await createSqliteDatabase();
    pipeline = await startPipeline(database, { smtpUrl: null });
    await addReader(pipeline.context, 'first@example.org', 'UTC', ['world']);
  });

  afterAll(async () => {
    await pipeline.close();
    await database.drop();
  });

  test('a store failure before the import is recorded leaves nothing of the file behind', async () => {
    // The audit entry, written after every reader, fails as a full disk would.
    const { store } = pipeline.context;
    const failingAudit = { record: async () => Promise.reject(new Error('store: disk full')) };
    const context = {
      ...pipeline.context,
      store: {
        ...store,
        transaction: <T>(work: (repos: Repositories) => Promise<T>) =>
          store.transaction((repos) =>
            work({ ...repos, audit: failingAudit as unknown as Repositories['audit'] }),
          ),
      },
    };
    const rows = ['a@example.org', 'b@example.org'].map((email, index) => ({
      line: index + 2,
      email,
      sections: ['world'],
      sendHour: 7,
      timezone: 'UTC',
    }));
    await expect(
      importSubscribers(context, rows, { consentSource: 'import: x', operator: 'test' }),
    ).rejects.toThrow('disk full');
    expect(await pipeline.context.store.subscribers.getByEmail('a@example.org')).toBeUndefined();
    expect((await pipeline.context.store.subscribers.list()).map((reader) => reader.email)).toEqual([
      'first@example.org',
    ]);
  });
});
