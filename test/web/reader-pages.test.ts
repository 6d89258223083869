import { dialects, type TestDatabase } from '../support/databases';
import {
  addSubscriber,
  createHarness,
  FORM,
  formBody,
  type Harness,
  PUBLIC_URL,
  snapshotRows,
  tokenFor,
} from './support/web-harness';

const CONSENT_VERSION = '2026-11-1';
/** What a browser sends with a form posted from one of our pages. */
const SAME_SITE = { origin: PUBLIC_URL };

describe.each(dialects)('reader pages on %s', (_dialect, createDatabase) => {
  let database: TestDatabase;
  let harness: Harness;

  beforeAll(async () => {
    database = await createDatabase();
    harness = await createHarness(database, { config: { postsPerMinute: 10_000 } });
  });

  afterAll(async () => {
    await harness.close();
    await database.drop();
  });

  let seen = 0;
  beforeEach(async () => {
    harness.clock.now = new Date('2026-11-28T06:00:00.000Z');
    seen = (await harness.confirmations()).length;
  });

  /** Confirmation emails received since the test began. */
  const arrived = async () => (await harness.confirmations()).slice(seen);

  const post = (url: string, fields: Record<string, string | string[]>) =>
    harness.app.inject({ method: 'POST', url, headers: FORM, payload: formBody(fields) });

  const signup = (email: string, extra: Record<string, string | string[]> = {}) =>
    post('/subscribe', {
      email,
      sections: ['world', 'asia'],
      timezone: 'Asia/Kolkata',
      sendHour: '6',
      consent: CONSENT_VERSION,
      ...extra,
    });

  test('every GET leaves the database unchanged (invariant 3)', async () => {
    const active = await addSubscriber(harness.store);
    const pending = await addSubscriber(harness.store, { status: 'pending' });
    const gone = await addSubscriber(harness.store, { status: 'unsubscribed' });
    const urls = [
      '/',
      '/subscribe',
      '/healthz',
      '/readyz',
      `/confirm/${tokenFor(pending, 'confirm')}`,
      `/confirm/${tokenFor(active, 'confirm')}`,
      `/p/${tokenFor(active, 'manage')}`,
      `/p/${tokenFor(active, 'manage')}?saved=1`,
      `/p/${tokenFor(gone, 'manage')}`,
      `/u/${tokenFor(active, 'unsubscribe')}`,
      `/u/${tokenFor(gone, 'unsubscribe')}`,
      '/u/not-a-token',
      '/p/',
      '/nowhere',
    ];
    const before = await snapshotRows(database);
    for (const url of urls) {
      for (const method of ['GET', 'HEAD'] as const) {
        const response = await harness.app.inject({ method, url });
        expect(response.statusCode).toBeLessThan(500);
      }
    }
    expect(await snapshotRows(database)).toEqual(before);
    expect(await arrived()).toHaveLength(0);
  });

  describe('signup', () => {
    test('the form offers sections, grouped time zones, hours and the consent text', async () => {
      const response = await harness.app.inject({ method: 'GET', url: '/subscribe' });
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('name="sections" value="asia"');
      expect(response.body).toContain('<optgroup label="Asia">');
      expect(response.body).toContain('<option value=Europe/London selected>');
      expect(response.body).toContain('<option value="7" selected>07:00</option>');
      expect(response.body).toContain(`name="consent" value="${CONSENT_VERSION}"`);
      // One script, from our origin, only to guess the time zone; no inline script.
      expect(response.body.match(/<script[^>]*>/g)).toEqual([
        expect.stringMatching(/^<script src="\/assets\/time-zone\.js\?v=\w+" defer>$/),
      ]);
    });

    test('the stylesheet and the time-zone script come from our origin, versioned and cached', async () => {
      const page = await harness.app.inject({ method: 'GET', url: '/subscribe' });
      const links = [
        /<link rel="stylesheet" href="(\/assets\/page\.css\?v=\w+)">/.exec(page.body)?.[1],
        /<script src="(\/assets\/time-zone\.js\?v=\w+)" defer>/.exec(page.body)?.[1],
      ];
      const types = [];
      for (const url of links) {
        const asset = await harness.app.inject({ method: 'GET', url: url ?? '/missing' });
        expect(asset.statusCode).toBe(200);
        expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
        types.push(asset.headers['content-type']);
      }
      expect(types).toEqual(['text/css; charset=utf-8', 'text/javascript; charset=utf-8']);
    });

    test('creates a pending subscriber with consent and sends a confirm link', async () => {
      const response = await signup('  New.Reader@Example.org ');
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('Check your inbox');
      const mails = await arrived();
      const subscriber = await harness.store.subscribers.getByEmail('new.reader@example.org');
      expect(subscriber).toMatchObject({
        status: 'pending',
        sections: ['world', 'asia'],
        timezone: 'Asia/Kolkata',
        sendHour: 6,
        frequency: 'daily',
      });
      expect(mails.map((mail) => mail.to)).toEqual(['new.reader@example.org']);
      expect(mails[0]?.url).toMatch(/^https:\/\/brief\.example\.org\/confirm\/[\w-]+\.[\w-]+$/);
      const rows = await snapshotRows(database);
      const row = rows.subscribers?.find((item) => (item as { id: string }).id === subscriber?.id);
      expect(row).toMatchObject({
        consent_method: 'web-form',
        consent_ip: null,
        consent_text_version: CONSENT_VERSION,
      });
    });

    test('answers identically whether or not the address exists (no enumeration)', async () => {
      const active = await addSubscriber(harness.store, { email: 'known@example.org' });
      const fresh = await signup('unknown-one@example.org');
      const known = await signup(active.email);
      const again = await signup('unknown-one@example.org');
      for (const response of [known, again]) {
        expect(response.statusCode).toBe(fresh.statusCode);
        expect(response.body).toBe(fresh.body);
        expect(response.headers['content-type']).toBe(fresh.headers['content-type']);
      }
      // The active reader is left alone; the pending one got its link (and no second within the hour).
      expect((await arrived()).map((mail) => mail.to)).toEqual(['unknown-one@example.org']);
      expect((await harness.store.subscribers.get(active.id))?.status).toBe('active');
    });

    test('invalid input re-renders the form, 400, naming each field', async () => {
      const response = await post('/subscribe', {
        email: 'not-an-address',
        timezone: 'Nowhere/City',
        sendHour: '31',
      });
      expect(response.statusCode).toBe(400);
      for (const field of ['email', 'sections', 'timezone', 'sendHour', 'consent']) {
        expect(response.body).toContain(`href="#f-${field}"`);
      }
      expect(response.body).toContain('value="not-an-address"');
      expect(await harness.store.subscribers.getByEmail('not-an-address')).toBeUndefined();
    });

    test('a filled honeypot gets the same page and creates nothing', async () => {
      const response = await signup('bot@example.org', { website: 'http://spam.example' });
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('Check your inbox');
      expect(await harness.store.subscribers.getByEmail('bot@example.org')).toBeUndefined();
    });

    test('a body that is not a form is refused with 400 naming the field', async () => {
      const response = await harness.app.inject({
        method: 'POST',
        url: '/subscribe',
        headers: { 'content-type': 'application/json', ...SAME_SITE },
        payload: JSON.stringify({ email: { nested: true } }),
      });
      expect(response.statusCode).toBe(400);
      expect(response.body).toContain('“email”');
      expect(response.body).not.toMatch(/at .*\.ts:\d+/);
    });
  });

  describe('confirm', () => {
    test('GET shows a button; POST activates once and audits', async () => {
      const pending = await addSubscriber(harness.store, { status: 'pending', email: 'pending@example.org' });
      const url = `/confirm/${tokenFor(pending, 'confirm')}`;
      const page = await harness.app.inject({ method: 'GET', url });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain(`<form method="post" action="${url}"`);
      expect(page.body).toContain('p***@example.org');
      expect(page.body).not.toContain('pending@example.org');
      expect((await harness.store.subscribers.get(pending.id))?.status).toBe('pending');

      for (let attempt = 0; attempt < 2; attempt += 1) {
        const done = await harness.app.inject({ method: 'POST', url, headers: SAME_SITE });
        expect(done.statusCode).toBe(200);
        expect(done.body).toContain('You’re subscribed');
        expect(done.body).toMatch(/href="\/p\/[\w-]+\.[\w-]+"/);
      }
      expect((await harness.store.subscribers.get(pending.id))?.status).toBe('active');
      const audit = await harness.store.audit.forSubject('subscriber', pending.id);
      expect(audit.map((entry) => [entry.actor, entry.action])).toEqual([
        [`subscriber:${pending.id}`, 'subscriber.confirmed'],
      ]);
    });

    test('a bounced reader who signed up again is active once they confirm, bounces cleared', async () => {
      const reader = await addSubscriber(harness.store, { email: 'came-back@example.org' });
      for (const key of ['a', 'b', 'c'])
        await harness.store.subscribers.recordHardBounce(
          { key, subscriberId: reader.id, source: 'smtp', reason: 'SMTP 550' },
          3,
          new Date('2026-11-20T00:00:00.000Z'),
        );
      expect((await harness.store.subscribers.get(reader.id))?.status).toBe('bounced');
      const url = `/confirm/${tokenFor(reader, 'confirm')}`;
      expect((await harness.app.inject({ method: 'GET', url })).body).toContain(
        `<form method="post" action="${url}"`,
      );
      const done = await harness.app.inject({ method: 'POST', url, headers: SAME_SITE });
      expect(done.body).toContain('You’re subscribed');
      expect((await harness.store.subscribers.get(reader.id))?.status).toBe('active');
      const [listed] = await harness.store.subscribers.listBounced(10);
      expect(listed).toBeUndefined();
      // The count started over: one new bounce does not suppress again.
      const again = await harness.store.subscribers.recordHardBounce(
        { key: 'd', subscriberId: reader.id, source: 'smtp', reason: 'SMTP 550' },
        3,
        new Date('2026-11-29T00:00:00.000Z'),
      );
      expect(again).toEqual({ counted: true, hardBounces: 1, suppressed: false });
    });

    test('an expired confirm link answers 410 and changes nothing', async () => {
      const pending = await addSubscriber(harness.store, { status: 'pending' });
      const url = `/confirm/${tokenFor(pending, 'confirm', new Date('2026-11-20T00:00:00.000Z'))}`;
      const response = await harness.app.inject({ method: 'POST', url, headers: SAME_SITE });
      expect(response.statusCode).toBe(410);
      expect(response.body).toContain('expired');
      expect((await harness.store.subscribers.get(pending.id))?.status).toBe('pending');
    });

    test('an unsubscribed reader who signs up again is reactivated by the new link, with a new consent record', async () => {
      const gone = await addSubscriber(harness.store, { status: 'unsubscribed' });
      await signup(gone.email);
      const link = (await arrived()).at(-1)?.url ?? '';
      harness.clock.now = new Date('2026-11-28T07:30:00.000Z');
      const response = await harness.app.inject({
        method: 'POST',
        url: new URL(link).pathname,
        headers: SAME_SITE,
      });
      expect(response.statusCode).toBe(200);
      expect((await harness.store.subscribers.get(gone.id))?.status).toBe('active');
      const rows = (await snapshotRows(database)).subscribers as Record<string, unknown>[];
      expect(rows.find((row) => row.id === gone.id)).toMatchObject({
        consent_at: '2026-11-28T07:30:00.000Z',
        consent_method: 'web-form',
        consent_ip: null,
        consent_text_version: CONSENT_VERSION,
        confirmed_at: '2026-11-28T07:30:00.000Z',
        unsubscribed_at: null,
      });
    });
  });

  describe('token pages', () => {
    test('carry no-store, same-origin referrers and a CSP that allows only our own stylesheet and script', async () => {
      const reader = await addSubscriber(harness.store);
      for (const url of [`/p/${tokenFor(reader, 'manage')}`, `/u/${tokenFor(reader, 'unsubscribe')}`]) {
        const response = await harness.app.inject({ method: 'GET', url });
        expect(response.headers['cache-control']).toBe('no-store');
        expect(response.headers['referrer-policy']).toBe('same-origin');
        const csp = String(response.headers['content-security-policy']);
        expect(csp).toMatch(/default-src 'none'/);
        expect(csp).toMatch(/style-src 'self'/);
        expect(csp).toMatch(/script-src 'self'/);
        expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
        expect(response.body).not.toMatch(/<script|style="/);
        expect(response.headers['permissions-policy']).toMatch(/camera=\(\).*geolocation=\(\)/);
      }
    });

    test.each([
      ['tampered', (token: string) => `${token.slice(0, 10)}x${token.slice(11)}`],
      ['truncated', (token: string) => token.slice(0, -5)],
      ['garbage', () => 'hello'],
    ])('a %s token is a 404 page, never a stack trace', async (_name, mangle) => {
      const reader = await addSubscriber(harness.store);
      for (const method of ['GET', 'POST'] as const) {
        const response = await harness.app.inject({
          method,
          url: `/p/${mangle(tokenFor(reader, 'manage'))}`,
          headers: SAME_SITE,
        });
        expect(response.statusCode).toBe(404);
        expect(response.headers['content-type']).toMatch(/text\/html/);
        expect(response.body).toContain('This link doesn’t work');
        expect(response.body).not.toMatch(/Error|\.ts:\d+/);
      }
    });

    test('a token for another purpose does not work', async () => {
      const reader = await addSubscriber(harness.store);
      const response = await post(`/u/${tokenFor(reader, 'manage')}`, { 'List-Unsubscribe': 'One-Click' });
      expect(response.statusCode).toBe(404);
      expect((await harness.store.subscribers.get(reader.id))?.status).toBe('active');
    });

    test('revoked links are refused with 410 and change nothing', async () => {
      const reader = await addSubscriber(harness.store);
      const manage = tokenFor(reader, 'manage');
      const unsubscribe = tokenFor(reader, 'unsubscribe');
      const revoked = await harness.store.subscribers.revokeTokens(reader.id, harness.clock.now);
      expect((await harness.app.inject({ method: 'GET', url: `/p/${manage}` })).statusCode).toBe(410);
      const oneClick = await post(`/u/${unsubscribe}`, { 'List-Unsubscribe': 'One-Click' });
      expect(oneClick.statusCode).toBe(410);
      expect((await harness.store.subscribers.get(reader.id))?.status).toBe('active');
      // Links signed with the new version work.
      const fresh = tokenFor(revoked ?? reader, 'manage');
      expect((await harness.app.inject({ method: 'GET', url: `/p/${fresh}` })).statusCode).toBe(200);
    });
  });

  test('logs never contain tokens or full addresses', async () => {
    const reader = await addSubscriber(harness.store, { email: 'private.person@example.org' });
    const token = tokenFor(reader, 'unsubscribe');
    await harness.app.inject({ method: 'GET', url: `/u/${token}` });
    await post(`/u/${token}`, { 'List-Unsubscribe': 'One-Click' });
    await signup('another.private@example.org');
    const logs = harness.logs();
    expect(logs).toContain('"url":"/u/[token]"');
    expect(logs).not.toContain(token);
    expect(logs).not.toContain(token.split('.')[1]);
    expect(logs).not.toContain('private.person@example.org');
    expect(logs).not.toContain('another.private@example.org');
    expect(logs).toMatch(/"reqId":"[0-9a-f-]{36}"/);
  });
});
