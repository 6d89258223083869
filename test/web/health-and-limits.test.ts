import { createSqliteDatabase, type TestDatabase } from '../support/databases';
import {
  addSubscriber,
  createHarness,
  FORM,
  formBody,
  type Harness,
  snapshotRows,
} from './support/web-harness';

describe('health, rate limits and errors', () => {
  let database: TestDatabase;
  let harness: Harness | null = null;

  beforeEach(async () => {
    database = await createSqliteDatabase();
  });

  afterEach(async () => {
    await harness?.close();
    await database.drop();
  });

  test('liveness always answers; readiness reflects the dependencies', async () => {
    let healthy = true;
    harness = await createHarness(database, {
      health: async () => ({
        ok: healthy,
        checks: { store: 'ok', redis: healthy ? 'ok' : 'connection refused' },
      }),
    });
    expect((await harness.app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ ok: true });
    expect((await harness.app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
    healthy = false;
    const down = await harness.app.inject({ method: 'GET', url: '/readyz' });
    expect(down.statusCode).toBe(503);
    expect(down.json().checks.redis).toBe('connection refused');
  });

  test('a throwing health check is a 503, not a crash', async () => {
    harness = await createHarness(database, {
      health: async () => {
        throw new Error('store: ping timed out');
      },
    });
    const response = await harness.app.inject({ method: 'GET', url: '/readyz' });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toEqual({ ok: false, checks: { health: 'store: ping timed out' } });
  });

  test('reader POSTs are rate limited per client IP', async () => {
    harness = await createHarness(database, { config: { postsPerMinute: 3 } });
    const app = harness.app;
    const attempt = (remoteAddress: string) =>
      app.inject({
        method: 'POST',
        url: '/subscribe',
        headers: FORM,
        payload: formBody({ email: 'x' }),
        remoteAddress,
      });
    for (let index = 0; index < 3; index += 1) expect((await attempt('192.0.2.1')).statusCode).toBe(400);
    const limited = await attempt('192.0.2.1');
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBeDefined();
    expect(limited.body).toContain('Too many requests');
    // The limit is shared by every reader form, and another client is unaffected.
    expect(
      (
        await app.inject({
          method: 'POST',
          url: '/u/x',
          headers: FORM,
          payload: 'confirm=yes',
          remoteAddress: '192.0.2.1',
        })
      ).statusCode,
    ).toBe(429);
    expect((await attempt('198.51.100.7')).statusCode).toBe(400);
    // Pages are not limited.
    expect(
      (await app.inject({ method: 'GET', url: '/subscribe', remoteAddress: '192.0.2.1' })).statusCode,
    ).toBe(200);
  });

  test('the signup IP is kept with the consent only when configured', async () => {
    harness = await createHarness(database, { config: { recordConsentIp: true } });
    const response = await harness.app.inject({
      method: 'POST',
      url: '/subscribe',
      headers: FORM,
      remoteAddress: '203.0.113.9',
      payload: formBody({
        email: 'ip@example.org',
        sections: 'world',
        timezone: 'UTC',
        sendHour: '7',
        consent: '2026-11-1',
      }),
    });
    expect(response.statusCode).toBe(200);
    const rows = (await snapshotRows(database)).subscribers as { email: string; consent_ip: string | null }[];
    expect(rows.find((row) => row.email === 'ip@example.org')?.consent_ip).toBe('203.0.113.9');
  });

  test('an oversized form is refused with 413', async () => {
    harness = await createHarness(database);
    const response = await harness.app.inject({
      method: 'POST',
      url: '/subscribe',
      headers: FORM,
      payload: formBody({ email: 'a'.repeat(20_000) }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.headers['content-type']).toMatch(/text\/html/);
  });

  test('unknown paths get a 404 page', async () => {
    harness = await createHarness(database);
    const response = await harness.app.inject({ method: 'GET', url: '/wp-login.php' });
    expect(response.statusCode).toBe(404);
    expect(response.body).toContain('Page not found');
  });

  test('the signup answer only stores the request and queues its job, whatever the address', async () => {
    const queued: string[] = [];
    harness = await createHarness(database, { queueSignup: async (id) => void queued.push(id) });
    const known = await addSubscriber(harness.store, { email: 'known@example.org' });
    const before = await snapshotRows(database);
    const fields = { sections: 'world', timezone: 'UTC', sendHour: '7', consent: '2026-11-1' };
    const answers = [];
    for (const email of ['new@example.org', known.email]) {
      answers.push(
        await harness.app.inject({
          method: 'POST',
          url: '/subscribe',
          headers: FORM,
          payload: formBody({ email, ...fields }),
        }),
      );
    }
    expect(answers.map((answer) => answer.statusCode)).toEqual([200, 200]);
    expect(answers[0]?.body).toBe(answers[1]?.body);
    const after = await snapshotRows(database);
    // The only write for either address: one stored request each; no reader made, no email sent.
    expect({ ...after, signup_requests: [] }).toEqual({ ...before, signup_requests: [] });
    const requests = after.signup_requests as { id: string; email: string }[];
    expect(requests.map((row) => row.email).sort()).toEqual(['known@example.org', 'new@example.org']);
    expect(queued.sort()).toEqual(requests.map((row) => row.id).sort());
    expect(await harness.confirmations()).toEqual([]);
  });

  test('a sign-up that cannot be queued is logged, and the reader sees the same page', async () => {
    harness = await createHarness(database, {
      queueSignup: async () => {
        throw new Error('queue: redis unavailable');
      },
    });
    const response = await harness.app.inject({
      method: 'POST',
      url: '/subscribe',
      headers: FORM,
      payload: formBody({
        email: 'fail@example.org',
        sections: 'world',
        timezone: 'UTC',
        sendHour: '7',
        consent: '2026-11-1',
      }),
    });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('Check your inbox');
    expect(harness.logs()).toContain('sign-up could not be queued');
    // The request is kept: the hourly purge job queues it again.
    expect((await snapshotRows(database)).signup_requests).toHaveLength(1);
  });
});
