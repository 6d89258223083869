/**
 * Day and month names, whole and abbreviated, lower-cased: written capitalized, they name no
 * event (clustering's names, capitals.ts), and a house style rewrites them ("on Dec 13" for "on
 * Sunday") when it restyles a wire text (summarize/reports.ts).
 */
export const CALENDAR_WORDS: readonly string[] = (
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june ' +
  'july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'
).split(' ');

/**
 * Words of holidays' and seasons' names ("New Year's Eve", "Christmas Day", "Eid al-Fitr", "Good
 * Friday", "Holy Week"): written
 * capitalized, they name no story's event, as every report of the days around one writes them
 * (clustering's names, capitals.ts, where "New" counts only before "Year").
 */
export const HOLIDAY_WORDS: readonly string[] = (
  'year years eve christmas xmas easter ramadan eid diwali hanukkah thanksgiving boxing day holiday ' +
  'holidays advent lent epiphany good holy maundy whit pentecost passover'
).split(' ');

/** Words that place a text in time around today, which texts on any subject share. */
export const RELATIVE_DAY_WORDS: readonly string[] = ['today', 'yesterday', 'tomorrow', 'week'];

/**
 * Words any report writes, whatever its event: a saying, a part of the day, how near or how early,
 * a clock's "local time" or a "first time" ("said", "morning", "near", "early", "time"). Two
 * reports sharing them share no event (the edition's rare words, rare-names.ts; clustering's test
 * of an actor's event of another kind, clusterer.ts).
 */
export const EVERY_REPORT_WORDS: readonly string[] =
  'said says told according morning afternoon evening night today yesterday tomorrow day time early late near'.split(
    ' ',
  );
