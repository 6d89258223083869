import { aboutTheStory } from './connected';
import { ANNOUNCED_UPDATE } from './opening-voice';
import { continuesPastOpening } from './scene-openings';
import { standaloneOf } from './standalone';
import { perSentence, type SentenceMemo, type StoryModel } from './story-model';

/** Whether each sentence can be taken as a point, read once per story: selection asks of a candidate again and again. */
const USABLE: SentenceMemo<boolean> = new WeakMap();

/**
 * Whether a sentence can be taken as a point (extract.ts): it stands alone (standalone.ts), does
 * not announce an update it does not give, does not go on from the day before its article's
 * opening, and is about the story (connected.ts).
 */
export function usableAlone(model: StoryModel, index: number): boolean {
  return perSentence(USABLE, model, index, () => {
    const point = standaloneOf(model, index);
    // A release's announced update ("…wishes to update the nation on the floods…") tells nothing itself.
    if (point === null || ANNOUNCED_UPDATE.test(point.text)) return false;
    return !continuesPastOpening(model, index) && aboutTheStory(model, index, point.text);
  });
}
