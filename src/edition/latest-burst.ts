import { addLowerCaseTerms, contentTerms, isNumber, namesIn } from '../shared/text/terms';
import { isColumnTitle, isFeatureTitle, isNoticeTitle, withoutWireTags } from '../shared/text/wire-tags';

const HOUR_MS = 3_600_000;

/**
 * Quiet hours that end a burst of reporting. A story's articles come in bursts: a day's reports,
 * then a quiet night, then the next day's. The morning summary is written from the latest burst
 * (docs/summarization.md, "What a morning's summary is written from"): the reader had the earlier
 * ones the morning before, and when the clusterer has joined one actor's two events (a shipyard's
 * record order, then a crane collapse at its yard two days later), the earlier event's reports
 * would otherwise fill the later story with its facts. 12 h is the clusterer's own quiet spell
 * after which an unlike headline starts another story (cluster/tuning.ts `unlikeHours`).
 */
export const BURST_GAP_HOURS = 12;

/**
 * Where each burst after the first begins: the indexes of items that follow a quiet spell of
 * `BURST_GAP_HOURS` or more, in order. `items` are in time order.
 */
export function burstStarts<T>(items: readonly T[], timeOf: (item: T) => number): number[] {
  const starts: number[] = [];
  for (let i = 1; i < items.length; i++) {
    const here = items[i];
    const before = items[i - 1];
    if (
      here !== undefined &&
      before !== undefined &&
      timeOf(here) - timeOf(before) >= BURST_GAP_HOURS * HOUR_MS
    )
      starts.push(i);
  }
  return starts;
}

/**
 * The items after the story's last quiet spell of `BURST_GAP_HOURS` or more, oldest first, or
 * null when the story has no such spell (all of it is one burst). `items` are in time order.
 */
export function latestBurst<T>(items: readonly T[], timeOf: (item: T) => number): T[] | null {
  const last = burstStarts(items, timeOf).at(-1);
  return last === undefined ? null : items.slice(last);
}

/**
 * A headline's tail that dates its news by an earlier event ("Altiva shares slide 6% after Cusco
 * runway accident, days after Andemar deal"): the earlier event is the story's, the news is before it.
 */
const EARLIER_EVENT =
  /,?\s+(?:just\s+|only\s+|barely\s+)?(?:hours|days|weeks|months|a day|a week|a month|(?:two|three|four|five|six|ten)\s+(?:days|weeks|months))\s+(?:after|since)\b.*$/i;

/** A title's words of what happened: its content words, names, figures and the wire's desk tags left out. */
function headlineWords(title: string): Set<string> {
  return titleView(title).words;
}

