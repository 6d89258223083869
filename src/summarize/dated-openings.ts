import { CALENDAR_WORDS } from '../shared/text/calendar';
import { WEEKDAY } from '../shared/text/scene-captions';
import type { SourceSentence } from './prepare';
import type { StoryModel } from './story-model';

/** Month names in calendar order, lower-cased (the shared calendar lists the seven days first). */
const MONTHS = CALENDAR_WORDS.slice(7, 19);
/** The months written whole, as a pattern's alternatives: "September", not "Sept". */
const MONTH_NAMES = MONTHS.map((month) => month[0]?.toUpperCase() + month.slice(1)).join('|');

/**
 * Openings dated well before their article: a year two or more before it, a month two or more
 * before it, a decade that ended so long ago. A feature's scene or background, not the news
 * (docs/summarization.md, "The lead point"); read by opensAsScene (scene-openings.ts).
 */
/**
 * An opening set in a year well before its article's ("In the summer of 1982, the priest of a
 * small church … found a gap on the shelf", "Back in 2019, …", "In the wet season of 1968, …"): a
 * feature's scene-setting anecdote, not what happened. The year must be two or more before the
 * article's; an undated article (Multi-News) is not judged.
 */
const OPENING_YEAR = new RegExp(
  String.raw`^(?:(?:In|By|Back in|During|Until|One \w+ in)\s+(?:the\s+(?:(?:summer|spring|autumn|fall|winter|early|late|wet|dry|rainy|monsoon|harvest|hot|cold|long)\s+){1,2}(?:months\s+|season\s+)?of\s+|(?:early|late|mid-?)\s*|(?:${MONTH_NAMES})\s+)?(1\d{3}|20\d\d)\b)`,
);

/**
 * The same for a night or a day of such a year ("On a wet night in July 2024, a field team…", "On
 * June 14, 1997, a 22-year-old … pitched the league's first perfect game", "On 29 September 1538,
 * after two days of tremors, the ground … split open"), and for a history told up to now ("Plans
 * for a port … have come and gone at least four times since the 1990s"): background, where the
 * news comes a sentence later.
 */
const OPENING_DAY_YEAR = new RegExp(
  String.raw`^(?:On|One|Late one|Early one|At)\s+(?:[^,;:]|(?<=\d):(?=\d\d)){0,40}?\b(?:in\s+)?(?:(?:${MONTH_NAMES})\s+(?:\d{1,2},\s+)?)?(1\d{3}|20\d\d),`,
);
const HISTORY_SINCE =
  /^(?:(?!\b(?:who|whose|which|that|where|when|after|because|as|if)\b)[^.;:,]){0,100}?\b(?:has|have)\s(?:(?!\b(?:what|that|which|who|whom|where|had|after|when|as|since)\b)[^.;:,]){0,80}?\bsince (?:the )?(?:(?:early|mid|late)[- ])?(1[89]\d\d|20\d\d)s?\b/;

/**
 * A main clause set in such a year ("Construction finally began in 2026 under a €38 million
 * contract…", "The Fier southern bypass was first promised in 2011, …"): its verb finite, no
 * relative clause or comma before it, so "A dam that was built in 2010 burst on Monday" and "The
 * ferry, built in 2009, sank…" tell their news.
 */
const CLAUSE_YEAR = new RegExp(
  String.raw`^(?:(?!\b(?:that|which|who|whose|where|when)\b)[^,;:]){0,80}?\b(?:began|started|opened|closed|was|were|had been|came|won|signed|went up|rose|grew|founded|settled)\b[^,;:]{0,60}?\bin\s+(?:(?:early|late|mid-?)\s*)?(?:(?:${MONTH_NAMES})\s+)?(1[89]\d\d|20\d\d)\b`,
);

/**
 * Antiquity told as what a place underwent: "The Phoenician city, founded according to tradition in
 * 814 BC, was razed by Rome in 146 BC…"; a find dated so ("a coin minted in 300 BC") is not.
 */
const ANCIENT_HISTORY =
  /\b(?:was|were)\s+(?:\p{Ll}+\s+)?(?:founded|built|razed|destroyed|sacked|conquered|abandoned|rebuilt|settled|burned|ruled)\b[^.;]{0,60}?\b\d{1,4}\s*(?:BC|BCE|B\.C\.)/u;

