import type { SourceSentence } from './prepare';
import type { StoryModel } from './story-model';

/**
 * Where a sentence stands among its article's statements, which the lead reads (lead.ts): news puts
 * what happened in an article's first statements, a title's toll a few below them.
 */
/**
 * Sentences of an article, from its first, that may lead. Teasers before them (a question, an
 * exclamation, a fragment of a few words: "Shopping on an empty stomach? Go and eat something
 * quick!") do not count: the news is the first statement after them.
 */
export const LEAD_POSITIONS = 2;
/**
 * A live page's entries run newest first, and its newest is often a detail ("RL312 from Melbourne
 * touched down in Albury at 9.58am"): the statement its title tells may stand this far down.
 */
export const LIVE_POSITIONS = 8;
/** How far down a report's statements the one giving its title's toll (or count) may stand. */
export const TOLL_POSITIONS = 4;
/**
 * …and in the article whose title heads the story, where a feature may open on a scene, its quote
 * and two details before the toll its title gives ("For eleven hours Rodel Macaraeg, 52, sat on the
 * tin roof…", then four statements on, "The death toll from Dalisay rose to 16 on Tuesday…").
 */
export const TITLE_TOLL_POSITIONS = 8;
/** Fewer words than this make a fragment, not a statement of what happened. */
const TEASER_WORDS = 5;

/**
 * A hook told of people the reader has yet to meet: "On Wednesday they let them go.", "Then she
 * called her brother." A few words around a pronoun, before the sentence that says who.
 */
const PRONOUN_HOOK =
  /^(?:(?:On|By|Then|Last|This|That|Early|Late|At)\b[^,]{0,25}?,?\s+)?(?:he|she|they|it|we)\s+\p{Ll}+/iu;
const HOOK_WORDS = 8;

export function isTeaser(sentence: { text: string; words: number }): boolean {
  if (sentence.words < TEASER_WORDS) return true;
  const text = sentence.text;
  if (sentence.words <= HOOK_WORDS && PRONOUN_HOOK.test(text)) return true;
  let end = text.length - 1;
  while (end >= 0 && '"”’)'.includes(text[end] ?? '')) end--;
  return text[end] === '?' || text[end] === '!';
}

/** Each sentence's place among its article's statements (teasers before it not counted). */
const ranks = new WeakMap<StoryModel, Int32Array>();

export function statementRank(model: StoryModel, sentence: SourceSentence): number {
  let rank = ranks.get(model);
  if (rank === undefined) {
    const built = new Int32Array(model.sentences.length);
    let teasers = 0;
    model.sentences.forEach((each, index) => {
      if (each.position === 0) teasers = 0;
      built[index] = each.position - teasers;
      if (isTeaser(each)) teasers++;
    });
    ranks.set(model, built);
    rank = built;
  }
  const index = (model.firstSentence[sentence.article] ?? 0) + sentence.position;
  return rank[index] ?? sentence.position;
}
