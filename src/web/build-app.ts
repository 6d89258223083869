import formbody from '@fastify/formbody';
import rateLimit from '@fastify/rate-limit';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import { formGuards } from './form-guards';
import { notFoundPage } from './pages/layout';
import { errorPage } from './pages/reader-pages';
import { redactUrl, webLogger } from './request-log';
import { registerAdminLoginRoutes } from './routes/admin-login-routes';
import { registerAdminRoutes } from './routes/admin-routes';
import { registerAssetRoutes } from './routes/asset-routes';
import { registerConfirmRoutes } from './routes/confirm-routes';
import { registerHealthRoutes } from './routes/health-routes';
import { registerMetricsRoutes } from './routes/metrics-routes';
import { registerPreferencesRoutes } from './routes/preferences-routes';
import { registerPublicRoutes } from './routes/public-routes';
import { registerReaderDataRoutes } from './routes/reader-data-routes';
import { registerSignupRoutes } from './routes/signup-routes';
import { registerUnsubscribeRoutes } from './routes/unsubscribe-routes';
import { PERMISSIONS_POLICY, securityHeaders } from './security-headers';
import { sendHtml } from './token-guard';
import { createWebContext, type WebContext } from './web-context';
import type { WebDeps } from './web-deps';
import { statusOf, WebError } from './web-error';

/** Reader forms are tiny; a body this large is not one of ours. */
const FORM_BODY_LIMIT = 16 * 1024;
/**
 * Wrong admin tokens per minute per IP before 429. Only failures count, so an operator with the
 * right token is never locked out by someone else guessing from the same address.
 */
const ADMIN_FAILURES_PER_MINUTE = 10;

/**
 * The web role: story, edition and archive pages and the Atom feed; signup, confirm, preferences,
 * unsubscribe (RFC 8058), admin API and queue dashboard, metrics, health. Every
 * dependency comes in through `deps`; tests drive the result with `app.inject()`.
 */
export function buildApp(deps: WebDeps): FastifyInstance {
  const context = createWebContext(deps);
  const logger: FastifyBaseLogger = webLogger(deps.logger);
  const app = Fastify({
    loggerInstance: logger,
    genReqId: () => deps.newId(),
    trustProxy: deps.config.trustProxy ?? false,
    bodyLimit: 64 * 1024,
    // Reader tokens are ~120 characters; Fastify's default cap of 100 would answer 414.
    routerOptions: { maxParamLength: 512 },
  });
  const applySecurityHeaders = securityHeaders(deps.config.publicUrl);
  app.addHook('onRequest', async (request, reply) => {
    applySecurityHeaders(request.raw, reply.raw);
    reply.header('permissions-policy', PERMISSIONS_POLICY);
  });
  app.register(formbody, { bodyLimit: FORM_BODY_LIMIT });
  app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, limit) =>
      new WebError(429, 'RATE_LIMITED', `too many requests, try again in ${limit.after}`),
  });
  app.setErrorHandler((error, request, reply) => sendPageError(context, request, reply, error));
  app.setNotFoundHandler((request, reply) => sendNotFound(context, request, reply));
  app.register(async (scope) => registerRoutes(scope, context));
  return app;
}

async function registerRoutes(scope: FastifyInstance, context: WebContext): Promise<void> {
  const { config } = context.deps;
  const guards = formGuards(scope, config);
  registerHealthRoutes(scope, context);
  registerAssetRoutes(scope);
  registerPublicRoutes(scope, context);
  registerSignupRoutes(scope, context, guards);
  registerConfirmRoutes(scope, context, guards);
  registerPreferencesRoutes(scope, context, guards);
  registerReaderDataRoutes(scope, context, guards);
  scope.register(async (unsubscribe) => registerUnsubscribeRoutes(unsubscribe, context, guards));
  const failures = scope.createRateLimit({ max: ADMIN_FAILURES_PER_MINUTE, timeWindow: 60_000 });
  const { adminToken, metricsToken } = config;
  const { deps } = context;
  if (adminToken) {
    const dashboard = deps.queueDashboard ?? null;
    const options = { now: deps.now, dashboard, basePath: context.chrome.basePath };
    scope.register(async (admin) => registerAdminRoutes(admin, adminToken, deps.admin, failures, options));
    if (dashboard) registerAdminLoginRoutes(scope, context, adminToken, guards, failures);
  }
  if (metricsToken && deps.metrics) registerMetricsRoutes(scope, metricsToken, deps.metrics, failures);
}

/** Errors become a page naming the problem; a 500 never shows its message or stack. */
function sendPageError(context: WebContext, request: FastifyRequest, reply: FastifyReply, error: unknown) {
  const status = statusOf(error);
  if (status >= 500) request.log.error({ err: error }, 'web: request failed');
  else request.log.info({ status, code: (error as { code?: unknown }).code }, 'web: request refused');
  const message = status >= 500 ? 'Please try again in a moment.' : describeClientError(status, error);
  return sendHtml(reply, status, errorPage(context.chrome, status, message));
}

function describeClientError(status: number, error: unknown): string {
  if (error instanceof WebError && error.field)
    return `The field “${error.field}” is not valid: ${error.message.replace(/^web: /, '')}.`;
  if (error instanceof WebError) return `${error.message.replace(/^web: /, '')}.`;
  if (status === 413) return 'The form sent was too large.';
  if (status === 415) return 'The form was sent in a format we do not accept.';
  return 'The request could not be understood.';
}

function sendNotFound(context: WebContext, request: FastifyRequest, reply: FastifyReply) {
  request.log.info({ url: redactUrl(request.url) }, 'web: not found');
  if (request.url.startsWith('/admin')) {
    return reply.code(404).send({ error: { code: 'NOT_FOUND', message: 'web: not found' } });
  }
  return sendHtml(reply, 404, notFoundPage(context.chrome));
}
