import { isNumber } from '../shared/text/terms';
import { outletKey } from './outlets';
import type { PreparedArticle, SourceSentence } from './prepare';
import { copiedAt, independentReports, type ReportGroups } from './reports';
import {
  buildVocabulary,
  centroid,
  cosine,
  type SparseVector,
  tfidfVector,
  type Vocabulary,
} from './vectors';

/**
 * Everything scoring, selection and support checks share for one story, with an inverted
 * index (term → sentences) so similarity to all sentences costs the postings of a sentence's
 * few terms rather than a pass over every sentence: 10-article stories have ~300 sentences,
 * and the all-pairs pass took 18% of the bench.
 */
export interface StoryModel {
  articles: PreparedArticle[];
  /** Every kept sentence of every article, article by article. */
  sentences: SourceSentence[];
  /** Index of each article's first sentence in `sentences`. */
  firstSentence: Int32Array;
  /** Article index of each sentence. */
  articleOf: Int32Array;
  vocabulary: Vocabulary;
  /** Aligned with `sentences`. */
  vectors: SparseVector[];
  postings: Postings[];
  /**
   * Mean of per-article centroids, so each outlet gets one vote however long its text:
   * on Multi-News dev it beat the pooled centroid (R-1/R-2 44.40/16.42 vs 44.20/16.02) and it
   * keeps one long article from defining the story.
   */
  centroid: SparseVector;
  /**
   * Articles whose text shares almost nothing with the rest of the story (a scraped page that
   * says "JavaScript is disabled", a web archive's notice, a paywall): in a story of three or
   * more articles with text, cosine under OFF_TOPIC_COSINE between the article's centroid and
   * the centroid of the others. Their sentences are never points. docs/summarization.md.
   */
  offTopic: ReadonlySet<number>;
  /** Outlet of each article (index into the story's distinct outlets), and how many there are. */
  outletOf: Int32Array;
  outletCount: number;
  /**
   * The story's independent reports (reports.ts): outlets carrying one wire text are one report.
   * Corroboration counts these, as "Summary based on N sources" does.
   */
  reports: ReportGroups;
  /** When each article's text was written, in ms: a copy of a wire's text at its wire's time (writtenTimes). */
  writtenAt: Float64Array;
  /** When the summary will be read (ms since the epoch), when the caller knows (an edition). */
  readAt?: number;
  /** Per vocabulary id: 1 for figures, and for reporting verbs, which the same-claim test skips. */
  isNumberTerm: Uint8Array;
  isReportingTerm: Uint8Array;
  /** Per sentence: distinct figures, and distinct terms other than reporting verbs. */
  numberCounts: Int32Array;
  claimSizes: Int32Array;
}

/**
 * Stems of reporting verbs. Most news sentences end in "…, officials said", so two sentences
 * sharing "said" share no claim; left out when counting the terms two sentences share.
 */
export const REPORTING_STEMS: ReadonlySet<string> = new Set(['said', 'say', 'told', 'tell', 'accord']);

/** Sentences containing a term, ascending, with the term's weight in each sentence vector. */
export interface Postings {
  sentences: Int32Array;
  weights: Float64Array;
}

function buildPostings(vectors: SparseVector[], vocabulary: Vocabulary): Postings[] {
  const size = vocabulary.ids.size;
  const postings: Postings[] = [];
  for (let id = 0; id < size; id++) {
    const count = vocabulary.frequency[id] ?? 0;
    postings.push({ sentences: new Int32Array(count), weights: new Float64Array(count) });
  }
  const filled = new Int32Array(size);
  vectors.forEach((vector, sentence) => {
    for (let i = 0; i < vector.ids.length; i++) {
      const id = vector.ids[i] ?? 0;
      const list = postings[id];
      const at = filled[id] ?? 0;
      if (list === undefined) continue;
      list.sentences[at] = sentence;
      list.weights[at] = vector.weights[i] ?? 0;
      filled[id] = at + 1;
    }
  });
  return postings;
}

/** Cosine to the rest of the story under which an article's text is about something else. */
export const OFF_TOPIC_COSINE = 0.02;

