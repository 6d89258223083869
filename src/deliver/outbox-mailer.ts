import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createTransport } from 'nodemailer';
import { type Logger, maskEmail } from '../shared/logger';
import { writeFileAtomic } from './atomic-write';
import { dkimOptions } from './dkim';
import { safeDeliveryToken } from './message-id';
import type { DkimSigning, Mailer, OutgoingMessage, SendResult } from './types';

export interface OutboxMailer extends Mailer {
  readonly dir: string;
  /**
   * Writes `<editionId>-<variantKey>.html` once per variant (later calls, in this process or
   * after a restart, find the file and return `written: false`).
   */
  writePreview(
    variantKey: string,
    editionId: string,
    html: string,
  ): Promise<{ path: string; written: boolean }>;
}

/** A file-name part: letters, digits, '_', '-', '+' (variant keys); no dots, so no '..' or hidden files. */
function fileNamePart(value: string): string {
  const safe = value.replace(/[^A-Za-z0-9_+-]/g, '_').slice(0, 120);
  return safe.length > 0 ? safe : 'none';
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * The mailer without SMTP: each message becomes `<deliveryId>.eml` in `dir`, built by the same
 * nodemailer pipeline as the SMTP path (stream transport, CRLF line ends as RFC 5322 §2.1
 * wants), written atomically so a crash never leaves half a file. Opens in any mail client.
 * With DKIM settings the files are signed exactly as the SMTP path signs.
 */
export function createOutboxMailer(
  dir: string,
  options: { logger: Logger; dkim?: DkimSigning | null },
): OutboxMailer {
  const builder = createTransport({
    streamTransport: true,
    buffer: true,
    newline: 'windows',
    // Signed like the SMTP path, so a demo with DKIM settings writes signed .eml files.
    ...(options.dkim ? { dkim: dkimOptions(options.dkim) } : {}),
  });
  const log = options.logger.child({ component: 'outbox-mailer' });
  let ready: Promise<unknown> | null = null;
  const ensureDir = () => {
    ready ??= mkdir(dir, { recursive: true });
    return ready;
  };
  // One write per preview path, even when many deliveries of a variant ask at once.
  const previews = new Map<string, Promise<{ path: string; written: boolean }>>();

  return {
    dir,
    async send(message: OutgoingMessage): Promise<SendResult> {
      await ensureDir();
      const { deliveryId, ...mail } = message;
      const info = await builder.sendMail(mail);
      const path = join(dir, `${safeDeliveryToken(deliveryId)}.eml`);
      await writeFileAtomic(path, info.message as Buffer);
      log.debug({ delivery_id: deliveryId, to: maskEmail(message.to), path }, 'deliver: written to outbox');
      return {
        messageId: info.messageId,
        response: `250 written to ${path}`,
        accepted: [message.to],
        rejected: [],
      };
    },
    writePreview(variantKey, editionId, html) {
      const path = join(dir, `${fileNamePart(editionId)}-${fileNamePart(variantKey)}.html`);
      const pending = previews.get(path);
      if (pending) return pending.then(() => ({ path, written: false }));
      const work = (async () => {
        await ensureDir();
        if (await exists(path)) return { path, written: false };
        await writeFileAtomic(path, html);
        log.info({ edition_id: editionId, variant: variantKey, path }, 'deliver: preview written');
        return { path, written: true };
      })();
      previews.set(path, work);
      work.catch(() => previews.delete(path));
      return work;
    },
    async close(): Promise<void> {
      builder.close();
    },
  };
}
