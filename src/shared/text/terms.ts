import { baseForm } from './irregular-forms';
import { STOPWORDS } from './stopwords';
import { TextMemo } from './text-memo';

/**
 * Word tokens and stemmed content terms. Tokens come from a regex: wink-nlp's tokenizer ran at
 * ~300k words/s here, which alone would spend the bench's 20 s budget on its 5 M words. Stems
 * are wink's Porter stemmer (from wink-eng-lite-web-model), memoized because news vocabulary
 * is Zipfian: a 10-article story repeats most of its words.
 */

/**
 * The model is loaded on the first stem: it is 23 MB of heap, and ingest and most CLI commands
 * use words() but never stem (docs/ingest.md "Speed and memory").
 */
let porter: ((word: string) => string) | undefined;

function porterStem(word: string): string {
  if (!porter) {
    const model = require('wink-eng-lite-web-model') as typeof import('wink-eng-lite-web-model').default;
    const stemAddon = model.addons.stem;
    if (typeof stemAddon !== 'function') throw new Error('summarize: wink-eng-lite-web-model has no stemmer');
    porter = stemAddon as (word: string) => string;
  }
  return porter(word);
}

/**
 * Spelled-out figures are figures: "injured at least twelve people" and "14 people were injured"
 * disagree, and the support and same-claim rules can only see that when both are numbers. "one"
 * is left out: it is mostly a pronoun or an article ("one of the", "no one").
 */
const NUMBER_WORDS: ReadonlyMap<string, string> = new Map(
  `two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
  seventeen eighteen nineteen twenty`
    .split(/\s+/)
    .map((word, i): [string, string] => [word, String(i + 2)])
    .concat(
      'thirty forty fifty sixty seventy eighty ninety'
        .split(' ')
        .map((word, i): [string, string] => [word, String(30 + 10 * i)]),
    ),
);

/** The spelled-out figures read as figures, for patterns that look for a count. */
export const SPELLED_FIGURES: readonly string[] = [...NUMBER_WORDS.keys()];

const stems = new TextMemo<string>(200_000);

/**
 * British spellings written the American way, so "centre" and "center", "travelled" and
 * "traveled" are one term when outlets of both sides report an event. The rules need only be
 * consistent, not correct: they apply to every word alike, so "promise" becomes "promize" on
 * both sides. Suffix families only; a word list would never be complete.
 */
const SPELLING: readonly [RegExp, string][] = [
  [/([a-z]{2,})our(s|ed|ing|ite|ites|able|er|ers|ful|less)?$/, '$1or$2'],
  [/([a-z]{3,})tre(s|d)?$/, '$1ter$2'],
  [/([a-z]{2,}e)ll(ed|ing|er|ers)$/, '$1l$2'],
  [/([a-z]{2,})ogue(s)?$/, '$1og$2'],
  [/([a-z]{2,})ys(e|es|ed|ing)$/, '$1yz$2'],
  [/([a-z]{3,})is(e|es|ed|ing|ation|ations)$/, '$1iz$2'],
  [/^(def|off|lic|pret)ence(s)?$/, '$1ense$2'],
];

function americanSpelling(word: string): string {
  let spelled = word;
  for (const [pattern, replacement] of SPELLING) spelled = spelled.replace(pattern, replacement);
  return spelled;
}

