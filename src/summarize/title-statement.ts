import { addLowerCaseTerms, contentTerms } from '../shared/text/terms';
import { isLiveTitle } from '../shared/text/wire-tags';
import { standaloneOf } from './standalone';
import {
  LEAD_POSITIONS,
  LIVE_POSITIONS,
  statementRank,
  TITLE_TOLL_POSITIONS,
  TOLL_POSITIONS,
} from './statement-rank';
import type { StoryModel } from './story-model';
import { tellsTitleCount } from './tolls';
import { cosine, type SparseVector, tfidfVector } from './vectors';

/**
 * The statement of the headline article that its title was written for (lead.ts gives it the
 * headline article's opening bonus): among its first statements, the one closest to the title;
 * below an opening that sets a scene, one that tells the title far better. docs/summarization.md
 * ("The lead point").
 */

/**
 * A numbered document's name as its title ("Somalia: Hiiraan Riverine Floods — Situation Report
 * No. 2 (as of 15 April 2027)", "Tropical Cyclone Advisory #14"): written for no one statement,
 * it shares a place name with whichever.
 */
const NUMBERED_DOCUMENT =
  /\b(?:report|sitrep|bulletin|update|advisory|statement|release|notice)\s+(?:no\.?|number|#)\s*\d+/i;

/**
 * Which of the headline article's first two statements (first eight on a live page) its title
 * was written for: the one closer to the title's words, the first on a tie. A live blog headed
 * "Death toll rises to 34 as national disaster declared" opens with background ("Torrential rain
 * has flooded Durban… since Monday.") and gives the toll second.
 */
export function titleStatement(
  model: StoryModel,
  candidates: readonly number[],
  article: number,
  mayNotLead: (index: number) => boolean,
): number {
  const title = model.articles[article]?.doc.title ?? '';
  if (title === '' || NUMBERED_DOCUMENT.test(title)) return -1;
  const positions = isLiveTitle(title) ? LIVE_POSITIONS : LEAD_POSITIONS;
  const vector = tfidfVector(contentTerms(title), model.vocabulary);
  // A title's death toll, or a count it says rose, is told by the statement that gives it ("Peru
  // earthquake: death toll rises to 14 as aftershocks rattle Arequipa region" by "At least 14
  // people have been killed…", not by "A magnitude 6.9 earthquake struck off the coast…"; "…as
  // Congo virus cases reach 13" by "The number of confirmed … cases rose to 13 on Friday…").
  let best = -1;
  let bestCosine = Number.NEGATIVE_INFINITY;
  // A scene may come before what the title tells, in words the title shares almost none of
  // ("Valbona Marku held a photograph of her daughter… as the judge read out the sentences." and
  // "When the courtroom emptied, she stayed in her seat." above "A court in Berat on Thursday
  // sentenced the owner of a construction company…", under "Three jailed over deadly Berat
  // footbridge collapse…"): a statement further down that tells the title far better is its own.
  let deeper = -1;
  let deeperCosine = Number.NEGATIVE_INFINITY;
  let leadableCosine = Number.NEGATIVE_INFINITY;
  let first = -1;
  const happened = happenedWords(title);
  let told = -1;
  let toldWords = 0;
  let openingWords = 0;
  let openingDated = false;
  for (const index of candidates) {
    const sentence = model.sentences[index];
    const own = model.vectors[index];
    if (sentence?.article !== article || own === undefined) continue;
    const rank = statementRank(model, sentence);
    const tells = tellsTitleCount(title, sentence.text) ? 1 : 0;
    // A scene and its quote may come before the toll the title gives ("Ernesto Martínez spent
    // Saturday morning folding…", "“The house is under the hill…,” he said.", then "Civil
    // Protection on Saturday raised the death toll… to 14").
    if (rank >= Math.max(positions, tells === 1 ? TITLE_TOLL_POSITIONS : TOLL_POSITIONS)) continue;
    const below = tells === 0 && rank >= positions;
    // Whether it stands alone is the costly reading: a statement below is read only when it is a
    // report's, dated, and closer to the title than any below so far.
    const score = cosine(own, vector) + tells + (rank === 0 ? 1e-9 : 0);
    // Below an opening that shares the title's names but not what happened ("Shipping agents in
    // Bandar Abbas put the figure at several million dollars a day…"), the dated statement holding
    // most of the title's words for it ("Crane operators … called off their strike late on Sunday…"
    // under "Bandar Abbas crane strike called off after deal on arrears…") tells the title, however
    // the cosine weighs the names.
    const words = heldOf(happened, sentence.text);
    const dated = DATED_REPORT.test(sentence.text);
    if (
      below &&
      dated &&
      words >= SCENE_TITLE_WORDS &&
      words > toldWords &&
      standaloneOf(model, index) !== null
    ) {
      toldWords = words;
      told = index;
    }
    if (below && (score <= deeperCosine || !dated)) continue;
    const point = standaloneOf(model, index);
    if (point === null) continue;
    if (below) {
      deeperCosine = score;
      deeper = index;
      continue;
    }
    if (score > bestCosine || (score === bestCosine && rank === 0)) {
      bestCosine = score;
      best = index;
    }
    // An opening that may not lead (a date in history) does not keep the one below from the title.
    const leadable = !mayNotLead(index);
    if (score > leadableCosine && leadable) leadableCosine = score;
    openingWords = Math.max(openingWords, words);
    openingDated ||= dated;
    if (rank === 0 && leadable) first = index;
  }
  if (
    deeper >= 0 &&
    deeperCosine >= SCENE_TITLE_COSINE &&
    deeperCosine >= SCENE_MARGIN * Math.max(0, leadableCosine)
  )
    return deeper;
  if (
    told >= 0 &&
    !openingDated &&
    toldWords >= SCENE_TITLE_WORDS &&
    toldWords >= SCENE_MARGIN * openingWords
  )
    return told;
  // The news comes first (on a live page, whose entries run newest first, it need not): a dated
  // first statement gives way to the second as the title's only when the title tells the second
  // and it holds more of the title's words; a statement giving the title's count (score 1 or more)
  // keeps its place. A cosine favours a short detail: "The operation on Thursday lasted 14 hours…"
  // (three of the title's words) is closer to "Surgeons separate conjoined twins who shared a liver
  // in 14-hour operation" than the long opening that tells the separation (five); and "Lezíria's
  // comeback puts a small club in the title race…" shares one word with the stoppage-time winner's
  // "…from the club's academy" and one with the win the report opens on.
  // A live page's entries are many and short: one sharing a word or two with its title (0.08 for
  // "Saqr Hospital says the three rescued hikers are in stable condition." under "…fourth hiker
  // found alive") is no more the title's statement than its neighbours.
  if (positions === LIVE_POSITIONS && bestCosine < SECOND_TITLE_COSINE) return -1;
  const own = (index: number) => model.vectors[index];
  if (
    first >= 0 &&
    best !== first &&
    bestCosine < 1 &&
    positions === LEAD_POSITIONS &&
    DATED_REPORT.test(model.sentences[first]?.text ?? '') &&
    (bestCosine < SECOND_TITLE_COSINE || covered(vector, own(best)) <= covered(vector, own(first)))
  )
    return first;
  return best;
}

/**
 * How many of a title's words for what happened (those it writes in lower case: "crane strike called
 * off after deal") a dated statement below an opening must hold to be the statement the title was
 * written for, when none of the first statements is dated and it holds SCENE_MARGIN times as many
 * as any of them (one that may not lead included: "The company said the leave at its … plants…"
 * under "…sends 2,150 on leave after China ban" is the title's, not the ban's cause below it).
 */
const SCENE_TITLE_WORDS = 3;

/** The terms of the words a title writes in lower case: what happened, not who or where. */
function happenedWords(title: string): Set<string> {
  const lower = new Set<string>();
  addLowerCaseTerms(title, lower);
  return lower;
}

/** How many of `words` a text holds. */
function heldOf(words: ReadonlySet<string>, text: string): number {
  let held = 0;
  for (const term of new Set(contentTerms(text))) if (words.has(term)) held++;
  return held;
}

/** Cosine to the title under which the second statement does not tell it. */
const SECOND_TITLE_COSINE = 0.1;

/** How many terms of one vector another holds. */
function covered(of: SparseVector, by: SparseVector | undefined): number {
  if (by === undefined) return 0;
  let shared = 0;
  let j = 0;
  for (const id of of.ids) {
    while (j < by.ids.length && (by.ids[j] ?? 0) < id) j++;
    if (by.ids[j] === id) shared++;
  }
  return shared;
}

/** A report's telling of when it happened: "on Thursday", "on 9 December", "yesterday". */
export const DATED_REPORT =
  /\b(?:(?:on|last|this|late on|early on)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|on \d{1,2} \p{Lu}\p{Ll}+|on \p{Lu}\p{Ll}+ \d{1,2}\b)/u;
/** Cosine to the title at which a statement below a scene tells it, and how many times the scene's. */
const SCENE_TITLE_COSINE = 0.2;
const SCENE_MARGIN = 3;
