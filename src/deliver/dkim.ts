import type DKIM from 'nodemailer/lib/dkim';
import type { DkimSigning } from './types';

/**
 * Headers the signature covers (RFC 6376 §5.4.1 lists the ones that SHOULD be signed). Mailbox
 * providers honour one-click unsubscribe only when the signature covers both List-Unsubscribe
 * and List-Unsubscribe-Post (RFC 8058 §4), so they are named here rather than left to a default.
 */
export const SIGNED_HEADERS = [
  'From',
  'Reply-To',
  'Subject',
  'Date',
  'Message-ID',
  'To',
  'MIME-Version',
  'Content-Type',
  'Content-Transfer-Encoding',
  'List-Id',
  'List-Unsubscribe',
  'List-Unsubscribe-Post',
  'Feedback-ID',
  'Precedence',
  'Auto-Submitted',
] as const;

/** nodemailer's transport option for signing with these settings. */
export function dkimOptions(signing: DkimSigning): DKIM.Options {
  return {
    domainName: signing.domain,
    keySelector: signing.selector,
    privateKey: signing.privateKey,
    headerFieldNames: SIGNED_HEADERS.join(':'),
  };
}
