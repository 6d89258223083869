import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';

/** The cookie that lets a browser open the queue dashboard after signing in with the admin token. */
export const ADMIN_COOKIE = 'brief_admin';
/** A dashboard session lasts a working day; then the operator signs in again. */
export const ADMIN_SESSION_SECONDS = 12 * 60 * 60;

/** Constant-time comparison; hashing first gives the equal lengths `timingSafeEqual` needs. */
export function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** True when the request carries `Authorization: Bearer <expected>` (RFC 6750). */
export function hasBearer(request: FastifyRequest, expected: string): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
  return Boolean(match?.[1] && sameSecret(match[1], expected));
}

/**
 * A session value: its expiry (Unix seconds) and an HMAC of it keyed by the admin token, so
 * changing ADMIN_TOKEN ends every session and the cookie holds nothing secret itself.
 */
export function signSession(adminToken: string, now: Date): string {
  const expires = Math.floor(now.getTime() / 1000) + ADMIN_SESSION_SECONDS;
  return `${expires}.${mac(adminToken, expires)}`;
}

export function hasSession(request: FastifyRequest, adminToken: string, now: Date): boolean {
  const value = cookieValue(request.headers.cookie, ADMIN_COOKIE);
  const match = value ? /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(value) : null;
  if (!match?.[1] || !match[2]) return false;
  const expires = Number(match[1]);
  if (expires * 1000 <= now.getTime()) return false;
  return sameSecret(match[2], mac(adminToken, expires));
}

function mac(adminToken: string, expires: number): string {
  return createHmac('sha256', adminToken).update(`admin-session:${expires}`).digest('base64url');
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}
