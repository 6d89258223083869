import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyReply } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * Features no reader page uses, switched off for the page and anything it could embed
 * (W3C Permissions Policy), so an injected frame or script could not ask for them either.
 */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'browsing-topics=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'payment=()',
  'usb=()',
].join(', ');

/**
 * Helmet with a Content-Security-Policy that allows our stylesheet and script from our own origin
 * (/assets/) and nothing else: no inline style or script, nothing remote, no frames, forms only to
 * ourselves.
 * Referrer-Policy same-origin keeps a token URL from leaking to any site a page links to, yet
 * lets the browser send `Origin` and `Referer` with our own forms (with no-referrer it sends
 * `Origin: null`, and the cross-site check could not tell our forms from anyone's).
 */
export function helmetOptions(publicUrl: string): HelmetOptions {
  const https = publicUrl.startsWith('https:');
  const directives: Record<string, string[]> = {
    defaultSrc: ["'none'"],
    styleSrc: ["'self'"],
    scriptSrc: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    baseUri: ["'none'"],
  };
  if (https) directives.upgradeInsecureRequests = [];
  return {
    contentSecurityPolicy: { useDefaults: false, directives },
    referrerPolicy: { policy: 'same-origin' },
    // HSTS only makes sense when readers reach us over TLS (RFC 6797 §7.2: ignored over http).
    strictTransportSecurity: https ? { maxAge: 15552000, includeSubDomains: false } : false,
  };
}

/**
 * Helmet's middleware, built once: @fastify/helmet rebuilt it (and parsed the policy's
 * directives again) on every request, 7.5% of the web role's CPU under load
 * (docs/subscriptions.md, "Security headers"). The headers are the same on every response.
 */
export function securityHeaders(
  publicUrl: string,
): (request: IncomingMessage, response: ServerResponse) => void {
  const apply = helmet(helmetOptions(publicUrl));
  return (request, response) =>
    apply(request, response, (error?: unknown) => {
      if (error) throw error;
    });
}

/**
 * Pages reached by a token must not be stored by browsers or shared caches (RFC 9111 §5.2.2.5),
 * nor indexed if a link ever leaks.
 */
export function privatePage(reply: FastifyReply): FastifyReply {
  return reply.header('cache-control', 'no-store').header('x-robots-tag', 'noindex, nofollow');
}

/**
 * The queue dashboard (bull-board, behind the admin token) is a single-page app of its own: it
 * sets a <base href>, draws inline styles and data: images, and calls its API on our origin. It
 * gets this policy instead of the reader pages' strict one; scripts still come only from us.
 */
export const DASHBOARD_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
