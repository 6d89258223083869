/** Below this many letters the detector guesses (a five-word English headline read as French). */
const MIN_LETTERS = 40;
/**
 * Characters given to the detector. tinyld costs about 5 µs per character here (0.7 ms for
 * 150), and a headline plus the opening of the lead is enough to tell a language.
 */
const SAMPLE_CHARS = 200;
const LANGUAGE_TAG = /^([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*$/i;

/**
 * The article's language as an ISO 639-1 code ("en", "fr"), or null when unknown. What the feed
 * or item declares (RSS `language`, `xml:lang`, JSON Feed `language`) comes first: it is free and
 * written by the publisher; otherwise the language is detected from the title and the start of
 * the text (tinyld, n-grams of 60+ languages), when there is enough of it.
 */
export function articleLanguage(declared: string | null, title: string, text: string): string | null {
  const tag = declared?.trim().match(LANGUAGE_TAG)?.[1];
  if (tag) return tag.toLowerCase();
  const sample = `${title}. ${text.slice(0, SAMPLE_CHARS)}`;
  if ((sample.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) return null;
  return detect(sample) || null;
}

/** tinyld's n-gram tables are 48 MB of heap: loaded on the first feed that declares no language. */
let detector: typeof import('tinyld') | undefined;

function detect(text: string): string {
  detector ??= require('tinyld') as typeof import('tinyld');
  return detector.detect(text);
}
