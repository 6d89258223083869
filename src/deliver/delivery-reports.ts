import { createHash } from 'node:crypto';
import { type ParsedMail, simpleParser } from 'mailparser';

/** One recipient's line of a delivery status notification (RFC 3464 §2.3). */
export interface RecipientReport {
  /** The report's own Message-ID, else a digest of its bytes: with the recipient, a stable key. */
  reportId: string;
  recipient: string;
  /** failed | delayed | delivered | relayed | expanded (RFC 3464 §2.3.3). */
  action: string;
  /** Enhanced status code, e.g. "5.1.1" (RFC 3463). */
  status: string;
  diagnostic: string | null;
  /** Message-ID of the message the report is about, when the report quotes it. */
  originalMessageId: string | null;
}

/** The media types of the machine-readable part (RFC 3464 §2.1; RFC 6533 §6.2 for UTF-8 addresses). */
const STATUS_TYPES = new Set(['message/delivery-status', 'message/global-delivery-status']);
/** Parts that quote the original message or its headers (RFC 3462 §1). */
const ORIGINAL_TYPES = new Set([
  'message/rfc822',
  'text/rfc822-headers',
  'message/global',
  'message/global-headers',
]);

/**
 * Splits a file of delivery reports into messages: an mbox (each message opened by a "From "
 * line, RFC 4155) or a single .eml message.
 */
export function splitMailbox(text: string): string[] {
  const normalized = text.replace(/\r\n/g, '\n');
  if (!normalized.startsWith('From ')) return normalized.trim() ? [normalized] : [];
  return normalized
    .split(/^From .*\n/m)
    .map((message) => message.replace(/^>(>*From )/gm, '$1'))
    .filter((message) => message.trim().length > 0);
}

/** The field blocks of a delivery-status body: per-message fields first, then one per recipient. */
function fieldBlocks(body: string): Map<string, string>[] {
  return body
    .replace(/\r\n/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => {
      const fields = new Map<string, string>();
      for (const line of block.replace(/\n[ \t]+/g, ' ').split('\n')) {
        const colon = line.indexOf(':');
        if (colon > 0) fields.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
      }
      return fields;
    })
    .filter((fields) => fields.size > 0);
}

/** "rfc822; jane@example.org" → "jane@example.org" (RFC 3464 §2.3.2: address-type; address). */
function address(field: string | undefined): string | null {
  if (!field) return null;
  const value = field.includes(';') ? field.slice(field.indexOf(';') + 1) : field;
  const trimmed = value.trim().replace(/^<(.*)>$/, '$1');
  return trimmed.includes('@') ? trimmed : null;
}

function originalMessageId(mail: ParsedMail): string | null {
  for (const part of mail.attachments) {
    if (!ORIGINAL_TYPES.has(part.contentType)) continue;
    const headers = part.content.toString('utf8').split(/\r?\n\r?\n/)[0] ?? '';
    const match = /^Message-ID:\s*(<[^>\s]+>)/im.exec(headers);
    if (match?.[1]) return match[1];
  }
  return null;
}

/**
 * Reads the recipients' reports out of one message, parsed with mailparser. A message that is
 * not a delivery status notification yields none.
 */
export async function readDeliveryReport(raw: string): Promise<RecipientReport[]> {
  // Without keepDeliveryStatus mailparser folds the status part into the text.
  const mail = await simpleParser(raw, { keepDeliveryStatus: true });
  const status = mail.attachments.find((part) => STATUS_TYPES.has(part.contentType));
  if (!status) return [];
  const reportId = mail.messageId ?? `sha256:${createHash('sha256').update(raw).digest('hex').slice(0, 32)}`;
  const original = originalMessageId(mail);
  const [, ...recipients] = fieldBlocks(status.content.toString('utf8'));
  return recipients.flatMap((fields) => {
    const recipient = address(fields.get('final-recipient')) ?? address(fields.get('original-recipient'));
    if (!recipient) return [];
    return [
      {
        reportId,
        recipient,
        action: (fields.get('action') ?? '').toLowerCase(),
        status: (fields.get('status') ?? '').split(/\s/)[0] ?? '',
        diagnostic: fields.get('diagnostic-code') ?? null,
        originalMessageId: original,
      },
    ];
  });
}

/** A permanent failure (RFC 3464 §2.3.3 "failed" with a 5.x.x status, RFC 3463 §3.1). */
export function isHardBounce(report: RecipientReport): boolean {
  return report.action === 'failed' && /^5\.\d{1,3}\.\d{1,3}$/.test(report.status);
}
