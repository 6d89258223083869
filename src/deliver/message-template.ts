import { createTransport } from 'nodemailer';
import { BriefError } from '../shared/errors';
import { buildMessage } from './build-message';
import { messageIdFor, safeDeliveryToken } from './message-id';
import type { BuildMessageInput, RawMessage } from './types';

/**
 * Stand-ins composed into the template, each replaced per recipient. They are plain ASCII, so
 * nodemailer writes them as they are (7bit parts, unencoded header values), once each.
 */
const TOKEN = {
  delivery: 'mbDeliveryToken7q',
  to: 'mb-recipient-7q@recipient.invalid',
  unsubscribe: 'https://unsubscribe.invalid/mb-unsubscribe-7q',
  text: 'MbTextPartToken7q',
  html: 'MbHtmlPartToken7q',
} as const;
const TEMPLATE_DATE = new Date('2000-01-01T00:00:00Z');

type Slot = 'delivery' | 'to' | 'unsubscribe' | 'date' | 'encoding' | 'text' | 'html';

/** What differs between two recipients of one variant on one local day. */
export interface Recipient {
  deliveryId: string;
  to: string;
  unsubscribeUrl: string;
  /** The filled parts (personal links in them); html absent for a plain-text message. */
  text: string;
  html: string | null;
  date: Date;
}

/** An address nodemailer would write as it is: ASCII dot-atom, no quoting, no IDN. */
const PLAIN_ADDRESS = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;
/** A link that can stand in a header as it is (RFC 2369: no spaces, no angle brackets, no commas). */
const PLAIN_URL = /^https?:\/\/[\x21-\x2b\x2d-\x3b\x3d\x3f-\x7e]+$/;

/**
 * A message built once per (variant, local day, format) by the same nodemailer pipeline as
 * `buildMessage` (headers, encoding, list headers, boundaries), with stand-ins where recipients
 * differ: the Message-ID and X-Entity-Ref-ID, To, the List-Unsubscribe link, Date, and the two
 * parts, which are then written as base64 (docs/email.md "Built once per variant"). Filling is
 * string joins plus a native base64 of each part, instead of a full MIME build per recipient.
 */
export class MessageTemplate {
  private constructor(
    private readonly pieces: string[],
    private readonly slots: Slot[],
    private readonly from: string,
    private readonly hasHtml: boolean,
  ) {}

  /**
   * @param shared everything but the per-recipient fields, which are ignored.
   * @throws BriefError `DELIVER_TEMPLATE` when nodemailer did not write a stand-in exactly once.
   */
  static async build(shared: BuildMessageInput): Promise<MessageTemplate> {
    const { deliveryId: _id, ...mail } = buildMessage({
      ...shared,
      deliveryId: TOKEN.delivery,
      to: TOKEN.to,
      unsubscribeUrl: TOKEN.unsubscribe,
      text: TOKEN.text,
      html: shared.html === null ? null : TOKEN.html,
      date: TEMPLATE_DATE,
    });
    const composer = createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
    const info = await composer.sendMail({ ...mail, textEncoding: undefined });
    const raw = (info.message as Buffer).toString('latin1');
    const dateLine = `Date: ${TEMPLATE_DATE.toUTCString().replace(/GMT/, '+0000')}`;
    const markers: [string, Slot][] = [
      [TOKEN.delivery, 'delivery'],
      [TOKEN.to, 'to'],
      [TOKEN.unsubscribe, 'unsubscribe'],
      [dateLine, 'date'],
      [SEVEN_BIT, 'encoding'],
      [TOKEN.text, 'text'],
    ];
    if (shared.html !== null) markers.push([TOKEN.html, 'html']);
    const { pieces, slots } = split(raw, markers);
    // The delivery token stands in two headers; each part has its encoding header.
    const expected = shared.html === null ? 7 : 9;
    if (slots.length !== expected)
      throw new BriefError(
        'deliver',
        'DELIVER_TEMPLATE',
        `message template has ${slots.length} slots, not ${expected}`,
      );
    return new MessageTemplate(pieces, slots, shared.from.address, shared.html !== null);
  }

  /** Whether `fill` can write this recipient as nodemailer would; else build the message whole. */
  fits(recipient: Pick<Recipient, 'to' | 'unsubscribeUrl' | 'html'>): boolean {
    return (
      PLAIN_ADDRESS.test(recipient.to) &&
      PLAIN_URL.test(recipient.unsubscribeUrl) &&
      (recipient.html !== null) === this.hasHtml
    );
  }

  /** The raw message for one recipient (call `fits` first). */
  fill(recipient: Recipient): RawMessage {
    const values: Record<Slot, string> = {
      delivery: safeDeliveryToken(recipient.deliveryId),
      to: recipient.to,
      unsubscribe: recipient.unsubscribeUrl,
      date: `Date: ${recipient.date.toUTCString().replace(/GMT/, '+0000')}`,
      encoding: 'Content-Transfer-Encoding: base64',
      text: base64Lines(recipient.text),
      html: recipient.html === null ? '' : base64Lines(recipient.html),
    };
    let raw = this.pieces[0] as string;
    for (const [index, slot] of this.slots.entries()) raw += values[slot] + this.pieces[index + 1];
    return {
      deliveryId: recipient.deliveryId,
      messageId: messageIdFor(recipient.deliveryId, this.from),
      to: recipient.to,
      raw,
      envelope: { from: this.from, to: [recipient.to] },
    };
  }
}

const SEVEN_BIT = 'Content-Transfer-Encoding: 7bit';

/** A part's body as base64 in lines of 76 characters (RFC 2045 §6.8). */
function base64Lines(body: string): string {
  const encoded = Buffer.from(body, 'utf8').toString('base64');
  const lines: string[] = [];
  for (let at = 0; at < encoded.length; at += 76) lines.push(encoded.slice(at, at + 76));
  return lines.join('\r\n');
}

/** Cuts `raw` at every occurrence of the markers, in order of appearance. */
function split(raw: string, markers: [string, Slot][]): { pieces: string[]; slots: Slot[] } {
  const pieces: string[] = [];
  const slots: Slot[] = [];
  let from = 0;
  for (;;) {
    let next: { at: number; marker: string; slot: Slot } | null = null;
    for (const [marker, slot] of markers) {
      const at = raw.indexOf(marker, from);
      if (at !== -1 && (next === null || at < next.at)) next = { at, marker, slot };
    }
    if (!next) break;
    pieces.push(raw.slice(from, next.at));
    slots.push(next.slot);
    from = next.at + next.marker.length;
  }
  pieces.push(raw.slice(from));
  return { pieces, slots };
}
