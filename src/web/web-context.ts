import type { FastifyBaseLogger, FastifyRequest } from 'fastify';
import type { Subscriber } from '../shared/types';
import type { Consent } from '../store/repos/subscribers-repo';
import { LINK_PATHS } from '../subscriptions/links';
import { signToken } from '../subscriptions/tokens';
import type { PageChrome } from './pages/layout';
import { ScheduleText } from './schedule-text';
import { DEFAULT_CONSENT, type WebDeps } from './web-deps';

/** What every route module shares: the dependencies plus values derived once from the config. */
export interface WebContext {
  deps: WebDeps;
  chrome: PageChrome;
  sectionIds: readonly string[];
  consent: { text: string; version: string };
  /** Site-relative path of a reader page for this subscriber, signed with the current version. */
  pagePath(kind: 'manage' | 'unsubscribe', subscriber: Subscriber): string;
  /** How long a confirm link works (`pendingExpiryDays`). */
  confirmMaxAgeMs: number;
  /** Next-brief and pause-range text, cached by what they depend on. */
  schedule: ScheduleText;
}

/** Confirmation links work for a week unless configured otherwise. */
const DEFAULT_PENDING_EXPIRY_DAYS = 7;

export function createWebContext(deps: WebDeps): WebContext {
  const { config } = deps;
  const basePath = new URL(config.publicUrl).pathname.replace(/\/+$/, '');
  const signingSecret = config.tokenSecrets[0] ?? '';
  return {
    deps,
    chrome: { siteName: config.siteName ?? 'Morning Brief', basePath },
    sectionIds: config.sections.map((section) => section.id),
    consent: config.consent ?? DEFAULT_CONSENT,
    pagePath: (kind, subscriber) => {
      const token = signToken(signingSecret, {
        purpose: kind,
        subscriberId: subscriber.id,
        version: subscriber.tokenVersion,
      });
      return `${basePath}${LINK_PATHS[kind]}${token}`;
    },
    schedule: new ScheduleText(),
    confirmMaxAgeMs: (config.pendingExpiryDays ?? DEFAULT_PENDING_EXPIRY_DAYS) * 24 * 60 * 60 * 1000,
  };
}

/**
 * The consent record of an opt-in through our form: now, the current consent text, and the
 * client IP only when `recordConsentIp` is on (data minimisation).
 */
export function webFormConsent(context: WebContext, request: FastifyRequest, now: Date): Consent {
  return {
    at: now,
    method: 'web-form',
    ip: context.deps.config.recordConsentIp ? request.ip : null,
    textVersion: context.consent.version,
  };
}

/** Records a reader's own action; the actor is always `subscriber:<id>`. */
export async function auditSubscriberAction(
  context: WebContext,
  subscriberId: string,
  action: string,
  details: Record<string, unknown>,
): Promise<void> {
  await context.deps.audit.record({
    id: context.deps.newId(),
    at: context.deps.now(),
    actor: `subscriber:${subscriberId}`,
    action,
    subjectType: 'subscriber',
    subjectId: subscriberId,
    details,
  });
}

/** A per-request child logger bound to the subscriber id (never the address or the token). */
export function subscriberLog(log: FastifyBaseLogger, subscriberId: string): FastifyBaseLogger {
  return log.child({ subscriber_id: subscriberId });
}
