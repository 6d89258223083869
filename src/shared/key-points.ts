/**
 * Key points per story, the product default (config `summarize.maxPoints`, 3 to 8): three, the
 * lead and the two facts that follow it. A fourth and fifth point were where most repeats, second
 * quotes of one speaker and background lines sat; docs/summarization.md ("How many points").
 */
export const DEFAULT_MAX_POINTS = 3;
/** Upper bound of the "3 to 8 key points" a story may be given. */
export const MAX_POINTS = 8;
/**
 * Key points shown for a story told by one independent report. Past its lead and the fact after
 * it, one article's sentences mostly tell the lead again in other words, quote it, or are its
 * page's standing lines; docs/summarization.md ("One report, two points").
 */
export const SINGLE_REPORT_POINTS = 2;
