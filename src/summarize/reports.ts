import { CALENDAR_WORDS } from '../shared/text/calendar';
import { stem, withoutMarks } from '../shared/text/terms';
import type { ContentDoc } from '../shared/types';
import { outletKey } from './outlets';
import { AGENCY_WORD, creditedWire } from './wire-credit';

/**
 * Independent reports. Several outlets often run one wire text (AP, a national agency) under
 * their own name: listed as sources, they are not independent confirmations, so "Summary based
 * on N sources" counts reports, not outlets. Two articles are one report when they come from
 * one outlet, or when their bodies are nearly the same text (SHINGLE-word runs shared). The
 * wire is named from the text itself: an agency in the dateline ("MANILA (PWS) —"), a credit
 * line ("(AP)", "— Meridian Press", "By MERIDIAN PRESS"), or a copy's twin whose outlet is
 * that wire. docs/summarization.md ("Independent reports") gives the figures.
 */

/** Sentences of each body whose content words are shingled. */
const SHINGLED_SENTENCES = 12;
/** Content words per shingle: five-word runs rarely repeat between independently written reports. */
export const SHINGLE = 5;
/** Content words of each body compared: the lead, which reprints keep even when they cut the end. */
export const COMPARED_WORDS = 120;
/**
 * Share of the shorter body's shingles the longer must hold for the two to be one text. On the
 * five labelled editorial sets the 47 pairs of one wire text in two outlets share 0.35 or more
 * (a reprint cut to four sentences and restyled: 0.42), the 478 pairs of independent reports
 * 0.12 at most: 0.25 sits in that gap (it was 0.5, which missed three cut reprints).
 */
export const SAME_TEXT_SHARE = 0.25;

export interface ReportGroups {
  /** Report index of each article (input order). */
  report: number[];
  count: number;
  /** The wire each article carries when it is not its outlet's own report, else null. */
  via: (string | null)[];
}

