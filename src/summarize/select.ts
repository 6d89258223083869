import { baseForm } from '../shared/text/irregular-forms';
import { STOPWORDS } from '../shared/text/stopwords';
import { analyzeText, isNumber, namesIn, normalizeNumber, stem, words } from '../shared/text/terms';
import { absorbClaim, breadthBonus, type ClaimTracker, preferredWording } from './claim-groups';
import { BREADTH_WEIGHT } from './scoring';
import { standaloneOf } from './standalone';
import {
  clear,
  perSentence,
  REPORTING_STEMS,
  type SentenceMemo,
  type StoryModel,
  sharedWeight,
  similarities,
  similarityScratch,
  termWeight,
} from './story-model';
import type { SparseVector } from './vectors';

/**
 * Maximal Marginal Relevance (Carbonell & Goldstein 1998): each step takes the sentence with
 * the best λ·relevance − (1−λ)·(highest cosine to what is already chosen). On Multi-News dev,
 * R-1 44.50 at λ = 0.5, 44.40 at 0.6, 44.19 at 0.7: flat, and 0.6 was chosen before the rest
 * of the pipeline settled.
 */
export const MMR_LAMBDA = 0.6;

/**
 * Cosine above which two sentences say the same thing (wire copy run by several outlets, a
 * lead restated): such a sentence is never taken, whatever its relevance, so no point repeats.
 */
export const NEAR_DUPLICATE_COSINE = 0.6;

/**
 * Share of a sentence's weighted terms that one chosen point may already state before the
 * sentence counts as a repeat. Cosine misses restatements in other words ("killed at least 42
 * people" / "At least 42 people have died"); containment catches them. 0.6 is the share at
 * which another outlet's sentence counts as supporting a point (support.ts): a sentence that a
 * chosen point would support adds nothing.
 */
export const REPEAT_CONTAINMENT = 0.6;

export interface Budget {
  maxPoints: number;
  /** Stop once the points reach this many words; the last point is kept whole. */
  maxWords?: number;
}

/** Points already fixed (for example grounded model output) that count against the budget. */
export interface Taken {
  vectors: SparseVector[];
  words: number;
  /** Source sentences whose claims those points already state (their support). */
  sentences?: number[];
  /** Sentences already shown as points (the lead). */
  shown?: number[];
  /**
   * Whether a sentence can be placed after the points shown so far (an opening "The …" needs
   * them, the headline or the story's central words to name it: extract.ts placeDefinites).
   */
  placeable?: (index: number, shown: readonly number[]) => boolean;
}

/**
 * Share of a sentence's own words (names, figures and reporting verbs aside) that one shown
 * point may already hold before the sentence only restates it with other details: "Indonesia on
 * Tuesday raised the alert status of Mount Lewotobi … to the highest level after the volcano
 * erupted" after "A volcano … erupted Tuesday, hurling a column of ash … and forcing authorities
 * to raise the alert to the highest level". Its figures must all be in that point too, so a
 * changed toll or a new count is never taken for a repeat.
 */
export const RESTATED_CORE_SHARE = 0.6;
/**
 * When both count the same thing ("2,800 jobs", "41 homes"), a sentence whose figures are all
 * in a shown point restates it with this share of its words: "The German shipping company whose
 * vessel got stuck … is cutting about 2,800 jobs" after "Kestrel Maritime … would eliminate
 * 2,800 jobs". A figure with its noun names one fact, so fewer shared words are needed.
 */
export const COUNTED_CORE_SHARE = 0.25;

const COUNTED =
  /(?<![\p{L}\p{N}.,])(\d[\d,.]*)\s+(?:(?:more|new|other|additional|extra)\s+)?(\p{L}[\p{L}-]+)/gu;
const YEAR = /^(?:1[89]|20)\d\d$/;

/** The things a sentence counts, as "figure noun-stem" ("2800 job"), years aside. */
function countedThings(text: string): Set<string> {
  const things = new Set<string>();
  for (const match of text.matchAll(COUNTED)) {
    const figure = normalizeNumber(match[1] ?? '').replace(/\.$/, '');
    if (YEAR.test(figure)) continue;
    things.add(`${figure} ${stem((match[2] ?? '').toLowerCase())}`);
  }
  return things;
}

