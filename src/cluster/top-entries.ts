/**
 * Adds `item` to `kept` (best first by `score`) unless `kept` already holds `limit` better
 * items: one bounded insertion, cheaper than sorting everything when only a few are wanted.
 */
export function insertBounded<T>(kept: T[], item: T, limit: number, score: (item: T) => number): void {
  if (limit <= 0) return;
  const value = score(item);
  if (kept.length === limit) {
    if (value <= score(kept[limit - 1]!)) return;
    kept.pop();
  }
  kept.push(item);
  let at = kept.length - 1;
  while (at > 0 && score(kept[at - 1]!) < value) {
    kept[at] = kept[at - 1]!;
    at -= 1;
  }
  kept[at] = item;
}

/** The `limit` entries of a sparse vector with the largest values, heaviest first. */
export function topEntries(vector: ReadonlyMap<string, number>, limit: number): [string, number][] {
  const kept: [string, number][] = [];
  for (const entry of vector) insertBounded(kept, entry, limit, (item) => item[1]);
  return kept;
}
