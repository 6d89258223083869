import { countriesIn, writesCountry } from '../shared/text/countries';

/** A set of terms: a document's capitalized words, or a story's. */
export interface TermSet {
  has(term: string): boolean;
}

/** The names of a document or story as the conflict rule reads them (see capitals.ts). */
export interface NameView {
  /** Names that count: all of a document's, a story's core names. */
  names: readonly string[];
  /** The same, of the headlines only. */
  headlineNames: readonly string[];
  /** Terms written capitalized anywhere, sentence starts included. */
  capitals: TermSet;
}

/** How strongly two sides disagree on what they name. */
export const Conflict = { None: 0, Names: 1, Headlines: 2 } as const;
export type Conflict = (typeof Conflict)[keyof typeof Conflict];

// A story's name counts when at least this share of its articles wrote it: an event's own
// names recur in most of its reports ("Suez" in 8 of 8), a broad topic's passing names do
// not. On the fixture feeds every name (0) or half gives precision 0.962, two thirds 0.923.
const CORE_SHARE = 0.5;

/** The names written by at least half of a story's `articles`. */
export function coreNames(counts: Iterable<[string, number]>, articles: number): string[] {
  const floor = CORE_SHARE * articles;
  const core: string[] = [];
  for (const [term, count] of counts) if (count >= floor) core.push(term);
  return core;
}

/** Both sides name something, and no name of either appears capitalized on the other. */
function disjoint(ours: readonly string[], theirs: readonly string[], a: NameView, b: NameView): boolean {
  if (ours.length === 0 || theirs.length === 0) return false;
  return !ours.some((term) => b.capitals.has(term)) && !theirs.some((term) => a.capitals.has(term));
}

/**
 * Two sides conflict when both name something and no name of either side appears capitalized
 * on the other ("Nairobi opens first phase of new commuter rail line" against a story on
 * Addis Ababa's airport). Capitals at a sentence start count on the receiving side, so
 * "Nations agree…" still answers a "Palais des Nations". The conflict is stronger when the
 * headlines themselves name different things ("Bhutan opens new terminal at Paro airport"
 * against "New terminal opens at Addis Ababa airport"). Text without capitals never conflicts.
 */
export function namesConflict(a: NameView, b: NameView): Conflict {
  if (!disjoint(a.names, b.names, a, b)) {
    // A word one side writes capitalized at a sentence start or in a body's name ("Schools…",
    // "…Primary School Leaving Certificate") answers a name of the other, but no name of theirs.
    const sharesName = a.names.some((name) => b.names.includes(name));
    return !sharesName && countriesApart(a, b) ? Conflict.Headlines : Conflict.None;
  }
  return disjoint(a.headlineNames, b.headlineNames, a, b) || countriesApart(a, b)
    ? Conflict.Headlines
    : Conflict.Names;
}

/**
 * Both sides name countries, and no country of either is written capitalized on the other: with no
 * name of one a name of the other, a teachers' strike in Malawi against one in Lithuania, whose
 * trade's words ("teachers", "strike", "pay", "schools") make a cosine the names' handicap does not
 * outweigh. Graded as headlines that disagree: two countries' events are two events (countries.ts).
 * Reports that share a name keep it ("Bali" of an Indonesian eruption told from Australia).
 */
function countriesApart(a: NameView, b: NameView): boolean {
  const ours = countriesIn(a.names);
  if (ours.size === 0) return false;
  const theirs = countriesIn(b.names);
  if (theirs.size === 0) return false;
  for (const country of ours) if (writesCountry(country, (term) => b.capitals.has(term))) return false;
  for (const country of theirs) if (writesCountry(country, (term) => a.capitals.has(term))) return false;
  return true;
}

/** The cosine handicap of a conflict, from the tuning. */
export function conflictPenalty(
  conflict: Conflict,
  tuning: { nameConflictPenalty: number; headlineConflictPenalty: number },
): number {
  if (conflict === Conflict.Headlines) return tuning.headlineConflictPenalty;
  return conflict === Conflict.Names ? tuning.nameConflictPenalty : 0;
}
