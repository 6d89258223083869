import { normalizeSignupEmail } from '../../src/subscriptions/email-address';
import { type FormValues, validatePreferences } from '../../src/subscriptions/preferences';
import { canonicalTimeZone, listTimeZones } from '../../src/subscriptions/time-zones';

const rules = { sections: ['world', 'europe', 'asia'], now: new Date('2026-11-28T12:00:00Z') };
const valid: FormValues = {
  sections: ['asia', 'world'],
  timezone: 'Asia/Kolkata',
  sendHour: '6',
  frequency: 'weekly',
  weeklyDay: '3',
};

function errorsOf(form: FormValues): Record<string, string> {
  const result = validatePreferences(form, rules);
  if (result.ok) throw new Error('expected errors');
  return Object.fromEntries(result.errors.map((error) => [error.field, error.message]));
}

describe('validatePreferences', () => {
  test('a valid form becomes a patch, sections in configured order', () => {
    expect(validatePreferences(valid, rules)).toEqual({
      ok: true,
      patch: {
        sections: ['world', 'asia'],
        timezone: 'Asia/Kolkata',
        sendHour: 6,
        frequency: 'weekly',
        weeklyDay: 3,
      },
    });
  });

  test('a single checkbox arrives as a string', () => {
    const result = validatePreferences({ ...valid, sections: 'europe' }, rules);
    expect(result.ok && result.patch.sections).toEqual(['europe']);
  });

  test('every problem is listed, each naming its field', () => {
    const errors = errorsOf({ sections: [], timezone: 'Nowhere/City', sendHour: '24', frequency: 'hourly' });
    expect(Object.keys(errors).sort()).toEqual(['frequency', 'sections', 'sendHour', 'timezone']);
    expect(errors.sections).toMatch(/at least one/);
  });

  test.each([
    ['sections', { sections: ['world', 'mars'] }, /Unknown section: mars/],
    ['sendHour', { sendHour: 'abc' }, /hour/],
    ['sendHour', { sendHour: '-1' }, /hour/],
    ['sendHour', { sendHour: '7.5' }, /hour/],
    ['weeklyDay', { weeklyDay: '8' }, /day of the week/],
    ['weeklyDay', { weeklyDay: undefined }, /day of the week/],
    ['timezone', { timezone: '' }, /time zone/],
    ['delivery', { delivery: 'sometimes' }, /Pause/],
  ])('%s: %j is refused', (field, change, message) => {
    expect(errorsOf({ ...valid, ...change })[field]).toMatch(message);
  });

  test('weekly day is optional unless weekly', () => {
    const result = validatePreferences({ ...valid, frequency: 'daily', weeklyDay: undefined }, rules);
    expect(result.ok).toBe(true);
  });

  test('time zone case is normalised to the IANA spelling', () => {
    const result = validatePreferences({ ...valid, timezone: 'europe/london' }, rules);
    expect(result.ok && result.patch.timezone).toBe('Europe/London');
  });

  describe('pause', () => {
    test('absent leaves the pause alone; "active" ends it', () => {
      const untouched = validatePreferences(valid, rules);
      expect(untouched.ok && 'pausedUntil' in untouched.patch).toBe(false);
      const resumed = validatePreferences({ ...valid, delivery: 'active' }, rules);
      expect(resumed.ok && resumed.patch.pausedUntil).toBeNull();
    });

    test('ends at the start of the chosen date in the reader zone', () => {
      const result = validatePreferences({ ...valid, delivery: 'paused', pausedUntil: '2026-12-10' }, rules);
      // Midnight in Kolkata (UTC+05:30) is 18:30 UTC the day before.
      expect(result.ok && result.patch.pausedUntil?.toISOString()).toBe('2026-12-09T18:30:00.000Z');
    });

    test.each([
      ['missing', '', /resume/],
      ['not a date', 'next week', /resume/],
      ['impossible date', '2026-02-30', /resume/],
      ['today', '2026-11-28', /after today/],
      ['past', '2026-01-01', /after today/],
      ['beyond 90 days', '2027-02-27', /within 90 days/],
    ])('%s is refused', (_name, pausedUntil, message) => {
      expect(errorsOf({ ...valid, delivery: 'paused', pausedUntil }).pausedUntil).toMatch(message);
    });

    test('exactly 90 days is allowed', () => {
      expect(validatePreferences({ ...valid, delivery: 'paused', pausedUntil: '2027-02-26' }, rules).ok).toBe(
        true,
      );
    });
  });
});

describe('normalizeSignupEmail', () => {
  test.each([
    ['  Reader@Example.COM ', 'reader@example.com'],
    ['first.last+brief@mail.example.org', 'first.last+brief@mail.example.org'],
    ['reader@Bücher.example', 'reader@xn--bcher-kva.example'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeSignupEmail(input)).toEqual({ ok: true, email: expected });
  });

  test.each([
    '',
    'reader',
    'reader@',
    '@example.com',
    'reader@localhost',
    'two words@example.com',
    'reader@example..com',
    'a@b@example.com',
    'line\nbreak@example.com',
    `${'x'.repeat(65)}@example.com`,
    `reader@${'a'.repeat(250)}.com`,
    '"quoted"@example.com',
  ])('%j is refused with a message', (input) => {
    const result = normalizeSignupEmail(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/email address/);
  });
});

describe('time zones', () => {
  test('the list shows current IANA names and UTC', () => {
    const zones = listTimeZones();
    expect(zones).toEqual(expect.arrayContaining(['UTC', 'Asia/Kolkata', 'Europe/Kyiv', 'Pacific/Auckland']));
    expect(zones).not.toContain('Asia/Calcutta');
  });

  test.each([
    ['Asia/Kolkata', 'Asia/Kolkata'],
    ['asia/kolkata', 'Asia/Kolkata'],
    ['Asia/Calcutta', 'Asia/Calcutta'],
    ['Etc/GMT+5', 'Etc/GMT+5'],
    ['Not/AZone', null],
    ['', null],
  ])('%j → %j', (input, expected) => {
    expect(canonicalTimeZone(input)).toBe(expected);
  });
});
