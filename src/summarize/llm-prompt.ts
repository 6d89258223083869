import type { ChatMessage } from './llm-client';
import type { StoryModel } from './story-model';

/**
 * The prompt asks for short, single-fact points in the articles' own words, because every
 * point is then checked against the source sentences (support.ts) and paraphrase far from
 * the text is dropped. Input is bounded so a 10-article story stays within small context
 * windows.
 */

/** Sentences per article sent to the model: leads carry the facts (see candidates.ts). */
const SENTENCES_PER_ARTICLE = 12;
/** ~4 characters per token: 16,000 characters is ~4,000 tokens of article text. */
const MAX_PROMPT_CHARS = 16_000;

export function buildMessages(model: StoryModel, maxPoints: number): ChatMessage[] {
  const blocks: string[] = [];
  let used = 0;
  for (const article of model.articles) {
    const title = article.doc.title.trim();
    const lines = article.sentences.slice(0, SENTENCES_PER_ARTICLE).map((sentence) => sentence.text);
    const block = `[Article ${article.index + 1}]${title ? ` ${title}` : ''}\n${lines.join(' ')}`;
    if (used + block.length > MAX_PROMPT_CHARS) {
      blocks.push(block.slice(0, Math.max(0, MAX_PROMPT_CHARS - used)));
      break;
    }
    blocks.push(block);
    used += block.length;
  }
  const system =
    `You write the key points of a news story reported by several outlets. Write at most ${maxPoints} points. ` +
    'Each point is one sentence of at most 35 words stating one fact that the articles report, ' +
    'in their own wording where possible. Keep names, numbers and dates exactly as written. ' +
    'No opinions, no facts that are not in the articles, no repeated points. ' +
    'Answer with JSON only: {"points": ["…", "…"]}';
  return [
    { role: 'system', content: system },
    { role: 'user', content: blocks.join('\n\n') },
  ];
}

function fromJson(reply: string): string[] | null {
  const unfenced = reply.replace(/^\s*```(?:json)?\s*/i, '').replace(/\s*```\s*$/, '');
  const start = unfenced.search(/[[{]/);
  if (start < 0) return null;
  try {
    const value: unknown = JSON.parse(unfenced.slice(start));
    const list: unknown = Array.isArray(value) ? value : (value as { points?: unknown }).points;
    if (!Array.isArray(list)) return null;
    return list.filter((item): item is string => typeof item === 'string');
  } catch {
    return null;
  }
}

/** Points from the reply: the JSON asked for, or failing that one point per bulleted or numbered line. */
export function parsePoints(reply: string): string[] {
  const points =
    fromJson(reply) ??
    reply
      .split('\n')
      .map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, ''))
      .filter((line) => line.trim().length > 0);
  return points.map((point) => point.replace(/\s+/g, ' ').trim()).filter((point) => point.length > 0);
}
