import { aboutTheStory } from './connected';
import { ANNOUNCED_UPDATE } from './opening-voice';
import { continuesPastOpening } from './scene-openings';
import { standaloneOf } from './standalone';
import { perSentence, type SentenceMemo, type StoryModel } from './story-model';

/** Whether each sentence can be taken as a point, read once per story: selection asks of a candidate again and again. */
const USABLE: SentenceMemo<boolean> = new WeakMap();

/** Words up to which a sentence after a question in its paragraph is the question's answer. */
const ANSWER_WORDS = 12;

/**
 * The answer a feature's question opens on: "How hot can the sea around the Maldives get before its
 * reefs start to die? Divers in the central atolls think they found out this month." A short
 * sentence right after a question in its paragraph leans on the question for what it says.
 */
function answersQuestion(model: StoryModel, index: number): boolean {
  const sentence = model.sentences[index];
  const before = model.sentences[index - 1];
  if (sentence === undefined || before === undefined || sentence.words > ANSWER_WORDS) return false;
  if (before.article !== sentence.article || before.paragraph !== sentence.paragraph) return false;
  return /\?["”’)]*$/.test(before.text.trim());
}

/**
 * Whether a sentence can be taken as a point (extract.ts): it stands alone (standalone.ts), does
 * not answer the question before it, does not announce an update it does not give, does not go on
 * from the day before its article's opening, and is about the story (connected.ts).
 */
export function usableAlone(model: StoryModel, index: number): boolean {
  return perSentence(USABLE, model, index, () => {
    const point = standaloneOf(model, index);
    // A release's announced update ("…wishes to update the nation on the floods…") tells nothing itself.
    if (point === null || ANNOUNCED_UPDATE.test(point.text) || answersQuestion(model, index)) return false;
    return !continuesPastOpening(model, index) && aboutTheStory(model, index, point.text);
  });
}
