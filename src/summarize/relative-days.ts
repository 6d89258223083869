import { IRREGULAR_PAST_FORMS } from '../shared/text/irregular-forms';
import { upperFirst } from '../shared/text/sentences';

/**
 * A key point is read the morning after its article was written, so a relative day in the
 * writer's words ("The ministry today held a ceremony…", "…lost power at the peak of rolling
 * blackouts this evening") tells the reader the wrong day. The word is left out of the point; the
 * sentence still says what happened, and the source line gives the article's date
 * (docs/summarization.md, "Points that stand alone"). Only where leaving it out reads right:
 * - "yesterday", "last night", "tonight", "this morning/afternoon/evening" anywhere, except after
 *   a word that sets a time with it ("until tonight", "starting today", "By this morning the fire
 *   had grown…", whatever its capital) or a verb whose object it is ("…will spend tonight away
 *   from their homes": such a point is a plan, out of date the next morning, superseded.ts);
 *   "early" or "earlier" goes with the day ("…was picked up early this morning");
 * - "today" only beside a verb in the past ("Ratana today announced", "called today for", "…the
 *   corporation said today."), ending a
 *   clause told in the past ("…as the death toll rose to 15 today.") or after a time of day
 *   ("issued an order at 3:15 p.m. today"), since
 *   "today" also means "nowadays" ("people alive today", "as few as 32,000 today");
 * - an opening day before a comma or the subject ("Yesterday, the union…", "This morning the
 *   minister…"), not one that is the subject ("Today represents…");
 * - a day owning what it tells is that thing ("after yesterday's earthquake" → "after the earthquake").
 * Quotations stay as spoken, and a capitalized "Today" inside a sentence is a title ("USA Today").
 */
const PAST = `(?:\\p{Ll}+ed|said|told|${IRREGULAR_PAST_FORMS.join('|')})`;
const KEEP_AFTER =
  '(?<!\\b(?:until|till|from|since|of|by|before|after|for|than|as|to|and|or|but|on|like|starting|beginning|effective|[Ll]ate|[Ee]arly|[Ee]arlier|[Ll]ater|spend|spends|spent|spending))';
const END = "(?=[ ,.;:!?]|$)(?!'s|’s)";
/** The days that only ever name a day, with the space before them. */
const DAY = new RegExp(
  `${KEEP_AFTER} (?:yesterday|last night|tonight|this (?:morning|afternoon|evening))(?! (?:morning|afternoon|evening|night)\\b)${END}`,
  'giu',
);
/** Words of a plan: "…said the road would be closed today" keeps its day. */
const FUTURE =
  'will|would|shall|could|may|might|should|must|can|plans?|planned|expects?|expected|due|scheduled|set|going';
/** A release's own present: "Kitaura Pharmaceutical … today announces an increased offer…". */
const RELEASE_VERBS = 'announces|reports|confirms|publishes|launches|unveils|releases|says';
/**
 * "today" before or after a verb in the past, or ending a clause told in the past ("…as the death
 * toll rose to 15 today.", "…was suspended at 12:00 today."), or after a verb in the past and its time
 * of day ("…captured at dawn today Jairo…"), not a plan ("…would be closed today", "…plans to cut jobs today").
 */
const TODAY = new RegExp(
  `${KEEP_AFTER} today(?= (?:${PAST}|${RELEASE_VERBS})\\b)|(?<=\\b${PAST}) today${END}|(?<=\\d(?:[ ]?(?:a\\.m\\.|p\\.m\\.|am|pm)|[ ](?:GMT|UTC|local time))) today${END}|(?<=\\b${PAST} (?:at (?:dawn|daybreak|first light|noon|midday|midnight)|overnight)) today${END}|(?<=\\b${PAST}\\b(?:(?!\\b(?:${FUTURE})\\b|\\bto (?!\\d))(?:\\d[:.]\\d|[^.,;:!?"“”])){1,40})${KEEP_AFTER} today(?=[.,;:]|$)`,
  'gu',
);
/**
 * A day with "early" or "earlier" before it goes with them: "…was picked up early this morning".
 * "late yesterday evening" stays: it sets the hour of what it tells.
 */