/**
 * A history told from a time it does not date ("Over the next five decades the yard grew into the
 * largest ship repair business in Cyprus."): the span runs from an earlier point of the story.
 */
const HISTORY_SPAN =
  /^(?:Over|In|During|For|Within) the (?:next|following|ensuing|subsequent) (?:(?:two|three|four|five|six|seven|eight|nine|ten|few|several|many|\d+)\s+)?(?:decades|years|centuries|generations)\b/;

/**
 * An opening set in a decade ("At its peak in the 1980s the mill employed more than 3,000 people.",
 * "In the 1990s, …"): the decade's last year must be two or more before the article's.
 */
/** A decade, its first three digits captured ("the late 1960s" gives 196). */
const DECADE = String.raw`(?:(?:early|mid|late)[- ])?((?:1[89]|20)\d)0s\b`;
const OPENING_DECADE = new RegExp(
  String.raw`^(?:[^,;:]{0,30}?\s)?(?:[Ii]n|[Dd]uring|[Tt]hroughout|[Bb]y|[Uu]ntil) the ${DECADE}`,
);

/**
 * A clause that opens on a time in such a year ("When Sean Kelly won Liège–Bastogne–Liège for the
 * second time in 1989, Cian Mulvey's father was a 19-year-old club rider…").
 */
/** A clause opening on a time, up to its "in": "When Sean Kelly won … in ". */
const WHEN_IN = String.raw`^(?:When|While|As|After|Before|Since|By the time)\s+[^,;:]{1,100}?\bin\s+`;
const WHEN_YEAR = new RegExp(
  String.raw`${WHEN_IN}(?:the\s+(?:summer|spring|autumn|fall|winter|(?:early|late)\s+(?:summer|spring|autumn|fall|winter|months))\s+of\s+)?(?:(?:early|late|mid-?)\s*)?(?:(?:${MONTH_NAMES})\s+)?(1\d{3}|20\d\d)\b[^,;:]{0,40},`,
);

/** …or on a decade ("When the Tantallon shaft was sunk in the late 1960s, potash miners…"). */
const WHEN_DECADE = new RegExp(`${WHEN_IN}the ${DECADE}[^,;:]{0,40},`);

/** An opening set in a month with no year ("In August, a brown bear walked through…"). */
const OPENING_MONTH = new RegExp(
  String.raw`^(?:In|Back in|Last|During|One \w+ in|Early in|Late in)\s+(${MONTH_NAMES}),`,
);
/** …or in its first clause ("When fisherman Jean-Marc Bégué found a steel fence … last October, he…"). */
const CLAUSE_LAST_MONTH = new RegExp(String.raw`^[^,;:]{0,160}?\blast (${MONTH_NAMES})\b`);
/** …or as a day of a month told as a tale's ("The first message reached Wulan's principal at 6:12 one morning in August."). */
const CLAUSE_ONE_DAY_IN = new RegExp(
  String.raw`^(?:\d:\d|[^;:]){0,160}?\b(?:one|that|an?)\s+(?:(?:early|late|hot|cold|rainy|quiet)\s+)?(?:morning|afternoon|evening|night|day)\s+in\s+(?:early\s+|late\s+|mid-?)?(${MONTH_NAMES})\b`,
);

/**
 * An opening on a day of a month ("On the morning of 9 September, a time-lapse camera … sent back a
 * picture…", "On March 3, …"): a report tells its news within a day or two of it, so a day a week
 * or more before the article's is the anecdote a feature opens on, the news told later.
 */
const OPENING_DAY = new RegExp(
  String.raw`^(?:On|Early on|Late on)\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?(?:(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH_NAMES})|(${MONTH_NAMES})\s+(\d{1,2})(?:st|nd|rd|th)?)(?:,?\s+((?:19|20)\d\d))?,`,
);
/** …or on a weekday of a month ("On the last Friday of September, a woman in Guasmo Sur noticed…"). */
const OPENING_WEEKDAY = new RegExp(
  String.raw`^(?:On|Early on|Late on)\s+the\s+(first|second|third|fourth|last)\s+(${WEEKDAY})\s+(?:of|in)\s+(${MONTH_NAMES})\b`,
);
const ORDINALS = ['first', 'second', 'third', 'fourth'];