/** A title's terms (figures aside), its words of what happened (headlineWords), its names, and the words it writes in lower case. */
function titleView(title: string): {
  terms: Set<string>;
  words: Set<string>;
  names: Set<string>;
  lower: Set<string>;
} {
  const clean = withoutWireTags(title).replace(EARLIER_EVENT, '');
  const names = new Set(namesIn(clean));
  // The first word is capitalized whatever it is, but one owning what follows is a name ("India's Sundara…").
  const owner = /^(\p{Lu}[\p{L}-]*)['’]s\b/u.exec(clean)?.[1];
  if (owner !== undefined) for (const term of contentTerms(owner)) names.add(term);
  const lower = new Set<string>();
  addLowerCaseTerms(clean, lower);
  const terms = contentTerms(clean).filter((term) => !isNumber(term));
  const words = new Set(terms.filter((term) => !names.has(term)));
  return { terms: new Set(terms), words, names, lower };
}

/**
 * Whether a lone report's headline shares no word with the story's other headlines but names and
 * figures: "Crane collapse at Daeyang's Geoje shipyard kills 2, injures 4" under "Daeyang Heavy
 * wins record order for 12 LNG carriers" is one actor's other event, or at best a new angle that
 * no second report confirms yet. A report that resumes the story says so in its headline ("Ferry
 * fire toll rises to 19"). A headline with no such word (all names) tells nothing and is not unlike.
 * A column's or a feature's headline ("OPINION | …", "'WE HEARD THE ROOF GO': …"; `isFeatureTitle`)
 * is not among the story's headlines here: its words are the writer's or a speaker's, so a lone
 * report neither resumes the story by sharing one of them nor is unlike it for sharing none; with
 * no other headline to read, it is not unlike. Nor is a notice's title ("Warning to the public
 * regarding Al-Waha Trading and Investment"), which names what its page is, not what happened.
 */
export function unlikeHeadline(title: string, others: readonly string[]): boolean {
  const own = titleView(title);
  if (own.words.size === 0 || isNoticeTitle(title)) return false;
  let compared = 0;
  for (const other of others) {
    if (isFeatureTitle(other) || isNoticeTitle(other)) continue;
    compared++;
    const theirs = titleView(other);
    // A word either headline writes in lower case is no name where the other capitalizes it
    // ("Chosica huaico: 126 homes affected…" after "LIVE | Huaicos hit Chosica…").
    for (const term of theirs.terms)
      if (
        own.terms.has(term) &&
        ((own.words.has(term) && theirs.words.has(term)) || own.lower.has(term) || theirs.lower.has(term))
      )
        return false;
  }
  return compared > 0;
}

/** A title's words, names included, its tail about an earlier event left out. */
function titleTerms(title: string): Set<string> {
  return new Set(
    contentTerms(withoutWireTags(title).replace(EARLIER_EVENT, '')).filter((term) => !isNumber(term)),
  );
}

function sharedWith(own: ReadonlySet<string>, titles: readonly string[]): number {
  const theirs = new Set(titles.flatMap((title) => [...titleTerms(title)]));
  let shared = 0;
  for (const term of own) if (theirs.has(term)) shared++;
  return shared;
}

/**
 * Whether a lone report's headline shares more words with the headlines of another story of the
 * edition than with its own story's: "Altiva shares slide 6% after Cusco runway accident, days
 * after Andemar deal", clustered with the airline's purchase of Andemar, tells the Cusco runway
 * accident that another story of the morning reports. Its own story is summarized without it.
 */
export function closerElsewhere(
  title: string,
  own: readonly string[],
  others: readonly (readonly string[])[],
): boolean {
  const mine = titleTerms(title);
  if (mine.size === 0) return false;
  const here = sharedWith(mine, own);
  return others.some((titles) => sharedWith(mine, titles) > here);
}

/**
 * The story's articles from the oldest burst that still tells the latest bursts' event: walking
 * back burst by burst, an earlier burst whose headlines mostly share nothing but names with the
 * later ones ("Pokharel hits record 151 as Nepal beat Scotland" before "Nepal captain goes to
 * police over deepfake betting video") is one actor's other event, and it and all before it are
 * left out. `items` are in time order; all of them when no burst is such.
 */
export function sinceOtherEvent<T>(
  items: readonly T[],
  timeOf: (item: T) => number,
  titleOf: (item: T) => string,
): readonly T[] {
  const starts = burstStarts(items, timeOf);
  for (let k = starts.length - 1; k >= 0; k--) {
    const later = items.slice(starts[k]).map(titleOf);
    const earlier = items.slice(k > 0 ? starts[k - 1] : 0, starts[k]).map(titleOf);
    const told = earlier.filter((title) => headlineWords(title).size > 0 && !isColumnTitle(title));
    const unlike = told.filter((title) => unlikeHeadline(title, later)).length;
    if (told.length > 0 && unlike * 2 > told.length) return items.slice(starts[k]);
  }
  return items;
}

const LOWER_WORDS = /(?<![\p{L}\p{N}])\p{Ll}[\p{L}'’-]*/gu;

/** Quiet hours before the newest headlines' group for it to be another event of the story's actor. */
export const GROUP_GAP_HOURS = 6;
/** …or fewer, when the older headlines tell one event of their own. */
export const SHORT_GROUP_GAP_HOURS = 3;

/**
 * The newest articles whose headlines tell one thing the older ones' do not: the newest article
 * and every article whose headline shares a word (names and figures aside) with one of the group,
 * when all the others came `GROUP_GAP_HOURS` or more before the group began and none of their
 * headlines shares a word with it. "Philippines' Cebu declares state of calamity as reservoirs hit
 * 15-year low" and "Metro Cebu to ration tap water from Monday under state of calamity", nine hours
 * after "Cebu's suspended governor is back — for now", tell the province's water emergency, not
 * its governor's suspension (docs/summarization.md, "What a morning's summary is written from").
 * Null when there is no such split. Headlines with no such word (all names) and those of
 * features and columns (`isFeatureTitle`: their words are the writer's) join no group and count
 * for neither side. `items` are in time order.
 */
export function newestHeadlineGroup<T>(
  items: readonly T[],
  timeOf: (item: T) => number,
  titleOf: (item: T) => string,
): T[] | null {
  const titles = items.map(titleOf);
  // A headline's first word is capitalized whatever it is: one the headlines never write in lower
  // case is a name here ("Philippine ombudsman suspends…", "Philippines' Cebu declares…").
  const lower = new Set(
    titles.flatMap((title) => contentTerms((title.replace(/^\S+/, '').match(LOWER_WORDS) ?? []).join(' '))),
  );
  const words = titles.map((title) => {
    if (isFeatureTitle(title)) return new Set<string>();
    const own = headlineWords(title);
    const opening = withoutWireTags(title).trim().split(/\s+/)[0] ?? '';
    const openingTerm = contentTerms(opening.replace(/['’]s?$/, ''))[0];
    if (openingTerm !== undefined && !lower.has(openingTerm)) own.delete(openingTerm);
    return own;
  });
  // The newest report's headline, features' and columns' aside.
  const newest = words.findLastIndex((own) => own.size > 0);
  if (newest < 1) return null;
  const group = connected(words, newest);
  const first = Math.min(...group);
  const others = words.flatMap((own, index) => (!group.has(index) && own.size > 0 ? [index] : []));
  if (
    others.length === 0 ||
    items.slice(first).some((_, k) => !group.has(first + k) && (words[first + k]?.size ?? 0) > 0)
  )
    return null;
  const before = items[others.at(-1) ?? -1];
  if (before === undefined) return null;
  const quiet = timeOf(items[first] as T) - timeOf(before);
  // After a shorter quiet spell, the older headlines must tell one event of their own too ("…to
  // buy 49% of Pakistan's Indus Skyways", "…buys into Indus Skyways in nearly $400 million deal"
  // five hours before "Two killed as Sahab Air jet skids off runway in Lahore storm").
  const own = others.length >= 2 && connected(words, others[0] as number).size === others.length;
  if (quiet < (own ? SHORT_GROUP_GAP_HOURS : GROUP_GAP_HOURS) * HOUR_MS) return null;
  return items.filter((_, index) => group.has(index));
}

/** The headlines joined to one by shared words, directly or through others. */
function connected(words: readonly ReadonlySet<string>[], start: number): Set<number> {
  const group = new Set([start]);
  const held = new Set(words[start]);
  for (let grew = true; grew; ) {
    grew = false;
    words.forEach((own, index) => {
      if (group.has(index) || ![...own].some((term) => held.has(term))) return;
      group.add(index);
      for (const term of own) held.add(term);
      grew = true;
    });
  }
  return group;
}
