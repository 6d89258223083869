import { heaviest } from './doc-vector';
import type { TermSet } from './name-conflict';
import type { ClusterTuning } from './tuning';

const HOUR_MS = 3_600_000;
// Headline terms remembered per story (the most frequent kept once twice as many were seen):
// an event's headlines repeat a few words, so this holds every one that recurs.
const MAX_TERMS = 128;

export type ResumptionTuning = Pick<
  ClusterTuning,
  | 'quietHours'
  | 'quietMaxHours'
  | 'quietHeadlineCosine'
  | 'unlikeHours'
  | 'unlikeHeadlineCosine'
  | 'unlikeOpeningCosine'
>;
export type Idf = (term: string) => number;

/** A story's headline terms, each with the number of its articles whose headline has it. */
export class StoryHeadlines {
  readonly counts = new Map<string, number>();

  static fromMemory(pairs: readonly [string, number][] | undefined): StoryHeadlines {
    const restored = new StoryHeadlines();
    for (const [term, count] of pairs ?? []) if (Number.isFinite(count)) restored.counts.set(term, count);
    return restored;
  }

  toMemory(): [string, number][] {
    return heaviest(this.counts, this.counts.size);
  }

  /** Adds one article's headline terms (or, with counts, a merged story's). */
  add(terms: Iterable<string> | ReadonlyMap<string, number>): void {
    const entries: Iterable<[string, number]> =
      terms instanceof Map ? terms : [...(terms as Iterable<string>)].map((term) => [term, 1]);
    for (const [term, count] of entries) this.counts.set(term, (this.counts.get(term) ?? 0) + count);
    if (this.counts.size <= 2 * MAX_TERMS) return;
    for (const [term] of heaviest(this.counts, this.counts.size).slice(MAX_TERMS)) this.counts.delete(term);
  }
}

/**
 * Cosine of two headline term maps weighted by IDF (an article's headline counts each of its
 * terms once; a story's, each term as often as its articles' headlines have it).
 */
export function headlineCosine(
  a: ReadonlyMap<string, number>,
  b: ReadonlyMap<string, number>,
  idf: Idf,
): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  let smallNorm = 0;
  for (const [term, count] of small) {
    const weight = count * idf(term);
    smallNorm += weight * weight;
    const other = large.get(term);
    if (other !== undefined) dot += weight * other * idf(term);
  }
  let largeNorm = 0;
  for (const [term, count] of large) {
    const weight = count * idf(term);
    largeNorm += weight * weight;
  }
  return dot === 0 ? 0 : dot / Math.sqrt(smallNorm * largeNorm);
}

/** What a side of the comparison knows: its time span and its headline terms. */
export interface ResumptionView {
  firstSeen: number | null;
  lastSeen: number | null;
  headlines: ReadonlyMap<string, number>;
  /** An article's opening terms (its title and first words), each counted once; a story has none. */
  opening?: ReadonlyMap<string, number>;
  /** An article's headline names; a story's capitalized terms (name-conflict.ts). */
  headlineNames?: readonly string[];
  capitals?: TermSet;
}

/**
 * True when `later` comes to `earlier` after `earlier` has been quiet for `quietHours` and the
 * headlines of the two have little in common: a report of another event of the same actor,
 * whose lead recalls the earlier event as background (a shipping line's job cuts after its
 * ship's grounding, a listing's debut after the market's fall), not a development of it
 * (docs/clustering.md, "Another event of the same actor"). A report that resumes a quiet
 * story says so in its headline ("ferry fire toll climbs to 26"). After a shorter quiet spell
 * (`unlikeHours`) only a headline that shares almost nothing rules the join out ("Blackout leaves
 * Almaty homes without heat" after "Kazakhstan, Kyrgyzstan seal water-for-power deal"), and not
 * when the title may be the page's own name and the opening tells the story (`opensOnIt`). Off when
 * either side has no headline terms or no time.
 */
export function resumesAnotherEvent(
  earlier: ResumptionView,
  later: ResumptionView,
  tuning: ResumptionTuning,
  idf: Idf,
): boolean {
  if (earlier.lastSeen === null || later.firstSeen === null) return false;
  const quiet = later.firstSeen - earlier.lastSeen;
  if (quiet < tuning.unlikeHours * HOUR_MS || quiet > tuning.quietMaxHours * HOUR_MS) return false;
  if (earlier.headlines.size === 0 || later.headlines.size === 0) return false;
  const cosine = headlineCosine(earlier.headlines, later.headlines, idf);
  if (quiet >= tuning.quietHours * HOUR_MS) return cosine < tuning.quietHeadlineCosine;
  if (cosine >= tuning.unlikeHeadlineCosine) return false;
  return !opensOnIt(earlier, later, tuning, idf);
}

/**
 * A title that names nothing the story has not named ("Three hours on chair 61",
 * "Road conditions – Sunday 6 February, 07:30") may be a page's own name, which says nothing of
 * any event; an opening that recalls the story's headlines then resumes it. A title naming
 * something new ("… Glo-Djigbé depot means for Benin" after "… crane collapses at Lomé port")
 * tells another event, whatever background its opening shares.
 */
function opensOnIt(
  earlier: ResumptionView,
  later: ResumptionView,
  tuning: ResumptionTuning,
  idf: Idf,
): boolean {
  const { opening, headlineNames } = later;
  const capitals = earlier.capitals;
  if (opening === undefined || headlineNames === undefined || capitals === undefined) return false;
  if (headlineNames.some((name) => !capitals.has(name))) return false;
  return headlineCosine(earlier.headlines, opening, idf) >= tuning.unlikeOpeningCosine;
}
