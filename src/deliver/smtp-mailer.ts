import { createTransport } from 'nodemailer';
import { type Logger, maskEmail } from '../shared/logger';
import { dkimOptions } from './dkim';
import type { DkimSigning, Mailer, OutgoingMessage, SendResult } from './types';

export interface SmtpMailerOptions {
  /** Parallel SMTP connections in the pool. Default 5 (nodemailer's default). */
  maxConnections?: number;
  /** Messages per connection before it is recycled. Default 100 (nodemailer's default). */
  maxMessages?: number;
  /** Milliseconds to open the TCP connection. Default 30 s. */
  connectionTimeoutMs?: number;
  /** Milliseconds of socket inactivity before giving up. Default 120 s. */
  socketTimeoutMs?: number;
  /** Sign every message with DKIM (RFC 6376); unset leaves signing to the relay. */
  dkim?: DkimSigning | null;
  logger: Logger;
}

function addresses(list: ReadonlyArray<string | { address: string }> | undefined): string[] {
  return (list ?? []).map((entry) => (typeof entry === 'string' ? entry : entry.address));
}

/**
 * A pooled SMTP mailer (`smtp://user:pass@host:587`, `smtps://…` for implicit TLS). Errors are
 * nodemailer's, with `code` and `responseCode`; pass them to `classifySendError`.
 *
 * Timeouts are shorter than nodemailer's (2 min connect, 10 min idle): this talks to a relay,
 * not to arbitrary MXes (RFC 5321 §4.5.3.2 sizes its minutes for those), and a stalled relay
 * should give the worker's slot back well before the job's lock runs out.
 */
export function createSmtpMailer(smtpUrl: string, options: SmtpMailerOptions): Mailer {
  const transport = createTransport({
    pool: true,
    url: smtpUrl,
    maxConnections: options.maxConnections ?? 5,
    maxMessages: options.maxMessages ?? 100,
    connectionTimeout: options.connectionTimeoutMs ?? 30_000,
    greetingTimeout: options.connectionTimeoutMs ?? 30_000,
    socketTimeout: options.socketTimeoutMs ?? 120_000,
    ...(options.dkim ? { dkim: dkimOptions(options.dkim) } : {}),
  });
  const log = options.logger.child({ component: 'smtp-mailer' });

  return {
    async send(message: OutgoingMessage): Promise<SendResult> {
      const { deliveryId, ...mail } = message;
      const info = await transport.sendMail(mail);
      log.debug(
        { delivery_id: deliveryId, to: maskEmail(message.to), response: info.response },
        'deliver: sent',
      );
      return {
        messageId: info.messageId,
        response: info.response,
        accepted: addresses(info.accepted),
        rejected: addresses(info.rejected),
      };
    },
    async close(): Promise<void> {
      transport.close();
    },
  };
}
