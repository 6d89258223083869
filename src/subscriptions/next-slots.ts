import type { Subscriber } from '../shared/types';
import { nextSendAt } from './due';

export interface UpcomingSlot {
  /** Start of the UTC hour in which these readers' next digests fall due. */
  slot: Date;
  readers: number;
}

/**
 * The next `limit` delivery hours (UTC) with how many readers fall due in each: every reader's
 * next due instant (nextSendAt, so pauses, weekly days and DST count), grouped by hour.
 */
export function upcomingSlots(subscribers: readonly Subscriber[], now: Date, limit: number): UpcomingSlot[] {
  const byHour = new Map<number, number>();
  for (const subscriber of subscribers) {
    const due = nextSendAt(subscriber, now);
    if (!due) continue;
    const hour = Math.floor(due.getTime() / 3_600_000) * 3_600_000;
    byHour.set(hour, (byHour.get(hour) ?? 0) + 1);
  }
  return [...byHour.entries()]
    .sort(([a], [b]) => a - b)
    .slice(0, limit)
    .map(([hour, readers]) => ({ slot: new Date(hour), readers }));
}
