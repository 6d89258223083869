import { DateTime } from 'luxon';
import type { Subscriber } from '../../src/shared/types';
import { nextSendAt, owedLocalDate } from '../../src/subscriptions/due';

function subscriber(overrides: Partial<Subscriber> = {}): Subscriber {
  return {
    id: 's1',
    email: 'reader@example.com',
    status: 'active',
    sections: ['world'],
    timezone: 'Europe/London',
    sendHour: 7,
    frequency: 'daily',
    weeklyDay: 1,
    pausedUntil: null,
    tokenVersion: 1,
    emailFormat: 'html',
    ...overrides,
  };
}

type Case = [string, string, Partial<Subscriber>, string | null];

// [description, now (UTC), subscriber overrides, owed local date]
const cases: Case[] = [
  // Pacific/Auckland is UTC+13 in November (NZDT); its local day starts while London's is the day before.
  [
    'Auckland: 07:30 local Saturday, hour 7',
    '2026-11-27T18:30:00Z',
    { timezone: 'Pacific/Auckland' },
    '2026-11-28',
  ],
  ['Auckland: 06:59 local, hour 7', '2026-11-27T17:59:00Z', { timezone: 'Pacific/Auckland' }, null],
  [
    'Auckland: Saturday is not a weekday',
    '2026-11-27T18:30:00Z',
    { timezone: 'Pacific/Auckland', frequency: 'weekdays' },
    null,
  ],
  // NZ springs forward 2026-09-27 02:00 → 03:00: hour 2 does not exist, owed from 03:00 NZDT.
  [
    'Auckland gap: 01:59 NZST, hour 2',
    '2026-09-26T13:59:00Z',
    { timezone: 'Pacific/Auckland', sendHour: 2 },
    null,
  ],
  [
    'Auckland gap: 03:00 NZDT, hour 2',
    '2026-09-26T14:00:00Z',
    { timezone: 'Pacific/Auckland', sendHour: 2 },
    '2026-09-27',
  ],
  // Los Angeles springs forward 2026-03-08 02:00 PST → 03:00 PDT.
  [
    'LA gap: 01:59 PST, hour 2',
    '2026-03-08T09:59:00Z',
    { timezone: 'America/Los_Angeles', sendHour: 2 },
    null,
  ],
  [
    'LA gap: 03:00 PDT, hour 2',
    '2026-03-08T10:00:00Z',
    { timezone: 'America/Los_Angeles', sendHour: 2 },
    '2026-03-08',
  ],
  ['LA: 23:59 still owes today', '2026-03-09T06:59:00Z', { timezone: 'America/Los_Angeles' }, '2026-03-08'],
  ['LA: after midnight yesterday is gone', '2026-03-09T07:00:00Z', { timezone: 'America/Los_Angeles' }, null],
  // Asia/Kolkata is UTC+05:30, no DST.
  ['Kolkata: 06:59 IST', '2026-11-30T01:29:00Z', { timezone: 'Asia/Kolkata' }, null],
  ['Kolkata: 07:00 IST', '2026-11-30T01:30:00Z', { timezone: 'Asia/Kolkata' }, '2026-11-30'],
  [
    'Kolkata: hour 0 at 00:00 IST',
    '2026-11-29T18:30:00Z',
    { timezone: 'Asia/Kolkata', sendHour: 0 },
    '2026-11-30',
  ],
  // Europe/London springs forward 2026-03-29 01:00 GMT → 02:00 BST.
  ['London gap: 00:59 GMT, hour 1', '2026-03-29T00:59:00Z', { sendHour: 1 }, null],
  ['London gap: 02:00 BST, hour 1', '2026-03-29T01:00:00Z', { sendHour: 1 }, '2026-03-29'],
  ['London spring: 06:59 BST', '2026-03-29T05:59:00Z', {}, null],
  ['London spring: 07:00 BST', '2026-03-29T06:00:00Z', {}, '2026-03-29'],
  // Europe/London falls back 2026-10-25 02:00 BST → 01:00 GMT: 01:xx happens twice.
  ['London overlap: 00:59 BST, hour 1', '2026-10-24T23:59:00Z', { sendHour: 1 }, null],
  ['London overlap: first 01:00 (BST)', '2026-10-25T00:00:00Z', { sendHour: 1 }, '2026-10-25'],
  ['London overlap: second 01:30 (GMT)', '2026-10-25T01:30:00Z', { sendHour: 1 }, '2026-10-25'],
  ['London autumn: 06:59 GMT', '2026-10-25T06:59:00Z', {}, null],
  ['London autumn: 07:00 GMT', '2026-10-25T07:00:00Z', {}, '2026-10-25'],
  // Frequencies (2026-10-25 is a Sunday, 2026-11-30 a Monday).
  ['weekly on Sunday, Sunday', '2026-10-25T08:00:00Z', { frequency: 'weekly', weeklyDay: 7 }, '2026-10-25'],
  ['weekly on Monday, Sunday', '2026-10-25T08:00:00Z', { frequency: 'weekly', weeklyDay: 1 }, null],
  ['weekdays, Monday', '2026-11-30T08:00:00Z', { frequency: 'weekdays' }, '2026-11-30'],
  ['weekdays, Sunday', '2026-11-29T08:00:00Z', { frequency: 'weekdays' }, null],
  // Status and pause.
  [
    'paused until the future',
    '2026-11-30T08:00:00Z',
    { status: 'paused', pausedUntil: new Date('2026-12-05T00:00:00Z') },
    null,
  ],
  [
    'paused, pause over',
    '2026-11-30T08:00:00Z',
    { status: 'paused', pausedUntil: new Date('2026-11-30T00:00:00Z') },
    '2026-11-30',
  ],
  ['paused with no end', '2026-11-30T08:00:00Z', { status: 'paused', pausedUntil: null }, null],
  [
    'active, pause end ahead',
    '2026-11-30T08:00:00Z',
    { pausedUntil: new Date('2026-12-01T00:00:00Z') },
    null,
  ],
  [
    'pause ends after the hour: owed when it ends',
    '2026-11-30T10:00:00Z',
    { status: 'paused', pausedUntil: new Date('2026-11-30T10:00:00Z') },
    '2026-11-30',
  ],
  ['pending', '2026-11-30T08:00:00Z', { status: 'pending' }, null],
  ['unsubscribed', '2026-11-30T08:00:00Z', { status: 'unsubscribed' }, null],
  ['bounced', '2026-11-30T08:00:00Z', { status: 'bounced' }, null],
  ['unknown zone', '2026-11-30T08:00:00Z', { timezone: 'Mars/Olympus_Mons' }, null],
];

