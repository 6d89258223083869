import { DateTime } from 'luxon';
import type { Subscriber } from '../shared/types';
import { nextSendAt } from '../subscriptions/due';

/** Longest pause a reader may choose (see subscriptions/preferences.ts). */
const MAX_PAUSE_DAYS = 90;
/** Plenty for every (zone, hour, frequency, day) readers actually use; a runaway map is dropped. */
const MAX_ENTRIES = 20_000;

interface PauseRange {
  min: string;
  max: string;
}

/**
 * The time-dependent text of the preferences page, cached by what it depends on. Time-zone
 * arithmetic (luxon asks Intl for every offset) was most of a preferences page's cost
 * (docs/subscriptions.md "Speed"), yet many readers share a zone, hour and frequency:
 * - the next brief of an active, unpaused reader is the first send instant after `now`, so a
 *   result computed at `t` holds for every `now` from `t` until that instant;
 * - the pause date range depends only on the zone's current local day.
 */
export class ScheduleText {
  private readonly next = new Map<string, { from: number; until: number; text: string | null }>();
  private readonly ranges = new Map<string, { from: number; until: number; range: PauseRange }>();

  /** "Monday 30 November, 18:00 (America/Los Angeles)", or null when nothing is scheduled. */
  nextSend(subscriber: Subscriber, now: Date): string | null {
    if (subscriber.status !== 'active' || subscriber.pausedUntil) return this.compute(subscriber, now).text;
    const key = `${subscriber.timezone}|${subscriber.sendHour}|${subscriber.frequency}|${subscriber.weeklyDay}`;
    const at = now.getTime();
    const cached = this.next.get(key);
    if (cached && cached.from <= at && at < cached.until) return cached.text;
    const fresh = this.compute(subscriber, now);
    // Nothing scheduled (an invalid zone) is not cached: it is rare and must not stick.
    if (fresh.until !== null) remember(this.next, key, { from: at, until: fresh.until, text: fresh.text });
    return fresh.text;
  }

  /** Dates a pause may end on: tomorrow to MAX_PAUSE_DAYS ahead, in the reader's zone. */
  pauseRange(zone: string, now: Date): PauseRange {
    const at = now.getTime();
    const cached = this.ranges.get(zone);
    if (cached && cached.from <= at && at < cached.until) return cached.range;
    const today = DateTime.fromJSDate(now).setZone(zone).startOf('day');
    const range = {
      min: today.plus({ days: 1 }).toISODate() ?? '',
      max: today.plus({ days: MAX_PAUSE_DAYS }).toISODate() ?? '',
    };
    remember(this.ranges, zone, { from: today.toMillis(), until: today.plus({ days: 1 }).toMillis(), range });
    return range;
  }

  private compute(subscriber: Subscriber, now: Date): { text: string | null; until: number | null } {
    const next = nextSendAt(subscriber, now);
    if (!next) return { text: null, until: null };
    const zone = subscriber.timezone;
    return {
      text: `${formatLocal(next, zone, 'cccc d LLLL, HH:mm')} (${zone.replaceAll('_', ' ')})`,
      until: next.getTime(),
    };
  }
}

export function formatLocal(instant: Date, zone: string, format: string): string {
  return DateTime.fromJSDate(instant).setZone(zone).setLocale('en-GB').toFormat(format);
}

function remember<T>(map: Map<string, T>, key: string, value: T): void {
  if (map.size >= MAX_ENTRIES) map.clear();
  map.set(key, value);
}