const EARLY_DAY = new RegExp(
  ` (?:[Ee]arly|[Ee]arlier) (?:yesterday|last night|today|this (?:morning|afternoon|evening))(?: (?:morning|afternoon|evening))?${END}`,
  'gu',
);
/**
 * A relative day owning what it tells is that thing: "…after yesterday's magnitude 6.7 earthquake"
 * reads "…after the magnitude 6.7 earthquake". Not "today's", which also means "of our time"
 * ("today's young voters").
 */
const POSSESSIVE_DAY =
  /\b(?:([Yy])esterday|([Ll])ast night|([Tt])onight|([Tt])his (?:morning|afternoon|evening))['’]s\b/gu;
const OPENING =
  /^(?:Today|Tonight|Yesterday|Last night|This (?:morning|afternoon|evening))(?:,\s+(?=\p{L})|\s+(?=(?:the|a|an)\s|\p{Lu}))/u;
const AS_OF = /^As of (?:today|tonight|yesterday|last night|this (?:morning|afternoon|evening)),\s+(?=\S)/u;
const DONE = new RegExp(
  `^[^,;:]*?\\b(?:(?:have|has|had) (?:now )?(?:been )?${PAST}|(?:were|was) ${PAST})\\b`,
  'u',
);
/** Quoted spans, left as written. */
const QUOTED = /["“][^"”]*["”]/g;

/** The point's text without the writer's relative days. */
export function withoutRelativeDays(text: string): string {
  if (!/today|tonight|yesterday|last night|this (?:morning|afternoon|evening)/i.test(text)) return text;
  const parts: string[] = [];
  let last = 0;
  for (const quoted of text.matchAll(QUOTED)) {
    parts.push(plain(text.slice(last, quoted.index), last === 0));
    parts.push(quoted[0]);
    last = quoted.index + quoted[0].length;
  }
  parts.push(plain(text.slice(last), last === 0));
  return parts.join('');
}

function plain(span: string, opening: boolean): string {
  let out = span
    .replace(POSSESSIVE_DAY, (found) => (/^\p{Lu}/u.test(found) ? 'The' : 'the'))
    .replace(EARLY_DAY, '')
    .replace(DAY, '')
    .replace(TODAY, '');
  // A day between commas, or closing the sentence after one ("…below Kilembe, this afternoon."),
  // takes a comma with it.
  if (out !== span) out = out.replace(/,(?=[.;:!?,])/g, '');
  // A count "as of" that day told in the perfect or the past ("As of this morning, 19 elephant
  // carcasses have been recovered…") holds without it; a state in the present keeps its day.
  const asOf = opening ? AS_OF.exec(out) : null;
  if (asOf !== null && DONE.test(out.slice(asOf[0].length))) out = upperFirst(out.slice(asOf[0].length));
  // A headline in Title Case ("Today Marks a Milestone") keeps its opening.
  if (opening && !titleCased(out)) {
    const found = OPENING.exec(out);
    if (found !== null) {
      const rest = out.slice(found[0].length);
      out = upperFirst(rest);
    }
  }
  return out;
}

function titleCased(text: string): boolean {
  const words = text.trim().split(/\s+/);
  const capitalized = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  return words.length >= 6 && capitalized >= 0.6 * words.length;
}

/** A day named relative to the report outside quotation marks, once the ones left out are gone. */
const RELATIVE_DAY = /\b(?:today|tonight|tomorrow|this (?:morning|afternoon|evening))\b/i;

/**
 * A relative day its report dates in the same breath: "effective from 12:00 noon today, 3 March
 * 2031", "tomorrow (Friday 14 March)". The reader is told the day; it names no other.
 */
const DATED_RELATIVE_DAY =
  /\b(?:today|tonight|tomorrow)\s*[,(]\s*(?:\p{Lu}\p{Ll}+day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\s+\d{1,2}(?:st|nd|rd|th)?)\b/gu;

/** Whether a point still names a day relative to its report ("…meets today to consider…"). */
export function keepsRelativeDay(text: string): boolean {
  return RELATIVE_DAY.test(text.replace(QUOTED, ' ').replace(DATED_RELATIVE_DAY, ' '));
}
