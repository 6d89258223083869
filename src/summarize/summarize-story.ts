import { DEFAULT_MAX_POINTS, MAX_POINTS } from '../shared/key-points';
import { isNewsletterIssue } from '../shared/text/page-notes';
import type { ContentDoc, StorySummary, SummaryPoint } from '../shared/types';
import { attributeExtract } from './attribute';
import { choosePoints } from './extract';
import { cleanTitle, headlineFromText, pickTitle } from './headline';
import { countOutlets, sourceList } from './outlets';
import { prepareArticles } from './prepare';
import type { Budget } from './select';
import { standaloneOf } from './standalone';
import { buildStoryModel, type StoryModel } from './story-model';

export interface SummarizeOptions {
  /** Most key points (1–8). Default 5 for the digest, or 8 when only `maxWords` is given. */
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
      title: text(article.title),
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

/** Extractive points in reading order, each shown as it stands alone and with all its supporting articles. */
export function extractivePoints(analysis: StoryAnalysis, budget: Budget): SummaryPoint[] {
  const headline = analysis.title;
  const headlineArticle = headline === '' ? -1 : analysis.titles.indexOf(headline);
  const chosen = choosePoints(analysis.model, budget, headline, undefined, headlineArticle);
  return chosen.map((index) =>
    attributeExtract(analysis.model, index, standaloneOf(analysis.model, index)?.text),
  );
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
  return assembleSummary(analysis, extractivePoints(analysis, resolveBudget(options)));
}
