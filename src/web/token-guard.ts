import type { FastifyReply } from 'fastify';
import type { Subscriber } from '../shared/types';
import { checkToken, type TokenPurpose } from '../subscriptions/tokens';
import { type LinkProblem, linkProblemPage, notReceivingPage } from './pages/reader-pages';
import { privatePage } from './security-headers';
import type { WebContext } from './web-context';

export type TokenOutcome = { ok: true; subscriber: Subscriber } | { ok: false; problem: LinkProblem };

/**
 * Resolves a reader link to its subscriber. A bad or foreign token and an unknown subscriber are
 * "invalid" (404); an expired confirm token and a token signed with an older `tokenVersion`
 * (revoked by `revokeTokens`) are "gone" (410, RFC 9110 §15.5.11).
 */
export async function subscriberFromToken(
  context: WebContext,
  token: string,
  purpose: TokenPurpose,
): Promise<TokenOutcome> {
  const { deps } = context;
  const check = checkToken(deps.config.tokenSecrets, token, purpose, deps.now(), context.confirmMaxAgeMs);
  if (!check.ok) return { ok: false, problem: check.reason === 'expired' ? 'expired' : 'invalid' };
  const subscriber = await deps.subscribers.get(check.subscriberId);
  if (!subscriber) return { ok: false, problem: 'invalid' };
  if (subscriber.tokenVersion !== check.version) return { ok: false, problem: 'revoked' };
  return { ok: true, subscriber };
}

/**
 * The reader a manage link names, or undefined once the answer is sent: the link problem page
 * for a bad, expired or revoked token, or "not receiving" for an address that bounced or
 * complained (its preferences no longer matter).
 */
export async function readerOfManageLink(
  context: WebContext,
  token: string,
  reply: FastifyReply,
): Promise<Subscriber | undefined> {
  privatePage(reply);
  const outcome = await subscriberFromToken(context, token, 'manage');
  if (!outcome.ok) {
    sendLinkProblem(context, reply, outcome.problem);
    return undefined;
  }
  const { subscriber } = outcome;
  if (subscriber.status === 'bounced' || subscriber.status === 'complained') {
    sendHtml(reply, 200, notReceivingPage(context.chrome));
    return undefined;
  }
  return subscriber;
}

export function sendLinkProblem(
  context: WebContext,
  reply: FastifyReply,
  problem: LinkProblem,
): FastifyReply {
  return privatePage(reply)
    .code(problem === 'invalid' ? 404 : 410)
    .type('text/html; charset=utf-8')
    .send(linkProblemPage(context.chrome, problem));
}

export function sendHtml(reply: FastifyReply, statusCode: number, page: string): FastifyReply {
  return reply.code(statusCode).type('text/html; charset=utf-8').send(page);
}
