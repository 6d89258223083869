import { articleSentences } from '../shared/text/article-text';
import { otherLanguageSentences } from '../shared/text/sentence-language';
import { analyzeText, wordCount } from '../shared/text/terms';
import type { ContentDoc } from '../shared/types';
import { namedOwnVoice } from './own-voice';

/** One cleaned sentence of one article, with what scoring and support checks need. */
export interface SourceSentence {
  /** Index of the article in the story's input order. */
  article: number;
  /** Index among the article's kept sentences (0 = lead). */
  position: number;
  /** Index of its paragraph among the article's kept paragraphs. */
  paragraph: number;
  text: string;
  /** Whitespace-separated words, as a reader counts them. */
  words: number;
  /** Word tokens (letters and digits; "30-year-old" is 3), the stricter count. */
  tokens: number;
  /** Stemmed content terms in order, repeats kept. */
  terms: readonly string[];
  /** States something negatively; a point and its support must agree on this. */
  negated: boolean;
}

export interface PreparedArticle {
  index: number;
  doc: ContentDoc;
  sentences: SourceSentence[];
}

export function prepareArticle(doc: ContentDoc, index: number): PreparedArticle {
  const sentences: SourceSentence[] = [];
  // A title made from the text is its first sentence: that sentence stays (docs/ingest.md).
  const title = doc.titleDerived === true ? '' : (doc.title ?? '');
  const paragraphs = articleSentences(doc.text ?? '', { title, outlet: doc.outlet ?? '' });
  // A sentence in another language beside English ones is left out (sentence-language.ts).
  const other = otherLanguageSentences(paragraphs.flat());
  let read = 0;
  paragraphs.forEach((texts, paragraph) => {
    for (const written of texts) {
      if (other.has(read++)) continue;
      const text = namedOwnVoice(written, doc.outlet ?? '');
      const { terms, negated, tokens } = analyzeText(text);
      const words = wordCount(text);
      sentences.push({
        article: index,
        position: sentences.length,
        paragraph,
        text,
        words,
        tokens,
        terms,
        negated,
      });
    }
  });
  return { index, doc, sentences };
}

export function prepareArticles(docs: ContentDoc[]): PreparedArticle[] {
  return docs.map(prepareArticle);
}
