import type { FastifyInstance, FastifyRequest } from 'fastify';
import { normalizeSignupEmail } from '../../subscriptions/email-address';
import { validatePreferences } from '../../subscriptions/preferences';
import { canonicalTimeZone } from '../../subscriptions/time-zones';
import { TIME_ZONE_SCRIPT_PATH, TIME_ZONE_SCRIPT_VERSION } from '../assets/time-zone-script';
import { formField, readForm } from '../form-body';
import type { FormGuards } from '../form-guards';
import { checkInboxPage, type SignupValues, signupPage } from '../pages/signup-page';
import { sendHtml } from '../token-guard';
import { type WebContext, webFormConsent } from '../web-context';

/**
 * GET /subscribe (the signup form) and POST /subscribe (double opt-in: the request
 * is stored and a job creates the pending reader and emails the link).
 */
export function registerSignupRoutes(app: FastifyInstance, context: WebContext, guards: FormGuards): void {
  const { config } = context.deps;
  const defaults: SignupValues = {
    email: '',
    sections: config.defaultSections,
    timezone: config.schedule.defaultTimezone,
    sendHour: config.schedule.defaultSendHour,
    consent: false,
  };

  app.get('/subscribe', async (_request, reply) => sendHtml(reply, 200, renderSignup(context, defaults, {})));

  app.post('/subscribe', { preHandler: guards.form }, async (request, reply) => {
    const form = readForm(request.body);
    // A filled honeypot is a bot; it gets the same answer as everyone else, and nothing happens.
    if (formField(form, 'website')) return sendHtml(reply, 200, checkInboxPage(context.chrome));
    const parsed = parseSignup(context, form);
    if (!parsed.ok) return sendHtml(reply, 400, renderSignup(context, parsed.values, parsed.errors));
    await recordSignup(context, request, parsed.signup);
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
 * Stores the request and queues the job that handles it. The same two steps run whatever the
 * address (new, pending, active, unsubscribed), and the caller answers the same page, so neither
 * the answer nor its timing tells whether an address is subscribed; creating the reader, the
 * hourly limit and the email all happen in the job.
 */
async function recordSignup(context: WebContext, request: FastifyRequest, signup: Signup): Promise<void> {
  const { deps } = context;
  const now = deps.now();
  const consent = webFormConsent(context, request, now);
  const id = deps.newId();
  await deps.signups.record({
    id,
    email: signup.email,
    sections: signup.sections,
    timezone: signup.timezone,
    sendHour: signup.sendHour,
    consentIp: consent.ip,
    consentTextVersion: consent.textVersion,
    createdAt: now,
  });
  // A lost queue entry is not lost work: the hourly purge job re-queues requests left waiting.
  await deps.queueSignup(id).catch((error: unknown) => {
    request.log.error(
      { err: error, signup_id: id },
      'web: sign-up could not be queued; the purge job retries it',
    );
  });
  request.log.info({ signup_id: id }, 'web: sign-up recorded');
}

function renderSignup(context: WebContext, values: SignupValues, errors: Record<string, string>): string {
  return signupPage(context.chrome, {
    sections: context.deps.config.sections,
    consent: context.consent,
    values,
    errors,
    guessTimeZone: Object.keys(errors).length === 0,
    script: `${TIME_ZONE_SCRIPT_PATH}?v=${TIME_ZONE_SCRIPT_VERSION}`,
  });
}
