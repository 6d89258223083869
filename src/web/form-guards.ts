import type { FastifyInstance, FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { formField, readForm } from './form-body';
import type { WebConfig } from './web-deps';
import { WebError } from './web-error';

/** Generous for a person (a few form posts a minute), tight for a script. */
const DEFAULT_POSTS_PER_MINUTE = 30;
/**
 * A mailbox provider posts RFC 8058 one-click unsubscribes for all its users from a few IPs;
 * 600 a minute per IP lets a large provider through while still bounding a flood.
 */
const DEFAULT_ONE_CLICK_PER_MINUTE = 600;

export interface FormGuards {
  /** Every reader form: the per-IP POST limit, then the same-origin check. */
  form: preHandlerAsyncHookHandler[];
  /**
   * The unsubscribe POST. The RFC 8058 one-click request comes from a mail server, with no cookie,
   * no Origin and no token, so it gets its own higher limit and no origin check; the page's own
   * button (`confirm=yes`) is a form like the others.
   */
  unsubscribe: preHandlerAsyncHookHandler;
}

export function formGuards(scope: FastifyInstance, config: WebConfig): FormGuards {
  const postLimit = scope.rateLimit({
    max: config.postsPerMinute ?? DEFAULT_POSTS_PER_MINUTE,
    timeWindow: 60_000,
  });
  const oneClickLimit = scope.rateLimit({
    max: config.oneClickPerMinute ?? DEFAULT_ONE_CLICK_PER_MINUTE,
    timeWindow: 60_000,
  });
  const sameOrigin = sameOriginCheck(config.publicUrl);
  return {
    form: [postLimit, sameOrigin],
    unsubscribe: async function guardUnsubscribe(request: FastifyRequest, reply: FastifyReply) {
      if (!isPageButton(request.body)) return oneClickLimit.call(scope, request, reply);
      await postLimit.call(scope, request, reply);
      await sameOrigin.call(scope, request, reply);
    },
  };
}

/** The unsubscribe page's button sends `confirm=yes`; anything else is treated as one-click. */
export function isPageButton(body: unknown): boolean {
  try {
    return formField(readForm(body), 'confirm') === 'yes';
  } catch {
    return false;
  }
}

/**
 * Cross-site request protection without a per-visitor token, so it also holds for forms embedded
 * in pages that caches share: the browser's `Origin` header (Fetch standard; sent with every
 * form POST) must be the origin of `publicUrl`, or, when a browser leaves it out, the `Referer`
 * must be on that origin. `Origin: null`, a foreign origin, or neither header is a 403 and
 * nothing changes. Pages send `Referrer-Policy: same-origin`, so both headers reach us from our
 * own pages and never leave for other sites.
 */
export function sameOriginCheck(publicUrl: string): preHandlerAsyncHookHandler {
  const expected = new URL(publicUrl).origin;
  return async function checkSameOrigin(request: FastifyRequest) {
    if (sentFrom(request, expected)) return;
    request.log.info({ origin: request.headers.origin ?? null }, 'web: cross-site form refused');
    throw new WebError(
      403,
      'CROSS_SITE',
      `this form was sent from another site; open ${expected} and send it from there`,
    );
  };
}

function sentFrom(request: FastifyRequest, expected: string): boolean {
  const { origin, referer } = request.headers;
  if (origin !== undefined) return origin === expected;
  if (!referer) return false;
  try {
    return new URL(referer).origin === expected;
  } catch {
    return false;
  }
}