/** A shown point as the repeat rules read it: its words in order, their stems, its terms. */
interface ShownPoint {
  text: string;
  tokens: string[];
  stems: string[];
  /** Each word's predicate key (predicateKey). */
  predicates: string[];
  /** Stems of the words it writes capitalized after its first. */
  names: ReadonlySet<string>;
  terms: ReadonlySet<string>;
  /** What its subject did (subjectPredicate). */
  subject: SubjectPredicate | null;
  /** What it says was done to what (actionsOf). */
  actions: ReadonlySet<string>;
}

const shownPoints: SentenceMemo<ShownPoint> = new WeakMap();

/** A sentence as the repeat rules read it once it is shown, read once per story. */
function shownPoint(model: StoryModel, index: number): ShownPoint {
  return perSentence(shownPoints, model, index, () => readShown(model, index));
}

function readShown(model: StoryModel, index: number): ShownPoint {
  const text = standaloneOf(model, index)?.text ?? model.sentences[index]?.text ?? '';
  const tokens = words(text);
  const point: ShownPoint = {
    text,
    tokens,
    stems: tokens.map(stem),
    predicates: pointPredicates(tokens),
    names: namesIn(text),
    terms: new Set(model.sentences[index]?.terms ?? []),
    subject: subjectPredicate(text),
    actions: actionsOf(text),
  };
  return point;
}

/**
 * A sentence whose subject had something done to it ("The tsunami warning that followed was
 * lifted within the hour", "At least 41 homes were destroyed …"): the subject's last word and
 * the participle.
 */
const PASSIVE_SUBJECT =
  /^[^,;:]*?\b(\p{L}{3,})(?:\s+(?:that|which|who)\s+\p{L}+)?\s+(?:was|were|has been|have been|had been)\s+(\p{L}{3,}(?:ed|en|wn)|lost|burnt|hit|shot|struck|sunk|caught)\b/u;
/** A count given as a rough quantity ("dozens of homes"): a later exact figure restates it. */
const ROUGH_COUNT = /\b(?:dozens|scores|hundreds|thousands|several|many|numerous) of$/;

/**
 * Whether a shown point already says that the sentence's subject had that done to it, in either
 * order and voice ("after authorities lifted a local warning", "dozens of homes have been
 * destroyed"). Its figures must be in that point, unless the point gave the count roughly.
 */
function restatesPassive(sentence: string, figures: readonly string[], point: ShownPoint): boolean {
  const match = PASSIVE_SUBJECT.exec(sentence);
  if (match === null) return false;
  const noun = stem((match[1] ?? '').toLowerCase());
  const verb = predicateKey(match[2] ?? '', true);
  const { tokens, stems, predicates } = point;
  const figuresShown = figures.every((figure) => point.terms.has(figure));
  for (let i = 0; i < stems.length; i++) {
    if (stems[i] !== noun) continue;
    if (!predicates.slice(Math.max(0, i - 4), i + 5).includes(verb)) continue;
    if (figuresShown || ROUGH_COUNT.test(tokens.slice(Math.max(0, i - 2), i).join(' '))) return true;
  }
  return false;
}

/**
 * Verbs that say the same thing happened to a subject: "dozens of homes have been destroyed" is
 * said again by "41 homes were reduced to ash"; "a volunteer firefighter has died" by "the man
 * was killed when a tree fell on his truck"; "who vowed to flood the streets with soldiers" by
 * "has pledged to keep the military on the streets". "Kill" said actively ("a gunman killed
 * five") is another predicate than being killed.
 */
const SAME_PREDICATE = [
  ['die', 'dead', 'perish', 'killed'],
  ['destroy', 'raze', 'flatten', 'gut', 'reduce', 'lose', 'lost'],
  ['promise', 'pledge', 'vow'],
  ['arrest', 'detain'],
  ['evacuate', 'flee'],
];
const PREDICATE_CLASS = new Map(
  SAME_PREDICATE.flatMap((group) => group.map((word) => [stem(baseForm(word)), stem(group[0] ?? word)])),
);
/** Verbs of saying: what follows them is what was said, with its own subject. */
const REPORTING = new Set(
  `said says told tells added tweeted wrote posted noted asked argued claimed announced stated warned insisted
   stressed confirmed explained emphasized emphasised reiterated`
    .split(/\s+/)
    .map((word) => stem(baseForm(word))),
);
/** The predicate key of every verb of saying. */
const SAYS = 'say';
/** Share of what a speaker is reported to say that a shown point must hold to say it again. */
const SAID_AGAIN_SHARE = 0.5;
const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'been', 'be', 'is', 'are', 'being']);

