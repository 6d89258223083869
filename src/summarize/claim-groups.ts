import { citableTerms, pointTerms, supportOfExtract } from './attribute';
import {
  claimDice,
  clearOverlap,
  isLeadSentence,
  namesAgree,
  type OverlapScratch,
  overlapScratch,
  overlapWith,
  restatesClaim,
  SAME_CLAIM_DICE,
  SAME_CLAIM_MIN_SHARED,
} from './same-claim';
import { BREADTH_WEIGHT } from './scoring';
import { type StoryModel, termWeight } from './story-model';
import { ATTRIBUTION_THRESHOLD } from './support';

/**
 * One claim, one point. A chosen point takes with it every sentence cited as its support and
 * every lead that restates it or one of those (same-claim.ts), so the next point has to say
 * something else; and the claim is shown in the wording most outlets support.
 */
export interface ClaimTracker {
  /** Per sentence: 1 once the claim it states is already shown. */
  blocked: Uint8Array;
  /** Per vocabulary id: 1 once a chosen point uses the term. */
  shown: Uint8Array;
  /** Per sentence: independent reports supporting it (its own included); 0 until asked for. */
  reports: Int32Array;
  scratch: OverlapScratch;
}

export function claimTracker(model: StoryModel): ClaimTracker {
  const size = model.sentences.length;
  return {
    blocked: new Uint8Array(size),
    shown: new Uint8Array(model.vocabulary.ids.size),
    reports: new Int32Array(size),
    scratch: overlapScratch(model),
  };
}

/**
 * Independent reports that carry a sentence (its own included; outlets running one wire text
 * count once), by the rules of support.ts on single sentences: weighted coverage, or the same
 * claim stated in a lead. The mutual-best rule of a citation is left out, so this can count a
 * report the final citation does not. Computed
 * when selection first asks: selection needs it for the few candidates near the top, and
 * computing it for every candidate up front added about a fifth to the bench's time.
 */
export function supportingReports(model: StoryModel, tracker: ClaimTracker, index: number): number {
  const known = tracker.reports[index] ?? 0;
  if (known > 0) return known;
  const sentence = model.sentences[index];
  const vector = model.vectors[index];
  if (sentence === undefined || vector === undefined) return 1;
  const { scratch } = tracker;
  const total = termWeight(model, vector);
  const figures = model.numberCounts[index] ?? 0;
  const lead = isLeadSentence(model, index);
  const reportOf = model.reports.report;
  const seen = new Set([reportOf[sentence.article] ?? -1]);
  overlapWith(model, index, scratch);
  for (let t = 0; t < scratch.count; t++) {
    const other = scratch.touched[t] ?? 0;
    const source = model.sentences[other];
    const report = reportOf[source?.article ?? -1] ?? -1;
    if (source === undefined || seen.has(report)) continue;
    const shared = scratch.shared[other] ?? 0;
    const agrees = source.negated === sentence.negated && (scratch.numbers[other] ?? 0) >= figures;
    const covered = agrees && (scratch.weight[other] ?? 0) >= ATTRIBUTION_THRESHOLD * total - 1e-9;
    const restated =
      agrees &&
      lead &&
      isLeadSentence(model, other) &&
      shared >= SAME_CLAIM_MIN_SHARED &&
      claimDice(model, index, other, shared) >= SAME_CLAIM_DICE &&
      namesAgree(model, index, other);
    if (covered || restated || coveredWithNext(model, index, other, total, scratch)) seen.add(report);
  }
  clearOverlap(scratch);
  tracker.reports[index] = seen.size;
  return seen.size;
}

/**
 * Whether a sentence and the next one of its article together cover a point of weight `total`
 * (support.ts allows two-sentence windows; the window with the previous sentence is the previous
 * sentence's window with this one). The scratch gives an upper bound first, so the exact union
 * is counted only for the few pairs that could pass.
 */
function coveredWithNext(
  model: StoryModel,
  index: number,
  other: number,
  total: number,
  scratch: OverlapScratch,
): boolean {
  const next = other + 1;
  const point = model.sentences[index];
  const first = model.sentences[other];
  const second = model.sentences[next];
  const vector = model.vectors[index];
  if (point === undefined || vector === undefined || second === undefined) return false;
  if (first?.article !== second.article || (first.negated || second.negated) !== point.negated) return false;
  const bound = (scratch.weight[other] ?? 0) + (scratch.weight[next] ?? 0);
  if (total === 0 || bound < ATTRIBUTION_THRESHOLD * total - 1e-9) return false;
  const left = model.vectors[other]?.ids ?? new Int32Array(0);
  const right = model.vectors[next]?.ids ?? new Int32Array(0);
  let covered = 0;
  for (const id of vector.ids) {
    const present = hasId(left, id) || hasId(right, id);
    if (!present && model.isNumberTerm[id] === 1) return false;
    if (present) covered += model.vocabulary.idf[id] ?? 0;
  }
  return covered >= ATTRIBUTION_THRESHOLD * total - 1e-9;
}

