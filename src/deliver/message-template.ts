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
  /** The template's text between slots, as the bytes it is sent as. */
  private readonly pieces: Buffer[];
  private readonly piecesBytes: number;

  private constructor(
    pieces: string[],
    private readonly slots: Slot[],
    private readonly from: string,
    private readonly hasHtml: boolean,
  ) {
    this.pieces = pieces.map((piece) => Buffer.from(piece, 'latin1'));
    this.piecesBytes = this.pieces.reduce((sum, piece) => sum + piece.length, 0);
  }

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

  /**
   * The raw message for one recipient (call `fits` first), written straight into one Buffer: the
   * template's bytes, the recipient's ASCII values and each part as base64 lines. Joining strings
   * instead (and nodemailer turning the result into a Buffer) made ~40% of a send worker's
   * garbage (docs/email.md "Sending at scale").
   */
  fill(recipient: Recipient): RawMessage {
    const parts = {
      text: Buffer.from(recipient.text, 'utf8'),
      html: Buffer.from(recipient.html ?? '', 'utf8'),
    };
    // Every value is ASCII: `fits` holds the address and link to plain forms.
    const values = {
      delivery: safeDeliveryToken(recipient.deliveryId),
      to: recipient.to,
      unsubscribe: recipient.unsubscribeUrl,
      date: `Date: ${recipient.date.toUTCString().replace(/GMT/, '+0000')}`,
      encoding: 'Content-Transfer-Encoding: base64',
    };
    let size = this.piecesBytes;
    for (const slot of this.slots)
      size += slot === 'text' || slot === 'html' ? base64LinesBytes(parts[slot].length) : values[slot].length;
    const raw = Buffer.allocUnsafe(size);
    let at = (this.pieces[0] as Buffer).copy(raw, 0);
    for (const [index, slot] of this.slots.entries()) {
      if (slot === 'text' || slot === 'html') at = writeBase64Lines(raw, at, parts[slot]);
      else at += raw.write(values[slot], at, 'latin1');
      at += (this.pieces[index + 1] as Buffer).copy(raw, at);
    }
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

/** Base64 line length (RFC 2045 §6.8). */
const LINE = 76;

/** Bytes of `length` bytes as base64 in lines of 76 characters joined by CRLF. */
function base64LinesBytes(length: number): number {
  const encoded = 4 * Math.ceil(length / 3);
  return encoded + 2 * Math.max(0, Math.ceil(encoded / LINE) - 1);
}

/**
 * Writes `body` into `target` at `at` as base64 in lines of 76 characters (RFC 2045 §6.8): the
 * whole base64 first, then each line moved to its place from the last one back, a CRLF before
 * it. Returns where the writing ended.
 */
function writeBase64Lines(target: Buffer, at: number, body: Buffer): number {
  const encoded = target.write(body.toString('base64'), at, 'latin1');
  const lines = Math.ceil(encoded / LINE);
  for (let line = lines - 1; line >= 1; line -= 1) {
    const to = at + line * (LINE + 2);
    target.copyWithin(to, at + line * LINE, at + Math.min(encoded, (line + 1) * LINE));
    target[to - 2] = 13;
    target[to - 1] = 10;
  }
  return at + base64LinesBytes(body.length);
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
