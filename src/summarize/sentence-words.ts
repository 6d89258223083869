import { senseOf } from '../shared/text/senses';
import { isNumber, namesIn } from '../shared/text/terms';
import { perSentence, REPORTING_STEMS, type SentenceMemo, type StoryModel } from './story-model';

/**
 * The words of a sentence as the repeat rules compare them (repeats.ts, docs/summarization.md
 * step 8), read once per story, and the repeat of what several shown points say between them.
 */

/** A sentence's names, figures and other content words (reporting verbs aside), read once per story. */
interface SentenceWords {
  names: ReadonlySet<string>;
  figures: string[];
  core: string[];
}

const wordsMemo: SentenceMemo<SentenceWords> = new WeakMap();

export function wordsOf(model: StoryModel, index: number): SentenceWords {
  return perSentence(wordsMemo, model, index, () => {
    const sentence = model.sentences[index];
    const terms = sentence?.terms ?? [];
    const names = namesIn(sentence?.text ?? '');
    return {
      names,
      figures: terms.filter((term) => isNumber(term)),
      core: [...new Set(terms)].filter(
        (term) => !isNumber(term) && !names.has(term) && !REPORTING_STEMS.has(term),
      ),
    };
  });
}

const sensesMemo: SentenceMemo<ReadonlySet<string>> = new WeakMap();

/** The senses of a sentence's terms (senses.ts), read once per story. */
export function sensesOf(model: StoryModel, index: number): ReadonlySet<string> {
  return perSentence(
    sensesMemo,
    model,
    index,
    () => new Set([...(model.sentences[index]?.terms ?? [])].map(senseOf)),
  );
}

/**
 * Share of a sentence's words (names aside, words of one sense as one) that the points shown so
 * far hold between them for the sentence to tell nothing they have not: "The unions that had
 * called the general strike suspended it after a night of talks with the government, which agreed
 * to cut the price of gasoline to 790 CFA francs" after a lead on the strike called off and a
 * point on the new prices. Each point alone holds too little of it for the rules above. Its
 * figures must all be among theirs.
 */
export const UNION_SHARE = 0.7;

/** Whether the points shown so far (two or more) hold UNION_SHARE of a sentence's words between them. */
export function heldInUnion(model: StoryModel, index: number, shown: readonly number[]): boolean {
  if (shown.length < 2) return false;
  const { figures, core } = wordsOf(model, index);
  if (core.length < 4) return false;
  const union = new Set<string>();
  for (const other of shown) for (const sense of sensesOf(model, other)) union.add(sense);
  if (!figures.every((term) => union.has(term))) return false;
  const held = core.filter((term) => union.has(senseOf(term))).length;
  return held >= UNION_SHARE * core.length;
}
