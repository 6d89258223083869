import { contentTerms, isNumber, namesIn } from '../shared/text/terms';
import type { SummaryPoint } from '../shared/types';
import { perSentence, REPORTING_STEMS, type SentenceMemo, type StoryModel } from './story-model';
import { ATTRIBUTION_THRESHOLD, claimOf, findSupport, GROUNDING_THRESHOLD, type Support } from './support';

/**
 * Support found per story and sentence: selection asks for it when choosing a claim's wording
 * and when marking the claim as shown, attribution once more for the chosen points.
 */
const supportCache: SentenceMemo<Support[]> = new WeakMap();

/** Every other article whose text supports an extracted sentence, by coverage or as the same claim. */
export function supportOfExtract(model: StoryModel, sentenceIndex: number): Support[] {
  const sentence = model.sentences[sentenceIndex];
  if (sentence === undefined) return [];
  return perSentence(supportCache, model, sentenceIndex, () =>
    // The sentence's terms were read when the story was prepared: its claim does not read them again.
    findSupport(
      model,
      claimOf(model, sentence.text, sentence),
      ATTRIBUTION_THRESHOLD,
      false,
      sentenceIndex,
    ).filter((support) => support.article !== sentence.article),
  );
}

/**
 * Share of a point's content terms other than names and figures that another outlet's
 * supporting window (one sentence or two adjacent ones) must hold, besides every name and
 * figure of the point, for that outlet to be cited. Weighted coverage and same-claim leads (support.ts) find outlets that report the
 * point's claim; citing one tells the reader it reported *this* wording's facts, so the passage
 * must carry them. Read against an independent check (src/eval/citation-check.ts): ≈13% of the
 * citations of the looser rule named an outlet that lacked a name, a figure or most of the
 * point's words.
 */
export const CITATION_TERM_SHARE = 0.8;

/** Whether the given sentences hold every name and figure of the point and most of its other terms. */
function holdsPoint(
  model: StoryModel,
  terms: Set<string>,
  names: ReadonlySet<string>,
  sentences: number[],
): boolean {
  const held = new Set<string>();
  for (const index of sentences) for (const term of model.sentences[index]?.terms ?? []) held.add(term);
  let words = 0;
  let found = 0;
  for (const term of terms) {
    const present = held.has(term);
    if (isNumber(term) || names.has(term)) {
      if (!present) return false;
      continue;
    }
    words++;
    if (present) found++;
  }
  return found >= CITATION_TERM_SHARE * words;
}

/** What citableTerms() compares of a point: its terms (reporting verbs aside) and names. */
export interface PointTerms {
  terms: Set<string>;
  names: ReadonlySet<string>;
}

export function pointTerms(text: string, terms: readonly string[] = contentTerms(text)): PointTerms {
  return { terms: new Set(terms.filter((term) => !REPORTING_STEMS.has(term))), names: namesIn(text) };
}

/**
 * Whether another outlet's support carries the point's names, figures and most of its other
 * words ("said", "told" aside: every outlet says who said it in its own way). A window of two
 * sentences from two paragraphs is read one sentence at a time: a reader takes a paragraph
 * break as the end of a thought.
 */
export function citableTerms(model: StoryModel, point: PointTerms, support: Support): boolean {
  if (point.terms.size === 0) return false;
  const paragraphs = new Set(support.sentences.map((index) => model.sentences[index]?.paragraph));
  if (paragraphs.size === 1) return holdsPoint(model, point.terms, point.names, support.sentences);
  return support.sentences.some((index) => holdsPoint(model, point.terms, point.names, [index]));
}

/**
 * A point with every article that reports it in words that carry its facts, not only the one
 * it was taken from: the outlet it came from first, then the others in input order.
 */
/** A quotation in a point: its words, as a source must hold them. */
const QUOTATION = /["“]([^"”]{3,})["”]|‘([^’]{3,})’(?=\W|$)/g;

/** Lower-cased words and figures only, so quotation marks, apostrophes and spacing do not count. */
function plainWords(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim()} `;
}

/**
 * Whether a source's window holds every quotation of the point word for word: a quote is cited only
 * to an outlet that printed it ("…said her side had “given it away”" is not in "“We gave away one
 * penalty too many…,” France coach Gaëlle Montaner said", though the two share every other word).
 */
function holdsQuotes(model: StoryModel, quotes: readonly string[], support: Support): boolean {
  if (quotes.length === 0) return true;
  const window = plainWords(support.sentences.map((index) => model.sentences[index]?.text ?? '').join(' '));
  return quotes.every((quote) => window.includes(quote));
}

export function attributeExtract(model: StoryModel, sentenceIndex: number, text?: string): SummaryPoint {
  const sentence = model.sentences[sentenceIndex];
  if (sentence === undefined) return { text: '', sources: [] };
  const shown = text ?? sentence.text;
  const terms = pointTerms(shown, shown === sentence.text ? sentence.terms : undefined);
  const quotes = /["“‘]/.test(shown)
    ? [...shown.matchAll(QUOTATION)].map((match) => plainWords(match[1] ?? match[2] ?? ''))
    : [];
  const articles = [
    sentence.article,
    ...supportOfExtract(model, sentenceIndex)
      .filter((found) => citableTerms(model, terms, found) && holdsQuotes(model, quotes, found))
      .map((found) => found.article),
  ];
  return { text: shown, sources: articleIds(model, articles) };
}

/**
 * Sources of a generated point under the strict rules; an empty list means no source
 * supports it and the point must not be shown.
 */
export function attributeGenerated(
  model: StoryModel,
  text: string,
): { point: SummaryPoint; support: Support[] } {
  const support = findSupport(model, claimOf(model, text), GROUNDING_THRESHOLD, true);
  const ordered = [...support].sort((a, b) => b.score - a.score || a.article - b.article);
  return {
    point: {
      text,
      sources: articleIds(
        model,
        ordered.map((found) => found.article),
      ),
    },
    support: ordered,
  };
}

function articleIds(model: StoryModel, articleIndexes: number[]): string[] {
  const ids: string[] = [];
  for (const index of articleIndexes) {
    const id = model.articles[index]?.doc.id;
    if (id !== undefined && !ids.includes(id)) ids.push(id);
  }
  return ids;
}
