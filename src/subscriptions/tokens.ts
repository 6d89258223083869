import { createHmac, timingSafeEqual } from 'node:crypto';
import { BriefError } from '../shared/errors';

/**
 * Signed reader links. A token is `<payload>.<mac>`, both base64url (RFC 4648 §5, URL-safe, no
 * padding): the payload is a compact JSON array, the MAC is HMAC-SHA256 over a domain-separation
 * prefix plus the encoded payload. Tokens are capabilities, not sessions: whoever holds the link
 * may act on that one subscriber, which is what RFC 8058 one-click unsubscribe requires.
 *
 * Revocation: the payload carries the subscriber's `tokenVersion` at signing time; the caller
 * rejects a token whose version differs from the stored one (`revokeTokens` bumps it).
 * Expiry: confirm tokens carry an issued-at and expire after `CONFIRM_MAX_AGE_MS`; manage and
 * unsubscribe tokens never expire, because they live in old emails whose List-Unsubscribe
 * header (RFC 2369, RFC 8058) must keep working.
 */
export type TokenPurpose = 'manage' | 'unsubscribe' | 'confirm';

export type TokenClaims =
  | { purpose: 'manage' | 'unsubscribe'; subscriberId: string; version: number }
  | { purpose: 'confirm'; subscriberId: string; version: number; issuedAt: Date };

export interface VerifiedToken {
  subscriberId: string;
  version: number;
}

export type TokenRejection = 'malformed' | 'bad-signature' | 'wrong-purpose' | 'expired';

export type TokenCheck =
  | { ok: true; subscriberId: string; version: number; issuedAt: Date | null }
  | { ok: false; reason: TokenRejection };

/** A confirmation link is good for a week: long enough for a slow inbox, short enough to go stale. */
export const CONFIRM_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

/** Tokens are well under 200 characters; anything far longer is not ours and is not hashed. */
const MAX_TOKEN_LENGTH = 512;
const FORMAT = 1;
const MAC_BYTES = 32;
const MAC_CONTEXT = 'morning-brief/reader-link/v1.';
const BASE64URL = /^[A-Za-z0-9_-]+$/;
const PURPOSE_CODE: Record<TokenPurpose, string> = { manage: 'm', unsubscribe: 'u', confirm: 'c' };

export function signToken(secret: string, claims: TokenClaims): string {
  if (secret.length === 0)
    throw new BriefError('subscriptions', 'TOKEN_SECRET_MISSING', 'empty token secret');
  if (claims.subscriberId.length === 0 || claims.subscriberId.length > 128) {
    throw new BriefError('subscriptions', 'TOKEN_CLAIMS_INVALID', 'subscriber id must be 1–128 characters');
  }
  if (!Number.isSafeInteger(claims.version) || claims.version < 0) {
    throw new BriefError('subscriptions', 'TOKEN_CLAIMS_INVALID', 'token version must be a whole number');
  }
  const body: (string | number)[] = [
    FORMAT,
    PURPOSE_CODE[claims.purpose],
    claims.subscriberId,
    claims.version,
  ];
  if (claims.purpose === 'confirm') body.push(Math.floor(claims.issuedAt.getTime() / 1000));
  const payload = Buffer.from(JSON.stringify(body), 'utf8').toString('base64url');
  return `${payload}.${mac(secret, payload).toString('base64url')}`;
}

/**
 * Returns the subscriber id and version of a valid token, or null. `now` is required for
 * confirm tokens (they expire); without it a confirm token is rejected rather than trusted.
 */
export function verifyToken(
  secret: string | readonly string[],
  token: string,
  purpose: 'manage' | 'unsubscribe',
  now?: Date,
): VerifiedToken | null;
export function verifyToken(
  secret: string | readonly string[],
  token: string,
  purpose: 'confirm',
  now: Date,
): VerifiedToken | null;
export function verifyToken(
  secret: string | readonly string[],
  token: string,
  purpose: TokenPurpose,
  now?: Date,
): VerifiedToken | null {
  const check = checkToken(secret, token, purpose, now);
  return check.ok ? { subscriberId: check.subscriberId, version: check.version } : null;
}

/**
 * Like `verifyToken`, but says why a token was refused (a page shows "expired" differently).
 * `secrets` may list several keys: a token signed with any of them verifies, so a secret can be
 * rotated (sign with the new one, keep the old one listed) without breaking links already sent.
 * `maxAgeMs` is how long a confirm token lives (default `CONFIRM_MAX_AGE_MS`).
 */
export function checkToken(
  secrets: string | readonly string[],
  token: unknown,
  purpose: TokenPurpose,
  now?: Date,
  maxAgeMs = CONFIRM_MAX_AGE_MS,
): TokenCheck {
  const parts = splitToken(token);
  if (!parts) return reject('malformed');
  const given = Buffer.from(parts.mac, 'base64url');
  // Reject non-canonical encodings so a token has exactly one spelling.
  if (given.length !== MAC_BYTES || given.toString('base64url') !== parts.mac) return reject('malformed');
  if (!signedByAny(typeof secrets === 'string' ? [secrets] : secrets, given, parts.payload))
    return reject('bad-signature');
  const claims = decodePayload(parts.payload);
  if (!claims) return reject('malformed');
  if (claims.purposeCode !== PURPOSE_CODE[purpose]) return reject('wrong-purpose');
  if (purpose !== 'confirm') return { ok: true, ...claims.ids, issuedAt: null };
  if (claims.issuedAtSeconds === null || !now) return reject('expired');
  const issuedAt = new Date(claims.issuedAtSeconds * 1000);
  if (now.getTime() - issuedAt.getTime() > maxAgeMs) return reject('expired');
  return { ok: true, ...claims.ids, issuedAt };
}

/** Every key is tried, whichever matches, so the time taken does not tell which one signed. */
function signedByAny(secrets: readonly string[], given: Buffer, payload: string): boolean {
  let matched = false;
  for (const secret of secrets) {
    if (secret.length > 0 && timingSafeEqual(given, mac(secret, payload))) matched = true;
  }
  return matched;
}

function reject(reason: TokenRejection): TokenCheck {
  return { ok: false, reason };
}

function mac(secret: string, payload: string): Buffer {
  return createHmac('sha256', secret).update(MAC_CONTEXT).update(payload).digest();
}

function splitToken(token: unknown): { payload: string; mac: string } | null {
  if (typeof token !== 'string' || token.length === 0 || token.length > MAX_TOKEN_LENGTH) return null;
  const parts = token.split('.');
  if (parts.length !== 2) return null;
  const [payload, macPart] = parts as [string, string];
  if (!BASE64URL.test(payload) || !BASE64URL.test(macPart)) return null;
  return { payload, mac: macPart };
}

interface DecodedClaims {
  purposeCode: string;
  ids: VerifiedToken;
  issuedAtSeconds: number | null;
}

function decodePayload(payload: string): DecodedClaims | null {
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(body) || body.length < 4 || body.length > 5 || body[0] !== FORMAT) return null;
  const [, purposeCode, subscriberId, version, issuedAt] = body as unknown[];
  if (typeof purposeCode !== 'string' || typeof subscriberId !== 'string' || subscriberId === '') return null;
  if (!Number.isSafeInteger(version)) return null;
  if (issuedAt !== undefined && !Number.isSafeInteger(issuedAt)) return null;
  return {
    purposeCode,
    ids: { subscriberId, version: version as number },
    issuedAtSeconds: issuedAt === undefined ? null : (issuedAt as number),
  };
}
