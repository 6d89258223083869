import { createSqliteDatabase, type TestDatabase } from '../support/databases';
import { createHarness, FORM, formBody, type Harness, snapshotRows } from './support/web-harness';

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
      (await app.inject({ method: 'POST', url: '/u/x', payload: '', remoteAddress: '192.0.2.1' })).statusCode,
    ).toBe(429);
    expect((await attempt('198.51.100.7')).statusCode).toBe(400);
    // Pages are not limited.
    expect((await app.inject({ method: 'GET', url: '/', remoteAddress: '192.0.2.1' })).statusCode).toBe(200);
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

  test('the signup answer does not wait for the email; closing the app does', async () => {
    let delivered = false;
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    harness = await createHarness(database, {
      sendConfirmation: async () => {
        await gate;
        delivered = true;
      },
    });
    const response = await harness.app.inject({
      method: 'POST',
      url: '/subscribe',
      headers: FORM,
      payload: formBody({
        email: 'slow@example.org',
        sections: 'world',
        timezone: 'UTC',
        sendHour: '7',
        consent: '2026-11-1',
      }),
    });
    expect(response.statusCode).toBe(200);
    expect(delivered).toBe(false);
    const closing = harness.app.close();
    setTimeout(release, 50);
    await closing;
    expect(delivered).toBe(true);
  });

  test('a failing confirmation email is logged, and the reader sees the same page', async () => {
    harness = await createHarness(database, {
      sendConfirmation: async () => {
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
    await harness.app.close();
    expect(harness.logs()).toContain('confirmation email could not be queued');
  });
});
