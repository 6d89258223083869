/**
 * Irregular past participles in -en / -n and the verb they are read as, by the shared stemmer
 * (terms.ts), so clustering and summarizing both read them: Porter leaves "stolen", "frozen" or
 * "shaken" apart from "steal", "freeze" and "shake", so "Hackers steal data" and "data stolen"
 * share fewer words than they should. Headlines use these forms for what was done ("Painting
 * stolen from museum"). A participle whose verb is a stop word ("taken", "seen") is dropped
 * as the verb is (src/cluster/text-terms.ts). The other irregular past forms ("caught", "held", "told")
 * are not listed: with them the tweets dev file lost 0.0012 B³ F1 (docs/clustering.md,
 * "Fourth round").
 */
const PARTICIPLES: Record<string, string> = {
  arisen: 'arise',
  beaten: 'beat',
  begun: 'begin',
  blown: 'blow',
  broken: 'break',
  chosen: 'choose',
  drawn: 'draw',
  driven: 'drive',
  eaten: 'eat',
  fallen: 'fall',
  flown: 'fly',
  forbidden: 'forbid',
  forgotten: 'forget',
  forgiven: 'forgive',
  frozen: 'freeze',
  given: 'give',
  grown: 'grow',
  hidden: 'hide',
  known: 'know',
  ridden: 'ride',
  risen: 'rise',
  seen: 'see',
  shaken: 'shake',
  shown: 'show',
  spoken: 'speak',
  spun: 'spin',
  stolen: 'steal',
  sworn: 'swear',
  taken: 'take',
  torn: 'tear',
  thrown: 'throw',
  woken: 'wake',
  worn: 'wear',
  written: 'write',
};

const BASE = new Map(Object.entries(PARTICIPLES));

/**
 * Irregular simple past forms of the verbs news sentences say events with. Not applied by the
 * shared stemmer (with "caught", "held" or "told" read as their verbs the tweets dev file lost
 * 0.0012 B³ F1): only where a sentence's predicate is compared with another's, so "froze the
 * assets" and "has frozen the accounts" say the same thing (src/summarize/select.ts).
 */
const PAST: Record<string, string> = {
  arose: 'arise',
  began: 'begin',
  blew: 'blow',
  broke: 'break',
  burnt: 'burn',
  caught: 'catch',
  chose: 'choose',
  drew: 'draw',
  drove: 'drive',
  fell: 'fall',
  fled: 'flee',
  flew: 'fly',
  forgave: 'forgive',
  froze: 'freeze',
  grew: 'grow',
  hid: 'hide',
  hit: 'hit',
  lost: 'lose',
  rode: 'ride',
  rose: 'rise',
  sank: 'sink',
  sunk: 'sink',
  shook: 'shake',
  shot: 'shoot',
  spoke: 'speak',
  stole: 'steal',
  struck: 'strike',
  swore: 'swear',
  threw: 'throw',
  took: 'take',
  tore: 'tear',
  woke: 'wake',
  won: 'win',
  wore: 'wear',
  wrote: 'write',
};
const PAST_BASE = new Map(Object.entries(PAST));

/** The verb an irregular past form or participle comes from, or the word itself. */
export function verbBase(word: string): string {
  return PAST_BASE.get(word) ?? BASE.get(word) ?? word;
}

/** The verb an irregular participle in -en / -n comes from, or the word itself. */
export function baseForm(word: string): string {
  return BASE.get(word) ?? word;
}