function offTopicArticles(centroids: readonly (SparseVector | null)[], size: number): ReadonlySet<number> {
  const found = new Set<number>();
  const withText = centroids.filter((vector): vector is SparseVector => vector !== null);
  if (withText.length < 3) return found;
  centroids.forEach((own, index) => {
    if (own === null) return;
    const others = withText.filter((vector) => vector !== own);
    if (cosine(own, centroid(others, size)) < OFF_TOPIC_COSINE) found.add(index);
  });
  // An outlier is a minority: articles that all share nothing (three languages) are left alone.
  return found.size * 2 < withText.length ? found : new Set();
}

/** What a rule reads off one sentence of a story, kept per story (a model never changes once built). */
export type SentenceMemo<T> = WeakMap<StoryModel, Map<number, T>>;

/** The memoized value for a sentence of a story, computed on first use (null values are kept too). */
export function perSentence<T>(memo: SentenceMemo<T>, model: StoryModel, index: number, compute: () => T): T {
  let known = memo.get(model);
  if (known === undefined) {
    known = new Map();
    memo.set(model, known);
  }
  if (known.has(index)) return known.get(index) as T;
  const value = compute();
  known.set(index, value);
  return value;
}

/**
 * Per sentence, the index of the first sentence of the story with the same text: outlets running
 * one wire text repeat its sentences, and rules that compare sentences by text compare these
 * numbers instead of the strings.
 */
const TEXT_IDS: WeakMap<StoryModel, Int32Array> = new WeakMap();

export function textIds(model: StoryModel): Int32Array {
  let ids = TEXT_IDS.get(model);
  if (ids !== undefined) return ids;
  const first = new Map<string, number>();
  ids = Int32Array.from(model.sentences, (sentence, index) => {
    const seen = first.get(sentence.text);
    if (seen !== undefined) return seen;
    first.set(sentence.text, index);
    return index;
  });
  TEXT_IDS.set(model, ids);
  return ids;
}

/** The memoized value for an article of a story, by the article's index, as perSentence keeps one per sentence. */
export function perArticle<T>(
  memo: SentenceMemo<T>,
  model: StoryModel,
  article: number,
  compute: () => T,
): T {
  return perSentence(memo, model, article, compute);
}

/**
 * When each article's text was written, in ms (NaN when undated): its publication, or for a copy
 * of a wire's text its wire's article's (copiedAt). The count rules (tolls.ts) read it.
 */
function writtenTimes(articles: PreparedArticle[], reports: ReportGroups): Float64Array {
  const copied = copiedAt(
    articles.map((article) => article.doc),
    reports,
  );
  return Float64Array.from(
    articles,
    (article, i) => (copied[i] ?? article.doc.publishedAt)?.getTime() ?? Number.NaN,
  );
}

export function buildStoryModel(articles: PreparedArticle[], readAt?: number): StoryModel {
  const sentences = articles.flatMap((article) => article.sentences);
  const vocabulary = buildVocabulary(sentences.map((sentence) => sentence.terms));
  const vectors = sentences.map((sentence) => tfidfVector(sentence.terms, vocabulary));
  const firstSentence = new Int32Array(articles.length);
  const perArticle: SparseVector[] = [];
  const articleCentroids: (SparseVector | null)[] = [];
  let offset = 0;
  articles.forEach((article, i) => {
    firstSentence[i] = offset;
    const own = vectors.slice(offset, offset + article.sentences.length);
    offset += article.sentences.length;
    const ownCentroid = own.length > 0 ? centroid(own, vocabulary.ids.size) : null;
    articleCentroids.push(ownCentroid);
    if (ownCentroid !== null) perArticle.push(ownCentroid);
  });
  const isNumberTerm = new Uint8Array(vocabulary.ids.size);
  const isReportingTerm = new Uint8Array(vocabulary.ids.size);
  for (const [term, id] of vocabulary.ids) {
    if (isNumber(term)) isNumberTerm[id] = 1;
    if (REPORTING_STEMS.has(term)) isReportingTerm[id] = 1;
  }
  const outletIds = new Map<string, number>();
  const outletOf = Int32Array.from(articles, (article) => {
    const key = outletKey(article.doc);
    const id = outletIds.get(key) ?? outletIds.size;
    outletIds.set(key, id);
    return id;
  });
  const count = (vector: SparseVector, flags: Uint8Array, want: number): number => {
    let found = 0;
    for (const id of vector.ids) if (flags[id] === want) found++;
    return found;
  };
  const reports = independentReports(
    articles.map((article) => article.doc),
    articles.map((article) => article.sentences.map((sentence) => sentence.terms)),
    articles.map((_, i) =>
      vectors
        .slice(firstSentence[i] ?? 0, (firstSentence[i] ?? 0) + (articles[i]?.sentences.length ?? 0))
        .map((vector) => vector.ids),
    ),
    isNumberTerm,
  );
  return {
    articles,
    writtenAt: writtenTimes(articles, reports),
    sentences,
    firstSentence,
    articleOf: Int32Array.from(sentences, (sentence) => sentence.article),
    vocabulary,
    vectors,
    postings: buildPostings(vectors, vocabulary),
    centroid: centroid(perArticle, vocabulary.ids.size),
    offTopic: offTopicArticles(articleCentroids, vocabulary.ids.size),
    outletOf,
    outletCount: outletIds.size,
    reports,
    ...(readAt === undefined ? {} : { readAt }),
    isNumberTerm,
    isReportingTerm,
    numberCounts: Int32Array.from(vectors, (vector) => count(vector, isNumberTerm, 1)),
    claimSizes: Int32Array.from(vectors, (vector) => count(vector, isReportingTerm, 0)),
  };
}