function hasId(ids: Int32Array, id: number): boolean {
  let low = 0;
  let high = ids.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const value = ids[middle] ?? 0;
    if (value === id) return true;
    if (value < id) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

/** citedOutlets per sentence of a story (0 = not yet counted); selection asks for the same few many times. */
const citedCounts = new WeakMap<StoryModel, Int32Array>();

/** Outlets a sentence would cite if shown (its own included): those whose words carry it (attribute.ts). */
function citedOutlets(model: StoryModel, index: number): number {
  const sentence = model.sentences[index];
  if (sentence === undefined) return 0;
  let counts = citedCounts.get(model);
  if (counts === undefined) {
    counts = new Int32Array(model.sentences.length);
    citedCounts.set(model, counts);
  }
  const known = counts[index] ?? 0;
  if (known > 0) return known;
  const outlets = new Set([model.outletOf[sentence.article] ?? -1]);
  const terms = pointTerms(sentence.text, sentence.terms);
  for (const found of supportOfExtract(model, index))
    if (citableTerms(model, terms, found)) outlets.add(model.outletOf[found.article] ?? -1);
  counts[index] = outlets.size;
  return outlets.size;
}

/**
 * Relevance bonus for cross-outlet breadth (scoring.ts): the share of the other independent
 * reports that carry it. Outlets running one wire text are one report (reports.ts), so a wire's
 * sentence is not corroborated by its own reprints.
 */
export function breadthBonus(model: StoryModel, tracker: ClaimTracker, index: number): number {
  const others = model.reports.count - 1;
  if (others <= 0) return 0;
  return (BREADTH_WEIGHT * (supportingReports(model, tracker, index) - 1)) / others;
}

/** Leads of other articles that restate a sentence (numbers and negation agreeing). */
function restatements(model: StoryModel, index: number, scratch: OverlapScratch): number[] {
  const found: number[] = [];
  if (!isLeadSentence(model, index)) return found;
  overlapWith(model, index, scratch);
  for (let t = 0; t < scratch.count; t++) {
    const other = scratch.touched[t] ?? 0;
    if (restatesClaim(model, index, other, scratch.shared[other] ?? 0, scratch.numbers[other] ?? 0)) {
      found.push(other);
    }
  }
  clearOverlap(scratch);
  return found;
}

/**
 * The wording to show for the claim of a chosen sentence: among candidates still open (`open`:
 * offered and not ruled out as a repeat) that restate it, the one the most outlets can be cited
 * for (their words carry it, attribute.ts), then
 * the most informative: the largest summed IDF of terms no earlier point uses (names and figures
 * weigh most, and details another point already gives count for nothing). The chosen sentence
 * itself when none beats it.
 */
export function preferredWording(
  model: StoryModel,
  tracker: ClaimTracker,
  index: number,
  open: (sentence: number) => boolean,
): number {
  const alternatives = restatements(model, index, tracker.scratch).filter(
    (other) => tracker.blocked[other] !== 1 && open(other),
  );
  if (alternatives.length === 0) return index;
  const weight = (sentence: number): number => {
    let novel = 0;
    for (const id of model.vectors[sentence]?.ids ?? []) {
      if (tracker.shown[id] !== 1) novel += model.vocabulary.idf[id] ?? 0;
    }
    return novel;
  };
  let best = index;
  for (const other of alternatives) {
    const gain = citedOutlets(model, other) - citedOutlets(model, best);
    if (gain > 0 || (gain === 0 && weight(other) > weight(best))) best = other;
  }
  return best;
}

/**
 * Marks the claim of a chosen sentence as shown: it, the sentences cited as stating it on their
 * own, and leads restating any of these. A two-sentence window is cited but stays open: neither
 * sentence states the claim alone, and each may carry another fact (FLOODS in the tests: the
 * second sentence of one window is the only one giving "12,000 forced from their homes").
 */
export function absorbClaim(model: StoryModel, tracker: ClaimTracker, index: number): void {
  const single = supportOfExtract(model, index).filter((found) => found.sentences.length === 1);
  const stated = [index, ...single.flatMap((found) => found.sentences)];
  for (const id of model.vectors[index]?.ids ?? []) tracker.shown[id] = 1;
  for (const sentence of stated) {
    tracker.blocked[sentence] = 1;
    for (const other of restatements(model, sentence, tracker.scratch)) tracker.blocked[other] = 1;
  }
}
