const HOUR_MS = 3_600_000;

/**
 * Quiet hours that end a burst of reporting. A story's articles come in bursts: a day's reports,
 * then a quiet night, then the next day's. The morning summary is written from the latest burst
 * (docs/summarization.md, "What a morning's summary is written from"): the reader had the earlier
 * ones the morning before, and when the clusterer has joined one actor's two events (a shipyard's
 * record order, then a crane collapse at its yard two days later), the earlier event's reports
 * would otherwise fill the later story with its facts. 12 h is the clusterer's own quiet spell
 * after which an unlike headline starts another story (cluster/tuning.ts `unlikeHours`).
 */
export const BURST_GAP_HOURS = 12;

/**
 * The items after the story's last quiet spell of `BURST_GAP_HOURS` or more, oldest first, or
 * null when the story has no such spell (all of it is one burst). `items` are in time order.
 */
export function latestBurst<T>(items: readonly T[], timeOf: (item: T) => number): T[] | null {
  for (let i = items.length - 1; i > 0; i--) {
    const here = items[i];
    const before = items[i - 1];
    if (here === undefined || before === undefined) return null;
    if (timeOf(here) - timeOf(before) >= BURST_GAP_HOURS * HOUR_MS) return items.slice(i);
  }
  return null;
}
