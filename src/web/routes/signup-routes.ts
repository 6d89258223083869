import type { FastifyInstance, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { maskEmail } from '../../shared/logger';
import type { Subscriber } from '../../shared/types';
import { normalizeSignupEmail } from '../../subscriptions/email-address';
import { confirmLink } from '../../subscriptions/links';
import { validatePreferences } from '../../subscriptions/preferences';
import { canonicalTimeZone } from '../../subscriptions/time-zones';
import { formField, readForm } from '../form-body';
import { checkInboxPage, type SignupValues, signupPage } from '../pages/signup-page';
import { sendHtml } from '../token-guard';
import { auditSubscriberAction, subscriberLog, type WebContext, webFormConsent } from '../web-context';

/** GET / (the signup form) and POST /subscribe (double opt-in: a pending subscriber and an email). */
export function registerSignupRoutes(
  app: FastifyInstance,
  context: WebContext,
  limit: preHandlerAsyncHookHandler,
): void {
  const { config } = context.deps;
  const defaults: SignupValues = {
    email: '',
    sections: config.defaultSections,
    timezone: config.schedule.defaultTimezone,
    sendHour: config.schedule.defaultSendHour,
    consent: false,
  };

  app.get('/', async (_request, reply) => sendHtml(reply, 200, renderSignup(context, defaults, {})));

  app.post('/subscribe', { onRequest: limit }, async (request, reply) => {
    const form = readForm(request.body);
    // A filled honeypot is a bot; it gets the same answer as everyone else, and nothing happens.
    if (formField(form, 'website')) return sendHtml(reply, 200, checkInboxPage(context.chrome));
    const parsed = parseSignup(context, form);
    if (!parsed.ok) return sendHtml(reply, 400, renderSignup(context, parsed.values, parsed.errors));
    await subscribe(context, request, parsed.signup);
    return sendHtml(reply, 200, checkInboxPage(context.chrome));
  });
}

interface Signup {
  email: string;
  sections: string[];
  timezone: string;
  sendHour: number;
}

type ParsedSignup =
  | { ok: true; signup: Signup }
  | { ok: false; values: SignupValues; errors: Record<string, string> };

function parseSignup(context: WebContext, form: ReturnType<typeof readForm>): ParsedSignup {
  const { deps } = context;
  const errors: Record<string, string> = {};
  const email = normalizeSignupEmail(formField(form, 'email') ?? '');
  if (!email.ok) errors.email = email.message;
  const prefs = validatePreferences(
    { sections: form.sections, timezone: form.timezone, sendHour: form.sendHour, frequency: 'daily' },
    { sections: context.sectionIds, now: deps.now() },
  );
  if (!prefs.ok) for (const error of prefs.errors) errors[error.field] = error.message;
  const consent = formField(form, 'consent') === context.consent.version;
  if (!consent) errors.consent = 'Tick the box to agree to receive the brief.';
  if (email.ok && prefs.ok && consent) {
    const { sections = [], timezone = '', sendHour = 0 } = prefs.patch;
    return { ok: true, signup: { email: email.email, sections, timezone, sendHour } };
  }
  const sections = form.sections;
  return {
    ok: false,
    errors,
    values: {
      email: formField(form, 'email') ?? '',
      sections: sections === undefined ? [] : typeof sections === 'string' ? [sections] : sections,
      timezone: canonicalTimeZone(formField(form, 'timezone') ?? '') ?? deps.config.schedule.defaultTimezone,
      sendHour: hourOr(formField(form, 'sendHour'), deps.config.schedule.defaultSendHour),
      consent,
    },
  };
}

function hourOr(value: string | undefined, fallback: number): number {
  const hour = Number(value);
  return value !== undefined && Number.isInteger(hour) && hour >= 0 && hour <= 23 ? hour : fallback;
}

/**
 * Creates the pending subscriber, or finds the existing one, and decides whether to email a
 * confirmation link. The caller answers the same page in every case, so the response never tells
 * whether an address is subscribed; the email goes out in the background for the same reason
 * (response time would tell otherwise).
 */
async function subscribe(context: WebContext, request: FastifyRequest, signup: Signup): Promise<void> {
  const { deps } = context;
  const now = deps.now();
  const { subscriber, created } = await deps.subscribers.create(
    {
      id: deps.newId(),
      email: signup.email,
      status: 'pending',
      sections: signup.sections,
      timezone: signup.timezone,
      sendHour: signup.sendHour,
      frequency: 'daily',
      consent: webFormConsent(context, request, now),
    },
    now,
  );
  const log = subscriberLog(request.log, subscriber.id);
  if (created) {
    await auditSubscriberAction(context, subscriber.id, 'subscriber.signed_up', {
      method: 'web-form',
      consentTextVersion: context.consent.version,
    });
  }
  // Pending: (re)send the link. Unsubscribed: a fresh opt-in, confirmed by the same link.
  // Active/paused: nothing to do. Bounced/complained: never restarted from an anonymous form.
  if (subscriber.status !== 'pending' && subscriber.status !== 'unsubscribed') {
    log.info({ status: subscriber.status }, 'web: signup for a known address, no email sent');
    return;
  }
  sendConfirmationInBackground(context, log, subscriber, now);
}

function sendConfirmationInBackground(
  context: WebContext,
  log: FastifyRequest['log'],
  subscriber: Subscriber,
  now: Date,
): void {
  const { deps } = context;
  const url = confirmLink(deps.config.publicUrl, deps.config.tokenSecret, subscriber, now);
  log.info({ to: maskEmail(subscriber.email) }, 'web: sending confirmation email');
  const work = Promise.resolve()
    .then(() => deps.sendConfirmation(subscriber, url))
    .catch((error: unknown) => log.error({ err: error }, 'web: confirmation email could not be queued'));
  context.track(work);
}

function renderSignup(context: WebContext, values: SignupValues, errors: Record<string, string>): string {
  return signupPage(context.chrome, {
    sections: context.deps.config.sections,
    consent: context.consent,
    values,
    errors,
  });
}
