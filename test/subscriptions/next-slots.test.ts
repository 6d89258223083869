import type { Subscriber } from '../../src/shared/types';
import { upcomingSlots } from '../../src/subscriptions/next-slots';

function reader(id: string, overrides: Partial<Subscriber>): Subscriber {
  return {
    id,
    email: `${id}@example.com`,
    status: 'active',
    sections: ['world'],
    timezone: 'UTC',
    sendHour: 7,
    frequency: 'daily',
    weeklyDay: 1,
    pausedUntil: null,
    tokenVersion: 1,
    emailFormat: 'html',
    ...overrides,
  };
}

describe('upcomingSlots', () => {
  // Tuesday 1 December 2026, 05:30 UTC.
  const now = new Date('2026-12-01T05:30:00Z');

  test('groups readers by the UTC hour of their next digest, soonest first, across zones', () => {
    const slots = upcomingSlots(
      [
        reader('london', { timezone: 'Europe/London', sendHour: 7 }), // 07:00 UTC today
        reader('utc', { sendHour: 7 }), // 07:00 UTC today
        reader('paris', { timezone: 'Europe/Paris', sendHour: 7 }), // 06:00 UTC today
        reader('kolkata', { timezone: 'Asia/Kolkata', sendHour: 7 }), // 01:30 UTC tomorrow
        reader('early', { sendHour: 5 }), // 05:00 passed: tomorrow 05:00
      ],
      now,
      3,
    );
    expect(slots.map((slot) => [slot.slot.toISOString(), slot.readers])).toEqual([
      ['2026-12-01T06:00:00.000Z', 1],
      ['2026-12-01T07:00:00.000Z', 2],
      ['2026-12-02T01:00:00.000Z', 1],
    ]);
  });

  test('leaves out readers who will get nothing and follows pauses and weekly days', () => {
    const slots = upcomingSlots(
      [
        reader('gone', { status: 'unsubscribed' }),
        reader('pending', { status: 'pending' }),
        reader('paused-forever', { status: 'paused' }),
        reader('back-thursday', { status: 'paused', pausedUntil: new Date('2026-12-03T00:00:00Z') }),
        reader('fridays', { frequency: 'weekly', weeklyDay: 5 }),
      ],
      now,
      10,
    );
    expect(slots.map((slot) => [slot.slot.toISOString(), slot.readers])).toEqual([
      ['2026-12-03T07:00:00.000Z', 1],
      ['2026-12-04T07:00:00.000Z', 1],
    ]);
  });
});
