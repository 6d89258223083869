/**
 * An independent check of a summary's citations, by a different method from the one the
 * summarizer cites with (src/summarize/support.ts: stemmed terms weighted by IDF over one or two
 * sentences, or the same claim stated in two leads). Here a cited article supports a point when
 * one *passage* of it — up to three consecutive sentences, read from the article's raw text (a
 * passage may cross a paragraph break, where a pronoun's referent often is) — holds:
 *   1. every number of the point ("1,200" = "1200"),
 *   2. every name of the point (capitalized words after its first),
 *   3. at least CONTENT_SHARE of the point's other content words,
 *   4. the same polarity: a point that states something ("the ministry replied") is not supported
 *      by a passage whose matching sentence denies it ("the ministry did not reply"), nor the
 *      reverse.
 * Words are folded with a few English suffix rules of its own; nothing is imported from the
 * summarizer or the shared text toolkit, so a bug there cannot make this check agree with it.
 * docs/summarization.md ("Independent citation check") gives the figures and the planted-error
 * test that shows it failing.
 */

/** Share of a point's content words (names and numbers aside) one passage must hold. */
export const CONTENT_SHARE = 0.7;
/** Consecutive sentences read as one passage (more when the point itself has more). */
export const PASSAGE_SENTENCES = 3;

const FUNCTION_WORDS = new Set(
  `a an the and or but nor so yet of to in on at by for with from into onto over under about after
  before between during since until than then that this these those there here it its it's he she they
  them his her their hers theirs him we us our you your i me my is are was were be been being am has
  have had having do does did doing not no will would shall should can could may might must also just
  as if while when where which who whom whose what why how all any both each few more most other some
  such only own same very s t said says say told according once again even still already however
  either neither whether`.split(/\s+/),
);

export interface CitedPoint {
  text: string;
  /** Ids of the cited articles. */
  sources: string[];
}

export interface CitableArticle {
  id: string;
  text: string;
}

export interface CitationFailure {
  point: string;
  articleId: string;
  /** What the best passage lacked. */
  missing: string[];
}

export interface CitationReport {
  points: number;
  citations: number;
  supported: number;
  failures: CitationFailure[];
}

/**
 * Lower-case word pieces; figures keep their inner commas and points, then lose the commas. A word
 * a printed page broke at its line end ("Wednes- day") is read whole as well as in its pieces.
 */
