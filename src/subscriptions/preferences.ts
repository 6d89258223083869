import { DateTime } from 'luxon';
import type { EmailFormat, Frequency } from '../shared/types';
import type { PreferencePatch } from '../store/repos/subscribers-repo';
import { canonicalTimeZone } from './time-zones';

/** A parsed form body: one string per field, or several for repeated fields (checkboxes). */
export type FormValues = Readonly<Record<string, string | readonly string[] | undefined>>;

export type PreferenceField =
  | 'sections'
  | 'timezone'
  | 'sendHour'
  | 'frequency'
  | 'weeklyDay'
  | 'delivery'
  | 'pausedUntil'
  | 'emailFormat';

export interface FieldError {
  field: PreferenceField;
  message: string;
}

export interface PreferenceRules {
  /** Configured section ids, in display order. */
  sections: readonly string[];
  now: Date;
  /** Longest pause a reader may choose; a longer absence is an unsubscribe. Default 90. */
  maxPauseDays?: number;
}

export type PreferenceValidation = { ok: true; patch: PreferencePatch } | { ok: false; errors: FieldError[] };

export const FREQUENCIES: readonly Frequency[] = ['daily', 'weekdays', 'weekly'];
export const EMAIL_FORMATS: readonly EmailFormat[] = ['html', 'text'];
const DEFAULT_MAX_PAUSE_DAYS = 90;

/**
 * Turns the preferences form into a patch, or lists every problem by field. `delivery` is
 * optional: absent leaves the pause untouched, "active" ends it (`pausedUntil: null`), "paused"
 * needs `pausedUntil`, a local date after today and within the pause limit. The pause ends at the
 * start of that date in the reader's (new) zone, so that day's digest is sent.
 */
export function validatePreferences(form: FormValues, rules: PreferenceRules): PreferenceValidation {
  const errors: FieldError[] = [];
  const fail = (field: PreferenceField, message: string) => errors.push({ field, message });
  const patch: PreferencePatch = {};

  const sections = readSections(form.sections, rules.sections);
  if (typeof sections === 'string') fail('sections', sections);
  else patch.sections = sections;

  const timezone = canonicalTimeZone(single(form.timezone) ?? '');
  if (timezone) patch.timezone = timezone;
  else fail('timezone', 'Choose a time zone from the list.');

  const sendHour = readInteger(single(form.sendHour), 0, 23);
  if (sendHour === null) fail('sendHour', 'Choose a delivery hour between 00:00 and 23:00.');
  else patch.sendHour = sendHour;

  const frequency = FREQUENCIES.find((value) => value === single(form.frequency));
  if (frequency) patch.frequency = frequency;
  else fail('frequency', 'Choose daily, weekdays or weekly.');

  const weeklyRaw = single(form.weeklyDay);
  const weeklyDay = readInteger(weeklyRaw, 1, 7);
  if (weeklyDay !== null) patch.weeklyDay = weeklyDay;
  else if (weeklyRaw !== undefined || frequency === 'weekly') fail('weeklyDay', 'Choose a day of the week.');

  // Optional, like `delivery`: absent leaves the stored format.
  const formatRaw = single(form.emailFormat);
  const emailFormat = EMAIL_FORMATS.find((value) => value === formatRaw);
  if (emailFormat) patch.emailFormat = emailFormat;
  else if (formatRaw !== undefined) fail('emailFormat', 'Choose HTML or plain text.');

  const pause = readPause(form, timezone, rules);
  if (pause.error) fail(pause.field, pause.error);
  else if (pause.until !== undefined) patch.pausedUntil = pause.until;

  return errors.length > 0 ? { ok: false, errors } : { ok: true, patch };
}

function single(value: string | readonly string[] | undefined): string | undefined {
  if (value === undefined) return undefined;
  return typeof value === 'string' ? value : value[0];
}

function readSections(value: FormValues[string], configured: readonly string[]): string[] | string {
  const chosen = value === undefined ? [] : typeof value === 'string' ? [value] : [...value];
  const unknown = chosen.filter((id) => !configured.includes(id));
  if (unknown.length > 0) return `Unknown section: ${unknown.slice(0, 3).join(', ')}.`;
  const ordered = configured.filter((id) => chosen.includes(id));
  return ordered.length > 0 ? ordered : 'Choose at least one section.';
}

function readInteger(value: string | undefined, min: number, max: number): number | null {
  if (value === undefined || !/^\d{1,2}$/.test(value.trim())) return null;
  const parsed = Number(value.trim());
  return parsed >= min && parsed <= max ? parsed : null;
}

type PauseResult =
  | { error: null; until: Date | null | undefined }
  | { error: string; field: PreferenceField; until?: undefined };

function readPause(form: FormValues, zone: string | null, rules: PreferenceRules): PauseResult {
  const delivery = single(form.delivery);
  if (delivery === undefined) return { error: null, until: undefined };
  if (delivery === 'active') return { error: null, until: null };
  if (delivery !== 'paused') return { error: 'Choose "Send my brief" or "Pause".', field: 'delivery' };
  // Without a valid zone the date cannot be placed; the time zone error already says why.
  if (!zone) return { error: null, until: undefined };
  const raw = single(form.pausedUntil)?.trim() ?? '';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(raw) ? DateTime.fromISO(raw, { zone }) : null;
  if (!date?.isValid) return { error: 'Enter the date your brief should resume.', field: 'pausedUntil' };
  const today = DateTime.fromJSDate(rules.now).setZone(zone).startOf('day');
  const maxDays = rules.maxPauseDays ?? DEFAULT_MAX_PAUSE_DAYS;
  if (date <= today) return { error: 'Choose a resume date after today.', field: 'pausedUntil' };
  if (date > today.plus({ days: maxDays })) {
    return { error: `Choose a resume date within ${maxDays} days.`, field: 'pausedUntil' };
  }
  return { error: null, until: date.startOf('day').toJSDate() };
}
