/**
 * Day and month names, whole and abbreviated, lower-cased: written capitalized, they name no
 * event (clustering's names, capitals.ts), and a house style rewrites them ("on Dec 13" for "on
 * Sunday") when it restyles a wire text (summarize/reports.ts).
 */
export const CALENDAR_WORDS: readonly string[] = (
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june ' +
  'july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'
).split(' ');

/** Words that place a text in time around today, which texts on any subject share. */
export const RELATIVE_DAY_WORDS: readonly string[] = ['today', 'yesterday', 'tomorrow', 'week'];
