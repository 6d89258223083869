import type { Subscriber } from '../shared/types';
import { signToken } from './tokens';

/** Path prefixes of the reader pages; the web routes and the email links share them. */
export const LINK_PATHS = { confirm: '/confirm/', manage: '/p/', unsubscribe: '/u/' } as const;

export interface ReaderLinks {
  /** Preferences page (GET shows, POST saves). */
  manage: string;
  /** Unsubscribe page; also the RFC 8058 one-click POST target for List-Unsubscribe. */
  unsubscribe: string;
}

/** The links every email carries, signed with the subscriber's current token version. */
export function readerLinks(publicUrl: string, secret: string, subscriber: Subscriber): ReaderLinks {
  const claims = { subscriberId: subscriber.id, version: subscriber.tokenVersion };
  return {
    manage: absolute(publicUrl, LINK_PATHS.manage, signToken(secret, { ...claims, purpose: 'manage' })),
    unsubscribe: absolute(
      publicUrl,
      LINK_PATHS.unsubscribe,
      signToken(secret, { ...claims, purpose: 'unsubscribe' }),
    ),
  };
}

/** The double opt-in link sent after signup; it expires (see tokens.ts). */
export function confirmLink(publicUrl: string, secret: string, subscriber: Subscriber, now: Date): string {
  const token = signToken(secret, {
    purpose: 'confirm',
    subscriberId: subscriber.id,
    version: subscriber.tokenVersion,
    issuedAt: now,
  });
  return absolute(publicUrl, LINK_PATHS.confirm, token);
}

/** Joins the public base URL (which may carry a path prefix behind a proxy) with a page path. */
export function absolute(publicUrl: string, path: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, '')}${path}${token}`;
}
