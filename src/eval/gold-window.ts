import type { ArticleRecord } from '../cluster';

/**
 * The gold events a windowed clusterer can reach (docs/clustering.md, "Scoring with the
 * window"): an event is cut wherever it has no article for longer than the window, since a
 * story that has been quiet that long is closed and its next article starts a new story.
 * Articles of one event are ordered by time; an article without a time keeps its event's
 * first part. Returns article id → part label (`event`, `event#2`, `event#3`, …).
 */
export function splitGoldByGaps(
  records: readonly ArticleRecord[],
  gold: ReadonlyMap<string, string>,
  windowHours: number,
): Map<string, string> {
  const split = new Map(gold);
  if (windowHours <= 0) return split;
  const windowMs = windowHours * 3_600_000;
  const timesByEvent = new Map<string, { id: string; time: number }[]>();
  for (const record of records) {
    const event = gold.get(record.id);
    const time = Date.parse(record.published);
    if (event === undefined || Number.isNaN(time)) continue;
    const list = timesByEvent.get(event) ?? [];
    list.push({ id: record.id, time });
    timesByEvent.set(event, list);
  }
  for (const [event, list] of timesByEvent) {
    list.sort((a, b) => a.time - b.time);
    let part = 1;
    for (let index = 0; index < list.length; index += 1) {
      const current = list[index]!;
      if (index > 0 && current.time - list[index - 1]!.time > windowMs) part += 1;
      split.set(current.id, part === 1 ? event : `${event}#${part}`);
    }
  }
  return split;
}