/** FNV-1a hash of a word: shingles are compared as numbers, not joined strings. */
function hashWord(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * What a house style rewrites in a wire text: figures and their units ("18.75 percent", "18.75
 * per cent" for "18.75%", "20km" for "20 km") and dates ("on Dec 13" for "on Sunday"). A copy
 * restyled to its outlet's style is still the wire's text, so they are not compared (stems).
 */
const STYLE_WORDS: ReadonlySet<string> = new Set([
  'percent',
  'per',
  'cent',
  'pct',
  ...CALENDAR_WORDS.map(stem),
]);

function shingles(terms: readonly string[]): Set<number> {
  // The first COMPARED_WORDS terms that are neither style words nor figures, hashed in one pass.
  const hashes: number[] = [];
  for (const term of terms) {
    if (hashes.length >= COMPARED_WORDS) break;
    const first = term.charCodeAt(0);
    if (!STYLE_WORDS.has(term) && !(first >= 48 && first <= 57)) hashes.push(hashWord(term));
  }
  const set = new Set<number>();
  for (let i = 0; i + SHINGLE <= hashes.length; i++) {
    let hash = 0;
    for (let k = 0; k < SHINGLE; k++) hash = (Math.imul(hash, 31) + (hashes[i + k] ?? 0)) >>> 0;
    set.add(hash);
  }
  return set;
}

function sameText(a: Set<number>, b: Set<number>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size < SHINGLE) return false;
  let shared = 0;
  for (const shingle of small) if (large.has(shingle)) shared++;
  return shared >= SAME_TEXT_SHARE * small.size;
}

/**
 * A wire text restyled by an outlet's desk ("fire-fighters", "as per", "Over 200 persons are
 * undergoing treatment" for "More than 200 people were being treated") keeps its sentences, in
 * their order, while changing most five-word runs. Two bodies are one text when, of their first
 * ALIGN_READ sentences, ALIGNED_SENTENCES or more pair up in order (content words' Dice at least
 * SENTENCE_DICE), ALIGNED_SHARE of the shorter. On the seven labelled sets independent reports of
 * one event pair up at most 7 sentences, under 0.7 of the shorter; a full restyled copy, 14 of 15.
 */
export const ALIGNED_SENTENCES = 8;
export const ALIGNED_SHARE = 0.75;
const SENTENCE_DICE = 0.35;
/** Places a copy's sentence may stand from the original's (a sentence added or cut moves the rest by one). */
const ALIGN_BAND = 4;
const ALIGN_READ = 20;

/**
 * Dice of two sentences' content words, figures aside (a restyled copy writes its figures in its
 * house style), read from their term ids (ascending, distinct) without building sets.
 */
function dice(a: Int32Array, b: Int32Array, figure: Uint8Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  let sizeA = 0;
  let sizeB = 0;
  while (i < a.length || j < b.length) {
    const idA = i < a.length ? (a[i] ?? 0) : Number.POSITIVE_INFINITY;
    const idB = j < b.length ? (b[j] ?? 0) : Number.POSITIVE_INFINITY;
    if (idA === idB) {
      if (figure[idA] !== 1) {
        shared++;
        sizeA++;
        sizeB++;
      }
      i++;
      j++;
    } else if (idA < idB) {
      if (figure[idA] !== 1) sizeA++;
      i++;
    } else {
      if (figure[idB] !== 1) sizeB++;
      j++;
    }
  }
  return sizeA === 0 || sizeB === 0 ? 0 : (2 * shared) / (sizeA + sizeB);
}

const NO_TERMS = new Int32Array(0);

/** Whether two bodies, as sentences of term ids, are one text restyled (above). */
function restyledCopy(a: readonly Int32Array[], b: readonly Int32Array[], figure: Uint8Array): boolean {
  const shorter = Math.min(a.length, b.length);
  if (shorter < ALIGNED_SENTENCES) return false;
  const needed = Math.max(ALIGNED_SENTENCES, Math.ceil(ALIGNED_SHARE * shorter));
  // Longest run of sentence pairs in order (a longest common subsequence, by rows), given up as
  // soon as the rows left cannot bring it to what is needed: independent reports pair few
  // sentences, so most comparisons end after a few rows.
  let previous = new Int16Array(b.length + 1);
  let current = new Int16Array(b.length + 1);
  for (let i = 0; i < a.length; i++) {
    const sentence = a[i] ?? NO_TERMS;
    for (let j = 0; j < b.length; j++) {
      // A copy keeps its sentences near their places: pairs further apart than ALIGN_BAND are not read.
      const near = Math.abs(i - j) <= ALIGN_BAND;
      const paired =
        near && dice(sentence, b[j] ?? NO_TERMS, figure) >= SENTENCE_DICE ? (previous[j] ?? 0) + 1 : 0;
      current[j + 1] = Math.max(previous[j + 1] ?? 0, current[j] ?? 0, paired);
    }
    [previous, current] = [current, previous];
    if ((previous[b.length] ?? 0) + (a.length - i - 1) < needed) return false;
  }
  return (previous[b.length] ?? 0) >= needed;
}

/** Upper-case initials of a name: "Pacific Wire Service" → "PWS". */
function initials(name: string): string {
  return (name.match(/\p{Lu}/gu) ?? []).join('');
}

function squash(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Whether a credit names this outlet itself (its name or its initials). */
function namesOutlet(accentedCredit: string, accentedOutlet: string): boolean {
  // Without accents: "Éire Press Wire" signs its reports "EPW".
  const credit = withoutMarks(accentedCredit);
  const outlet = withoutMarks(accentedOutlet);
  const a = squash(credit);
  const b = squash(outlet);
  if (a.length === 0 || b.length === 0) return false;
  return (
    a === b ||
    b.includes(a) ||
    a.includes(b) ||
    credit.replace(/[^\p{Lu}]/gu, '') === initials(outlet) ||
    abbreviates(credit, outlet)
  );
}

/**
 * Whether capitals abbreviate a name letter by letter from its first ("ANW" for "Atlas Newswire",
 * a wire that takes a letter from inside a word): only among the few outlets of one story.
 */
function abbreviates(credit: string, outlet: string): boolean {
  if (!/^\p{Lu}{2,6}$/u.test(credit)) return false;
  const letters = squash(outlet);
  const short = credit.toLowerCase();
  if (letters[0] !== short[0]) return false;
  let at = 0;
  for (const letter of short) {
    at = letters.indexOf(letter, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

class UnionFind {
  private readonly parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root] ?? root;
    this.parent[i] = root;
    return root;
  }
  join(a: number, b: number): void {
    this.parent[this.find(a)] = this.find(b);
  }
}

/**
 * Groups a story's articles into independent reports and names the wire each copy carries.
 * `bodies` are the content terms of the articles' cleaned sentences, in order, and `sentenceIds`
 * the same sentences as term ids with `figure` marking the ids of figures (furniture out, so a
 * page's own widgets do not make two copies of one text look different); `docs` give outlets and the raw text credits are read
 * from. One report: copies of one text; articles crediting one wire, with the wire's own; an
 * outlet's own articles (an outlet running a wire copy and its own report has two).
 */
export function independentReports(
  docs: readonly ContentDoc[],
  bodies: readonly (readonly (readonly string[])[])[],
  sentenceIds: readonly (readonly Int32Array[])[] = [],
  figure: Uint8Array = new Uint8Array(0),
): ReportGroups {
  const groups = new UnionFind(docs.length);
  const sets = bodies.map((sentences) => shingles(sentences.slice(0, SHINGLED_SENTENCES).flat()));
  const aligned = sentenceIds.map((sentences) => sentences.slice(0, ALIGN_READ));
  const twins = docs.map(() => [] as number[]);
  for (let i = 0; i < docs.length; i++)
    for (let j = i + 1; j < docs.length; j++)
      if (
        sameText(sets[i] ?? new Set(), sets[j] ?? new Set()) ||
        restyledCopy(aligned[i] ?? [], aligned[j] ?? [], figure)
      ) {
        groups.join(i, j);
        twins[i]?.push(j);
        twins[j]?.push(i);
      }
  const credits = docs.map((doc) => creditedWire(doc.text));
  // A text cannot have come from a copy published after it: a desk that restyled a wire's text
  // and put its own name in the dateline is not that text's wire.
  const later = (j: number, i: number): boolean =>
    (docs[j]?.publishedAt?.getTime() ?? Number.NEGATIVE_INFINITY) >
    (docs[i]?.publishedAt?.getTime() ?? Number.POSITIVE_INFINITY);
  const wireOf = (i: number): string | null => {
    const doc = docs[i];
    const credit = credits[i] ?? null;
    if (doc === undefined) return null;
    // A copy of this very text published by the wire itself names the wire best.
    for (const j of twins[i] ?? []) {
      const twin = docs[j];
      const twinCredit = credits[j] ?? null;
      if (
        twin !== undefined &&
        !later(j, i) &&
        twinCredit !== null &&
        namesOutlet(twinCredit, twin.outlet) &&
        !namesOutlet(twinCredit, doc.outlet)
      )
        return twin.outlet.trim();
    }
    if (credit !== null && !namesOutlet(credit, doc.outlet)) return credit;
    // No credit read: a twin whose outlet is a wire, where this one's is not, wrote the text.
    if (AGENCY_WORD.test(doc.outlet)) return null;
    for (const j of twins[i] ?? []) {
      const twin = docs[j]?.outlet.trim() ?? '';
      if (AGENCY_WORD.test(twin) && squash(twin) !== squash(doc.outlet) && !later(j, i)) return twin;
    }
    return null;
  };
  const via = docs.map((_, i) => wireOf(i));
  docs.forEach((doc, i) => {
    docs.forEach((other, j) => {
      if (j <= i) return;
      const wire = via[i] ?? null;
      const otherWire = via[j] ?? null;
      const sameWire =
        (wire !== null && otherWire !== null && squash(wire) === squash(otherWire ?? '')) ||
        (wire !== null && otherWire === null && namesOutlet(wire, other.outlet)) ||
        (otherWire !== null && wire === null && namesOutlet(otherWire ?? '', doc.outlet));
      const sameNewsroom = wire === null && otherWire === null && outletKey(doc) === outletKey(other);
      if (sameWire || sameNewsroom) groups.join(i, j);
    });
  });
  const ids = new Map<number, number>();
  const report = docs.map((_, i) => {
    const root = groups.find(i);
    const id = ids.get(root) ?? ids.size;
    ids.set(root, id);
    return id;
  });
  return { report, count: ids.size, via };
}

/**
 * When each copy's text was written: the time of the latest article of its wire in the story
 * published no later than the copy, or null (not a copy, or its wire's article is not in the
 * story). A desk that reprints the wire's first report a day later ("At least nine dead…" on
 * Sunday, when the wire's live page said 14 on Saturday night) tells that report's news, not the
 * day's; the story's newer-report rules read the copy at its wire's time (story-model.ts).
 */
export function copiedAt(docs: readonly ContentDoc[], groups: ReportGroups): (Date | null)[] {
  return docs.map((doc, i) => {
    const wire = groups.via[i];
    const own = doc.publishedAt?.getTime();
    if (wire === null || wire === undefined || own === undefined) return null;
    let best: Date | null = null;
    docs.forEach((other, j) => {
      const time = other.publishedAt;
      if (j === i || groups.report[j] !== groups.report[i] || time === null || time === undefined) return;
      if (time.getTime() > own || !namesOutlet(wire, other.outlet)) return;
      if (best === null || time.getTime() > best.getTime()) best = time;
    });
    return best;
  });
}
