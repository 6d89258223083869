import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { hasBearer, hasSession } from '../admin-session';
import { DASHBOARD_CSP } from '../security-headers';
import type { AdminService, QueueDashboard } from '../web-deps';
import { statusOf, WebError } from '../web-error';

const requestId = z.string().trim().min(1, 'requestId is required').max(200);
const resendBody = z
  .object({
    subscriber: z.string().trim().min(1, 'subscriber (id or email) is required').max(320),
    editionId: z.string().trim().min(1).max(200).optional(),
    requestId,
  })
  .strict();
const resendFailedBody = z.object({ requestId }).strict();
const bouncesBody = z
  .object({ reports: z.string().min(1, 'reports (an mbox or one message, as text) is required') })
  .strict();
const editionParams = z.object({ id: z.string().trim().min(1).max(200) });
const OPERATOR = /^[\w.@-]{1,64}$/;
/** Where the queue dashboard (bull-board) is mounted, behind the same token. */
export const DASHBOARD_PATH = '/admin/queues/ui';

/** A counter of failed attempts per client (`createRateLimit` of @fastify/rate-limit). */
export type FailureLimit = ReturnType<FastifyInstance['createRateLimit']>;

/**
 * Operator API, mounted only when an admin token is configured. Bearer authentication (RFC 6750),
 * the token compared in constant time. Both resends carry a caller-chosen `requestId`: a retried
 * request returns the first result instead of sending twice (invariant 1). Resend endpoints answer
 * 202 Accepted (RFC 9110 §15.3.3): the delivery is queued, not yet sent.
 */
export function registerAdminRoutes(
  scope: FastifyInstance,
  adminToken: string,
  admin: AdminService | null,
  failures: FailureLimit,
  options: { now: () => Date; dashboard: QueueDashboard | null; basePath: string },
): void {
  scope.setErrorHandler((error, request, reply) => sendJsonError(request, reply, error));
  scope.addHook('onRequest', async (request, reply) => {
    reply.header('cache-control', 'no-store');
    if (hasBearer(request, adminToken)) return;
    // The dashboard is opened in a browser, which signs in once (admin-login-routes.ts) and then
    // sends the session cookie; the JSON API takes only the bearer token.
    if (request.url.startsWith(DASHBOARD_PATH) && hasSession(request, adminToken, options.now())) return;
    // Only a missing or wrong token counts against the client's limit.
    const limit = await failures(request);
    if (!limit.isAllowed && limit.isExceeded) {
      reply.header('retry-after', String(limit.ttlInSeconds));
      throw new WebError(
        429,
        'RATE_LIMITED',
        'too many wrong admin tokens from this address; try again later',
      );
    }
    reply.header('www-authenticate', 'Bearer realm="admin"');
    throw new WebError(401, 'UNAUTHORIZED', 'missing or wrong admin token');
  });
  scope.addHook('onRequest', async (request) => {
    if (request.method !== 'POST') return;
    if (/^application\/json\s*(;|$)/i.test(request.headers['content-type'] ?? '')) return;
    throw new WebError(415, 'JSON_REQUIRED', 'send the body as application/json', 'content-type');
  });

  const service = (): AdminService => {
    if (!admin) throw new WebError(503, 'ADMIN_UNAVAILABLE', 'the admin service is not running in this role');
    return admin;
  };

  scope.post('/admin/resend', async (request, reply) => {
    const body = parse(resendBody, request.body);
    const result = await service().resendToSubscriber({ ...body, operator: operatorOf(request) });
    request.log.info({ request_id: body.requestId, created: result.created }, 'web: admin resend accepted');
    return reply.code(202).send(result);
  });

  scope.post('/admin/editions/:id/resend-failed', async (request, reply) => {
    const { id } = parse(editionParams, request.params);
    const body = parse(resendFailedBody, request.body);
    const result = await service().resendFailed({ editionId: id, ...body, operator: operatorOf(request) });
    request.log.info({ edition_id: id, queued: result.queued }, 'web: admin resend-failed accepted');
    return reply.code(202).send(result);
  });

  // RFC 3464 delivery reports, as the mailbox that received them holds them (mbox or one .eml).
  scope.post('/admin/bounces', async (request) => {
    const body = parse(bouncesBody, request.body);
    const result = await service().importBounces(body.reports);
    request.log.info(
      { reports: result.reports, counted: result.counted, suppressed: result.suppressed },
      'web: admin bounce import',
    );
    return result;
  });

  scope.get('/admin/bounces', async () => ({ bounced: await service().bouncedReaders() }));

  scope.get('/admin/queues', async () => service().queueCounts());

  if (options.dashboard) {
    scope.addHook('onSend', async (request, reply) => {
      if (request.url.startsWith(DASHBOARD_PATH)) reply.header('content-security-policy', DASHBOARD_CSP);
    });
    scope.register(options.dashboard(`${options.basePath}${DASHBOARD_PATH}`), { prefix: DASHBOARD_PATH });
  }

  scope.get('/admin/editions/:id', async (request) => {
    const { id } = parse(editionParams, request.params);
    const report = await service().editionReport(id);
    if (!report) throw new WebError(404, 'NOT_FOUND', `edition ${id} not found`);
    return report;
  });
}

/** The operator named in `X-Operator` (for the audit log), else "admin". */
function operatorOf(request: FastifyRequest): string {
  const header = request.headers['x-operator'];
  if (header === undefined) return 'admin';
  if (typeof header === 'string' && OPERATOR.test(header)) return header;
  throw new WebError(
    400,
    'FIELD_INVALID',
    'X-Operator must be 1–64 letters, digits, ".", "@", "_" or "-"',
    'X-Operator',
  );
}

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    field: issue.path.join('.') || 'body',
    message: issue.message,
  }));
  const fields = issues.map((issue) => issue.field).join(', ');
  const error = new WebError(400, 'BODY_INVALID', `invalid ${fields}`, issues[0]?.field ?? 'body');
  throw Object.assign(error, { issues });
}

function sendJsonError(request: FastifyRequest, reply: FastifyReply, error: unknown): FastifyReply {
  const status = statusOf(error);
  const code = (error as { code?: unknown }).code;
  const issues = (error as { issues?: unknown }).issues;
  if (status >= 500) request.log.error({ err: error }, 'web: admin request failed');
  // Our own and services' coded errors explain themselves; anything else is not shown.
  const known = error instanceof WebError || status < 500;
  const message = known && error instanceof Error ? error.message : 'web: internal error';
  return reply.code(status).send({
    error: { code: typeof code === 'string' ? code : 'ERROR', message, ...(issues ? { issues } : {}) },
  });
}