/** The text without its combining marks: "Éire" → "Eire", "São" → "Sao". */
export function withoutMarks(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * A Latin word written with its accents is the same word written without them, as outlets do:
 * "Brígida" and "Brigida", "São" and "Sao", "İzmir" and "Izmir". Other scripts keep their marks.
 */
function foldAccents(word: string): string {
  const folded = withoutMarks(word);
  return /^[a-z0-9.,']+$/.test(folded) ? folded : word;
}

/**
 * Porter stem of a lowercased word, spelled the American way, an irregular participle read as
 * its verb ("frozen" as "freeze", irregular-forms.ts); a spelled-out figure ("twelve") becomes
 * its digits.
 */
export function stem(word: string): string {
  return stems.read(word, readStem);
}

function readStem(word: string): string {
  const plain = /^[a-z]+$/.test(word) ? word : foldAccents(word);
  return (
    NUMBER_WORDS.get(plain) ??
    (/^[a-z]+$/.test(plain) ? porterStem(americanSpelling(baseForm(plain))) : plain)
  );
}

/**
 * Lowercased words: letters and digits, keeping inner apostrophes ("didn't"), dotted
 * abbreviations ("u.s") and digit groups ("15,000", "3.5") whole. Text whose letters are all
 * ASCII (most English news, curly quotes and dashes allowed) takes a regex without Unicode
 * classes, 1.5× faster in V8 (0.44 s against 0.64 s for 5 passes over the dev text).
 */
const WORD = /[\p{L}\p{M}\p{N}]+(?:(?:['’]|\.(?=\p{L})|[.,](?=\p{N}))[\p{L}\p{M}\p{N}]+)*/gu;
const ASCII_WORD = /[a-z0-9]+(?:(?:['’]|\.(?=[a-z])|[.,](?=[0-9]))[a-z0-9]+)*/g;
const NON_ASCII_LETTER = /[^\t\n\r\x20-\x7e\u00a0\u2010-\u2027]/;

/**
 * A sum written with its currency's letters ("P612.4-million", "Sh187.40", "R1,500", "Rs450",
 * "EGP500,000"): the figure is the word. One or two digits after letters are a name ("R2", "K2",
 * "N95", "Q1", "G20") and stay whole, as does a flight's two letters ("MH370").
 */
const CURRENCY_FIGURE = /^(?:[a-z]{3}|p|r|k|n|rs|rp|rm|sh|tk)(\d+[.,]\d+|\d{3,})$/;
const MAY_HOLD_CURRENCY = /\b(?:[a-z]{3}|p|r|k|n|rs|rp|rm|sh|tk)\d/;

/**
 * A split year ("2029/30", "2029-30", "1998–99"), as budgets and seasons are written: both years,
 * so its second half is no figure of two digits ("a deficit for the 2029/30 year" gives no "30").
 */
const SPLIT_YEAR = /\b((?:19|20)\d\d)[/–-](\d\d)\b(?![/–-]\d)/g;

/**
 * Whether a text has a digit on both sides of a slash or a dash: read with indexOf, as words() is the
 * toolkit's hottest path and SPLIT_YEAR over every text cost 9% of the summarizing bench.
 */
function mayHoldSplitYear(text: string): boolean {
  for (const mark of ['/', '-', '–']) {
    for (let at = text.indexOf(mark, 4); at >= 0; at = text.indexOf(mark, at + 1)) {
      const before = text.charCodeAt(at - 1);
      const after = text.charCodeAt(at + 1);
      if (before >= 48 && before <= 57 && after >= 48 && after <= 57) return true;
    }
  }
  return false;
}

export function words(text: string): string[] {
  let lower = text.toLowerCase();
  // "2029-31" is no split year: a range whose figures are its own.
  if (mayHoldSplitYear(lower))
    lower = lower.replace(SPLIT_YEAR, (whole, first: string, next: string) =>
      (Number(first) + 1) % 100 === Number(next) ? `${first} ${Number(first) + 1}` : whole,
    );
  const found = lower.match(NON_ASCII_LETTER.test(lower) ? WORD : ASCII_WORD);
  if (found === null) return [];
  if (MAY_HOLD_CURRENCY.test(lower))
    for (let i = 0; i < found.length; i++) found[i] = (found[i] ?? '').replace(CURRENCY_FIGURE, '$1');
  // Only a text with an apostrophe has words to rewrite: most sentences are not read twice.
  if (!lower.includes("'") && !lower.includes('’')) return found;
  for (let i = 0; i < found.length; i++) {
    const word = found[i] ?? '';
    if (word.includes('’') || word.includes("'")) found[i] = word.replace(/’/g, "'").replace(/'s$/, '');
  }
  return found;
}

export function isNumber(word: string): boolean {
  const first = word.charCodeAt(0);
  if (first >= 48 && first <= 57) return /^[0-9][0-9.,]*$/.test(word);
  return first > 127 && /^\p{N}[\p{N}.,]*$/u.test(word);
}

/** "15,000" and "15000" are the same figure. */
export function normalizeNumber(word: string): string {
  return word.replace(/,/g, '');
}

/** Words that turn a statement into its denial; "declined to comment" denies a reply. */
const NEGATIONS: ReadonlySet<string> = new Set([
  'not',
  'no',
  'never',
  'none',
  'nobody',
  'nothing',
  'neither',
  'nor',
  'without',
  'cannot',
  'unable',
  'declined',
  'refused',
]);

function isNegation(word: string): boolean {
  return NEGATIONS.has(word) || word.endsWith("n't");
}

/** "ruled out new taxes" denies them as "no new taxes" does: "out" after a form of "rule". */
const RULE_FORMS: ReadonlySet<string> = new Set(['rule', 'rules', 'ruled', 'ruling']);

function deniesAt(all: readonly string[], i: number): boolean {
  const word = all[i] ?? '';
  return isNegation(word) || (word === 'out' && RULE_FORMS.has(all[i - 1] ?? ''));
}

/** Whether the text states something negatively ("did not", "never", "won't", "ruled out"). */
export function isNegated(text: string): boolean {
  const all = words(text);
  return all.some((_, i) => deniesAt(all, i));
}

function termOf(word: string): string {
  return isNumber(word) ? normalizeNumber(word) : stem(word);
}

/** Stemmed words that are not stop words, in text order (repeats kept for term frequency). */
export function contentTerms(text: string): readonly string[] {
  return analyzeText(text).terms;
}

export interface TextAnalysis {
  readonly terms: readonly string[];
  readonly negated: boolean;
  readonly tokens: number;
}

/**
 * Content terms and negation in one pass over the words. A sentence is read once: the same text
 * comes back in every outlet's copy of a wire story and on every morning its story runs again.
 */
export function analyzeText(text: string): TextAnalysis {
  return analyses.read(text, readText);
}

const analyses = new TextMemo<TextAnalysis>();

function readText(text: string): TextAnalysis {
  const terms: string[] = [];
  let negated = false;
  const all = words(text);
  for (let i = 0; i < all.length; i++) {
    const word = all[i] ?? '';
    if (!negated && deniesAt(all, i)) negated = true;
    if (word.length === 0 || STOPWORDS.has(word)) continue;
    terms.push(termOf(word));
  }
  return { terms, negated, tokens: all.length };
}

/**
 * Lower-case words that join the parts of a name ("Ferrovías del Bravo", "Banque de France", "Rio
 * de la Plata", "Ludwig van Beethoven"): between two capitalized words they belong to the name and
 * tell nothing of an event on their own (docs/clustering.md, "One actor's events of other kinds").
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  'de del della delle dei degli di da das dos du des la le las los van von der den ter ten al el bin ibn y'.split(
    ' ',
  ),
);

/** Stemmed terms of the capitalized words of a text, its first word left out: names, mostly. */
export function namesIn(text: string): ReadonlySet<string> {
  return namesRead.read(text, readNames);
}

/** A word as names are read: letters and digits, with inner apostrophes, dots and hyphens. */
const NAME_TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/** Adds to `into` the stemmed terms of the words a text writes in lower case (docs/clustering.md, "One story per event"). */
export function addLowerCaseTerms(text: string, into: Set<string>): void {
  for (const token of text.match(NAME_TOKEN) ?? [])
    if (/^\p{Ll}/u.test(token)) for (const term of contentTerms(token)) into.add(term);
}

function readNames(text: string): ReadonlySet<string> {
  const tokens = text.match(NAME_TOKEN) ?? [];
  const names = new Set<string>();
  for (const token of tokens.slice(1)) {
    if (/^\p{Lu}/u.test(token)) for (const term of contentTerms(token)) names.add(term);
  }
  return names;
}

/** Selection and citation ask for the names of the same few sentences many times over. */
const namesRead = new TextMemo<ReadonlySet<string>>();

/** Word count as a reader sees it: whitespace-separated pieces. */
export function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space =
      code === 32 || (code >= 9 && code <= 13) || code === 160 || (code >= 0x2000 && code <= 0x200a);
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** Dice coefficient of two sets of terms: twice the shared terms over both sizes (0 when either is empty). */
export function termDice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const term of a) if (b.has(term)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/**
 * The initials a name goes by, lower-cased, of three letters or more, with and without its small
 * words: "cepa" of the Central European Press Agency, "toi" and "ttoi" of The Times of India.
 */
export function initialsOf(words: readonly string[]): Set<string> {
  const all = words.map((word) => word.toLowerCase()).filter((word) => /^\p{L}/u.test(word));
  const unarticled = /^(?:the|la|el|le|les|los|las|il)$/.test(all[0] ?? '') ? all.slice(1) : all;
  const main = all.filter((word) => !/^(?:the|of|and|for|de|la|el|le|du|des|di|da|do)$/.test(word));
  return new Set(
    [all, unarticled, main]
      .map((list) => list.map((word) => word[0]).join(''))
      .filter((initials) => initials.length >= 3),
  );
}
