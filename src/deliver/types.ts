import type { SendMailOptions } from 'nodemailer';

export interface MailAddress {
  name: string;
  address: string;
}

/** Everything one message needs; the caller has already personalized subject, html and text. */
export interface BuildMessageInput {
  /** The delivery row id; makes the Message-ID and the outbox file name. */
  deliveryId: string;
  from: MailAddress;
  replyTo: string | null;
  to: string;
  subject: string;
  /** null sends a plain-text message only (the reader chose plain text). */
  html: string | null;
  text: string;
  /** RFC 2919 list identifier, e.g. "world.brief.example.org". */
  listId: string;
  /** Display name for List-Id, e.g. "Morning Brief World News". */
  listName: string;
  /** One-click unsubscribe endpoint (RFC 8058 wants https; http is accepted for local development). */
  unsubscribeUrl: string;
  /** "mailto:…" fallback for clients that only send mail (RFC 2369). */
  unsubscribeMailto: string;
  date: Date;
  /** Optional Feedback-ID value for mailbox-provider feedback loops, e.g. "ed-42:world:digest:brief". */
  feedbackId?: string;
}

/**
 * A message ready for nodemailer's `sendMail` (a `Mail.Options`), plus the delivery id the
 * outbox names its file after. `messageId` is always set, so a retry sends the same one.
 */
export interface MailMessage extends SendMailOptions {
  deliveryId: string;
  messageId: string;
  to: string;
  subject: string;
  /** Absent on a plain-text-only message. */
  html?: string;
  text: string;
}

/**
 * A message already written out (RFC 5322 text with CRLF line ends) with its SMTP envelope; see
 * MessageTemplate. nodemailer sends it as it is (and signs it when DKIM is set).
 */
export interface RawMessage extends SendMailOptions {
  deliveryId: string;
  messageId: string;
  to: string;
  raw: Buffer;
  envelope: { from: string; to: string[] };
}

/** What a mailer sends: a message to build, or one already built. */
export type OutgoingMessage = MailMessage | RawMessage;

export interface SendResult {
  messageId: string;
  response: string;
  accepted: string[];
  rejected: string[];
}

/** What the deliver job needs from a transport: SMTP in production, an outbox folder without one. */
export interface Mailer {
  send(message: OutgoingMessage): Promise<SendResult>;
  close(): Promise<void>;
}

/** DKIM signing settings (RFC 6376); the mailer signs every message it sends or writes. */
export interface DkimSigning {
  domain: string;
  selector: string;
  /** PEM private key (RSA or Ed25519). */
  privateKey: string;
}

export type SendErrorKind = 'retryable' | 'permanent';

export interface SendErrorClass {
  kind: SendErrorKind;
  /** One line for `deliveries.last_error`; never contains the message body. */
  reason: string;
  responseCode?: number;
  /**
   * The relay asks us to slow down (421, 450, 451, 454) or refuses connections: the whole send
   * queue should pause for a while, not only this message.
   */
  throttle?: boolean;
  /** A 5xx reply about the recipient or the message: counts as a hard bounce of the reader. */
  hardBounce?: boolean;
}