/** The day of the month an OPENING_WEEKDAY names, in the given year and month. */
function weekdayOfMonth(year: number, month: number, ordinal: string, weekday: number): number {
  if (ordinal === 'last') {
    const last = new Date(Date.UTC(year, month + 1, 0));
    return last.getUTCDate() - ((last.getUTCDay() - weekday + 7) % 7);
  }
  const first = new Date(Date.UTC(year, month, 1)).getUTCDay();
  return 1 + ((weekday - first + 7) % 7) + 7 * ORDINALS.indexOf(ordinal);
}

/** How many days before its article an opening's day must be to be told as an anecdote. */
const DAYS_BEFORE_ANECDOTE = 7;
const DAY_MS = 86_400_000;

/** The latest day up to `when` of the month and day given (a year given is taken as written). */
function dayTime(when: Date, month: number, day: (year: number) => number, year?: number): number {
  if (year !== undefined) return Date.UTC(year, month, day(year));
  const time = Date.UTC(when.getUTCFullYear(), month, day(when.getUTCFullYear()));
  return time > when.getTime()
    ? Date.UTC(when.getUTCFullYear() - 1, month, day(when.getUTCFullYear() - 1))
    : time;
}

/** The time of the day an opening is set on (OPENING_DAY, OPENING_WEEKDAY), or null. */
function openingDay(text: string, when: Date): number | null {
  const dated = OPENING_DAY.exec(text);
  if (dated !== null) {
    const month = MONTHS.indexOf((dated[2] ?? dated[3] ?? '').toLowerCase());
    const year = dated[5] === undefined ? undefined : Number(dated[5]);
    return dayTime(when, month, () => Number(dated[1] ?? dated[4]), year);
  }
  const named = OPENING_WEEKDAY.exec(text);
  if (named === null) return null;
  const month = MONTHS.indexOf((named[3] ?? '').toLowerCase());
  // The shared calendar lists Monday first; a date's day counts from Sunday.
  const weekday = (CALENDAR_WORDS.indexOf((named[2] ?? '').toLowerCase()) + 1) % 7;
  return dayTime(when, month, (year) => weekdayOfMonth(year, month, named[1] ?? '', weekday));
}

/** Whether the opening's day lies a week or more before `when`. */
function dayLongBefore(text: string, when: Date): boolean {
  const time = openingDay(text, when);
  return time !== null && when.getTime() - time >= DAYS_BEFORE_ANECDOTE * DAY_MS;
}

/**
 * Whether a sentence opens on a time two months or two years or more before its article's, or on a
 * day a week or more before it.
 */
export function opensLongBefore(model: StoryModel, sentence: SourceSentence): boolean {
  const month = (OPENING_MONTH.exec(sentence.text) ??
    CLAUSE_LAST_MONTH.exec(sentence.text) ??
    CLAUSE_ONE_DAY_IN.exec(sentence.text))?.[1];
  const when = model.articles[sentence.article]?.doc.publishedAt;
  if (when && sentence.text.startsWith('O') && dayLongBefore(sentence.text, when)) return true;
  if (HISTORY_SPAN.test(sentence.text) || ANCIENT_HISTORY.test(sentence.text)) return true;
  // Two months or more before its article's month: a scene-setting anecdote, not the news.
  if (month !== undefined && when)
    return (when.getUTCMonth() - MONTHS.indexOf(month.toLowerCase()) + 12) % 12 >= 2;
  // A decade counts by its last year ("the 1980s" by 1989).
  const year =
    (OPENING_YEAR.exec(sentence.text) ??
      OPENING_DAY_YEAR.exec(sentence.text) ??
      HISTORY_SINCE.exec(sentence.text) ??
      CLAUSE_YEAR.exec(sentence.text) ??
      WHEN_YEAR.exec(sentence.text))?.[1] ??
    (OPENING_DECADE.exec(sentence.text) ?? WHEN_DECADE.exec(sentence.text))?.[1]?.concat('9');
  if (year === undefined || !when) return false;
  return when.getUTCFullYear() - Number(year) >= 2;
}
