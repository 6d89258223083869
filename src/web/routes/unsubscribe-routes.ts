import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { maskEmail } from '../../shared/logger';
import type { Subscriber } from '../../shared/types';
import { LINK_PATHS } from '../../subscriptions/links';
import { type FormGuards, isPageButton } from '../form-guards';
import {
  notReceivingPage,
  resubscribedPage,
  unsubscribedPage,
  unsubscribePromptPage,
} from '../pages/reader-pages';
import { privatePage } from '../security-headers';
import { sendHtml, sendLinkProblem, subscriberFromToken } from '../token-guard';
import { auditSubscriberAction, subscriberLog, type WebContext, webFormConsent } from '../web-context';

interface TokenParams {
  token: string;
}

const ONE_CLICK_BODY = /name="?List-Unsubscribe"?\s*\r?\n(?:[^\r\n]+\r?\n)*\r?\n\s*One-Click/i;

/**
 * Unsubscribe. The link in every email and the List-Unsubscribe header (RFC 2369) point here.
 * RFC 8058 one-click: the mailbox provider POSTs `List-Unsubscribe=One-Click` (form-encoded or, as
 * §3.1 prefers, multipart/form-data) with no cookies and follows no redirect, so the POST
 * unsubscribes at once and answers 200 with a short body. The token alone authorises it, so it
 * has no cross-site check and its own rate limit (see form-guards.ts). Repeating it is harmless:
 * the status is already `unsubscribed`.
 */
export function registerUnsubscribeRoutes(
  scope: FastifyInstance,
  context: WebContext,
  guards: FormGuards,
): void {
  // Only the field above matters, so a minimal reading of a multipart body is enough here; any
  // other content type is accepted and ignored rather than refused with 415.
  scope.addContentTypeParser(
    'multipart/form-data',
    { parseAs: 'string', bodyLimit: 8192 },
    (_req, body, done) => {
      done(null, ONE_CLICK_BODY.test(String(body)) ? { 'List-Unsubscribe': 'One-Click' } : {});
    },
  );
  scope.addContentTypeParser('*', { parseAs: 'string', bodyLimit: 8192 }, (_req, _body, done) =>
    done(null, {}),
  );

  const path = `${LINK_PATHS.unsubscribe}:token`;
  scope.get<{ Params: TokenParams }>(path, async (request, reply) => {
    privatePage(reply);
    const outcome = await subscriberFromToken(context, request.params.token, 'unsubscribe');
    if (!outcome.ok) return sendLinkProblem(context, reply, outcome.problem);
    const { subscriber } = outcome;
    const masked = maskEmail(subscriber.email);
    const base = `${context.chrome.basePath}${LINK_PATHS.unsubscribe}${request.params.token}`;
    if (subscriber.status === 'unsubscribed') {
      return sendHtml(
        reply,
        200,
        unsubscribedPage(context.chrome, masked, `${base}/resubscribe`, context.consent),
      );
    }
    const manage = context.pagePath('manage', subscriber);
    return sendHtml(reply, 200, unsubscribePromptPage(context.chrome, masked, base, manage));
  });

  scope.post<{ Params: TokenParams }>(path, { preHandler: guards.unsubscribe }, async (request, reply) => {
    privatePage(reply);
    const outcome = await subscriberFromToken(context, request.params.token, 'unsubscribe');
    if (!outcome.ok) return sendLinkProblem(context, reply, outcome.problem);
    const oneClick = !isPageButton(request.body);
    await unsubscribe(context, request, outcome.subscriber, oneClick ? 'one-click' : 'page');
    if (oneClick) return reply.code(200).type('text/plain; charset=utf-8').send('Unsubscribed.\n');
    const resubscribe = `${context.chrome.basePath}${LINK_PATHS.unsubscribe}${request.params.token}/resubscribe`;
    return sendHtml(
      reply,
      200,
      unsubscribedPage(context.chrome, maskEmail(outcome.subscriber.email), resubscribe, context.consent),
    );
  });

  scope.post<{ Params: TokenParams }>(
    `${path}/resubscribe`,
    { preHandler: guards.form },
    async (request, reply) => {
      privatePage(reply);
      const outcome = await subscriberFromToken(context, request.params.token, 'unsubscribe');
      if (!outcome.ok) return sendLinkProblem(context, reply, outcome.problem);
      return resubscribe(context, request, reply, outcome.subscriber);
    },
  );
}

async function unsubscribe(
  context: WebContext,
  request: FastifyRequest,
  subscriber: Subscriber,
  via: 'one-click' | 'page',
): Promise<void> {
  const log = subscriberLog(request.log, subscriber.id);
  const { deps } = context;
  // Already out (or stopped by a bounce/complaint, which must not be overwritten): nothing to do.
  if (!(await deps.subscribers.unsubscribe(subscriber.id, via, deps.now()))) {
    log.info({ status: subscriber.status, via }, 'web: unsubscribe repeated, no change');
    return;
  }
  await auditSubscriberAction(context, subscriber.id, 'subscriber.unsubscribed', {
    via,
    from: subscriber.status,
  });
  log.info({ via }, 'web: unsubscribed');
}

async function resubscribe(
  context: WebContext,
  request: FastifyRequest,
  reply: FastifyReply,
  subscriber: Subscriber,
): Promise<FastifyReply> {
  const { deps } = context;
  if (
    subscriber.status === 'bounced' ||
    subscriber.status === 'complained' ||
    subscriber.status === 'pending'
  ) {
    return sendHtml(reply, 200, notReceivingPage(context.chrome));
  }
  if (subscriber.status === 'unsubscribed') {
    // The unsubscribe withdrew the old consent; the button beside the consent text gives a new one.
    const now = deps.now();
    await deps.subscribers.resubscribe(subscriber.id, webFormConsent(context, request, now), now);
    await auditSubscriberAction(context, subscriber.id, 'subscriber.resubscribed', {
      via: 'page',
      consentTextVersion: context.consent.version,
    });
    subscriberLog(request.log, subscriber.id).info('web: resubscribed');
  }
  return sendHtml(reply, 200, resubscribedPage(context.chrome, context.pagePath('manage', subscriber)));
}
