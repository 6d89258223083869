/**
 * A feature's ways in that no story's first point takes (docs/summarization.md, "The lead point"):
 * read by opensAsScene (scene-openings.ts) with the rest of the openings before the news.
 */

/** A legend or a tale retold ("Legend has it that a goatherd named Kaldi…"). */
const LEGEND =
  /^(?:(?:legend|folklore|tradition|myth|lore) (?:has it|says|tells)|according to (?:local )?(?:legend|folklore|tradition|myth)|(?:as )?the (?:legend|story|tale) goes)\b/i;

/**
 * Someone the story meets as one of a count ("The Mäkeläs are among about 31,000 customers in Finland
 * still without electricity…", "Thapa, 34, is one of 412 workers…"): who they are, the reader is
 * not told; the count is the news a later sentence tells.
 */
const AMONG_COUNT =
  /^(?:The\s+)?\p{Lu}[\p{L}'’-]+(?:,\s*\d{1,3},)?\s+(?:is|are|was|were) (?:one of|among) (?:the )?(?:about |some |nearly |more than |at least |an estimated )?\d/u;

/**
 * Someone in a place, doing what they have done since the news ("In a farmhouse outside Puumala,
 * Riikka Mäkelä has been cooking on the wood stove by candlelight since Wednesday afternoon.").
 */
const ONGOING_SCENE =
  /^(?:In|At|Inside|Outside|On|Across) [^,;:]{3,80},\s+(?:\p{Lu}[\p{L}'’.-]+\s){1,3}(?:has|have) been \p{Ll}+ing\b/u;

/**
 * A few moments told as the scene they were ("For two minutes on Saturday night, about 9,800 people at
 * Gangneung Ice Arena barely made a sound."): what the crowd did while the news happened.
 */
const MOMENT_STRETCH =
  /^For (?:(?:a|one|two|three|four|five|six|ten|a few|several|\d+) (?:long |tense |silent |anxious )?(?:seconds?|minutes?))\b[^,;:.]{0,60},/i;

export function opensAsFeature(text: string): boolean {
  return LEGEND.test(text) || AMONG_COUNT.test(text) || ONGOING_SCENE.test(text) || MOMENT_STRETCH.test(text);
}
