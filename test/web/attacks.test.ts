import { dialects, type TestDatabase } from '../support/databases';
import {
  ADMIN_TOKEN,
  addSubscriber,
  createHarness,
  formBody,
  type Harness,
  PUBLIC_URL,
  snapshotRows,
  tokenFor,
} from './support/web-harness';

const CONSENT_VERSION = '2026-11-1';
const FORM_TYPE = { 'content-type': 'application/x-www-form-urlencoded' };
const signupFields = (email: string) => ({
  email,
  sections: 'world',
  timezone: 'UTC',
  sendHour: '7',
  consent: CONSENT_VERSION,
});

/** Each attack from docs/subscriptions.md "Attacks the pages hold against", tried for real. */
describe.each(dialects)('reader pages under attack on %s', (_dialect, createDatabase) => {
  let database: TestDatabase;
  let harness: Harness;
  let address = 0;
  /** A fresh client address per test, so one test's rate-limit count never leaks into another. */
  const nextIp = () => {
    address += 1;
    return `198.51.100.${address}`;
  };

  beforeAll(async () => {
    database = await createDatabase();
    harness = await createHarness(database);
  });

  afterAll(async () => {
    await harness.close();
    await database.drop();
  });

  describe('cross-site forms', () => {
    const foreign: [string, Record<string, string>][] = [
      ['a foreign Origin', { origin: 'https://evil.example' }],
      ['Origin: null', { origin: 'null' }],
      ['a foreign Referer and no Origin', { referer: 'https://evil.example/page' }],
      ['neither Origin nor Referer', {}],
      ['a look-alike origin', { origin: 'https://brief.example.org.evil.example' }],
    ];

    test.each(foreign)('a sign-up with %s is refused with 403 and sends nothing', async (_name, headers) => {
      const before = await snapshotRows(database);
      const response = await harness.app.inject({
        method: 'POST',
        url: '/subscribe',
        headers: { ...FORM_TYPE, ...headers },
        payload: formBody(signupFields('victim@example.org')),
        remoteAddress: nextIp(),
      });
      expect(response.statusCode).toBe(403);
      expect(response.body).toContain('sent from another site');
      expect(await snapshotRows(database)).toEqual(before);
      expect((await harness.confirmations()).filter((mail) => mail.to === 'victim@example.org')).toEqual([]);
    });

    test('every state-changing reader form refuses a foreign Origin and changes nothing', async () => {
      const reader = await addSubscriber(harness.store, { status: 'unsubscribed' });
      const pending = await addSubscriber(harness.store, { status: 'pending' });
      const active = await addSubscriber(harness.store);
      const posts: [string, Record<string, string>][] = [
        [
          `/p/${tokenFor(active, 'manage')}`,
          { sections: 'asia', timezone: 'UTC', sendHour: '3', frequency: 'daily' },
        ],
        [`/p/${tokenFor(active, 'manage')}/delete`, { confirm: 'yes' }],
        [`/u/${tokenFor(active, 'unsubscribe')}`, { confirm: 'yes' }],
        [`/u/${tokenFor(reader, 'unsubscribe')}/resubscribe`, {}],
        [`/confirm/${tokenFor(pending, 'confirm')}`, {}],
      ];
      const before = await snapshotRows(database);
      for (const [url, fields] of posts) {
        const response = await harness.app.inject({
          method: 'POST',
          url,
          headers: { ...FORM_TYPE, origin: 'https://evil.example' },
          payload: formBody(fields),
          remoteAddress: nextIp(),
        });
        expect([url, response.statusCode]).toEqual([url, 403]);
      }
      expect(await snapshotRows(database)).toEqual(before);
    });

    test('our own pages pass: the Origin, or without one a Referer on our origin', async () => {
      const reader = await addSubscriber(harness.store);
      const url = `/p/${tokenFor(reader, 'manage')}`;
      const fields = { sections: 'asia', timezone: 'UTC', sendHour: '3', frequency: 'daily' };
      for (const headers of [{ origin: PUBLIC_URL }, { referer: `${PUBLIC_URL}${url}` }]) {
        const response = await harness.app.inject({
          method: 'POST',
          url,
          headers: { ...FORM_TYPE, ...headers },
          payload: formBody(fields),
          remoteAddress: nextIp(),
        });
        expect(response.statusCode).toBe(303);
      }
      expect((await harness.store.subscribers.get(reader.id))?.sections).toEqual(['asia']);
    });

    test('RFC 8058 one-click still works with no cookie, no Origin and no token in the body', async () => {
      const reader = await addSubscriber(harness.store);
      const response = await harness.app.inject({
        method: 'POST',
        url: `/u/${tokenFor(reader, 'unsubscribe')}`,
        headers: FORM_TYPE,
        payload: 'List-Unsubscribe=One-Click',
        remoteAddress: nextIp(),
      });
      expect(response.statusCode).toBe(200);
      expect((await harness.store.subscribers.get(reader.id))?.status).toBe('unsubscribed');
    });
  });

  test('six sign-ups of one address from six IPs send one confirmation, and answer the same', async () => {
    const signUp = () =>
      harness.app.inject({
        method: 'POST',
        url: '/subscribe',
        headers: { ...FORM_TYPE, origin: PUBLIC_URL },
        payload: formBody(signupFields('flooded@example.org')),
        remoteAddress: nextIp(),
      });
    const sentSoFar = async () =>
      (await harness.confirmations()).filter((mail) => mail.to === 'flooded@example.org').length;
    const answers = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      answers.push(await signUp());
      await harness.confirmations();
    }
    expect(new Set(answers.map((answer) => `${answer.statusCode} ${answer.body}`)).size).toBe(1);
    expect(await sentSoFar()).toBe(1);
    // An hour later the reader, still pending, may ask for a fresh link.
    harness.clock.now = new Date(harness.clock.now.getTime() + 60 * 60 * 1000);
    await signUp();
    expect(await sentSoFar()).toBe(2);
  });

  test('a mailbox provider posting 40 one-click unsubscribes from one IP is never limited', async () => {
    const ip = nextIp();
    const readers = [];
    for (let index = 0; index < 40; index += 1) readers.push(await addSubscriber(harness.store));
    const statuses = [];
    for (const reader of readers) {
      const response = await harness.app.inject({
        method: 'POST',
        url: `/u/${tokenFor(reader, 'unsubscribe')}`,
        headers: FORM_TYPE,
        payload: 'List-Unsubscribe=One-Click',
        remoteAddress: ip,
      });
      statuses.push(response.statusCode);
    }
    expect(statuses).toEqual(readers.map(() => 200));
    for (const reader of readers)
      expect((await harness.store.subscribers.get(reader.id))?.status).toBe('unsubscribed');
  });

  test('wrong admin tokens are limited; the right token is never locked out', async () => {
    const ip = nextIp();
    const ask = (token: string) =>
      harness.app.inject({
        method: 'GET',
        url: '/admin/queues',
        headers: { authorization: `Bearer ${token}` },
        remoteAddress: ip,
      });
    const wrong = [];
    for (let attempt = 0; attempt < 12; attempt += 1)
      wrong.push((await ask(`${ADMIN_TOKEN}-guess-${attempt}`)).statusCode);
    expect(wrong.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(wrong.slice(10)).toEqual([429, 429]);
    // The admin service is not running in this harness: 503, past authentication and the limit.
    const right = [];
    for (let attempt = 0; attempt < 30; attempt += 1) right.push((await ask(ADMIN_TOKEN)).statusCode);
    expect(right).toEqual(Array(30).fill(503));
  });
});
