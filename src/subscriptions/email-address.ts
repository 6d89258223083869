import { domainToASCII } from 'node:url';
import { z } from 'zod';

export type EmailCheck = { ok: true; email: string } | { ok: false; message: string };

/** RFC 5321 §4.5.3.1: 64 octets of local part; 254 for a whole path-usable address (RFC 3696 erratum). */
const MAX_LOCAL = 64;
const MAX_ADDRESS = 254;
const emailSchema = z.email();

/**
 * Normalizes and checks an address typed into the signup form. The syntax check is zod's
 * maintained `email()` pattern (it rejects quoted local parts and other legal-but-undeliverable
 * forms on purpose); we add what it leaves out: trimming, NFC, IDN domains to ASCII (UTS #46 via
 * `domainToASCII`), length limits and a dotted domain. The result is lower-cased to match the
 * store's unique index. Whether the mailbox exists is settled by the confirmation email.
 */
export function normalizeSignupEmail(input: string): EmailCheck {
  const trimmed = input.normalize('NFC').trim();
  if (trimmed === '') return { ok: false, message: 'Enter your email address.' };
  if (/[\s\p{Cc}]/u.test(trimmed)) return invalid();
  const at = trimmed.lastIndexOf('@');
  if (at <= 0 || at === trimmed.length - 1) return invalid();
  const local = trimmed.slice(0, at);
  const domain = domainToASCII(trimmed.slice(at + 1));
  if (local.length > MAX_LOCAL || domain === '' || !domain.includes('.')) return invalid();
  const email = `${local}@${domain}`.toLowerCase();
  if (email.length > MAX_ADDRESS) return invalid();
  if (!emailSchema.safeParse(email).success) return invalid();
  return { ok: true, email };
}

function invalid(): EmailCheck {
  return { ok: false, message: 'Enter an email address like name@example.com.' };
}