/**
 * Scratch buffers for `similarities`, sized to the story and reused across calls: garbage
 * collection was 17% of the bench profile, so the hot loops allocate nothing.
 */
export interface SimilarityScratch {
  scores: Float64Array;
  touched: Int32Array;
  count: number;
}

export function similarityScratch(model: StoryModel): SimilarityScratch {
  const size = model.sentences.length;
  return { scores: new Float64Array(size), touched: new Int32Array(size), count: 0 };
}

/** Where the first sentence after `index` stands in a posting list (ascending). */
function firstAfter(sentences: ArrayLike<number>, index: number): number {
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sentences[middle] ?? 0) <= index) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Cosine of one vector with every sentence that shares a term with it (with `after`, only the
 * sentences after that one): afterwards
 * `scratch.touched[0 … count)` lists those sentences and `scratch.scores` holds their cosines.
 * Call `clear` before the next use.
 */
export function similarities(
  model: StoryModel,
  vector: SparseVector,
  scratch: SimilarityScratch,
  after = -1,
): void {
  const { scores, touched } = scratch;
  let count = 0;
  for (let i = 0; i < vector.ids.length; i++) {
    const list = model.postings[vector.ids[i] ?? 0];
    const weight = vector.weights[i] ?? 0;
    if (list === undefined) continue;
    const sentences = list.sentences;
    const weights = list.weights;
    for (let p = after < 0 ? 0 : firstAfter(sentences, after); p < sentences.length; p++) {
      const sentence = sentences[p] ?? 0;
      const before = scores[sentence] ?? 0;
      if (before === 0) touched[count++] = sentence;
      scores[sentence] = before + weight * (weights[p] ?? 0);
    }
  }
  scratch.count = count;
}

/**
 * For every sentence sharing a term with `vector`, the summed IDF of the terms they share
 * (into `scratch.scores`, sentences in `scratch.touched`): how much of a sentence another one
 * already says, before dividing by the sentence's own total.
 */
export function sharedWeight(model: StoryModel, vector: SparseVector, scratch: SimilarityScratch): void {
  const { scores, touched } = scratch;
  let count = 0;
  for (let i = 0; i < vector.ids.length; i++) {
    const id = vector.ids[i] ?? 0;
    const list = model.postings[id];
    const weight = model.vocabulary.idf[id] ?? 0;
    if (list === undefined) continue;
    for (const sentence of list.sentences) {
      const before = scores[sentence] ?? 0;
      if (before === 0) touched[count++] = sentence;
      scores[sentence] = before + weight;
    }
  }
  scratch.count = count;
}

/** Summed IDF of a vector's distinct terms. */
export function termWeight(model: StoryModel, vector: SparseVector): number {
  let total = 0;
  for (const id of vector.ids) total += model.vocabulary.idf[id] ?? 0;
  return total;
}

export function clear(scratch: SimilarityScratch): void {
  for (let i = 0; i < scratch.count; i++) scratch.scores[scratch.touched[i] ?? 0] = 0;
  scratch.count = 0;
}
