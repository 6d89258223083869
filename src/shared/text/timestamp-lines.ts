import { stripEdgePunctuation } from './interface-words';
import { ANY_VERB } from './scene-captions';

/*
 * Lines that only say when: a page's "Updated 10:42 a.m. ET Dec. 1, 2026", "3 hours ago", and a
 * clock time with a year in any language (page-junk.ts reads them as timestamps).
 */

const MONTH_NAMES =
  'jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december';
const DAY_NAMES =
  'mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday';
/** Tokens a timestamp line is made of. */
const DATE_TOKEN = new RegExp(
  String.raw`^(?:${MONTH_NAMES}|${DAY_NAMES}|\d{1,4}(?:st|nd|rd|th)?|\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:am|pm)?|\d{4}-\d{2}-\d{2}(?:t[\d:.]+z?)?|\d{1,2}\/\d{1,2}\/\d{2,4}|a\.?m|p\.?m|am|pm|noon|midnight|gmt|utc|bst|cet|cest|eet|eest|et|est|edt|ct|cst|cdt|mt|mst|mdt|pt|pst|pdt|ist|jst|kst|aest|aedt|hkt|sgt|msk|updated|update|refreshed|published|posted|modified|created|last|first|on|at|by|ago|just|now|today|yesterday|hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?|days?|weeks?|read|time|reading|date|and|of|the|since|an|a|hour)$`,
  'i',
);
const DATE_HINT = new RegExp(
  String.raw`\d[:.]\d\d|ago\b|today|yesterday|\b(?:${MONTH_NAMES}|${DAY_NAMES})\b|\b\d{4}\b`,
  'i',
);

/** A lower-case word a timestamp line never holds: most sentences are ruled out by it at once. */
const NOT_DATE_WORD =
  /\b(?!(?:updated?|refreshed|published|posted|modified|created|last|first|just|today|yesterday|hours?|hrs|minutes?|mins|seconds?|secs|days?|weeks?|read|time|reading|date|since|noon|midnight|january|february|march|april|june|july|august|september|sept|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)[a-z]{4,}\b/;

/** Whether a line (between separators) is only a date, a time and labels ("Updated 10:42 a.m. ET Dec. 1, 2026"). */
export function isTimestampLine(line: string): boolean {
  // A timestamp holds a digit or a relative day; the month and day names come with digits.
  if (NOT_DATE_WORD.test(line) || !/\d|ago|today|yesterday/i.test(line) || !DATE_HINT.test(line))
    return false;
  const tokens = line
    .toLowerCase()
    .split(/[\s,|•·]+/)
    .map((token) => stripEdgePunctuation(token).replace(/\.$/, ''))
    .filter((token) => token.length > 0);
  return tokens.length > 0 && tokens.length <= 16 && tokens.every((token) => DATE_TOKEN.test(token));
}

/**
 * A clock time and a year with no verb, in any language: "Actualizado el 17 de diciembre de 2026 -
 * 05:10 p. m.", "Mis à jour le 17 décembre 2026 à 17h10". The English forms are read word by word
 * above; this shape needs no word list.
 */
export function isClockAndYear(line: string, words: number): boolean {
  return (
    words <= 14 &&
    /\b\d{1,2}[:h.]\d{2}\b/.test(line) &&
    /\b(?:19|20)\d{2}\b/.test(line) &&
    !ANY_VERB.test(line)
  );
}
