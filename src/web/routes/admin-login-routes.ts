import type { FastifyInstance } from 'fastify';
import { ADMIN_COOKIE, ADMIN_SESSION_SECONDS, sameSecret, signSession } from '../admin-session';
import { formField, readForm } from '../form-body';
import type { FormGuards } from '../form-guards';
import { html } from '../html';
import { messagePage } from '../pages/layout';
import { sendHtml } from '../token-guard';
import type { WebContext } from '../web-context';
import { WebError } from '../web-error';
import { DASHBOARD_PATH, type FailureLimit } from './admin-routes';

/**
 * Sign-in for the queue dashboard: a browser cannot add a bearer header, so the operator types
 * the admin token once and gets a signed, HttpOnly, SameSite=Strict cookie scoped to the
 * dashboard (admin-session.ts). The form is guarded like the reader forms (same-origin, rate
 * limit) and a wrong token counts against the admin failure limit.
 */
export function registerAdminLoginRoutes(
  scope: FastifyInstance,
  context: WebContext,
  adminToken: string,
  guards: FormGuards,
  failures: FailureLimit,
): void {
  const { chrome } = context;
  const dashboard = `${chrome.basePath}${DASHBOARD_PATH}`;
  const secure = new URL(context.deps.config.publicUrl).protocol === 'https:';
  const page = (problem?: string) =>
    messagePage(
      chrome,
      'Queue dashboard',
      html`${problem ? html`<p class="error" role="alert">${problem}</p>` : html``}
<form method="post" action="${chrome.basePath}/admin/login">
<label for="token">Admin token</label>
<input id="token" name="token" type="password" autocomplete="current-password" required>
<button type="submit">Sign in</button>
</form>`,
    );

  scope.get('/admin/login', async (_request, reply) =>
    sendHtml(reply.header('cache-control', 'no-store'), 200, page()),
  );

  scope.post('/admin/login', { preHandler: guards.form }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    const token = formField(readForm(request.body), 'token') ?? '';
    if (!sameSecret(token, adminToken)) {
      const limit = await failures(request);
      if (!limit.isAllowed && limit.isExceeded)
        throw new WebError(
          429,
          'RATE_LIMITED',
          'too many wrong admin tokens from this address; try again later',
        );
      request.log.warn('web: dashboard sign-in with a wrong token');
      return sendHtml(reply, 401, page('That is not the admin token.'));
    }
    const attributes = [
      `Path=${dashboard}`,
      'HttpOnly',
      'SameSite=Strict',
      `Max-Age=${ADMIN_SESSION_SECONDS}`,
    ];
    if (secure) attributes.push('Secure');
    reply.header(
      'set-cookie',
      `${ADMIN_COOKIE}=${signSession(adminToken, context.deps.now())}; ${attributes.join('; ')}`,
    );
    request.log.info('web: dashboard sign-in');
    return reply.code(303).header('location', `${dashboard}/`).send();
  });
}