/** The predicate a verb says, as compared between sentences (same class, irregular forms read). */
function predicateKey(word: string, passive: boolean): string {
  const base = stem(baseForm(word.toLowerCase()));
  if (REPORTING.has(base)) return SAYS;
  if (base === 'kill' && !passive) return 'kill';
  return PREDICATE_CLASS.get(base === 'kill' ? stem('killed') : base) ?? base;
}

const LIGHT_VERBS = new Set(
  `got get gets has have had was were is are be been being became become becomes will would could can may might also then now`.split(
    /\s+/,
  ),
);
/** Words that open a sentence capitalized without being a name. */
const NOT_NAMES = new Set(
  `in on at after before as when while two three four five six seven eight nine ten this that these those its his her their our my the a an`.split(
    /\s+/,
  ),
);
/** Words of the shown point from a subject's name to what it did: "Kestrel Aurora became stuck". */
const PREDICATE_WINDOW = 4;
/** …or to what a relative clause says it did: "Daniela Vera, a conservative lawyer who vowed …". */
const RELATIVE_WINDOW = 10;
const DAY = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/;

/**
 * What a sentence's subject did, read from its opening words once an apposition, a day and light
 * or reporting verbs are passed: a named subject ("The 400-meter Kestrel Aurora became stuck",
 * "Brazil's government on Sunday froze", "Vera has pledged") or a definite description that points
 * back to someone already introduced ("The man, a 58-year-old member of …, died").
 */
interface SubjectPredicate {
  /** The stem of the subject's last name, or null for a definite description. */
  name: string | null;
  /** Whether the name is a single capitalized word opening the sentence (it may not be a name). */
  bare: boolean;
  /** The predicate of the main verb, and of a participle clause after it. */
  keys: string[];
  /** For a verb of saying, what the subject is reported to say. */
  said?: string;
}

