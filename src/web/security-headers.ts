import type { FastifyHelmetOptions } from '@fastify/helmet';
import type { FastifyReply } from 'fastify';
import { PAGE_CSS_HASH } from './pages/styles';

/**
 * Helmet with a Content-Security-Policy that allows our one inline stylesheet (by hash) and
 * nothing else: no script, no remote style, no frames, forms only to ourselves.
 * Referrer-Policy no-referrer keeps a token URL from leaking to any site a page links to.
 */
export function helmetOptions(publicUrl: string): FastifyHelmetOptions {
  const https = publicUrl.startsWith('https:');
  const directives: Record<string, string[]> = {
    defaultSrc: ["'none'"],
    styleSrc: [PAGE_CSS_HASH],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    baseUri: ["'none'"],
  };
  if (https) directives.upgradeInsecureRequests = [];
  return {
    contentSecurityPolicy: { useDefaults: false, directives },
    referrerPolicy: { policy: 'no-referrer' },
    // HSTS only makes sense when readers reach us over TLS (RFC 6797 §7.2: ignored over http).
    strictTransportSecurity: https ? { maxAge: 15552000, includeSubDomains: false } : false,
  };
}

/**
 * Pages reached by a token must not be stored by browsers or shared caches (RFC 9111 §5.2.2.5),
 * nor indexed if a link ever leaks.
 */
export function privatePage(reply: FastifyReply): FastifyReply {
  return reply.header('cache-control', 'no-store').header('x-robots-tag', 'noindex, nofollow');
}
