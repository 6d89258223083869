import { BriefError } from '../../src/shared/errors';
import type { AdminService } from '../../src/web/web-deps';
import { createSqliteDatabase, type TestDatabase } from '../support/databases';
import { ADMIN_TOKEN, createHarness, FORM, formBody, type Harness } from './support/web-harness';

/** An in-memory admin service with the contract's idempotency: one result per requestId. */
class FakeAdmin implements AdminService {
  readonly calls: unknown[] = [];
  private readonly resends = new Map<string, string>();

  async resendToSubscriber(input: Parameters<AdminService['resendToSubscriber']>[0]) {
    this.calls.push(input);
    if (input.subscriber === 'nobody@example.org')
      throw new BriefError('jobs', 'NOT_FOUND', 'no such subscriber');
    if (input.subscriber === 'busy') throw new BriefError('jobs', 'CONFLICT', 'a resend is in progress');
    const existing = this.resends.get(input.requestId);
    if (existing) return { deliveryId: existing, created: false };
    const deliveryId = `delivery-${this.resends.size + 1}`;
    this.resends.set(input.requestId, deliveryId);
    return { deliveryId, created: true };
  }

  async resendFailed(input: Parameters<AdminService['resendFailed']>[0]) {
    this.calls.push(input);
    if (input.editionId === 'missing') throw new BriefError('jobs', 'NOT_FOUND', 'no such edition');
    return { queued: 3 };
  }

  async queueCounts() {
    return { send: { waiting: 2, active: 1, failed: 0 } };
  }

  async editionReport(editionId: string) {
    return editionId === 'ed-1' ? { counts: { sent: 10, failed_permanent: 1 } } : null;
  }

  async importBounces(reports: string) {
    this.calls.push({ reports });
    return { messages: 1, reports: 1, counted: 1, suppressed: 0, ignored: [] };
  }

  async bouncedReaders() {
    return [
      { id: 's-1', email: 'g***@example.net', hardBounces: 3, bouncedAt: null, lastBounce: 'SMTP 550' },
    ];
  }
}

