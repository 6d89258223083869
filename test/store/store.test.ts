import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Article, EditionContent } from '../../src/shared/types';
import { openStore, type Store } from '../../src/store';
import { dialects, type TestDatabase } from '../support/databases';

const now = new Date('2026-11-28T06:00:00.000Z');

function article(overrides: Partial<Article> = {}): Article {
  return {
    id: randomUUID(),
    sourceId: 'src-a',
    outlet: 'Outlet A',
    section: 'world',
    guid: randomUUID(),
    url: `https://a.example/${randomUUID()}`,
    title: 'Title',
    text: 'Text',
    publishedAt: new Date('2026-11-28T05:00:00.000Z'),
    fetchedAt: now,
    ...overrides,
  };
}

function edition(slot: string): EditionContent {
  return { editionId: randomUUID(), slot, builtAt: now.toISOString(), sections: [] };
}

describe.each(dialects)('store on %s', (_name, createDatabase) => {
  let database: TestDatabase;
  let store: Store;

  beforeEach(async () => {
    database = await createDatabase();
    store = await openStore(database.url, process.cwd());
    await store.sources.syncFromConfig(
      [
        { id: 'src-a', outlet: 'Outlet A', url: 'https://a.example/feed', section: 'world', enabled: true },
        { id: 'src-b', outlet: 'Outlet B', url: 'https://b.example/feed', section: 'world', enabled: true },
      ],
      now,
    );
  });

  afterEach(async () => {
    await store.close();
    await database.drop();
  });

  test('migrating twice is a no-op', async () => {
    const again = await openStore(database.url, process.cwd());
    await again.ping();
    await again.close();
  });

  test('sources removed from the configuration are disabled, not deleted', async () => {
    await store.sources.syncFromConfig(
      [{ id: 'src-a', outlet: 'Outlet A2', url: 'https://a.example/feed2', section: 'world', enabled: true }],
      now,
    );
    const rows = await store.sources.list();
    expect(rows.map((row) => [row.id, row.enabled, row.outlet])).toEqual([
      ['src-a', 1, 'Outlet A2'],
      ['src-b', 0, 'Outlet B'],
    ]);
    expect((await store.sources.listDue(now)).map((row) => row.id)).toEqual(['src-a']);
  });

  test('due sources wait out their backoff unless forced; disabled ones are never due', async () => {
    const later = new Date(now.getTime() + 3_600_000);
    await store.sources.recordFetch('src-a', {
      etag: null,
      lastModified: null,
      nextFetchAt: later,
      lastFetchedAt: now,
      errorCount: 1,
      lastError: 'sources: the feed server failed (HTTP 503)',
      errorClass: 'http_status',
      note: null,
      status: 'active',
    });
    await store.sources.setOperatorEnabled('src-b', false, now);
    expect(await store.sources.listDue(now)).toEqual([]);
    expect((await store.sources.listDue(now, { force: true })).map((row) => row.id)).toEqual(['src-a']);
    expect((await store.sources.listDue(later)).map((row) => row.id)).toEqual(['src-a']);
    await store.sources.setOperatorEnabled('src-b', true, now);
    expect((await store.sources.listDue(now)).map((row) => row.id)).toEqual(['src-b']);
  });

  test('articles are deduplicated by source+guid and by canonical URL', async () => {
    const first = article({ guid: 'g1', url: 'https://a.example/1' });
    expect(await store.articles.insertNew([first], () => 'h')).toHaveLength(1);
    const sameGuid = article({ guid: 'g1', url: 'https://a.example/other' });
    const sameUrl = article({ sourceId: 'src-b', guid: 'g9', url: 'https://a.example/1' });
    const fresh = article({ guid: 'g2', url: 'https://a.example/2' });
    const inserted = await store.articles.insertNew([sameGuid, sameUrl, fresh, fresh], () => 'h');
    expect(inserted.map((row) => row.id)).toEqual([fresh.id]);
    expect(await store.articles.count()).toBe(2);
  });

  test('one scheduled delivery per subscriber and local day, even when asked twice', async () => {
    const { subscriber } = await store.subscribers.create(
      {
        id: randomUUID(),
        email: ' Reader@Example.org ',
        status: 'active',
        sections: ['world'],
        timezone: 'Europe/Paris',
        sendHour: 7,
        frequency: 'daily',
        consent: null,
      },
      now,
    );
    expect(subscriber.email).toBe('reader@example.org');
    const stored = await store.editions.createForSlot(edition('2026-11-28T06:00:00.000Z'));
    const input = {
      subscriberId: subscriber.id,
      editionId: stored.id,
      localDate: '2026-11-28',
      variantKey: 'world',
    };
    const a = await store.deliveries.createScheduled({ id: randomUUID(), ...input }, now);
    const b = await store.deliveries.createScheduled({ id: randomUUID(), ...input }, now);
    expect(a.created).toBe(true);
    expect(b.created).toBe(false);
    expect(b.delivery.id).toBe(a.delivery.id);

    const resend = { id: randomUUID(), ...input, requestId: 'req-1', requestedBy: 'operator:test' };
    const r1 = await store.deliveries.createResend(resend, now);
    const r2 = await store.deliveries.createResend({ ...resend, id: randomUUID() }, now);
    expect([r1.created, r2.created]).toEqual([true, false]);
    expect(r2.delivery.id).toBe(r1.delivery.id);
  });

  test('a delivery can be claimed once; a sent one never again', async () => {
    const { subscriber } = await store.subscribers.create(
      {
        id: randomUUID(),
        email: 'x@example.org',
        status: 'active',
        sections: ['world'],
        timezone: 'UTC',
        sendHour: 7,
        frequency: 'daily',
        consent: null,
      },
      now,
    );
    const stored = await store.editions.createForSlot(edition('2026-11-28T07:00:00.000Z'));
    const { delivery } = await store.deliveries.createScheduled(
      {
        id: randomUUID(),
        subscriberId: subscriber.id,
        editionId: stored.id,
        localDate: '2026-11-28',
        variantKey: 'world',
      },
      now,
    );
    const claims = await Promise.all([
      store.deliveries.claim(delivery.id, now),
      store.deliveries.claim(delivery.id, now),
    ]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    await store.deliveries.markFailed(delivery.id, 'failed_retryable', 'smtp 451', now);
    expect((await store.deliveries.claim(delivery.id, now))?.attempts).toBe(2);
    await store.deliveries.markSent(delivery.id, '<m@x>', now);
    expect(await store.deliveries.claim(delivery.id, now)).toBeUndefined();
    expect(await store.deliveries.countsByEdition(stored.id)).toEqual({ sent: 1 });
  });

  test('an edition is frozen once per slot', async () => {
    const slot = '2026-11-28T08:00:00.000Z';
    const first = await store.editions.createForSlot(edition(slot));
    const second = await store.editions.createForSlot(edition(slot));
    expect(second.id).toBe(first.id);
    const variant = {
      edition_id: first.id,
      variant_key: 'world',
      subject: 's',
      html: '<p>1</p>',
      text: '1',
      created_at: slot,
    };
    await store.editions.saveVariant(variant);
    const kept = await store.editions.saveVariant({ ...variant, html: '<p>2</p>' });
    expect(kept.html).toBe('<p>1</p>');
  });

  test('term statistics and stories survive a reopen', async () => {
    await store.stories.saveTermStats(3, [
      ['quake', 2],
      ['geneva', 1],
    ]);
    await store.stories.saveTermStats(4, [['quake', 3]]);
    await store.stories.upsert([
      {
        id: 's1',
        section: 'world',
        first_seen_at: now.toISOString(),
        last_seen_at: now.toISOString(),
        centroid: '{"v":1}',
        article_count: 2,
        outlet_count: 2,
        merged_into: null,
      },
    ]);
    await store.close();
    store = await openStore(database.url, process.cwd());
    const stats = await store.stories.loadTermStats();
    expect(stats.docCount).toBe(4);
    expect(Object.fromEntries(stats.df)).toEqual({ quake: 3, geneva: 1 });
    expect((await store.stories.loadRecent(new Date(now.getTime() - 1000))).map((row) => row.id)).toEqual([
      's1',
    ]);
    await store.stories.markMerged('s1', 's0');
    expect(await store.stories.loadRecent(new Date(0))).toEqual([]);
  });

  test('token revocation bumps the version', async () => {
    const { subscriber } = await store.subscribers.create(
      {
        id: randomUUID(),
        email: 'y@example.org',
        status: 'pending',
        sections: ['world'],
        timezone: 'UTC',
        sendHour: 7,
        frequency: 'daily',
        consent: { at: now, method: 'form', ip: null, textVersion: 'v1' },
      },
      now,
    );
    expect((await store.subscribers.revokeTokens(subscriber.id, now))?.tokenVersion).toBe(2);
    expect((await store.subscribers.confirm(subscriber.id, now))?.status).toBe('active');
  });
});

describe.each(dialects)('opening the store from several processes at once on %s', (_name, createDatabase) => {
  test('the roles starting together migrate exactly once', async () => {
    const database = await createDatabase();
    try {
      const script = `require('${join(__dirname, '../../src/store/index.ts')}').openStore(process.argv[1], process.cwd())
        .then(async (store) => { await store.ping(); await store.close(); })
        .catch((error) => { console.error(error.message); process.exit(1); });`;
      const runs = [1, 2, 3, 4].map(
        () =>
          new Promise<{ code: number | null; stderr: string }>((done) => {
            const child = spawn(process.execPath, ['--require', 'tsx/cjs', '-e', script, database.url], {
              stdio: ['ignore', 'ignore', 'pipe'],
            });
            let stderr = '';
            child.stderr.on('data', (chunk: Buffer) => {
              stderr += chunk.toString();
            });
            child.on('close', (code) => done({ code, stderr }));
          }),
      );
      expect(await Promise.all(runs)).toEqual([1, 2, 3, 4].map(() => ({ code: 0, stderr: '' })));
    } finally {
      await database.drop();
    }
  });
});
