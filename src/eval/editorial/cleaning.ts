import { articleSentences } from '../../shared/text/article-text';
import type { LabelledEvent, LabelledSentence } from './fixture';

/**
 * How the text cleaning that every stage shares (src/shared/text/article-text.ts) reads the
 * labelled sentences: news it drops as furniture, and furniture it keeps, per kind. Measured on
 * the cleaner's own output against the labels, before any sentence is chosen, so a change to the
 * cleaning shows here even when no story's points move (docs/summarization.md, "Cleaning").
 */
export interface CleaningFigures {
  /** News told in sentences (six words or more, closed by a full stop or its like), and those dropped. */
  news: number;
  newsDropped: number;
  furniture: number;
  furnitureKept: number;
  /** Per furniture kind: [kept, total]. */
  kinds: Map<string, [number, number]>;
  /** The news sentences dropped, to read. */
  dropped: string[];
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * A line of a table, a timeline's entry or a key-facts box is labelled with its facts but is no
 * sentence a point could be; only sentences count as news here.
 */
const PROSE = /[.!?]["”’)]?$/u;

function isProse(text: string): boolean {
  return PROSE.test(text) && (text.match(WORD)?.length ?? 0) >= 6;
}

function wordString(text: string): string {
  return ` ${(text.toLowerCase().match(WORD) ?? []).join(' ')} `;
}

/**
 * Whether the cleaner kept a labelled sentence: its words, less a quarter at each end (a dateline
 * or a credit the cleaner trims off a kept sentence), run on in one kept sentence.
 */
function keptIn(sentence: LabelledSentence, kept: readonly string[]): boolean {
  const words = sentence.text.toLowerCase().match(WORD) ?? [];
  if (words.length === 0) return true;
  const cut = words.length >= 8 ? Math.floor(words.length / 4) : 0;
  const core = ` ${words.slice(cut, words.length - cut).join(' ')} `;
  return kept.some((text) => text.includes(core));
}

export function cleaningFigures(events: readonly LabelledEvent[]): CleaningFigures {
  const figures: CleaningFigures = {
    news: 0,
    newsDropped: 0,
    furniture: 0,
    furnitureKept: 0,
    kinds: new Map(),
    dropped: [],
  };
  for (const event of events)
    for (const article of event.articles) {
      const raw = article.paragraphs.join('\n\n');
      const kept = articleSentences(raw, { title: article.title, outlet: article.outlet })
        .flat()
        .map(wordString);
      for (const sentence of article.sentences) {
        const isKept = keptIn(sentence, kept);
        if (sentence.junk === null) {
          if (!isProse(sentence.text)) continue;
          figures.news++;
          if (!isKept) {
            figures.newsDropped++;
            figures.dropped.push(sentence.text);
          }
          continue;
        }
        figures.furniture++;
        if (isKept) figures.furnitureKept++;
        const kind = figures.kinds.get(sentence.junk) ?? [0, 0];
        figures.kinds.set(sentence.junk, [kind[0] + (isKept ? 1 : 0), kind[1] + 1]);
      }
    }
  return figures;
}
