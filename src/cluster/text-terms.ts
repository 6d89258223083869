import model from 'wink-eng-lite-web-model';
import winkNLP, { type ItsHelpers, type WinkMethods } from 'wink-nlp';
import { Capital, markCapitals, outletWords } from './capitals';

/** How a title and lead become a bag of weighted terms. */
export interface TermOptions {
  /** Each title term counts this many times: headlines name the event most densely. */
  titleWeight: number;
  /** Content words of the body kept as the lead; the rest of a long text is not read. */
  leadWords: number;
  /** Multiplier for tokens tagged PROPN (names of people, places, organisations). */
  properNounWeight: number;
  /** Add adjacent content-word pairs of the title as extra terms. */
  titleBigrams: boolean;
}

/** What a document's capitals say (see capitals.ts and name-conflict.ts). */
export interface NameSets {
  /**
   * Terms written as names (capitalized inside a sentence); when there are none, the
   * capitalized words that start its sentences. Empty for lower-cased text.
   */
  names: Set<string>;
  /** Terms written capitalized anywhere, sentence starts included (a superset of `names`). */
  capitals: Set<string>;
  /** The names written in the headline itself: what the event is about. */
  headlineNames: Set<string>;
}

/** A document's terms: stem → weighted count, plus how many content words it had. */
export interface DocTerms extends NameSets {
  counts: Map<string, number>;
  words: number;
}

// Characters handed to the tokenizer: a 1 MB body is cut before parsing so the cost of one
// article stays bounded. Running English text has about one content word per 12 characters
// once stop words and spaces are counted, so this is enough for the lead.
const MAX_TITLE_CHARS = 600;
const LEAD_CHARS_PER_WORD = 12;

const HAS_UPPER = /\p{Lu}/u;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/u;
const WORD_CHARS = /[\p{L}\p{N}]/gu;

/** At least two letters or digits: drops possessive 's, lone initials and punctuation runs. */
function isWordLike(text: string): boolean {
  return (text.match(WORD_CHARS)?.length ?? 0) >= 2;
}

interface Nlp {
  nlp: WinkMethods;
  its: ItsHelpers;
}

const pipelines = new Map<boolean, Nlp>();

/** The tokenizer, with the POS tagger only when proper nouns are weighted (it costs ~20%). */
function loadNlp(withPos: boolean): Nlp {
  let loaded = pipelines.get(withPos);
  if (!loaded) {
    const nlp = winkNLP(model, withPos ? ['pos'] : []);
    loaded = { nlp, its: nlp.its };
    pipelines.set(withPos, loaded);
  }
  return loaded;
}

// Porter stems are the dearest step of tokenizing (wink's `its.stem` runs the stemmer on
// every token: 240k tokens/s against 740k with this cache), and news repeats its words.
const STEM_CACHE_LIMIT = 200_000;
const stemCache = new Map<string, string>();
const modelStemmer: unknown = (model as { addons?: { stem?: unknown } }).addons?.stem;

function stemOf(normal: string): string {
  let stem = stemCache.get(normal);
  if (stem !== undefined) return stem;
  stem = typeof modelStemmer === 'function' ? String(modelStemmer(normal)) : normal;
  if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
  stemCache.set(normal, stem);
  return stem;
}

interface Token {
  term: string;
  weight: number;
  capital: Capital;
}

/** Splits a run of CJK characters (written without spaces) into overlapping bigrams. */
function cjkBigrams(text: string): string[] {
  const chars = [...text];
  if (chars.length < 2) return chars;
  const grams: string[] = [];
  for (let i = 0; i + 1 < chars.length; i += 1) grams.push(chars[i]! + chars[i + 1]!);
  return grams;
}