function subjectPredicate(sentence: string): SubjectPredicate | null {
  const text = sentence.replace(/^([^,]{1,60}?),[^,]{3,120},\s*/u, '$1 ');
  const tokens = text.match(/[\p{L}\d][\p{L}\d'’.-]*/gu) ?? [];
  let at = 0;
  let name: string | null = null;
  let bare = false;
  const capitalized = (token: string | undefined): boolean => token !== undefined && /^\p{Lu}/u.test(token);
  const definite = tokens[0] === 'The';
  if (definite) at = 1;
  while (definite && at < 4 && /^[\p{Ll}\d]/u.test(tokens[at] ?? '') && !startsPredicate(tokens[at])) at++;
  const names: string[] = [];
  while (capitalized(tokens[at]) && names.length < 4 && !DAY.test(tokens[at] ?? ''))
    names.push(tokens[at++] ?? '');
  if (names.some((word) => NOT_NAMES.has(word.toLowerCase()))) return null;
  if (names.length > 0) {
    const last = names.at(-1) ?? '';
    const possessive = /['’]s$/.test(last);
    name = stem(words(last.replace(/['’]s$/, '')).at(-1) ?? '');
    bare = !definite && !possessive && names.length === 1;
    // "Brazil's government": the possessor names the subject.
    if (possessive)
      for (let n = 0; n < 2 && /^\p{Ll}/u.test(tokens[at] ?? '') && !startsPredicate(tokens[at]); n++) at++;
  } else if (definite) {
    // "The man", "The 58-year-old man": the last word before the verb is the head noun.
    if (at <= 1) return null;
  } else return null;
  if (tokens[at] === 'on' && DAY.test(tokens[at + 1] ?? '')) at += 2;
  else if (DAY.test(tokens[at] ?? '')) at++;
  let passive = false;
  let light = false;
  while (
    at < tokens.length &&
    (LIGHT_VERBS.has(tokens[at] ?? '') || /^\p{Ll}{3,}ly$/u.test(tokens[at] ?? ''))
  ) {
    if (PASSIVE_AUXILIARIES.has(tokens[at] ?? '')) passive = true;
    // An adverb ("briefly issued") is passed without making what follows a verb.
    if (LIGHT_VERBS.has(tokens[at] ?? '')) light = true;
    at++;
  }
  const verb = tokens[at];
  if (verb === undefined || !/^\p{Ll}{3,}$/u.test(verb) || STOPWORDS.has(verb)) return null;
  // "X stressed the sale … remained illegal": what X did is to speak, and what was said follows.
  if (REPORTING.has(stem(baseForm(verb)))) {
    if (name === null) return null;
    const said = tokens.slice(at + 1).join(' ');
    return { name, bare, keys: [SAYS], said };
  }
  // A verb: after a light verb ("got stuck"), or a past form ("visited", "froze"); not a noun the
  // name qualifies ("The Kennedy assassination").
  if (!light && !isVerbLike(verb)) return null;
  const keys = [predicateKey(verb, passive)];
  // What a participle after the main clause says it did: "… has slapped sanctions on the gold
  // trade, freezing the assets of nine companies", "surged in the polls after promising to …",
  // "issued a tsunami warning before lifting it".
  const participle = /(?:,|\bafter|\bbefore|\bby)\s+(\p{Ll}{3,}ing)\b/u.exec(
    text.slice(text.indexOf(verb) + verb.length),
  )?.[1];
  const also = participle === undefined ? SAYS : predicateKey(participle, false);
  // ", saying …" adds what was said, not another thing done.
  if (also !== SAYS) keys.push(also);
  return { name, bare, keys };
}

function isVerbLike(token: string | undefined): boolean {
  if (token === undefined) return false;
  const word = token.toLowerCase();
  return /(?:ed|en)$/.test(word) || baseForm(word) !== word;
}

function startsPredicate(token: string | undefined): boolean {
  return token !== undefined && (LIGHT_VERBS.has(token) || isVerbLike(token));
}

/** The predicate key of each word of a shown point, the voice read from the word before it. */
function pointPredicates(tokens: readonly string[]): string[] {
  return tokens.map((token, i) => predicateKey(token, PASSIVE_AUXILIARIES.has(tokens[i - 1] ?? '')));
}

/**
 * Whether a shown point already says that the sentence's subject did what the sentence says it
 * did: the same name followed by the same predicate ("The 400-meter Kestrel Aurora became stuck"
 * after "The Kestrel Aurora got stuck"), or, for a definite description, someone introduced
 * ("A volunteer firefighter has died") with that predicate. Details the sentence adds (an age,
 * a count of what was frozen) do not make it a new fact; a different count of the same thing does.
 */
function restatesPredicate(own: ShownPoint, point: ShownPoint): boolean {
  const sentence = own.text;
  const found = own.subject;
  if (found === null || countsDiffer(sentence, point.text)) return false;
  const { tokens, stems, predicates } = point;
  if (found.name === null) {
    for (let i = 0; i < predicates.length; i++) {
      if (!found.keys.includes(predicates[i] ?? '')) continue;
      if (tokens.slice(Math.max(0, i - 5), i).some((word) => word === 'a' || word === 'an')) return true;
    }
    return false;
  }
  if (found.said !== undefined && !saysAgain(found.said, point)) return false;
  const theirs = point.subject;
  if (theirs?.name === found.name && theirs.keys[0] !== undefined && found.keys.includes(theirs.keys[0]))
    return true;
  // A single word opening the sentence may be a common noun ("Authorities", "Rescuers"): unless
  // the point writes it as a name, what was done must be done to the same thing too ("…issued a
  // tsunami warning before lifting it" after "authorities lifted a local warning").
  if (found.bare && !point.names.has(found.name) && !sharesObject(sentence, found, point)) return false;
  for (let i = 0; i < stems.length; i++) {
    if (stems[i] !== found.name) continue;
    const relative = tokens.slice(i + 1, i + 1 + RELATIVE_WINDOW).indexOf('who');
    const window = relative >= 0 ? RELATIVE_WINDOW : PREDICATE_WINDOW;
    if (predicates.slice(i + 1, i + 1 + window).some((key) => found.keys.includes(key))) return true;
  }
  return false;
}

/**
 * Whether the point says again what a speaker is reported to say: it holds at least half of
 * those content words, or, when it reports the same speaker saying something, at least half of
 * the shorter of the two ("Varadkar stressed the sale … remained illegal" is in "Varadkar said the
 * sale … is still illegal, and only a small number of convictions could now be appealed").
 */
function saysAgain(said: string, point: ShownPoint): boolean {
  const own = contentStems(said);
  const theirs = point.subject?.said === undefined ? new Set(point.stems) : contentStems(point.subject.said);
  const shared = [...own].filter((term) => theirs.has(term)).length;
  const base = point.subject?.said === undefined ? own.size : Math.min(own.size, theirs.size);
  return base > 0 && shared / base >= SAID_AGAIN_SHARE;
}

function contentStems(text: string): Set<string> {
  return new Set(
    words(text)
      .filter((word) => !STOPWORDS.has(word))
      .map(stem),
  );
}

/** Words after a verb searched for what it was done to ("survived a no-confidence vote"). */
const OBJECT_WINDOW = 3;

/** Words before a participle that make it describe a noun ("the redacted portion", "a hand-drawn cartoon"). */
const DESCRIBES = new Set([
  'a',
  'an',
  'the',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'this',
  'that',
  'these',
  'those',
]);

/**
 * What a sentence says was done to what: each past form of a verb written in lower case
 * ("survived", "froze"; not a name such as "Warren", not a participle describing a noun as in
 * "the redacted portion", not a verb of saying), or a verb after "to" ("forcing authorities to
 * raise the alert" and "have raised the alert"), with the head of the phrase after it, as
 * "predicate object" ("surviv confid" for "survived a no-confidence vote" and "survived a
 * confidence vote").
 */
function actionsOf(text: string): Set<string> {
  const raw = text.match(/[\p{L}\d][\p{L}\d'’.-]*|[,;:()"“”—–]/gu) ?? [];
  const actions = new Set<string>();
  for (let i = 1; i < raw.length; i++) {
    const token = raw[i] ?? '';
    if (!/^\p{Ll}/u.test(token)) continue;
    const word = token.toLowerCase();
    const before = (raw[i - 1] ?? '').toLowerCase();
    // A past form ("raised", "froze"), or a verb after "to" ("forcing authorities to raise the alert").
    const past = (word.length >= 5 && word.endsWith('ed')) || baseForm(word) !== word;
    if (!past && !(before === 'to' && word.length >= 4 && !STOPWORDS.has(word))) continue;
    if (LIGHT_VERBS.has(word) || DESCRIBES.has(before)) continue;
    const key = predicateKey(word, PASSIVE_AUXILIARIES.has(before));
    if (key === SAYS) continue;
    const head = objectHead(raw, i + 1);
    if (head !== null) actions.add(`${key} ${head}`);
  }
  return actions;
}

/**
 * The head of the noun phrase after a verb: past the little words ("a", "on her"), the last of
 * the content words written in lower case before the next little word, name or punctuation
 * ("vote" in "a no-confidence vote in parliament", "minister" in "former roads minister Peter
 * Wanyama", "head" in "on her head and neck"). Null when a name or a figure comes first: who
 * or how many it was done to is shared by every sentence of a story.
 */
function objectHead(raw: readonly string[], from: number): string | null {
  let head: string | null = null;
  for (let j = from; j < raw.length && j < from + OBJECT_WINDOW + 3; j++) {
    const next = raw[j] ?? '';
    const content = words(next).filter((word) => !STOPWORDS.has(word));
    const last = content.at(-1);
    if (last === undefined) {
      if (head !== null || !/^\p{Ll}/u.test(next)) break;
      continue;
    }
    if (/^\p{Lu}/u.test(next) || /^\d/.test(last)) break;
    head = stem(last);
  }
  return head;
}

/** Content words besides an action that two sentences must share for the action to be one fact. */
const SAME_ACTION_SHARED = 2;

/**
 * Whether a shown point says the same thing was done to the same thing, and shares at least two
 * more content words: "The Dutch government survived a confidence vote on Tuesday as lawmakers
 * rejected an opposition motion against Prime Minister Marten de Vries" after "Dutch Prime Minister
 * Marten de Vries survived a no-confidence vote in parliament on Tuesday". Protesters and farmers
 * who "blocked roads" in two towns share the action and nothing else, and stay two points.
 */
function restatesAction(own: ShownPoint, point: ShownPoint): boolean {
  if (point.actions.size === 0) return false;
  const { tokens, actions } = own;
  const matched = [...actions].filter((action) => point.actions.has(action));
  if (matched.length === 0 || countsDiffer(own.text, point.text)) return false;
  const used = new Set(matched.flatMap((action) => action.split(' ')));
  const theirs = new Set(point.stems);
  let shared = 0;
  for (const word of new Set(tokens)) {
    if (STOPWORDS.has(word)) continue;
    const term = stem(word);
    if (used.has(term) || used.has(predicateKey(word, false))) continue;
    if (theirs.has(term) && ++shared >= SAME_ACTION_SHARED) return true;
  }
  return false;
}

/** Whether the point holds two more of the sentence's content words than its subject and verb. */
function sharesObject(sentence: string, found: SubjectPredicate, point: ShownPoint): boolean {
  const theirs = new Set(point.stems);
  let shared = 0;
  for (const word of new Set(words(sentence))) {
    if (STOPWORDS.has(word)) continue;
    const term = stem(word);
    if (term === found.name || found.keys.includes(predicateKey(word, false))) continue;
    if (theirs.has(term) && ++shared >= 2) return true;
  }
  return false;
}

/** Whether both sentences count the same thing with different figures ("26 people" / "seven people"). */
function countsDiffer(sentence: string, point: string): boolean {
  const theirs = countedThings(point);
  if (theirs.size === 0) return false;
  const nouns = new Map([...theirs].map((thing) => [thing.slice(thing.indexOf(' ') + 1), thing]));
  for (const thing of countedThings(sentence)) {
    const other = nouns.get(thing.slice(thing.indexOf(' ') + 1));
    if (other !== undefined && other !== thing) return true;
  }
  return false;
}

/**
 * The death toll a sentence gives: "killing at least 17 people", "At least nine miners were
 * killed", "the death toll rose to 26", "kills 7". Spelled-out figures are read by the toolkit.
 */
const TOLLS = [
  /\b(?:killing|killed|kills|kill)\s+(?:at least\s+|more than\s+|some\s+|about\s+)?([\d,]+|[a-z]+)\b/i,
  /\b([\d,]+|[a-z]+)\s+(?:[a-z]+\s+)?(?:were|have been|had been|are|was)\s+(?:killed|dead|confirmed dead)\b/i,
  /\b([\d,]+|[a-z]+)\s+(?:[a-z]+\s+)?(?:died|dead|deaths)\b/i,
  /\btoll\b[^.;]{0,60}?\b(?:rose|rises|risen|climbed|climbs|reached|reaches|stood|stands|jumped|hit|is|was)\s+(?:to\s+|at\s+)?(?:at least\s+)?([\d,]+|[a-z]+)\b/i,
  /\btoll\s+of\s+(?:at least\s+)?([\d,]+|[a-z]+)\b/i,
];

function tollOf(text: string): string | null {
  for (const pattern of TOLLS) {
    const figure = pattern.exec(text)?.[1];
    if (figure === undefined) continue;
    const term = analyzeText(figure).terms[0];
    if (term !== undefined && isNumber(term)) return term;
  }
  return null;
}

/**
 * Whether a shown point from a newer report gives another death toll: "At least seven people
 * were killed" from Saturday's report under "…as the death toll rose to 26" from Monday's is
 * the old toll, not a second fact.
 */
function supersededToll(model: StoryModel, index: number, shown: readonly number[]): boolean {
  const sentence = model.sentences[index];
  if (sentence === undefined) return false;
  const toll = tollOf(sentence.text);
  if (toll === null) return false;
  const time = model.articles[sentence.article]?.doc.publishedAt?.getTime() ?? Number.NaN;
  return shown.some((other) => {
    const point = model.sentences[other];
    if (point === undefined || other === index) return false;
    const theirs = tollOf(point.text);
    const when = model.articles[point.article]?.doc.publishedAt?.getTime() ?? Number.NaN;
    return theirs !== null && theirs !== toll && when > time;
  });
}

/**
 * An effort told as under way: "Tugs were working to free the vessel", "Rescuers were searching
 * for survivors", "Firefighters are battling the blaze". The subject's last word.
 */
const UNDER_WAY =
  /^(?:[\p{Lu}\p{Ll}][\p{L}'’-]*\s+){0,3}?(\p{L}{3,})\s+(?:was|were|are|is|had been|have been|has been)\s+(?:still\s+)?\p{Ll}{3,}ing\b/u;

/**
 * Whether a shown point from a newer report says what the sentence's subject then did to what
 * it was trying to reach: "Tugs were working to free the 300-metre vessel, the Halden Star" from
 * Friday morning's report under "Traffic resumed on Friday afternoon after tugs pulled the
 * Halden Star … back into the channel" is what was being tried before it was done, not a fact of
 * its own.
 */
function supersededEffort(model: StoryModel, index: number, shown: readonly number[]): boolean {
  const sentence = model.sentences[index];
  if (sentence === undefined) return false;
  const text = standaloneOf(model, index)?.text ?? sentence.text;
  const match = UNDER_WAY.exec(text);
  if (match === null) return false;
  // What the effort was for: the words after it ("to free the 300-metre vessel, the Halden Star").
  const aim = contentStems(text.slice(match[0].length));
  const subject = stem((match[1] ?? '').toLowerCase());
  if (STOPWORDS.has(subject)) return false;
  const time = model.articles[sentence.article]?.doc.publishedAt?.getTime() ?? Number.NaN;
  return shown.some((other) => {
    const point = model.sentences[other];
    if (point === undefined || other === index) return false;
    const when = model.articles[point.article]?.doc.publishedAt?.getTime() ?? Number.NaN;
    if (!(when > time)) return false;
    const { tokens, stems } = shownPoint(model, other);
    for (let i = 0; i < stems.length; i++) {
      if (stems[i] !== subject) continue;
      const next = tokens[i + 1] ?? '';
      // What it then did: a past form, not another effort ("were still working") or a saying,
      // done to what the effort was for ("pulled the Halden Star"; rescuers who "recovered more
      // bodies" have not reached the 30 workers they were trying to reach).
      if (!isVerbLike(next) || /ing$/.test(next) || predicateKey(next, false) === SAYS) continue;
      if (stems.slice(i + 2, i + 12).some((term) => aim.has(term))) return true;
    }
    return false;
  });
}

/** Words that only say how many died, beside the figure. */
const TOLL_WORDS = new Set(
  [
    'kill',
    'killed',
    'die',
    'died',
    'dead',
    'death',
    'deaths',
    'people',
    'person',
    'toll',
    'least',
    'victim',
    'victims',
  ].map((word) => stem(baseForm(word))),
);
/** A sentence whose subject is its death toll: "The death toll … rose to 38", "At least 11 people were killed". */
const TOLL_LED =
  /^(?:The\s+)?(?:death\s+)?toll\b|^(?:At least|More than|Some|About|Nearly)?\s*[\d,]+\s+(?:people\s+|persons\s+)?(?:have\s+|had\s+)?(?:died|been killed|were killed|are dead|were dead)\b/i;
/** At most this many other words beside a death toll a shown point already gives: a repeat. */
const TOLL_DETAIL_WORDS = 3;

/**
 * Whether a shown point gives the same death toll and the sentence adds at most a few words to
 * it: "The quake killed two people in the coastal town of Taltal" after "A magnitude 7.1
 * earthquake struck northern Chile early on Tuesday, killing at least two people…".
 */
function restatesToll(model: StoryModel, index: number, shown: readonly number[]): boolean {
  const sentence = model.sentences[index];
  if (sentence === undefined) return false;
  const toll = tollOf(sentence.text);
  if (toll === null) return false;
  // A sentence led by its toll says it as its news, whatever details follow: "The death toll
  // from a landslide in southern India's Kerala state rose to 38 on Monday as rescuers pulled
  // more bodies from the mud" after "…a landslide that has killed 38 people".
  if (!TOLL_LED.test(sentence.text)) {
    const names = namesIn(sentence.text);
    const rest = new Set(
      sentence.terms.filter((term) => !isNumber(term) && !names.has(term) && !TOLL_WORDS.has(term)),
    );
    if (rest.size > TOLL_DETAIL_WORDS) return false;
  }
  return shown.some((other) => {
    const point = model.sentences[other];
    return point !== undefined && other !== index && tollOf(point.text) === toll;
  });
}

/** Whether a sentence says again what a shown point says, only in other words or with place names added. */
export function restatesShown(model: StoryModel, index: number, shown: readonly number[]): boolean {
  const sentence = model.sentences[index];
  if (sentence === undefined || shown.length === 0) return false;
  const names = namesIn(sentence.text);
  const figures = sentence.terms.filter((term) => isNumber(term));
  const core = [...new Set(sentence.terms)].filter(
    (term) => !isNumber(term) && !names.has(term) && !REPORTING_STEMS.has(term),
  );
  if (core.length < 3) return false;
  const counted = figures.length > 0 ? countedThings(sentence.text) : new Set<string>();
  // Points as shown: a leading pronoun replaced by the name it stands for ("She has pledged" is
  // shown as "Vera has pledged").
  const own = shownPoint(model, index);
  return shown.some((other) => {
    if (other === index) return false;
    const shown = shownPoint(model, other);
    const point = shown.terms;
    const text = shown.text;
    if (
      restatesPassive(own.text, figures, shown) ||
      restatesPredicate(own, shown) ||
      restatesAction(own, shown)
    )
      return true;
    if (!figures.every((term) => point.has(term))) return false;
    const share = core.filter((term) => point.has(term)).length / core.length;
    if (share >= RESTATED_CORE_SHARE) return true;
    if (share < COUNTED_CORE_SHARE || counted.size === 0) return false;
    const theirs = countedThings(text);
    return [...counted].some((thing) => theirs.has(thing));
  });
}

export function selectMmr(
  model: StoryModel,
  candidates: number[],
  scores: number[],
  budget: Budget,
  taken: Taken = { vectors: [], words: 0 },
  claims?: ClaimTracker,
): number[] {
  const maxSimilarity = new Float64Array(candidates.length);
  const maxContained = new Float64Array(candidates.length);
  const ownWeight = Float64Array.from(candidates, (index) => {
    const vector = model.vectors[index];
    return vector === undefined ? 0 : termWeight(model, vector);
  });
  const slot = new Int32Array(model.sentences.length).fill(-1);
  candidates.forEach((index, c) => {
    slot[index] = c;
  });
  const scratch = similarityScratch(model);
  const used = new Uint8Array(candidates.length);
  const chosen: number[] = [];
  let words = taken.words;
  let points = taken.vectors.length;
  const absorb = (vector: SparseVector): void => {
    similarities(model, vector, scratch);
    for (let t = 0; t < scratch.count; t++) {
      const index = scratch.touched[t] ?? 0;
      const c = slot[index] ?? -1;
      if (c >= 0) maxSimilarity[c] = Math.max(maxSimilarity[c] ?? 0, scratch.scores[index] ?? 0);
    }
    clear(scratch);
    sharedWeight(model, vector, scratch);
    for (let t = 0; t < scratch.count; t++) {
      const index = scratch.touched[t] ?? 0;
      const c = slot[index] ?? -1;
      const own = ownWeight[c] ?? 0;
      if (c >= 0 && own > 0)
        maxContained[c] = Math.max(maxContained[c] ?? 0, (scratch.scores[index] ?? 0) / own);
    }
    clear(scratch);
  };
  for (const vector of taken.vectors) absorb(vector);
  const open = (c: number): boolean =>
    c >= 0 &&
    used[c] !== 1 &&
    claims?.blocked[candidates[c] ?? -1] !== 1 &&
    (maxSimilarity[c] ?? 0) < NEAR_DUPLICATE_COSINE &&
    (maxContained[c] ?? 0) < REPEAT_CONTAINMENT;
  const value = (c: number): number =>
    MMR_LAMBDA * (scores[c] ?? 0) - (1 - MMR_LAMBDA) * (maxSimilarity[c] ?? 0);
  const bonus = (c: number): number =>
    claims === undefined ? 0 : MMR_LAMBDA * breadthBonus(model, claims, candidates[c] ?? 0);
  while (points < budget.maxPoints && (budget.maxWords === undefined || words < budget.maxWords)) {
    let best = highestValue(candidates.length, open, value, bonus, claims === undefined ? 0 : BREADTH_WEIGHT);
    if (claims !== undefined && best >= 0) {
      best =
        slot[preferredWording(model, claims, candidates[best] ?? 0, (index) => open(slot[index] ?? -1))] ??
        best;
    }
    const index = candidates[best];
    if (index === undefined) break;
    used[best] = 1;
    const shownSoFar = [...(taken.shown ?? []), ...chosen];
    if (
      (taken.placeable !== undefined && !taken.placeable(index, shownSoFar)) ||
      restatesShown(model, index, shownSoFar) ||
      supersededToll(model, index, shownSoFar) ||
      restatesToll(model, index, shownSoFar) ||
      supersededEffort(model, index, shownSoFar)
    )
      continue;
    if (claims !== undefined) absorbClaim(model, claims, index);
    chosen.push(index);
    points++;
    words += model.sentences[index]?.words ?? 0;
    const vector = model.vectors[index];
    if (vector !== undefined) absorb(vector);
  }
  return chosen;
}

/**
 * The open candidate with the highest MMR value plus breadth bonus. The bonus costs a pass over
 * postings, so it is computed only for the candidate with the best value without it and for
 * those close enough to beat it: within `maxBonus` (the largest bonus, before the λ factor).
 */
function highestValue(
  count: number,
  open: (c: number) => boolean,
  value: (c: number) => number,
  bonus: (c: number) => number,
  maxBonus: number,
): number {
  let top = -1;
  let topValue = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < count; c++) {
    if (!open(c)) continue;
    const without = value(c);
    if (without > topValue) {
      topValue = without;
      top = c;
    }
  }
  if (top < 0 || maxBonus === 0) return top;
  let best = top;
  let bestValue = topValue + bonus(top);
  for (let c = 0; c < count; c++) {
    if (c === top || !open(c)) continue;
    const without = value(c);
    if (without + MMR_LAMBDA * maxBonus <= bestValue) continue;
    const total = without + bonus(c);
    if (total > bestValue || (total === bestValue && c < best)) {
      bestValue = total;
      best = c;
    }
  }
  return best;
}
