import { checkToken } from '../../src/subscriptions/tokens';
import { dialects, type TestDatabase } from '../support/databases';
import {
  addSubscriber,
  createHarness,
  FORM,
  formBody,
  type Harness,
  snapshotRows,
  TOKEN_SECRET,
  tokenFor,
} from './support/web-harness';

describe.each(dialects)('preferences and unsubscribe on %s', (_dialect, createDatabase) => {
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

  beforeEach(() => {
    harness.clock.now = new Date('2026-11-28T06:00:00.000Z');
  });

  const post = (url: string, payload: string, headers: Record<string, string> = FORM) =>
    harness.app.inject({ method: 'POST', url, headers, payload });

  const settings = {
    sections: ['europe', 'asia'],
    timezone: 'Pacific/Auckland',
    sendHour: '18',
    frequency: 'weekly',
    weeklyDay: '5',
    delivery: 'active',
  };

  describe('preferences', () => {
    test('GET shows the current settings and the next delivery', async () => {
      const reader = await addSubscriber(harness.store, {
        sections: ['asia'],
        timezone: 'Asia/Kolkata',
        sendHour: 9,
      });
      const response = await harness.app.inject({ method: 'GET', url: `/p/${tokenFor(reader, 'manage')}` });
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('name="sections" value="asia" checked');
      expect(response.body).not.toContain('name="sections" value="world" checked');
      expect(response.body).toContain('<option value=Asia/Kolkata selected>');
      expect(response.body).toContain('<option value="9" selected>09:00</option>');
      // 06:00 UTC is 11:30 in Kolkata: today's 09:00 has passed, so tomorrow.
      expect(response.body).toContain('Sunday 29 November, 09:00 (Asia/Kolkata)');
      expect(response.body).toMatch(/href="\/u\/[\w-]+\.[\w-]+"/);
    });

    test('POST saves, audits the change and redirects 303 to a "Saved" page', async () => {
      const reader = await addSubscriber(harness.store);
      const url = `/p/${tokenFor(reader, 'manage')}`;
      const response = await post(url, formBody(settings));
      expect(response.statusCode).toBe(303);
      expect(response.headers.location).toBe(`${url}?saved=1`);
      expect(await harness.store.subscribers.get(reader.id)).toMatchObject({
        sections: ['europe', 'asia'],
        timezone: 'Pacific/Auckland',
        sendHour: 18,
        frequency: 'weekly',
        weeklyDay: 5,
        status: 'active',
      });
      const [entry] = await harness.store.audit.forSubject('subscriber', reader.id);
      expect(entry).toMatchObject({
        actor: `subscriber:${reader.id}`,
        action: 'subscriber.preferences_changed',
      });
      expect(entry?.details.changes).toMatchObject({
        sendHour: { from: 7, to: 18 },
        timezone: { to: 'Pacific/Auckland' },
      });
      const page = await harness.app.inject({ method: 'GET', url: response.headers.location as string });
      expect(page.body).toContain('Saved.');
      expect(page.body).toContain('<option value="18" selected>18:00</option>');
    });

    test('invalid input re-renders with messages, 400, and saves nothing', async () => {
      const reader = await addSubscriber(harness.store);
      const response = await post(
        `/p/${tokenFor(reader, 'manage')}`,
        formBody({ ...settings, sections: 'mars', sendHour: 'abc', timezone: 'Nowhere/City' }),
      );
      expect(response.statusCode).toBe(400);
      expect(response.body).toContain('role="alert"');
      expect(response.body).toContain('Unknown section: mars');
      expect(response.body).toContain('href="#f-sendHour"');
      expect(response.body).toContain('href="#f-timezone"');
      expect(response.body).toContain('aria-invalid="true"');
      expect(await harness.store.subscribers.get(reader.id)).toMatchObject({
        sections: ['world'],
        sendHour: 7,
      });
      expect(await harness.store.audit.forSubject('subscriber', reader.id)).toEqual([]);
    });

    test('pause until a date, then resume', async () => {
      const reader = await addSubscriber(harness.store);
      const url = `/p/${tokenFor(reader, 'manage')}`;
      const paused = await post(
        url,
        formBody({ ...settings, timezone: 'Europe/London', delivery: 'paused', pausedUntil: '2026-12-20' }),
      );
      expect(paused.statusCode).toBe(303);
      expect(await harness.store.subscribers.get(reader.id)).toMatchObject({
        status: 'paused',
        pausedUntil: new Date('2026-12-20T00:00:00.000Z'),
      });
      const page = await harness.app.inject({ method: 'GET', url });
      expect(page.body).toContain('Sunday 20 December');
      expect(page.body).toContain('value="paused" checked');

      const resumed = await post(url, formBody({ ...settings, delivery: 'active' }));
      expect(resumed.statusCode).toBe(303);
      expect(await harness.store.subscribers.get(reader.id)).toMatchObject({
        status: 'active',
        pausedUntil: null,
      });
      const actions = (await harness.store.audit.forSubject('subscriber', reader.id)).map(
        (entry) => entry.details,
      );
      expect(actions[0]?.changes).toMatchObject({ status: { from: 'active', to: 'paused' } });
      expect(actions[1]?.changes).toMatchObject({ status: { from: 'paused', to: 'active' } });
    });

    test('a pause beyond 90 days is refused', async () => {
      const reader = await addSubscriber(harness.store);
      const response = await post(
        `/p/${tokenFor(reader, 'manage')}`,
        formBody({ ...settings, delivery: 'paused', pausedUntil: '2027-06-01' }),
      );
      expect(response.statusCode).toBe(400);
      expect(response.body).toContain('within 90 days');
      expect((await harness.store.subscribers.get(reader.id))?.status).toBe('active');
    });
  });

  describe('unsubscribe', () => {
    test('GET asks with a masked address and a POST button', async () => {
      const reader = await addSubscriber(harness.store, { email: 'xavier@example.org' });
      const url = `/u/${tokenFor(reader, 'unsubscribe')}`;
      const response = await harness.app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('x***@example.org');
      expect(response.body).not.toContain('xavier@');
      expect(response.body).toContain(`<form method="post" action="${url}"`);
    });

    test('RFC 8058 one-click: 200, short body, no redirect, no cookie, idempotent, audited once', async () => {
      const reader = await addSubscriber(harness.store);
      const url = `/u/${tokenFor(reader, 'unsubscribe')}`;
      for (let attempt = 0; attempt < 3; attempt += 1) {
        const response = await post(url, 'List-Unsubscribe=One-Click');
        expect(response.statusCode).toBe(200);
        expect(response.headers.location).toBeUndefined();
        expect(response.headers['set-cookie']).toBeUndefined();
        expect(response.body.length).toBeLessThan(100);
      }
      expect((await harness.store.subscribers.get(reader.id))?.status).toBe('unsubscribed');
      const audit = await harness.store.audit.forSubject('subscriber', reader.id);
      expect(audit.map((entry) => [entry.action, entry.details.via])).toEqual([
        ['subscriber.unsubscribed', 'one-click'],
      ]);
    });

    test('one-click as multipart/form-data (RFC 8058 §3.1) works too', async () => {
      const reader = await addSubscriber(harness.store);
      const body =
        '--b1\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--b1--\r\n';
      const response = await post(`/u/${tokenFor(reader, 'unsubscribe')}`, body, {
        'content-type': 'multipart/form-data; boundary=b1',
      });
      expect(response.statusCode).toBe(200);
      expect((await harness.store.subscribers.get(reader.id))?.status).toBe('unsubscribed');
    });

    test('the page button unsubscribes and offers to resubscribe (POST)', async () => {
      const reader = await addSubscriber(harness.store, { status: 'paused' });
      const url = `/u/${tokenFor(reader, 'unsubscribe')}`;
      const done = await post(url, 'confirm=yes');
      expect(done.statusCode).toBe(200);
      expect(done.body).toContain('You’re unsubscribed');
      expect(done.body).toContain(`<form method="post" action="${url}/resubscribe"`);
      expect((await harness.store.subscribers.get(reader.id))?.status).toBe('unsubscribed');

      const back = await post(`${url}/resubscribe`, '');
      expect(back.statusCode).toBe(200);
      expect(back.body).toContain('Welcome back');
      expect((await harness.store.subscribers.get(reader.id))?.status).toBe('active');
      const actions = (await harness.store.audit.forSubject('subscriber', reader.id)).map(
        (entry) => entry.action,
      );
      expect(actions).toEqual(['subscriber.unsubscribed', 'subscriber.resubscribed']);
    });

    test('a bounced address stays bounced', async () => {
      const reader = await addSubscriber(harness.store, { status: 'bounced' });
      const url = `/u/${tokenFor(reader, 'unsubscribe')}`;
      expect((await post(url, 'List-Unsubscribe=One-Click')).statusCode).toBe(200);
      expect((await post(`${url}/resubscribe`, '')).statusCode).toBe(200);
      expect((await harness.store.subscribers.get(reader.id))?.status).toBe('bounced');
    });
  });

  describe("a reader's data and choices", () => {
    test('plain-text email is a saved choice, audited', async () => {
      const reader = await addSubscriber(harness.store);
      const url = `/p/${tokenFor(reader, 'manage')}`;
      const page = await harness.app.inject({ method: 'GET', url });
      expect(page.body).toContain('name="emailFormat" value="html" checked');
      const saved = await post(url, formBody({ ...settings, emailFormat: 'text' }));
      expect(saved.statusCode).toBe(303);
      expect((await harness.store.subscribers.get(reader.id))?.emailFormat).toBe('text');
      const again = await harness.app.inject({ method: 'GET', url });
      expect(again.body).toContain('name="emailFormat" value="text" checked');
      const [entry] = await harness.store.audit.forSubject('subscriber', reader.id);
      expect(entry?.details.changes).toMatchObject({ emailFormat: { from: 'html', to: 'text' } });
      const bad = await post(url, formBody({ ...settings, emailFormat: 'pdf' }));
      expect(bad.statusCode).toBe(400);
      expect(bad.body).toContain('href="#f-emailFormat"');
    });

    test('download my data: JSON with preferences, consent records and deliveries', async () => {
      const reader = await addSubscriber(harness.store, { email: 'export.me@example.org' });
      const unsubscribe = `/u/${tokenFor(reader, 'unsubscribe')}`;
      await post(unsubscribe, 'confirm=yes');
      await post(`${unsubscribe}/resubscribe`, '');
      const response = await harness.app.inject({
        method: 'GET',
        url: `/p/${tokenFor(reader, 'manage')}/data`,
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(response.headers['content-disposition']).toBe('attachment; filename="morning-brief-data.json"');
      expect(response.headers['cache-control']).toBe('no-store');
      const data = response.json();
      expect(data.subscriber).toMatchObject({
        id: reader.id,
        email: 'export.me@example.org',
        status: 'active',
        sections: ['world'],
        timezone: 'Europe/London',
        emailFormat: 'html',
      });
      expect(data.subscriber.tokenVersion).toBeUndefined();
      expect(
        data.consents.map((consent: { event: string; method: string }) => [consent.event, consent.method]),
      ).toEqual([
        ['withdrawn', 'page'],
        ['given', 'web-form'],
      ]);
      expect(data.deliveries).toEqual([]);
    });

    test('delete me: asks first, then erases the reader and keeps only a hash of the address', async () => {
      const reader = await addSubscriber(harness.store, { email: 'forget.me@example.org' });
      const manage = `/p/${tokenFor(reader, 'manage')}`;
      await post(manage, formBody(settings));
      const prompt = await harness.app.inject({ method: 'GET', url: `${manage}/delete` });
      expect(prompt.statusCode).toBe(200);
      expect(prompt.body).toContain(`<form method="post" action="${manage}/delete"`);
      expect(await harness.store.subscribers.get(reader.id)).toBeDefined();

      const done = await post(`${manage}/delete`, 'confirm=yes');
      expect(done.statusCode).toBe(200);
      expect(done.body).toContain('Your data is deleted');
      expect(await harness.store.subscribers.get(reader.id)).toBeUndefined();
      const rows = await snapshotRows(database);
      expect(JSON.stringify(rows)).not.toContain('forget.me@example.org');
      expect(
        rows.consent_records?.filter((row) => (row as { subscriber_id: string }).subscriber_id === reader.id),
      ).toEqual([]);
      expect(await harness.store.readerData.isErased('Forget.Me@example.org')).toBe(true);
      const audit = await harness.store.audit.forSubject('subscriber', reader.id);
      expect(audit.map((entry) => [entry.action, entry.details])).toEqual([['subscriber.erased', {}]]);
      // The old links are dead.
      expect((await harness.app.inject({ method: 'GET', url: manage })).statusCode).toBe(404);
    });

    test('resubscribing from the unsubscribe page records a new consent', async () => {
      const reader = await addSubscriber(harness.store);
      const url = `/u/${tokenFor(reader, 'unsubscribe')}`;
      const out = await post(url, 'confirm=yes');
      expect(out.body).toContain('By resubscribing: “I agree to receive the Morning Brief');
      harness.clock.now = new Date('2026-11-28T09:15:00.000Z');
      await post(`${url}/resubscribe`, '');
      const rows = (await snapshotRows(database)).subscribers as Record<string, unknown>[];
      expect(rows.find((row) => row.id === reader.id)).toMatchObject({
        status: 'active',
        consent_at: '2026-11-28T09:15:00.000Z',
        consent_method: 'web-form',
        consent_text_version: '2026-11-1',
      });
      const exported = await harness.store.readerData.export(reader.id);
      expect(exported?.consents.at(-1)).toMatchObject({ event: 'given', at: '2026-11-28T09:15:00.000Z' });
    });

    test("an unsubscribed reader's preferences page says so and offers no delivery choice", async () => {
      const reader = await addSubscriber(harness.store, { status: 'unsubscribed' });
      const page = await harness.app.inject({ method: 'GET', url: `/p/${tokenFor(reader, 'manage')}` });
      expect(page.body).toContain('You are unsubscribed: no brief is being sent.');
      expect(page.body).not.toContain('Send my brief');
      expect(page.body).not.toContain('name="delivery"');
      expect(page.body).toContain('/resubscribe"');
    });

    test('links signed with a retired secret still work while it is listed; new links use the first', async () => {
      const newest = 'the-newest-secret-with-at-least-32-characters';
      const rotated = await createHarness(database, {
        config: { postsPerMinute: 10_000, tokenSecrets: [newest, TOKEN_SECRET] },
      });
      try {
        const reader = await addSubscriber(rotated.store);
        const page = await rotated.app.inject({ method: 'GET', url: `/p/${tokenFor(reader, 'manage')}` });
        expect(page.statusCode).toBe(200);
        const link = /href="\/u\/([\w.-]+)"/.exec(page.body)?.[1] ?? '';
        expect(checkToken(newest, link, 'unsubscribe')).toMatchObject({ ok: true });
        expect(checkToken(TOKEN_SECRET, link, 'unsubscribe')).toMatchObject({ ok: false });
        const retired = await rotated.app.inject({
          method: 'GET',
          url: `/p/${tokenFor(reader, 'manage', undefined, 'a-secret-nobody-lists-anymore-0123456789')}`,
        });
        expect(retired.statusCode).toBe(404);
      } finally {
        await rotated.close();
      }
    });
  });
});
