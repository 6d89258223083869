import type { FastifyReply } from 'fastify';
import type { Subscriber } from '../shared/types';
import { checkToken, type TokenPurpose } from '../subscriptions/tokens';
import { type LinkProblem, linkProblemPage } from './pages/reader-pages';
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
  const check = checkToken(deps.config.tokenSecret, token, purpose, deps.now());
  if (!check.ok) return { ok: false, problem: check.reason === 'expired' ? 'expired' : 'invalid' };
  const subscriber = await deps.subscribers.get(check.subscriberId);
  if (!subscriber) return { ok: false, problem: 'invalid' };
  if (subscriber.tokenVersion !== check.version) return { ok: false, problem: 'revoked' };
  return { ok: true, subscriber };
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
