import { MONTH, WEEKDAY } from '../shared/text/scene-captions';

// The phrases that open a sentence before its subject, skipped to find a pronoun the subject leans
// on ("On Wednesday, he said…"): docs/summarization.md ("Points that stand alone").

/**
 * A short opening phrase before the subject, or two: "On Wednesday, ", "In a statement, ", "On three
 * evenings before the parade, from 21 to 23 July, ".
 */
const INTRO = /^((?:(?:[\p{Lu}][\p{Ll}]*|[\p{Ll}]+)(?:\s+[\p{L}\p{N}'’-]+){0,8},\s+){1,2})/u;
/** A name inside the opening phrases ("When Ana Stinson woke up…, her son was gone, she told police"): the pronoun's own referent. */
const NAMED_IN_INTRO = new RegExp(`\\s(?!(?:${MONTH}|${WEEKDAY})\\b)\\p{Lu}\\p{Ll}`, 'u');

/** The opening phrases before the subject; two only when they name no one the pronoun could mean. */
export function introOf(text: string): string {
  const intro = INTRO.exec(text)?.[1] ?? '';
  const first = intro.indexOf(', ') + 2;
  if (first >= intro.length || !NAMED_IN_INTRO.test(intro)) return intro;
  return intro.slice(0, first);
}
