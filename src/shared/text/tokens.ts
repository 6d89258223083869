import { TOPIC_STOPWORDS } from './stopwords';
import { isNumber } from './terms';

/**
 * Cased tokens of a text, for the stages that read capitalization (clustering reads names from
 * capitals, docs/clustering.md). Words are cut exactly as `words()` in terms.ts cuts them, so
 * every stage agrees on what a word is; punctuation is kept as tokens of its own, since a full
 * stop or a dash says the next word starts a sentence.
 */
export type TokenType = 'word' | 'number' | 'punctuation' | 'cjk' | 'link';

export interface TokenColumns {
  /** The token as written (case kept). */
  values: string[];
  types: TokenType[];
  /** Lower-cased, curly apostrophes straightened, possessive "'s" dropped. */
  normals: string[];
  /** Stop word (STOPWORDS), by its normal form. */
  stops: boolean[];
}

/** A URL, an address or a handle ("https://…", "www.…", "name@host.org", "@handle"): one token, never a word. */
const LINK = String.raw`(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.-]+|@\w+`;
const WORD = String.raw`[\p{L}\p{M}\p{N}]+(?:(?:['’]|\.(?=\p{L})|[.,](?=\p{N}))[\p{L}\p{M}\p{N}]+)*`;
const TOKEN = new RegExp(`(${LINK})|(${WORD})|([^\\s\\p{L}\\p{M}\\p{N}])`, 'gu');
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/u;

function normalOf(value: string): string {
  const lower = value.toLowerCase();
  if (!lower.includes("'") && !lower.includes('’')) return lower;
  return lower.replace(/’/g, "'").replace(/'s$/, '');
}

export function tokenize(text: string): TokenColumns {
  const columns: TokenColumns = { values: [], types: [], normals: [], stops: [] };
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    const word = match[2];
    const value = match[1] ?? word ?? match[3] ?? '';
    const normal = word === undefined ? value : normalOf(value);
    let type: TokenType = match[1] === undefined ? 'punctuation' : 'link';
    if (word !== undefined) type = isNumber(normal) ? 'number' : CJK.test(word) ? 'cjk' : 'word';
    columns.values.push(value);
    columns.types.push(type);
    columns.normals.push(normal);
    columns.stops.push(type === 'word' && TOPIC_STOPWORDS.has(normal));
  }
  return columns;
}