describe('admin API', () => {
  let database: TestDatabase;
  let harness: Harness;
  let admin: FakeAdmin;
  const auth = { authorization: `Bearer ${ADMIN_TOKEN}` };

  beforeEach(async () => {
    database = await createSqliteDatabase();
    admin = new FakeAdmin();
    harness = await createHarness(database, { admin });
  });

  afterEach(async () => {
    await harness.close();
    await database.drop();
  });

  const resend = (payload: unknown, headers: Record<string, string> = auth) =>
    harness.app.inject({ method: 'POST', url: '/admin/resend', headers, payload: payload as object });

  test.each([
    ['missing', {}],
    ['wrong', { authorization: `Bearer ${ADMIN_TOKEN}x` }],
    ['short', { authorization: 'Bearer a' }],
    ['not bearer', { authorization: `Basic ${ADMIN_TOKEN}` }],
  ])('%s token → 401 with a Bearer challenge', async (_name, headers) => {
    const response = await harness.app.inject({ method: 'GET', url: '/admin/queues', headers });
    expect(response.statusCode).toBe(401);
    expect(response.headers['www-authenticate']).toBe('Bearer realm="admin"');
    expect(response.json()).toEqual({
      error: { code: 'UNAUTHORIZED', message: 'web: missing or wrong admin token' },
    });
    expect(admin.calls).toEqual([]);
  });

  test('resend: 202, idempotent per requestId, operator passed on', async () => {
    const body = { subscriber: 'reader@example.org', editionId: 'ed-1', requestId: 'req-1' };
    const first = await resend(body, { ...auth, 'x-operator': 'alice' });
    expect(first.statusCode).toBe(202);
    expect(first.json()).toEqual({ deliveryId: 'delivery-1', created: true });
    const again = await resend(body, { ...auth, 'x-operator': 'alice' });
    expect(again.json()).toEqual({ deliveryId: 'delivery-1', created: false });
    expect(admin.calls[0]).toEqual({ ...body, operator: 'alice' });
  });

  test.each([
    ['requestId missing', { subscriber: 'a@example.org' }, 'requestId'],
    ['subscriber empty', { subscriber: ' ', requestId: 'r' }, 'subscriber'],
    ['unknown field', { subscriber: 'a@example.org', requestId: 'r', force: true }, 'body'],
    ['wrong type', { subscriber: 42, requestId: 'r' }, 'subscriber'],
  ])('resend: %s → 400 naming the field', async (_name, body, field) => {
    const response = await resend(body);
    expect(response.statusCode).toBe(400);
    const error = response.json().error;
    expect(error.code).toBe('BODY_INVALID');
    expect(error.issues.map((issue: { field: string }) => issue.field)).toContain(field);
    expect(admin.calls).toEqual([]);
  });

  test('malformed JSON → 400', async () => {
    const response = await resend('{"subscriber":', { ...auth, 'content-type': 'application/json' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(/JSON/i);
  });

  test('a form body is not accepted', async () => {
    const response = await resend(formBody({ subscriber: 'a@example.org', requestId: 'r' }), {
      ...auth,
      ...FORM,
    });
    expect(response.statusCode).toBe(415);
    expect(admin.calls).toEqual([]);
  });

  test('service errors map to 404 and 409', async () => {
    expect((await resend({ subscriber: 'nobody@example.org', requestId: 'r1' })).statusCode).toBe(404);
    const conflict = await resend({ subscriber: 'busy', requestId: 'r2' });
    expect(conflict.statusCode).toBe(409);
    expect(conflict.json().error).toEqual({ code: 'CONFLICT', message: 'jobs: a resend is in progress' });
  });

  test('resend-failed: 202 with the number queued; unknown edition 404', async () => {
    const ok = await harness.app.inject({
      method: 'POST',
      url: '/admin/editions/ed-1/resend-failed',
      headers: auth,
      payload: { requestId: 'retry-1' },
    });
    expect(ok.statusCode).toBe(202);
    expect(ok.json()).toEqual({ queued: 3 });
    const missing = await harness.app.inject({
      method: 'POST',
      url: '/admin/editions/missing/resend-failed',
      headers: auth,
      payload: { requestId: 'retry-2' },
    });
    expect(missing.statusCode).toBe(404);
  });

  test('bounces: delivery reports as text in JSON; the suppressed readers listed', async () => {
    const post = (payload: object) =>
      harness.app.inject({ method: 'POST', url: '/admin/bounces', headers: auth, payload });
    const imported = await post({ reports: 'From MAILER-DAEMON\n...' });
    expect(imported.statusCode).toBe(200);
    expect(imported.json()).toMatchObject({ counted: 1 });
    expect(admin.calls).toEqual([{ reports: 'From MAILER-DAEMON\n...' }]);
    expect((await post({ reports: '' })).statusCode).toBe(400);
    expect((await post({ report: 'x' })).statusCode).toBe(400);
    const listed = await harness.app.inject({ method: 'GET', url: '/admin/bounces', headers: auth });
    expect(listed.json()).toEqual({ bounced: [expect.objectContaining({ id: 's-1', hardBounces: 3 })] });
  });

  test('queues and edition report', async () => {
    const queues = await harness.app.inject({ method: 'GET', url: '/admin/queues', headers: auth });
    expect(queues.json()).toEqual({ send: { waiting: 2, active: 1, failed: 0 } });
    const report = await harness.app.inject({ method: 'GET', url: '/admin/editions/ed-1', headers: auth });
    expect(report.json()).toEqual({ counts: { sent: 10, failed_permanent: 1 } });
    const missing = await harness.app.inject({ method: 'GET', url: '/admin/editions/ed-2', headers: auth });
    expect(missing.statusCode).toBe(404);
  });

  test('a bad X-Operator is refused', async () => {
    const response = await resend(
      { subscriber: 'a@example.org', requestId: 'r' },
      { ...auth, 'x-operator': 'a b' },
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(/X-Operator/);
  });
});

describe('admin API switched off', () => {
  test('without an admin token every /admin route is 404, even with a bearer', async () => {
    const database = await createSqliteDatabase();
    const harness = await createHarness(database, { admin: new FakeAdmin(), config: { adminToken: null } });
    try {
      for (const [method, url] of [
        ['GET', '/admin/queues'],
        ['POST', '/admin/resend'],
      ] as const) {
        const response = await harness.app.inject({
          method,
          url,
          headers: { authorization: 'Bearer anything' },
        });
        expect(response.statusCode).toBe(404);
      }
    } finally {
      await harness.close();
      await database.drop();
    }
  });
});
