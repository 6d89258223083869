import { DateTime } from 'luxon';
import type { Frequency, Subscriber } from '../shared/types';

/**
 * When a scheduled digest is owed. Pure: the clock is an argument.
 *
 * A digest is owed for the subscriber's *local* calendar date once the local wall clock reads
 * `sendHour:00` or later that day, and stays owed until local midnight. The scheduler creates at
 * most one delivery per (subscriber, local date) (invariant 1), so asking again after a send is
 * harmless, and after downtime the first tick still finds today's digest owed while yesterday's is
 * gone (invariant 2: same day only).
 *
 * Daylight saving time: the rule compares wall-clock hours, so
 * - a send hour skipped by a spring-forward gap (e.g. 01:00 in Europe/London on 2026-03-29) is owed
 *   from the first instant after the gap (02:00 BST), never skipped;
 * - a send hour that occurs twice at fall-back (01:00 in Europe/London on 2026-10-25) is owed from
 *   its first occurrence; the second occurrence finds the day's delivery already recorded.
 */
export function owedLocalDate(subscriber: Subscriber, now: Date): string | null {
  if (!isReceiving(subscriber, now)) return null;
  const local = DateTime.fromJSDate(now).setZone(subscriber.timezone);
  if (!local.isValid) return null;
  if (!allowsDay(subscriber.frequency, subscriber.weeklyDay, local.weekday)) return null;
  if (local.hour < subscriber.sendHour) return null;
  return local.toISODate();
}

/** Per time zone, the UTC bounds of the local day last asked for: most calls fall inside it. */
const localDays = new Map<string, { from: number; to: number; date: string }>();

/**
 * The reader's local calendar date at `now` ("2026-11-29"), or null for a zone luxon does not
 * know. The send path asks this for every message, so each zone's current day is kept with its
 * bounds and computed again only once `now` leaves them.
 */
export function localDateIn(timezone: string, now: Date): string | null {
  const at = now.getTime();
  const kept = localDays.get(timezone);
  if (kept && at >= kept.from && at < kept.to) return kept.date;
  const local = DateTime.fromMillis(at).setZone(timezone);
  if (!local.isValid) return null;
  const start = local.startOf('day');
  const day = {
    from: start.toMillis(),
    to: start.plus({ days: 1 }).toMillis(),
    date: local.toISODate() ?? '',
  };
  if (localDays.size > 1000) localDays.clear();
  localDays.set(timezone, day);
  return day.date;
}

/**
 * The next instant after `now` at which a new digest becomes owed, for display ("Next digest:
 * Tue 1 Dec, 07:00"). Null when none will be (unsubscribed, pending, paused with no end, bad zone).
 */
export function nextSendAt(subscriber: Subscriber, now: Date): Date | null {
  if (subscriber.status !== 'active' && subscriber.status !== 'paused') return null;
  if (subscriber.status === 'paused' && !subscriber.pausedUntil) return null;
  const pauseEnd = subscriber.pausedUntil?.getTime() ?? 0;
  const at = now.getTime();
  // A pause that has ended changes nothing: the answer then depends only on the schedule, and is
  // the same for every `now` from the one it was computed at until the instant it names.
  if (pauseEnd > at) return nextSendAfter(subscriber, now, pauseEnd);
  const key = `${subscriber.timezone}\u0000${subscriber.sendHour}\u0000${subscriber.frequency}\u0000${subscriber.weeklyDay}`;
  const kept = nextSends.get(key);
  if (kept && at >= kept.from && at < kept.until) return new Date(kept.until);
  const next = nextSendAfter(subscriber, now, 0);
  if (next) {
    if (nextSends.size > 10_000) nextSends.clear();
    nextSends.set(key, { from: at, until: next.getTime() });
  }
  return next;
}

/**
 * `nextSendAt` by schedule (zone, hour, frequency, weekly day), for readers not paused: the
 * fan-out asks it for every reader it walks, and computing it (up to nine local days with luxon)
 * allocated ~150 KB a reader, most of a fan-out worker's garbage (docs/email.md "Sending at scale").
 */
const nextSends = new Map<string, { from: number; until: number }>();

function nextSendAfter(subscriber: Subscriber, now: Date, pauseEnd: number): Date | null {
  const start = DateTime.fromMillis(Math.max(now.getTime(), pauseEnd)).setZone(subscriber.timezone);
  if (!start.isValid) return null;
  // Eight days always contains the weekly day; the extra day covers "today already passed".
  for (let offset = 0; offset <= 8; offset += 1) {
    const day = start.startOf('day').plus({ days: offset });
    if (!allowsDay(subscriber.frequency, subscriber.weeklyDay, day.weekday)) continue;
    const owedFrom = Math.max(sendInstant(day, subscriber.sendHour).toMillis(), pauseEnd);
    // A pause ending after that day's send hour still owes that day, but not a later one.
    if (!DateTime.fromMillis(owedFrom).setZone(subscriber.timezone).hasSame(day, 'day')) continue;
    if (owedFrom > now.getTime()) return new Date(owedFrom);
  }
  return null;
}

/** Active, or paused with a pause that has ended; a pause end in the future wins over status. */
function isReceiving(subscriber: Subscriber, now: Date): boolean {
  if (subscriber.status !== 'active' && subscriber.status !== 'paused') return false;
  if (subscriber.pausedUntil) return now.getTime() >= subscriber.pausedUntil.getTime();
  return subscriber.status === 'active';
}

/** `weekday` is ISO: 1 = Monday … 7 = Sunday. */
export function allowsDay(frequency: Frequency, weeklyDay: number, weekday: number): boolean {
  if (frequency === 'daily') return true;
  if (frequency === 'weekdays') return weekday <= 5;
  return weekday === weeklyDay;
}

/**
 * The first instant of `day` whose wall clock reads `hour:00` or later. In an overlap the earlier
 * occurrence is taken; in a gap, the first instant after it (luxon moves a non-existent local time
 * forward by the size of the gap).
 */
export function sendInstant(day: DateTime, hour: number): DateTime {
  const wall = { year: day.year, month: day.month, day: day.day, hour };
  const offsets = new Set([day.startOf('day').offset, day.endOf('day').offset]);
  const exact: DateTime[] = [];
  for (const offset of offsets) {
    const candidate = DateTime.fromObject(wall, { zone: 'UTC' }).minus({ minutes: offset }).setZone(day.zone);
    if (candidate.hour === hour && candidate.minute === 0 && candidate.hasSame(day, 'day')) {
      exact.push(candidate);
    }
  }
  const [first, ...rest] = exact;
  if (!first) return DateTime.fromObject(wall, { zone: day.zone });
  return DateTime.min(first, ...rest);
}
