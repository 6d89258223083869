import { BriefError } from '../shared/errors';
import type { ContentDoc } from '../shared/types';

/**
 * One line of `brief summarize --in`: `{id, articles:[{id,title,text,published,source,url}]}`
 * (docs/summarization.md, "API"). Titles, dates, sources and URLs may be empty or absent; `summary`, when
 * present, is the reference used by `--gold`.
 */
export interface EventInput {
  id: string;
  articles: ContentDoc[];
  summary: string | null;
}

function fail(lineNumber: number, problem: string): never {
  throw new BriefError('summarize', 'BAD_INPUT', `line ${lineNumber}: ${problem}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function idOf(value: unknown): string | null {
  if (typeof value === 'string' && value.length > 0) return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

function optionalText(value: unknown, field: string, lineNumber: number): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') fail(lineNumber, `"${field}" must be a string`);
  return value;
}

function parseDate(value: string): Date | null {
  if (value.trim().length === 0) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

function parseArticle(value: unknown, position: number, lineNumber: number): ContentDoc {
  const where = `articles[${position}]`;
  if (!isRecord(value)) fail(lineNumber, `${where} must be an object`);
  const id = idOf(value.id);
  if (id === null) fail(lineNumber, `${where} needs a non-empty "id"`);
  return {
    id,
    title: optionalText(value.title, `${where}.title`, lineNumber),
    text: optionalText(value.text, `${where}.text`, lineNumber),
    publishedAt: parseDate(optionalText(value.published, `${where}.published`, lineNumber)),
    outlet: optionalText(value.source, `${where}.source`, lineNumber),
    url: optionalText(value.url, `${where}.url`, lineNumber),
  };
}

/** Parses one JSONL line; throws a BriefError naming the line (1-based) and the field. */
export function parseEventLine(line: string, lineNumber: number): EventInput {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    fail(lineNumber, `not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!isRecord(value)) fail(lineNumber, 'expected a JSON object');
  const id = idOf(value.id);
  if (id === null) fail(lineNumber, 'needs a non-empty "id"');
  if (!Array.isArray(value.articles)) fail(lineNumber, '"articles" must be an array');
  const articles = value.articles.map((article, i) => parseArticle(article, i, lineNumber));
  const summary = typeof value.summary === 'string' ? value.summary : null;
  return { id, articles, summary };
}
