import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The labelled editorial set (test/fixtures/editorial, described in its README): events told
 * by several outlets, every sentence of every article labelled with the facts it states, the
 * page furniture it is, or who speaks the quote it holds.
 */

export interface LabelledSentence {
  text: string;
  /** Fact ids ("f3", background "b1"); empty for furniture. */
  facts: string[];
  /** The furniture kind ("caption", "byline"…), or null for news. */
  junk: string | null;
  /** Who the article says speaks the quote in it, or null. */
  speaker: string | null;
}

export interface LabelledArticle {
  id: string;
  event: string;
  outlet: string;
  url: string;
  title: string;
  published: Date;
  /** Articles carrying one wire text share a report id. */
  report: string;
  /** The wire whose text the article carries, or null. */
  wire: string | null;
  /** Paragraphs of label-free text, as a scraper delivers them. */
  paragraphs: string[];
  sentences: LabelledSentence[];
}

export interface LabelledEvent {
  event: string;
  summary: string;
  /** Facts that state the main news. */
  main: string[];
  articles: LabelledArticle[];
}

interface RawArticle {
  id: string;
  outlet: string;
  url: string;
  title: string;
  published: string;
  report: string;
  wire: string | null;
  paragraphs: string[];
}

const LABELLED = /([^{}]*?)\s*\{([^{}]*)\}/g;

function parseParagraph(paragraph: string, where: string): { text: string; sentences: LabelledSentence[] } {
  const sentences: LabelledSentence[] = [];
  let consumed = 0;
  for (const match of paragraph.matchAll(LABELLED)) {
    consumed = (match.index ?? 0) + match[0].length;
    const text = (match[1] ?? '').trim();
    const labels = (match[2] ?? '').trim().split(/\s+/);
    const junk = labels.find((label) => label.startsWith('junk:'))?.slice(5) ?? null;
    const speaker = labels.find((label) => label.startsWith('q:'))?.slice(2) ?? null;
    const facts = labels.filter((label) => /^[fb]\d+$/.test(label));
    if (text.length > 0) sentences.push({ text, facts, junk, speaker });
  }
  if (paragraph.slice(consumed).trim().length > 0)
    throw new Error(`editorial fixture: unlabelled text in ${where}`);
  return { text: sentences.map((sentence) => sentence.text).join(' '), sentences };
}

function parseArticle(raw: RawArticle, event: string): LabelledArticle {
  const paragraphs: string[] = [];
  const sentences: LabelledSentence[] = [];
  for (const paragraph of raw.paragraphs) {
    const parsed = parseParagraph(paragraph, raw.id);
    paragraphs.push(parsed.text);
    sentences.push(...parsed.sentences);
  }
  return {
    id: raw.id,
    event,
    outlet: raw.outlet,
    url: raw.url,
    title: raw.title,
    published: new Date(raw.published),
    report: raw.report,
    wire: raw.wire,
    paragraphs,
    sentences,
  };
}

export function loadEditorialSet(dir: string): LabelledEvent[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const raw = JSON.parse(readFileSync(join(dir, name), 'utf8')) as {
        event: string;
        summary: string;
        main: string[];
        articles: RawArticle[];
      };
      return {
        event: raw.event,
        summary: raw.summary,
        main: raw.main,
        articles: raw.articles.map((article) => parseArticle(article, raw.event)),
      };
    });
}
