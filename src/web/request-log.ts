import type { FastifyRequest } from 'fastify';
import type { Logger } from '../shared/logger';

/** Path segments that carry a reader token; they must never reach a log line. */
const TOKEN_PATH = /^\/(confirm|p|u)\/[^/?#]*/;

/** The path without its query and with any token replaced, safe to log at info. */
export function redactUrl(url: string): string {
  const path = url.split('?')[0] ?? '';
  return path.replace(TOKEN_PATH, '/$1/[token]');
}

/**
 * The logger Fastify derives each request's child from. Fastify's own `req` serializer logs the
 * raw URL, which holds reader tokens, so ours replaces it; headers (Authorization) and the client
 * address are left out on purpose.
 */
export function webLogger(root: Logger): Logger {
  return root.child(
    { component: 'web' },
    {
      serializers: {
        req: (request: FastifyRequest) => ({ method: request.method, url: redactUrl(request.url) }),
      },
    },
  );
}
