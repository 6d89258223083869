import { DEFAULT_MAX_POINTS, MAX_POINTS } from '../shared/key-points';
import { articleTitle } from '../shared/text/article-text';
import { isNewsletterIssue } from '../shared/text/page-notes';
import { contentTerms, namesIn, termDice } from '../shared/text/terms';
import type { ContentDoc, StorySummary, SummaryPoint } from '../shared/types';
import { attributeExtract } from './attribute';
import { choosePoints } from './extract';
import { cleanTitle, pickTitle } from './headline';
import { headlineFromText } from './headline-text';
import { countOutlets, sourceList } from './outlets';
import { prepareArticles } from './prepare';
import type { Budget } from './select';
import { standaloneOf } from './standalone';
import { buildStoryModel, type StoryModel } from './story-model';

export interface SummarizeOptions {
  /** Most key points (1–8). Default 3 (the email's, DEFAULT_MAX_POINTS), or 8 when only `maxWords` is given. */
  maxPoints?: number;
  /** Word budget: points are added until it is reached (the last one whole). For evaluation. */
  maxWords?: number;
  /**
   * When the summary will be read (an edition's time): a plan its report set for "today" that is
   * older than that by a day's half has passed (superseded.ts). Without it, the story's newest
   * report stands for the reading time.
   */
  readAt?: Date;
}

export { DEFAULT_MAX_POINTS, MAX_POINTS };

export interface StoryAnalysis {
  docs: ContentDoc[];
  /** Cleaned titles, aligned with docs. */
  titles: string[];
  model: StoryModel;
  /**
   * The title that heads the story (pickTitle), or '' when no article has one of its own: the
   * points are chosen under it and the summary is headed by it.
   */
  title: string;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** Defensive copy: fields from JSON may be missing or of the wrong type; duplicate ids are dropped. */
function normalizeDocs(articles: ContentDoc[]): ContentDoc[] {
  const seen = new Set<string>();
  const docs: ContentDoc[] = [];
  articles.forEach((article, i) => {
    const id = text(article.id) || `#${i}`;
    if (seen.has(id)) return;
    seen.add(id);
    const published = article.publishedAt instanceof Date ? article.publishedAt : null;
    docs.push({
      id,
      title: articleTitle(text(article.title), text(article.text)),
      titleDerived: article.titleDerived === true,
      text: text(article.text),
      publishedAt: published !== null && !Number.isNaN(published.getTime()) ? published : null,
      outlet: text(article.outlet),
      url: text(article.url),
    });
  });
  return docs;
}

/**
 * A newsletter issue (page-notes.ts) tells this story in a few lines among others: beside a
 * report of its own it adds nothing, and its other stories' lines would be taken for this one's.
 */
function withoutNewsletters(docs: ContentDoc[]): ContentDoc[] {
  const reports = docs.filter((doc) => !isNewsletterIssue(doc.title ?? '', doc.text));
  return reports.length > 0 ? reports : docs;
}

export function analyzeStory(articles: ContentDoc[], readAt?: Date): StoryAnalysis {
  const docs = withoutNewsletters(normalizeDocs(articles));
  const titles = docs.map((doc) => cleanTitle(doc.title, doc.outlet, doc.url));
  const model = buildStoryModel(prepareArticles(docs), readAt?.getTime());
  return { docs, titles, model, title: pickTitle(model, titles) };
}

export function resolveBudget(options: SummarizeOptions = {}): Budget {
  const words =
    options.maxWords !== undefined && Number.isFinite(options.maxWords) && options.maxWords > 0
      ? Math.floor(options.maxWords)
      : undefined;
  const fallback = words === undefined ? DEFAULT_MAX_POINTS : MAX_POINTS;
  const requested =
    options.maxPoints !== undefined && Number.isFinite(options.maxPoints)
      ? Math.floor(options.maxPoints)
      : fallback;
  const maxPoints = Math.min(MAX_POINTS, Math.max(1, requested));
  return words === undefined ? { maxPoints } : { maxPoints, maxWords: words };
}

function chooseExtract(analysis: StoryAnalysis, budget: Budget): number[] {
  const headline = analysis.title;
  const headlineArticle = headline === '' ? -1 : analysis.titles.indexOf(headline);
  return choosePoints(analysis.model, budget, headline, undefined, headlineArticle);
}

/** Points in reading order, each shown as it stands alone and with all its supporting articles. */
function attributed(analysis: StoryAnalysis, chosen: number[]): SummaryPoint[] {
  return chosen.map((index) =>
    attributeExtract(analysis.model, index, standaloneOf(analysis.model, index)?.text),
  );
}

/**
 * The extractive summary, headed by the title of its lead's article when that title may head the
 * story (headline.ts pickTitle): a lead from a newer report than the headline's tells the news the
 * headline should.
 */
export function extractiveSummary(analysis: StoryAnalysis, budget: Budget): StorySummary {
  const chosen = chooseExtract(analysis, budget);
  const lead = analysis.model.sentences[chosen[0] ?? -1]?.article ?? -1;
  const headed = analysis.titles.indexOf(analysis.title);
  const time = (article: number) =>
    analysis.model.articles[article]?.doc.publishedAt?.getTime() ?? Number.NaN;
  // Only a newer report's title that tells something else: "Kgalagadi rejects $1.6 billion Umbila
  // proposal" for "Umbila bids $1.55bn for Kgalagadi Copper", not another outlet's words for the news.
  const newer =
    analysis.title !== '' &&
    lead >= 0 &&
    lead !== headed &&
    time(lead) > time(headed) &&
    sharedShare(analysis.titles[lead] ?? '', analysis.title) < TITLES_TELL_ONE;
  const title = newer ? pickTitle(analysis.model, analysis.titles, lead) : analysis.title;
  return assembleSummary({ ...analysis, title }, attributed(analysis, chosen));
}

/** Share of two titles' content words in common (Dice) at which they tell one piece of news. */
const TITLES_TELL_ONE = 0.4;

/** Dice of two titles' words besides names. */
function sharedShare(a: string, b: string): number {
  // Names say who, not what happened: "Umbila" and "Kgalagadi" are in both titles of the bid.
  const told = (title: string) => {
    const names = namesIn(title);
    return new Set(contentTerms(title).filter((term) => !names.has(term)));
  };
  return termDice(told(a), told(b));
}

/** Headline, outlet count and source list around a set of points. */
export function assembleSummary(analysis: StoryAnalysis, points: SummaryPoint[]): StorySummary {
  const titled = analysis.title;
  const headline = titled || headlineFromText(points[0]?.text ?? '');
  const { reports } = analysis.model;
  return {
    headline,
    points,
    outletCount: countOutlets(analysis.docs),
    reportCount: reports.count,
    singleSource: reports.count === 1,
    sources: sourceList(analysis.docs, analysis.titles, reports.via),
  };
}

/**
 * Multi-source extractive summary of one story: headline, 3–8 key points (fewer only when the
 * text has fewer sentences), each citing every article that supports it, and the sources newest
 * first. Pure: no clock, no I/O.
 */
export function summarizeStory(articles: ContentDoc[], options: SummarizeOptions = {}): StorySummary {
  const analysis = analyzeStory(articles, options.readAt);
  return extractiveSummary(analysis, resolveBudget(options));
}