function readTokens(
  text: string,
  properNounWeight: number,
  limit: number,
  outlet: ReadonlySet<string>,
): Token[] {
  if (text.trim() === '') return [];
  const withPos = properNounWeight !== 1;
  const { nlp, its } = loadNlp(withPos);
  const tokens = nlp.readDoc(text).tokens();
  const types = tokens.out(its.type);
  const normals = tokens.out(its.normal);
  const stops = tokens.out(its.stopWordFlag);
  const tags = withPos ? tokens.out(its.pos) : [];
  // Lower-cased text (the research files) has no capitals to read: skip the pass.
  const capitals = HAS_UPPER.test(text)
    ? markCapitals({ values: tokens.out(its.value), types, stops: stops.map(Boolean) }, outlet)
    : [];
  const out: Token[] = [];
  for (let i = 0; i < types.length && out.length < limit; i += 1) {
    const type = types[i];
    const normal = normals[i] ?? '';
    const capital = capitals[i] ?? Capital.None;
    if (stops[i] || capital === Capital.Outlet) continue;
    const weight = tags[i] === 'PROPN' ? properNounWeight : 1;
    if (type === 'word' || type === 'hashtag') {
      const word = type === 'hashtag' ? normal.slice(1) : normal;
      if (isWordLike(word)) out.push({ term: stemOf(word), weight, capital });
    } else if (type === 'unk') {
      // Non-Latin scripts: the model has no stems for them, so the normal form is the term.
      const parts = CJK.test(normal) ? cjkBigrams(normal) : [normal];
      for (const part of parts)
        if (isWordLike(part)) out.push({ term: part, weight: 1, capital: Capital.None });
    }
  }
  return out;
}

/**
 * The names of a headline and lead (see capitals.ts). A text without a lead (a tweet, a bare
 * headline) gives none: one line with free capitals cannot tell a name from an emphasised
 * word, and with names read from tweets trec-tweetset fell from 0.908 to 0.873 (its topics
 * are broad; "KKTN", "NOW"). Without names inside sentences, the capitalized words that start
 * them stand in ("Cairo's first monorail line opens" names Cairo only there).
 */
function nameEvidence(titleTokens: readonly Token[], leadTokens: readonly Token[]): NameSets {
  const sets: NameSets = { names: new Set(), capitals: new Set(), headlineNames: new Set() };
  if (leadTokens.length === 0) return sets;
  for (const [tokens, inTitle] of [
    [titleTokens, true],
    [leadTokens, false],
  ] as const) {
    for (const { term, capital } of tokens) {
      if (capital === Capital.None) continue;
      sets.capitals.add(term);
      if (capital !== Capital.Name) continue;
      sets.names.add(term);
      if (inTitle) sets.headlineNames.add(term);
    }
  }
  if (sets.names.size === 0) for (const term of sets.capitals) sets.names.add(term);
  return sets;
}

/**
 * Turns a title and body into weighted terms (stems of content words, stop words removed) and
 * the names they write. Words of `outlet`'s own name, in a capitalized run, are dropped.
 */
export function extractTerms(title: string, text: string, options: TermOptions, outlet = ''): DocTerms {
  const own = outletWords(outlet);
  const titleTokens = readTokens(title.slice(0, MAX_TITLE_CHARS), options.properNounWeight, Infinity, own);
  const lead = text.slice(0, Math.max(0, options.leadWords) * LEAD_CHARS_PER_WORD);
  const leadTokens =
    options.leadWords > 0 ? readTokens(lead, options.properNounWeight, options.leadWords, own) : [];
  const counts = new Map<string, number>();
  const add = (term: string, weight: number): void => {
    counts.set(term, (counts.get(term) ?? 0) + weight);
  };
  for (const token of titleTokens) add(token.term, token.weight * options.titleWeight);
  for (const token of leadTokens) add(token.term, token.weight);
  if (options.titleBigrams) {
    for (let i = 0; i + 1 < titleTokens.length; i += 1) {
      add(`${titleTokens[i]!.term}_${titleTokens[i + 1]!.term}`, options.titleWeight);
    }
  }
  const words = titleTokens.length + leadTokens.length;
  return { counts, words, ...nameEvidence(titleTokens, leadTokens) };
}
