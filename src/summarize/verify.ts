import { articleParagraphs } from '../shared/text/paragraphs';
import { wordCount } from '../shared/text/terms';
import type { ContentDoc, SummaryPoint } from '../shared/types';
import { prepareArticles } from './prepare';
import { buildStoryModel, type StoryModel } from './story-model';
import { ATTRIBUTION_THRESHOLD, claimOf, findSupport } from './support';

/**
 * Independent check of a summary against its articles, re-read from their raw text: does each
 * point have at least one listed source with a sentence (or two adjacent ones) that supports
 * it (support.ts), and does its text appear word for word in a listed source?
 */
export interface AttributionReport {
  points: number;
  /** Points with at least one listed source whose text supports them. */
  attributed: number;
  /** Points found verbatim in the cleaned text of a listed source. */
  verbatim: number;
  /** Listed (point, source) pairs, and those whose source text supports the point. */
  listedSources: number;
  supportedSources: number;
  maxPointWords: number;
  /** Points not attributed, for the report. */
  unattributed: string[];
}

function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * The sentence a point reads as, word for word, in the first listed source that has it (an
 * extracted point lists the article it came from first): the same-claim rule compares other
 * outlets' leads with it. Undefined when no listed source has it.
 */
function originSentence(
  model: StoryModel,
  point: SummaryPoint,
  byId: Map<string, number>,
): number | undefined {
  const text = flat(point.text);
  for (const id of point.sources) {
    const article = model.articles[byId.get(id) ?? -1];
    const first = model.firstSentence[article?.index ?? -1];
    if (article === undefined || first === undefined) continue;
    const offset = article.sentences.findIndex((sentence) => flat(sentence.text) === text);
    if (offset >= 0) return first + offset;
  }
  return undefined;
}

export function checkAttribution(articles: ContentDoc[], points: SummaryPoint[]): AttributionReport {
  const model = buildStoryModel(prepareArticles(articles));
  const byId = new Map(articles.map((doc, i) => [doc.id, i]));
  const flatTexts = articles.map((doc) => flat(articleParagraphs(doc.text).join(' ')));
  const report: AttributionReport = {
    points: points.length,
    attributed: 0,
    verbatim: 0,
    listedSources: 0,
    supportedSources: 0,
    maxPointWords: 0,
    unattributed: [],
  };
  for (const point of points) {
    report.maxPointWords = Math.max(report.maxPointWords, wordCount(point.text));
    const origin = originSentence(model, point, byId);
    const supporting = new Set(
      findSupport(model, claimOf(model, point.text), ATTRIBUTION_THRESHOLD, false, origin).map(
        (found) => found.article,
      ),
    );
    let supported = false;
    let verbatim = false;
    for (const id of point.sources) {
      report.listedSources++;
      const index = byId.get(id);
      if (index === undefined) continue;
      if (flatTexts[index]?.includes(flat(point.text))) verbatim = true;
      if (supporting.has(index)) {
        report.supportedSources++;
        supported = true;
      }
    }
    if (supported) report.attributed++;
    else report.unattributed.push(point.text);
    if (verbatim) report.verbatim++;
  }
  return report;
}
