import { BriefError, errorMessage } from '../shared/errors';
import { maskEmail } from '../shared/logger';
import type { SendErrorClass } from './types';

/** Codes nodemailer (and Node's socket layer under it) give to failures of the path, not the message. */
const TRANSIENT_CODES = new Set([
  'ECONNECTION',
  'ETIMEDOUT',
  'ESOCKET',
  'EDNS',
  'ETLS',
  'EPROTOCOL',
  'EMAXLIMIT',
  'EAUTH',
  'ENOAUTH',
  'EPROXY',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
/**
 * Replies that say "not now" about the relay or our rate, not about the recipient: 421 (service
 * closing the channel), 450 (mailbox unavailable, often a rate limit), 451 (local error, typical
 * of greylisting and throttling), 454 (TLS or authentication temporarily unavailable).
 */
const THROTTLE_REPLIES = new Set([421, 450, 451, 454]);
/** No connection at all: the relay is down or refuses us. */
const REFUSED_CODES = new Set(['ECONNECTION', 'ECONNREFUSED']);
/** 5xx replies about our session, not the reader: a failed login says nothing of the mailbox. */
const NOT_A_BOUNCE_CODES = new Set(['EAUTH', 'ENOAUTH', 'ETLS', 'EREQUIRETLS']);

/** Codes that mean this message or its envelope can never be sent as it is. */
const PERMANENT_CODES = new Set(['EENVELOPE', 'EMESSAGE', 'EMAXRECIPIENTS', 'EREQUIRETLS']);

interface ErrorFields {
  code?: unknown;
  responseCode?: unknown;
  response?: unknown;
}

/** Replies often quote the recipient; keep reasons free of full addresses, as logs are (docs/subscriptions.md). */
function redact(text: string): string {
  return text.replace(/[^\s<>"'()]+@[^\s<>"'()]+/g, (address) => maskEmail(address)).slice(0, 300);
}

function smtpReason(code: number, response: unknown, fallback: string): string {
  const firstLine = typeof response === 'string' ? response.trim().split(/\r?\n/)[0] : undefined;
  const reply = firstLine || fallback;
  return redact(reply.startsWith(String(code)) ? `SMTP ${reply}` : `SMTP ${code} ${reply}`);
}

/**
 * Tells a failed send that may succeed later from one that never will.
 *
 * RFC 5321 §4.2.1: a 4yz reply is a transient negative completion ("the command was not
 * accepted … but the error condition is temporary, and the action may be requested again"),
 * a 5yz reply a permanent one. 503 (bad sequence of commands) is the exception, as nodemailer
 * treats it: it reports the state of our session, not a verdict on the message, so a fresh
 * connection may succeed. Without a reply code, connection, timeout, DNS, TLS and
 * authentication failures are the path, not the message: retry (bounded by the job's attempts).
 * An envelope nodemailer refuses before any reply (bad address) is permanent. Anything
 * unknown is retried: a bounded retry costs less than a reader's lost brief.
 *
 * `throttle` marks replies and refusals after which the whole queue should slow down;
 * `hardBounce` marks 5xx replies that count against the reader (docs/email.md "Bounces").
 */
export function classifySendError(error: unknown): SendErrorClass {
  if (error instanceof BriefError && error.stage === 'deliver') {
    return { kind: 'permanent', reason: redact(error.message) };
  }
  const fields: ErrorFields = typeof error === 'object' && error !== null ? (error as ErrorFields) : {};
  const message = errorMessage(error);
  if (typeof fields.responseCode === 'number' && Number.isInteger(fields.responseCode)) {
    const responseCode = fields.responseCode;
    const reason = smtpReason(responseCode, fields.response, message);
    const permanent = responseCode >= 500 && responseCode < 600 && responseCode !== 503;
    if (!permanent)
      return { kind: 'retryable', reason, responseCode, throttle: THROTTLE_REPLIES.has(responseCode) };
    const code = typeof fields.code === 'string' ? fields.code : '';
    return { kind: 'permanent', reason, responseCode, hardBounce: !NOT_A_BOUNCE_CODES.has(code) };
  }
  const code = typeof fields.code === 'string' ? fields.code : '';
  if (PERMANENT_CODES.has(code)) return { kind: 'permanent', reason: redact(`${code}: ${message}`) };
  if (TRANSIENT_CODES.has(code)) {
    const refused = REFUSED_CODES.has(code) || /ECONNREFUSED/.test(message);
    return { kind: 'retryable', reason: redact(`${code}: ${message}`), throttle: refused };
  }
  return { kind: 'retryable', reason: redact(code ? `${code}: ${message}` : message) };
}
