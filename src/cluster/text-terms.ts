import { articleTitle, cleanArticleText } from '../shared/text/article-text';
import { baseForm } from '../shared/text/irregular-forms';
import { TOPIC_STOPWORDS } from '../shared/text/stopwords';
import { stem } from '../shared/text/terms';
import { tokenize } from '../shared/text/tokens';
import { withoutWireTags } from '../shared/text/wire-tags';
import { Capital, markCapitals, outletWords } from './capitals';

/** How a title and lead become a bag of weighted terms. */
export interface TermOptions {
  /** Each title term counts this many times: headlines name the event most densely. */
  titleWeight: number;
  /** Content words of the body kept as the lead; the rest of a long text is not read. */
  leadWords: number;
  /** Content words of the lead, after the title, that make its opening (see `DocTerms.opening`). */
  openingWords: number;
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
  /**
   * Words every name of their kind writes, capitalized inside a sentence ("Energy" of "Shaxawan
   * Energy", "Ministry", "Thursday"): part of a name, so no word an actor's two events share.
   */
  generic?: Set<string>;
  counts: Map<string, number>;
  words: number;
  /**
   * The headline's terms, when the text has a headline and a lead (a tweet or a bare headline
   * has no headline apart from its text): what the article says happened.
   */
  headline: Set<string>;
  /** The title's terms and the lead's first `openingWords`, weighted as in `counts`: what the article opens on. */
  opening: Map<string, number>;
}

// Characters handed to the tokenizer: a 1 MB body is cut before parsing so the cost of one
// article stays bounded. Running English text has about one content word per 12 characters
// once stop words and spaces are counted, so this is enough for the lead.
const MAX_TITLE_CHARS = 600;
const LEAD_CHARS_PER_WORD = 12;

const HAS_UPPER = /\p{Lu}/u;
const WORD_CHARS = /[\p{L}\p{N}]/gu;

/** At least two letters or digits: drops lone initials and punctuation runs. */
function isWordLike(text: string): boolean {
  return (text.match(WORD_CHARS)?.length ?? 0) >= 2;
}

interface Token {
  term: string;
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

/**
 * Content words of a text as terms, with what their capitals say. Tokens, stop words and stems
 * are the shared text toolkit's (src/shared/text), so clustering and summarizing agree on what
 * a word is; irregular participles in -en / -n are read as their verb first ("stolen" =
 * "steal", irregular-forms.ts). Figures are not terms here: two reports of one event rarely
 * give the same ones.
 */
function readTokens(text: string, limit: number, outlet: ReadonlySet<string>): Token[] {
  if (text.trim() === '') return [];
  const columns = tokenize(text);
  const { types, normals, stops } = columns;
  // Lower-cased text (the research files) has no capitals to read: skip the pass.
  const capitals = HAS_UPPER.test(text) ? markCapitals(columns, outlet) : [];
  const out: Token[] = [];
  for (let i = 0; i < types.length && out.length < limit; i += 1) {
    const type = types[i];
    const normal = normals[i] ?? '';
    const capital = capitals[i] ?? Capital.None;
    if (stops[i] || capital === Capital.Outlet || capital === Capital.Particle) continue;
    if (type === 'word') {
      // A participle of a verb the stop list drops ("taken", "seen") is dropped with it.
      const base = baseForm(normal);
      if (base !== normal && TOPIC_STOPWORDS.has(base)) continue;
      if (isWordLike(normal)) out.push({ term: stem(base), capital });
    } else if (type === 'cjk') {
      // Scripts written without spaces: the model has no stems for them, so bigrams are the terms.
      for (const part of cjkBigrams(normal))
        if (isWordLike(part)) out.push({ term: part, capital: Capital.None });
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
function nameEvidence(
  titleTokens: readonly Token[],
  leadTokens: readonly Token[],
): NameSets & { generic: Set<string> } {
  const sets = {
    names: new Set<string>(),
    capitals: new Set<string>(),
    headlineNames: new Set<string>(),
    generic: new Set<string>(),
  };
  if (leadTokens.length === 0) return sets;
  for (const [tokens, inTitle] of [
    [titleTokens, true],
    [leadTokens, false],
  ] as const) {
    for (const { term, capital } of tokens) {
      if (capital === Capital.Generic) sets.generic.add(term);
      if (capital === Capital.None || capital === Capital.Generic) continue;
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
  const titleTokens = readTokens(
    withoutWireTags(articleTitle(title.slice(0, MAX_TITLE_CHARS), text)),
    Infinity,
    own,
  );
  // Page furniture (captions, bylines, player text) is not what the article is about: the lead
  // is read from the cleaned body, as the summary is (src/shared/text/article-text.ts).
  const leadChars = Math.max(0, options.leadWords) * LEAD_CHARS_PER_WORD;
  const lead =
    leadChars > 0
      ? cleanArticleText(text.slice(0, leadChars * 4), {
          title,
          maxChars: leadChars,
          keepDatelines: true,
          keepEarlierUpdates: true,
        }).slice(0, leadChars)
      : '';
  const leadTokens = options.leadWords > 0 ? readTokens(lead, options.leadWords, own) : [];
  const counts = new Map<string, number>();
  const add = (term: string, weight: number): void => {
    counts.set(term, (counts.get(term) ?? 0) + weight);
  };
  for (const token of titleTokens) add(token.term, options.titleWeight);
  const opening = new Map(counts);
  for (const [i, token] of leadTokens.entries()) {
    add(token.term, 1);
    if (i < options.openingWords) opening.set(token.term, (opening.get(token.term) ?? 0) + 1);
  }
  const words = titleTokens.length + leadTokens.length;
  const headline = new Set(leadTokens.length > 0 ? titleTokens.map((token) => token.term) : []);
  return { counts, words, headline, opening, ...nameEvidence(titleTokens, leadTokens) };
}
