import { DateTime } from 'luxon';
import { maskEmail } from '../../shared/logger';
import type { Subscriber } from '../../shared/types';
import { LINK_PATHS } from '../../subscriptions/links';
import { EMAIL_FORMATS, type FormValues, FREQUENCIES } from '../../subscriptions/preferences';
import { formField } from '../form-body';
import type { PreferencesView, PreferenceValues } from '../pages/preferences-page';
import { formatLocal } from '../schedule-text';
import type { WebContext } from '../web-context';

/** The values the form shows for a stored subscriber. */
export function storedValues(subscriber: Subscriber, now: Date): PreferenceValues {
  const pauseEnd = subscriber.pausedUntil && subscriber.pausedUntil > now ? subscriber.pausedUntil : null;
  return {
    sections: subscriber.sections,
    timezone: subscriber.timezone,
    sendHour: subscriber.sendHour,
    frequency: subscriber.frequency,
    weeklyDay: subscriber.weeklyDay,
    // A pause whose end has passed is over, whatever the status still says (see due.ts).
    delivery: pauseEnd || (subscriber.status === 'paused' && !subscriber.pausedUntil) ? 'paused' : 'active',
    pausedUntil: pauseEnd
      ? (DateTime.fromJSDate(pauseEnd).setZone(subscriber.timezone).toISODate() ?? '')
      : '',
    emailFormat: subscriber.emailFormat,
  };
}

/** What the reader submitted, echoed back next to the errors; unreadable fields keep stored values. */
export function submittedValues(form: FormValues, subscriber: Subscriber, now: Date): PreferenceValues {
  const stored = storedValues(subscriber, now);
  const sections = form.sections;
  const hour = Number(formField(form, 'sendHour'));
  const weeklyDay = Number(formField(form, 'weeklyDay'));
  const frequency = FREQUENCIES.find((value) => value === formField(form, 'frequency'));
  const pausedUntil = formField(form, 'pausedUntil') ?? '';
  return {
    sections: sections === undefined ? [] : typeof sections === 'string' ? [sections] : sections,
    timezone: formField(form, 'timezone') || stored.timezone,
    sendHour: Number.isInteger(hour) && hour >= 0 && hour <= 23 ? hour : stored.sendHour,
    frequency: frequency ?? stored.frequency,
    weeklyDay: Number.isInteger(weeklyDay) && weeklyDay >= 1 && weeklyDay <= 7 ? weeklyDay : stored.weeklyDay,
    delivery: formField(form, 'delivery') === 'paused' ? 'paused' : 'active',
    pausedUntil: /^\d{4}-\d{2}-\d{2}$/.test(pausedUntil) ? pausedUntil : '',
    emailFormat:
      EMAIL_FORMATS.find((value) => value === formField(form, 'emailFormat')) ?? stored.emailFormat,
  };
}

export function preferencesView(
  context: WebContext,
  subscriber: Subscriber,
  token: string,
  input: { values: PreferenceValues; errors: Record<string, string>; saved: boolean },
): PreferencesView {
  const now = context.deps.now();
  const zone = subscriber.timezone;
  const pauseEnd = subscriber.pausedUntil && subscriber.pausedUntil > now ? subscriber.pausedUntil : null;
  const action = `${context.chrome.basePath}${LINK_PATHS.manage}${token}`;
  const unsubscribeUrl = context.pagePath('unsubscribe', subscriber);
  return {
    maskedEmail: maskEmail(subscriber.email),
    standing: subscriber.status === 'unsubscribed' ? 'unsubscribed' : 'receiving',
    sections: context.deps.config.sections,
    values: input.values,
    errors: input.errors,
    saved: input.saved,
    nextSend: context.schedule.nextSend(subscriber, now),
    pausedUntilText: pauseEnd ? formatLocal(pauseEnd, zone, 'cccc d LLLL') : null,
    pauseRange: context.schedule.pauseRange(zone, now),
    action,
    unsubscribeUrl,
    resubscribeAction: `${unsubscribeUrl}/resubscribe`,
    dataUrl: `${action}/data`,
    deleteUrl: `${action}/delete`,
    consent: context.consent,
  };
}
