import { createHash } from 'node:crypto';
import { domainToASCII } from 'node:url';
import { BriefError } from '../shared/errors';

/** A delivery id that can stand as the id-left of a Message-ID and as a file name as it is. */
const PLAIN_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;

/** The delivery id if it is plain, else a stable digest of it: safe in a header and a file name. */
export function safeDeliveryToken(deliveryId: string): string {
  if (PLAIN_ID.test(deliveryId)) return deliveryId;
  return `h${createHash('sha256').update(deliveryId).digest('hex').slice(0, 40)}`;
}

/** The domain of an address in ASCII (IDNA), as the right-hand side of a Message-ID. */
export function senderDomain(address: string): string {
  const at = address.lastIndexOf('@');
  const domain =
    at > 0
      ? domainToASCII(
          address
            .slice(at + 1)
            .trim()
            .toLowerCase(),
        )
      : '';
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(domain)) {
    throw new BriefError(
      'deliver',
      'DELIVER_BAD_SENDER',
      `sender address has no usable domain: "${address}"`,
    );
  }
  return domain;
}

/**
 * `<mb.{delivery}@{sender domain}>`: deterministic, so a retry of the same delivery carries the
 * same Message-ID and receivers that de-duplicate on it show one copy. RFC 5322 §3.6.4 asks
 * for a globally unique id whose right side is a domain the sender controls; the delivery id
 * is unique per (subscriber, local day, kind) and resends get their own delivery row.
 */
export function messageIdFor(deliveryId: string, fromAddress: string): string {
  return `<mb.${safeDeliveryToken(deliveryId)}@${senderDomain(fromAddress)}>`;
}
