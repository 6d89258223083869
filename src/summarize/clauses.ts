import { countedThings } from '../shared/text/counted';
import { baseForm, IRREGULAR_PAST_FORMS } from '../shared/text/irregular-forms';
import { STOPWORDS } from '../shared/text/stopwords';
import { namesIn, stem, words } from '../shared/text/terms';
import { standaloneOf } from './standalone';
import { perSentence, type SentenceMemo, type StoryModel } from './story-model';

/**
 * How the repeat rules (repeats.ts) read a sentence as it is shown: what its subject did, the
 * predicate of each of its verbs, what it says was done to what. Rules of form, not a parser:
 * docs/summarization.md, step 8.
 */

/** A shown point as the repeat rules read it: its words in order, their stems, its terms. */
export interface ShownPoint {
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
  /** The things it counts (countedThings): "2800 job". */
  counted: ReadonlySet<string>;
}

const shownPoints: SentenceMemo<ShownPoint> = new WeakMap();

/** A sentence as the repeat rules read it once it is shown, read once per story. */
export function shownPoint(model: StoryModel, index: number): ShownPoint {
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
    counted: countedThings(text),
  };
  return point;
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
export const SAYS = 'say';

const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'been', 'be', 'is', 'are', 'being']);

/** The predicate a verb says, as compared between sentences (same class, irregular forms read). */
export function predicateKey(word: string, passive: boolean): string {
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

const DAY = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/;

/**
 * What a sentence's subject did, read from its opening words once an apposition, a day and light
 * or reporting verbs are passed: a named subject ("The 400-meter Kestrel Aurora became stuck",
 * "Brazil's government on Sunday froze", "Vera has pledged") or a definite description that points
 * back to someone already introduced ("The man, a 58-year-old member of …, died").
 */
export interface SubjectPredicate {
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
  // A closing full stop is not part of the last word ("…has died.").
  const tokens = (text.match(/[\p{L}\d][\p{L}\d'’.-]*/gu) ?? []).map((token) => token.replace(/\.$/, ''));
  let at = 0;
  let name: string | null = null;
  let bare = false;
  const capitalized = (token: string | undefined): boolean => token !== undefined && /^\p{Lu}/u.test(token);
  const definite = tokens[0] === 'The';
  if (definite) at = 1;
  while (definite && at < 4 && /^[\p{Ll}\d]/u.test(tokens[at] ?? '') && !startsPredicate(tokens[at])) at++;
  const names: string[] = [];
  // Up to a title and a full name: "Former Valmoran President Mara Tell".
  while (capitalized(tokens[at]) && names.length < 6 && !DAY.test(tokens[at] ?? ''))
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

/** Words and the punctuation that ends a phrase, in order. */
const TOKENS_AND_MARKS = /[\p{L}\d][\p{L}\d'’.-]*|[,;:()"“”—–]/gu;

/** Words that make an indefinite subject a new one, not the same one introduced again ("A second quake"). */
const ANOTHER = new Set(['second', 'third', 'another', 'further', 'separate', 'different', 'other', 'fresh']);

/** Little words that end the noun phrase opening a sentence ("A typhoon in central Vietnam"). */
const PHRASE_ENDS = new Set(
  `of in on off at near from with by for to into onto across over under after before during amid as that which who whose where`.split(
    /\s+/,
  ),
);

/**
 * The stems of the words of a subject introduced indefinitely ("A powerful magnitude 6.8
 * earthquake hit…" gives "power magnitud earthquak hit"), read up to a little word, a
 * punctuation mark or a verb form after the first word; null when the sentence does not open
 * with "A"/"An", or introduces another one ("A second quake", "Another man").
 */
export function introducedSubject(text: string): string[] | null {
  const tokens = text.match(TOKENS_AND_MARKS) ?? [];
  if (tokens[0] !== 'A' && tokens[0] !== 'An') return null;
  if (ANOTHER.has((tokens[1] ?? '').toLowerCase())) return null;
  const stems: string[] = [];
  for (let i = 1; i < tokens.length && i <= 6; i++) {
    const token = tokens[i] ?? '';
    const word = token.toLowerCase();
    if (!/^[\p{L}\d]/u.test(token) || PHRASE_ENDS.has(word) || LIGHT_VERBS.has(word)) break;
    if (stems.length > 0 && isVerbLike(token)) break;
    if (!STOPWORDS.has(word) && !/^\d/.test(word)) stems.push(stem(word));
  }
  return stems;
}

export function isVerbLike(token: string | undefined): boolean {
  if (token === undefined) return false;
  const word = token.toLowerCase();
  return /(?:ed|en)$/.test(word) || baseForm(word) !== word;
}

function startsPredicate(token: string | undefined): boolean {
  return (
    token !== undefined &&
    (LIGHT_VERBS.has(token) || isVerbLike(token) || REPORTING.has(stem(baseForm(token.toLowerCase()))))
  );
}

/** The predicate key of each word of a shown point, the voice read from the word before it. */
function pointPredicates(tokens: readonly string[]): string[] {
  return tokens.map((token, i) => predicateKey(token, PASSIVE_AUXILIARIES.has(tokens[i - 1] ?? '')));
}

export function contentStems(text: string): Set<string> {
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
const IRREGULAR_PASTS: ReadonlySet<string> = new Set(IRREGULAR_PAST_FORMS);

function actionsOf(text: string): Set<string> {
  const raw = text.match(TOKENS_AND_MARKS) ?? [];
  const actions = new Set<string>();
  for (let i = 1; i < raw.length; i++) {
    const token = raw[i] ?? '';
    if (!/^\p{Ll}/u.test(token)) continue;
    const word = token.toLowerCase();
    const before = (raw[i - 1] ?? '').toLowerCase();
    // A past form ("raised", "froze"), or a verb after "to" ("forcing authorities to raise the alert").
    // An irregular past that is also a noun or the present ("cut", "hit", "set") when a phrase
    // it was done to follows: "cut its forecast".
    const past =
      (word.length >= 5 && word.endsWith('ed')) ||
      baseForm(word) !== word ||
      (IRREGULAR_PASTS.has(word) && DESCRIBES.has((raw[i + 1] ?? '').toLowerCase()));
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
 * Wanyama", "head" in "on her head and neck", "strike" in "the pilots' strike pending a
 * hearing"). Null when a name or a figure comes first: who or how many it was done to is shared
 * by every sentence of a story.
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
    // A participle after the head opens what follows it: "suspended the pilots' strike pending a
    // hearing" was done to the strike.
    if (head !== null && next.endsWith('ing')) break;
    head = stem(last);
  }
  return head;
}
