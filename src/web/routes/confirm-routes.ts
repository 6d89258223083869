import type { FastifyInstance } from 'fastify';
import { maskEmail } from '../../shared/logger';
import { LINK_PATHS } from '../../subscriptions/links';
import type { FormGuards } from '../form-guards';
import { confirmedPage, confirmPromptPage, notReceivingPage } from '../pages/reader-pages';
import { privatePage } from '../security-headers';
import { sendHtml, sendLinkProblem, subscriberFromToken } from '../token-guard';
import { auditSubscriberAction, subscriberLog, type WebContext, webFormConsent } from '../web-context';

interface TokenParams {
  token: string;
}

/**
 * Double opt-in. GET only shows a button: mail scanners and link previews fetch links, and a GET
 * must not change state (RFC 9110 §9.2.1, invariant 3). POST activates.
 */
export function registerConfirmRoutes(app: FastifyInstance, context: WebContext, guards: FormGuards): void {
  const path = `${LINK_PATHS.confirm}:token`;

  app.get<{ Params: TokenParams }>(path, async (request, reply) => {
    privatePage(reply);
    const outcome = await subscriberFromToken(context, request.params.token, 'confirm');
    if (!outcome.ok) return sendLinkProblem(context, reply, outcome.problem);
    const { subscriber } = outcome;
    if (subscriber.status === 'active' || subscriber.status === 'paused') {
      return sendHtml(reply, 200, confirmedPage(context.chrome, context.pagePath('manage', subscriber)));
    }
    if (subscriber.status === 'complained') return sendHtml(reply, 200, notReceivingPage(context.chrome));
    const action = `${context.chrome.basePath}${LINK_PATHS.confirm}${request.params.token}`;
    return sendHtml(reply, 200, confirmPromptPage(context.chrome, maskEmail(subscriber.email), action));
  });

  app.post<{ Params: TokenParams }>(path, { preHandler: guards.form }, async (request, reply) => {
    privatePage(reply);
    const outcome = await subscriberFromToken(context, request.params.token, 'confirm');
    if (!outcome.ok) return sendLinkProblem(context, reply, outcome.problem);
    const { deps } = context;
    let subscriber = outcome.subscriber;
    const before = subscriber.status;
    if (before === 'complained') return sendHtml(reply, 200, notReceivingPage(context.chrome));
    if (before === 'pending')
      subscriber = (await deps.subscribers.confirm(subscriber.id, deps.now())) ?? subscriber;
    // An unsubscribed reader who signed up again opts back in with the same kind of link; the
    // confirmation is the new consent (the form that sent the link shows the current text).
    if (before === 'unsubscribed') {
      const now = deps.now();
      const consent = webFormConsent(context, request, now);
      subscriber = (await deps.subscribers.resubscribe(subscriber.id, consent, now)) ?? subscriber;
    }
    // A bounced address whose reader signed up again: the link reached the mailbox, so it works
    // again; the bounce count starts over (docs/email.md "Bounces").
    if (before === 'bounced') {
      const now = deps.now();
      const consent = webFormConsent(context, request, now);
      subscriber = (await deps.subscribers.reactivateBounced(subscriber.id, consent, now)) ?? subscriber;
    }
    if (subscriber.status !== before) {
      // A confirmed opt-in is the new consent that lifts an earlier "delete me".
      await deps.readerData.forgetErased(subscriber.email);
      const detail =
        before === 'unsubscribed' || before === 'bounced'
          ? { from: before, consentTextVersion: context.consent.version }
          : { from: before };
      await auditSubscriberAction(context, subscriber.id, 'subscriber.confirmed', detail);
      subscriberLog(request.log, subscriber.id).info({ from: before }, 'web: subscription confirmed');
    }
    return sendHtml(reply, 200, confirmedPage(context.chrome, context.pagePath('manage', subscriber)));
  });
}