describe('owedLocalDate', () => {
  test.each(cases)('%s', (_name, now, overrides, expected) => {
    expect(owedLocalDate(subscriber(overrides), new Date(now))).toBe(expected);
  });

  test('after a day of downtime only today is owed (invariant 2)', () => {
    const reader = subscriber({ timezone: 'America/Los_Angeles', sendHour: 6 });
    // Down from before 06:00 local on the 1st until 09:00 local on the 2nd.
    expect(owedLocalDate(reader, new Date('2026-12-02T17:00:00Z'))).toBe('2026-12-02');
  });
});

type NextCase = [string, string, Partial<Subscriber>, string | null];

const nextCases: NextCase[] = [
  ['before the hour: today', '2026-11-28T06:00:00Z', {}, '2026-11-28T07:00:00.000Z'],
  ['after the hour: tomorrow', '2026-11-28T08:00:00Z', {}, '2026-11-29T07:00:00.000Z'],
  [
    'LA gap: 03:00 PDT',
    '2026-03-07T12:00:00Z',
    { timezone: 'America/Los_Angeles', sendHour: 2 },
    '2026-03-08T10:00:00.000Z',
  ],
  ['London overlap: first 01:00', '2026-10-24T12:00:00Z', { sendHour: 1 }, '2026-10-25T00:00:00.000Z'],
  ['Kolkata', '2026-11-29T12:00:00Z', { timezone: 'Asia/Kolkata' }, '2026-11-30T01:30:00.000Z'],
  [
    'Auckland, Saturday → Monday for weekdays',
    '2026-11-27T19:00:00Z',
    { timezone: 'Pacific/Auckland', frequency: 'weekdays' },
    '2026-11-29T18:00:00.000Z',
  ],
  [
    'weekly Monday from Saturday',
    '2026-11-28T12:00:00Z',
    { frequency: 'weekly', weeklyDay: 1 },
    '2026-11-30T07:00:00.000Z',
  ],
  [
    'paused until a date',
    '2026-11-28T12:00:00Z',
    { status: 'paused', pausedUntil: new Date('2026-12-05T00:00:00Z') },
    '2026-12-05T07:00:00.000Z',
  ],
  [
    'pause ends after the hour',
    '2026-11-28T12:00:00Z',
    { status: 'paused', pausedUntil: new Date('2026-12-05T10:00:00Z') },
    '2026-12-05T10:00:00.000Z',
  ],
  ['paused, no end', '2026-11-28T12:00:00Z', { status: 'paused' }, null],
  ['unsubscribed', '2026-11-28T12:00:00Z', { status: 'unsubscribed' }, null],
];

describe('nextSendAt', () => {
  test.each(nextCases)('%s', (_name, now, overrides, expected) => {
    expect(nextSendAt(subscriber(overrides), new Date(now))?.toISOString() ?? null).toBe(expected);
  });

  // Whatever the zone, DST change or frequency, nextSendAt is exactly where owedLocalDate starts
  // owing a new local date: owed at that instant, not owed (for that date) a second earlier.
  const zones = [
    'Pacific/Auckland',
    'America/Los_Angeles',
    'Asia/Kolkata',
    'Europe/London',
    'Australia/Lord_Howe',
  ];
  const days = ['2026-03-07', '2026-03-28', '2026-09-26', '2026-10-24', '2026-11-28'];
  test.each(zones)('agrees with owedLocalDate in %s', (timezone) => {
    for (const day of days) {
      for (const sendHour of [0, 1, 2, 3, 7, 23]) {
        for (const frequency of ['daily', 'weekdays', 'weekly'] as const) {
          const reader = subscriber({ timezone, sendHour, frequency, weeklyDay: 7 });
          const now = DateTime.fromISO(`${day}T12:00:00Z`).toJSDate();
          const next = nextSendAt(reader, now);
          expect(next).not.toBeNull();
          const at = next as Date;
          const localDate = DateTime.fromJSDate(at).setZone(timezone).toISODate();
          expect(owedLocalDate(reader, at)).toBe(localDate);
          expect(owedLocalDate(reader, new Date(at.getTime() - 1000))).not.toBe(localDate);
        }
      }
    }
  });
});