function tokens(text: string): string[] {
  const words = (text.match(/[\p{L}\p{N}]+(?:[.,'’][\p{L}\p{N}]+)*/gu) ?? []).map(lowered);
  if (text.includes('- '))
    for (const broken of text.matchAll(/(\p{L}+)- (\p{Ll}+)/gu))
      words.push(lowered(`${broken[1]}${broken[2]}`));
  return words;
}

/**
 * Lower case, one apostrophe, no accents ("Estupiñán" and "Estupinan" are one name), and a sum
 * without the currency letters written onto it ("EGP500,000" and "500,000 pounds").
 */
function lowered(token: string): string {
  return token
    .toLowerCase()
    .replace(/’/g, "'")
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/^\p{L}{1,3}(?=\d+[.,]\d|\d{3})/u, '');
}

const isFigure = (token: string): boolean => /^\p{N}[\p{N}.,]*$/u.test(token);

/** Small numbers written out, read as figures: "six million" and "6 million" agree. */
const NUMBER_NAMES = new Map(
  'two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'
    .split(' ')
    .map((word, i): [string, string] => [word, String(i + 2)]),
);

/** A crude fold: "killed", "kills", "killing" → "kill"; "cities" → "city"; "agreed" = "agree"; "'s" dropped. */
function fold(token: string): string {
  if (isFigure(token)) return token.replace(/,/g, '');
  const figure = NUMBER_NAMES.get(token);
  if (figure !== undefined) return figure;
  let word = token.replace(/'s$/, '').replace(/'/g, '');
  for (const [suffix, replacement] of SUFFIXES) {
    if (word.length > suffix.length + 2 && word.endsWith(suffix)) {
      word = word.slice(0, -suffix.length) + replacement;
      // "running" and "run", "stopped" and "stop": the consonant a suffix doubled goes with it.
      if (/^(?:ing|ings|ed|edly)$/.test(suffix) && /([b-df-hj-km-np-rtv-y])\1$/.test(word))
        word = word.slice(0, -1);
      break;
    }
  }
  return word.length > 3 && word.endsWith('e') ? word.slice(0, -1) : word;
}

const SUFFIXES: readonly [string, string][] = [
  // A noun of an act and its verb are one word: "investigation" and "investigate", "protection"
  // and "protect".
  ['ations', 'at'],
  ['ation', 'at'],
  ['ions', ''],
  ['ion', ''],
  ['ies', 'y'],
  ['ings', ''],
  ['ing', ''],
  ['edly', ''],
  ['ed', ''],
  ['es', ''],
  ['ly', ''],
  ['s', ''],
];

interface PointTerms {
  figures: string[];
  names: string[];
  words: string[];
}

function pointTerms(text: string): PointTerms {
  const raw = text.match(/[\p{L}\p{N}]+(?:[.,'’][\p{L}\p{N}]+)*/gu) ?? [];
  const figures = new Set<string>();
  const names = new Set<string>();
  const words = new Set<string>();
  raw.forEach((piece, i) => {
    const lower = lowered(piece);
    // "I'm", "doesn't", "they're" are function words with a contraction.
    const base = lower.replace(/(?:n't|'m|'re|'ve|'ll|'d|'s)$/, '');
    const folded = fold(lower);
    if (isFigure(lower) || NUMBER_NAMES.has(lower)) figures.add(folded);
    else if (FUNCTION_WORDS.has(base)) return;
    else if (i > 0 && /^\p{Lu}/u.test(piece)) names.add(folded);
    else if (lower.length > 1) words.add(folded);
  });
  return { figures: [...figures], names: [...names], words: [...words] };
}

/** Words that turn a statement into its denial. */
const NEGATORS = new Set(
  `not no never nor neither none nobody nothing without cannot unable declined refused`.split(/\s+/),
);

/** Whether the word at `i` denies: "no" before a figure is a number's abbreviation ("Decision No. 413", "No 10 Downing Street"). */
function deniesAt(words: readonly string[], i: number): boolean {
  const word = words[i] ?? '';
  if (word.endsWith("n't")) return true;
  return NEGATORS.has(word) && !(word === 'no' && /^\d/.test(words[i + 1] ?? ''));
}

/** A denial in two words: "ruled out new taxes". */
const DENIAL_PHRASE = /\brul(?:e|es|ed|ing) out\b/i;

/** A denial of what follows in other words: "gravity separation rather than chemicals". */
const INSTEAD = /^(?:rather|instead)$/;
/** Words a negator reaches: "no chemical reagents are used" denies "chemical" and "reagent". */
const DENIAL_REACH = 3;
const SHORT_WORD = 3;

/**
 * The words a sentence denies: those just after a negator ("with no chemicals", "no chemical
 * reagents") or after "rather than", "instead of" ("rather than chemicals"), folded. A denial said
 * in other words than the point's is found by what it denies.
 */
function deniedWords(text: string): Set<string> {
  const words = tokens(text);
  const denied = new Set<string>();
  words.forEach((word, i) => {
    const negator = deniesAt(words, i);
    const instead = INSTEAD.test(word) && /^(?:than|of)$/.test(words[i + 1] ?? '');
    if (!negator && !instead) return;
    const from = instead ? i + 2 : i + 1;
    for (const next of words.slice(from, from + DENIAL_REACH))
      if (next.length > SHORT_WORD && !NEGATORS.has(next)) denied.add(fold(next));
  });
  return denied;
}

function negated(text: string): boolean {
  const words = tokens(text);
  return DENIAL_PHRASE.test(text) || words.some((_, i) => deniesAt(words, i));
}

/** Titles and initials before a full stop that does not end a sentence ("Col. Kurtz", "John F. Kennedy"). */
const NOT_AN_END =
  /(?:^|\s)(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Capt|Lt|Sgt|Maj|Adm|Cmdr|St|Jr|Sr|Rev|Hon|No|vs|Rs|Rp|Tk|Ksh|[A-Z])\.$/;

/**
 * The sentences of a paragraph, cut again where a semicolon joins two clauses, or ", but" a
 * denial: each states one thing, on the point's side and the article's ("Nobody was killed; two
 * firefighters were treated…" and "…opened criminal proceedings, but no suspects have been
 * named" may rest on two sentences of the article).
 */
function clausesOf(paragraph: string): string[] {
  return sentencesOf(paragraph).flatMap((sentence) =>
    sentence.split(/;\s+|,\s+but\s+(?=no\b|not\b|nobody\b|none\b)/),
  );
}

/**
 * Sentences of a paragraph, cut at end punctuation followed by a capital, a digit or a quote,
 * or by an ellipsis marking a cut between two quoted sentences ("…Blagojevich. … Further, …").
 */
function sentencesOf(paragraph: string): string[] {
  // Scraped text often drops the space after a full stop ("violation.But"): a lower-case word,
  // a stop and a capitalized word also end a sentence.
  const pieces = paragraph.split(
    /(?<=[.!?]["'”’)\]]*)\s+(?:(?:…|\.\.\.)\s+)?(?=["'“‘(]?[\p{Lu}\p{N}])|(?<=\p{Ll}{2}[.!?]["'”’]?)(?=["'“‘]?\p{Lu}\p{Ll})/u,
  );
  const sentences: string[] = [];
  for (const piece of pieces) {
    const last = sentences.length - 1;
    const joins =
      NOT_AN_END.test(sentences[last] ?? '') ||
      (CLOSES_QUOTE.test(sentences[last] ?? '') && ATTRIBUTION.test(piece));
    if (last >= 0 && joins) sentences[last] = `${sentences[last]} ${piece}`;
    else sentences.push(piece);
  }
  return sentences;
}

/**
 * A sentence whose speaker is a pronoun ("…, he said.", "She told reporters…"): who it is may be
 * named a few sentences before, past a caption the page put in between, so the names of the
 * SPEAKER_LOOKBACK sentences before its passage count for the point's speaker too.
 */
const PRONOUN_SPEAKS = /\b(?:[Hh]e|[Ss]he)\s+(?:said|says|added|told|explained|warned|stressed)\b/;
const SPEAKER_LOOKBACK = 5;

/** A quotation closed by ! or ? ("That doesn't just happen!”) … */
const CLOSES_QUOTE = /[!?]["”’]$/;
/** … followed by who said it ("Trump tweeted last August."), which belongs to the quote's sentence. */
const ATTRIBUTION =
  /^(?:[\p{Lu}][\p{L}'’.-]*\s+){1,4}(?:said|says|tweeted|wrote|told|added|asked|posted|declared)\b[^.!?]{0,40}[.!?]$/u;

interface Passage {
  words: Set<string>;
  /** The names of the sentences before it, when one of its own says "he said", "she told"… */
  earlierNames: Set<string>;
  /** Each sentence's folded words and whether it denies something. */
  sentences: { words: Set<string>; negated: boolean; denied: Set<string> }[];
}

/**
 * Every run of `size` consecutive sentences of the article. A run may cross a paragraph break:
 * a point naming who "he" is takes the name from the sentence before, often the paragraph before.
 */
function passages(text: string, size: number): Passage[] {
  const raw = text.split(/\n+/).flatMap((paragraph) => clausesOf(paragraph));
  const sentences = raw.map((sentence) => ({
    words: new Set(tokens(sentence).map(fold)),
    negated: negated(sentence),
    denied: deniedWords(sentence),
    pronounSpeaks: PRONOUN_SPEAKS.test(sentence),
  }));
  const found: Passage[] = [];
  for (let start = 0; start < sentences.length; start++) {
    const run = sentences.slice(start, start + size);
    const words = new Set<string>();
    for (const sentence of run) for (const word of sentence.words) words.add(word);
    const earlierNames = new Set<string>();
    if (run.some((sentence) => sentence.pronounSpeaks))
      for (const sentence of raw.slice(Math.max(0, start - SPEAKER_LOOKBACK), start))
        for (const name of pointTerms(sentence).names) earlierNames.add(name);
    found.push({ words, sentences: run, earlierNames });
  }
  return found;
}

/**
 * The passage does not state the opposite of the point, judged sentence by sentence of the point
 * on the passage's sentences that hold most of its words: an affirmative sentence fails when
 * they all deny something ("the ministry did not reply"), a denial fails when neither they nor
 * a sentence holding at least half as many of its words denies anything.
 */
function samePolarity(passage: Passage, parts: readonly PointPart[]): boolean {
  return parts.every((part) => partPolarity(passage, part));
}

interface PointPart {
  terms: PointTerms;
  /** Every folded word of the part, function words too. */
  words: string[];
  negated: boolean;
  /** What the part denies (deniedWords). */
  denied: Set<string>;
}

function partPolarity(passage: Passage, part: PointPart): boolean {
  const { terms, negated: pointNegated } = part;
  // A part of names and function words only ('That is not who we are," Brathwaite said.', the
  // name put in for "she") is found by all its words: the name may stand in another sentence.
  const all =
    terms.figures.length + terms.words.length > 0
      ? [...terms.figures, ...terms.names, ...terms.words]
      : part.words;
  const held = passage.sentences.map((sentence) => all.filter((term) => sentence.words.has(term)).length);
  const best = Math.max(0, ...held);
  if (best === 0) return !pointNegated;
  if (!pointNegated) return passage.sentences.some((sentence, i) => !sentence.negated && held[i] === best);
  // A denial may be split from the rest of its sentence differently in the article ("That
  // doesn't just happen!” Trump tweeted"): a sentence holding half as much may carry it.
  if (passage.sentences.some((sentence, i) => sentence.negated && (held[i] ?? 0) * 2 >= best)) return true;
  // …or deny what the point denies in its own words ("with no chemicals" against "no chemical
  // reagents are used", "rather than chemicals"), so long as no sentence of the passage states it.
  return [...part.denied].some(
    (word) =>
      passage.sentences.some((sentence) => sentence.denied.has(word)) &&
      !passage.sentences.some((sentence) => sentence.words.has(word) && !sentence.denied.has(word)),
  );
}

/** What the best passage of an article lacks for a point; empty when a passage supports it. */
export function missingFromArticle(point: string, articleText: string): string[] {
  const terms = pointTerms(point);
  let best: string[] | null = null;
  // A point that is itself a quotation of several sentences needs a passage as long.
  const parts = clausesOf(point).map((sentence) => ({
    terms: pointTerms(sentence),
    words: [...new Set(tokens(sentence).map(fold))],
    negated: negated(sentence),
    denied: deniedWords(sentence),
  }));
  const size = Math.max(PASSAGE_SENTENCES, parts.length + 2);
  for (const passage of passages(articleText, size)) {
    const missing = [
      ...terms.figures.filter((term) => !passage.words.has(term)),
      ...terms.names.filter((term) => !passage.words.has(term) && !passage.earlierNames.has(term)),
    ];
    const absentWords = terms.words.filter((term) => !passage.words.has(term));
    const share = terms.words.length === 0 ? 1 : 1 - absentWords.length / terms.words.length;
    if (share < CONTENT_SHARE) missing.push(...absentWords.map((word) => `~${word}`));
    if (!samePolarity(passage, parts)) missing.push('(polarity)');
    if (missing.length === 0) return [];
    if (best === null || missing.length < best.length) best = missing;
  }
  return best ?? ['(no text)'];
}

/** Checks every citation of every point against the raw text of the article it cites. */
export function checkCitations(
  articles: readonly CitableArticle[],
  points: readonly CitedPoint[],
): CitationReport {
  const byId = new Map(articles.map((article) => [article.id, article.text]));
  const report: CitationReport = { points: points.length, citations: 0, supported: 0, failures: [] };
  for (const point of points) {
    for (const articleId of point.sources) {
      report.citations++;
      const text = byId.get(articleId);
      const missing = text === undefined ? ['(unknown article)'] : missingFromArticle(point.text, text);
      if (missing.length === 0) report.supported++;
      else report.failures.push({ point: point.text, articleId, missing });
    }
  }
  return report;
}
