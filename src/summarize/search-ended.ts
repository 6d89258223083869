import { isLiveTitle } from '../shared/text/wire-tags';
import { standaloneOf } from './standalone';
import { perSentence, type SentenceMemo, type StoryModel } from './story-model';

/**
 * A search told as going on, and the sentences of other reports (or of a live page's newer
 * entries) that tell it ended: the one sought found (superseded.ts, docs/summarization.md step 8).
 */

/**
 * Whom a search told as going on is for: the words after "searching for" ("Police… say they're
 * searching for Conyers' son after…"), or before "is missing" ("Carl Conyers, 21, is missing").
 */
const SOUGHT_AFTER = /\b(?:searching|search|looking|hunting)\s+for\s+((?:\S+\s+){0,5}\S+)/i;
const SOUGHT_BEFORE =
  /((?:\S+\s+){0,6}\S+)\s+(?:is|are|was|were|remains?|still|ha(?:ve|s|d) been)\s+(?:reported\s+)?missing\b/i;
const DEMONYM_BEFORE_NOUN =
  /\b\p{Lu}\p{Ll}+(?:ish|ese|ian|an|i|ch)\s+(?=(?!(?:is|are|was|were|has|have|had|remains?|still)\b)\p{Ll})/gu;
/**
 * What ends a search: "has been found safe", "was located", "turned up early Friday", "is now back
 * home", and for those sought under rubble or water "the bodies of the two… were recovered".
 */
const FOUND = /^(?:found|located|traced|rescued|freed|reunited|recovered|retrieved)$/;
const TELLS_FINDING = /\b(?:found|located|traced|rescued|freed|reunited)\b/i;
const FOUND_PAIRS = new Set(['turned up', 'back home', 'returned home', 'returned safely']);
const COUNT_WORDS = [
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];
/** A count in figures or in words, as a sentence may open with it ("Four skiers…"). */
const COUNT = `(?:\\d+|${COUNT_WORDS.map((word) => `[${word[0]?.toUpperCase()}${word[0]}]${word.slice(1)}`).join('|')})`;
/**
 * People sought as a group, after a count: "four divers", "two teenagers", "the 11 fishermen",
 * "Four skiers are missing…", "Two Spanish trekkers…", "Three men are still missing…".
 */
const PEOPLE_SOUGHT = new RegExp(
  `(?<=\\b${COUNT}\\s+(?:\\p{Lu}\\p{Ll}+\\s+)?)(?:\\p{Ll}{3,}s|men|women|children|people)\\b`,
  'gu',
);
/** A finding's word for people sought as "men": "fishermen", "crewmen", "firemen". */
const MEN = /(?:wo)?men$/;
const SOUGHT_COUNT = new RegExp(`\\b(${COUNT})\\s+\\p{L}`, 'u');

/** A count as digits: "3" for "three" or "Three", null for a word that is none. */
function countValue(word: string): string | null {
  if (/^\d+$/.test(word)) return word;
  const at = COUNT_WORDS.indexOf(word.toLowerCase());
  return at >= 0 ? String(at + 2) : null;
}
/** A finding that leaves some sought: "…, and three are still missing", "the search continues for…". */
const STILL_MISSING =
  /\b(?:still|remain|remains|remained)\s+missing\b|\bsearch\s+(?:continues|goes on|is continuing)\b|\bstill\s+(?:being\s+)?(?:sought|searched for)\b/i;
/** Words a name's finding may stand from the name: "Conyers' youngest son, who was reported missing this week, has been found". */
const FOUND_WINDOW = 12;

/**
 * Whether another report of the story tells the end of a search the sentence tells as going on:
 * a name of whom it is for, then within FOUND_WINDOW words a finding ("…Carl Conyers is now back
 * home"). A finding its report tells before the search's ended another search; undated
 * stories are read whatever their order.
 */
function searchEnders(model: StoryModel, index: number, text: string): number[] {
  // Both patterns try every word as a start: most sentences name no search at all.
  if (!/search|looking|hunting|missing/i.test(text)) return [];
  const sought = SOUGHT_AFTER.exec(text)?.[1] ?? SOUGHT_BEFORE.exec(text)?.[1];
  if (sought === undefined) return [];
  // Names only: the sentence's first word is capitalized whatever it is ("Eleven others were missing").
  const first = text.split(/\s/, 1)[0] ?? '';
  // A people's adjective before whom it qualifies names no one: "Two Spanish trekkers and their
  // Nepali guide have been missing…".
  const names = new Set(
    (sought.replace(DEMONYM_BEFORE_NOUN, ' ').match(/\p{Lu}\p{Ll}{2,}/gu) ?? [])
      .filter((name) => name !== first)
      .map((name) => name.toLowerCase()),
  );
  // No name: the people sought by what they are ("the search for four divers who disappeared…"),
  // found all together in another report ("The four divers … were found alive…"), none left missing.
  const group = names.size === 0;
  if (group) for (const noun of sought.match(PEOPLE_SOUGHT) ?? []) names.add(noun.toLowerCase());
  // …or by their count, as a finding names them: "Two of the three skiers… have been found alive"
  // under "Three people were missing…".
  // A sentence that tells some found already ("Eleven others were missing and nine were rescued")
  // is not overtaken by a finding of its own count.
  const count = group && !TELLS_FINDING.test(text) ? countValue(SOUGHT_COUNT.exec(sought)?.[1] ?? '') : null;
  if (names.size === 0 && count === null) return [];
  const ofThe = (words: readonly string[], i: number) =>
    count !== null && words[i - 1] === 'the' && words[i - 2] === 'of' && countValue(words[i] ?? '') === count;
  // "…after rescuers recovered the last two bodies from the rubble" under "Two people were still
  // missing under the debris": the last of the count, found just before it is named.
  const lastFound = (words: readonly string[], i: number) =>
    count !== null &&
    words[i - 1] === 'last' &&
    words[i - 2] === 'the' &&
    countValue(words[i] ?? '') === count &&
    FOUND.test(words[i - 3] ?? '');
  const enders: number[] = [];
  const own = model.sentences[index]?.article;
  // A live page's entries are its reports: "Three of the four missing skiers have been found alive"
  // ends the search that its own older entry "Four skiers are missing…" tells.
  const live = own !== undefined && isLiveTitle(model.articles[own]?.doc.title ?? '');
  // A finding told before the search was told as going on ("Nine people were rescued alive on
  // Saturday" under Sunday's "…in search of at least eight people still missing") ended another.
  const told = model.articles[own ?? -1]?.doc.publishedAt?.getTime() ?? Number.NaN;
  model.sentences.forEach((other, at) => {
    if (at === index || (other.article === own && !live)) return;
    if ((model.articles[other.article]?.doc.publishedAt?.getTime() ?? Number.NaN) < told) return;
    if (group && STILL_MISSING.test(other.text)) return;
    const words = other.text
      .toLowerCase()
      .replace(/['’]s?\b/g, '')
      .split(/[\s,;:—–-]+/);
    const ends = words.some((word, i) => {
      const men = group && names.has('men') && MEN.test(word);
      if (lastFound(words, i)) return true;
      if (!names.has(word) && !men && !ofThe(words, i)) return false;
      const after = words.slice(i + 1, i + 1 + FOUND_WINDOW);
      return after.some(
        (next, j) =>
          after[j - 1] !== 'not' && (FOUND.test(next) || FOUND_PAIRS.has(`${next} ${after[j + 1] ?? ''}`)),
      );
    });
    if (ends) enders.push(at);
  });
  return enders;
}

const ENDERS: SentenceMemo<number[]> = new WeakMap();

/** The sentences of other reports that end the search a sentence tells, read once per sentence. */
export function endersOf(model: StoryModel, index: number): number[] {
  return perSentence(ENDERS, model, index, () =>
    searchEnders(model, index, standaloneOf(model, index)?.text ?? model.sentences[index]?.text ?? ''),
  );
}

/**
 * Whether a sentence tells the end of a search that another report's opening tells as going on
 * ("The four divers … were found alive…" under "Rescuers on Sunday resumed the search for four
 * divers…"): it may lead from below its own article's opening (lead.ts).
 */
export function endsOpeningSearch(model: StoryModel, index: number, openings: readonly number[]): boolean {
  const article = model.sentences[index]?.article;
  return openings.some(
    (opening) => model.sentences[opening]?.article !== article && endersOf(model, opening).includes(index),
  );
}

/** A title telling a search as going on: "Search for 2 missing Colorado hikers grows to 75 people". */
const SEARCH_TITLE = /\b(?:missing|search(?:es|ing)?|hunt for|sought|unaccounted)\b/i;
/** A title telling the search goes on, whatever it found: "…as search for missing fishermen goes on". */
const GOES_ON_TITLE = /\b(?:search(?:es|ing)?|hunt for|sought|still missing)\b/i;
/** Whom a title tells missing: "…2 missing Colorado hikers…", "missing fishermen". */
const MISSING_WHO = /\bmissing\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}(\p{Ll}{3,}s|men|women|children|people|crew)\b/gu;
/** A title telling the ones sought found: "Missing hikers found alive…", "…rescued after four nights". */
const FOUND_TITLE = /\b(?:found|located|rescued|freed|reunited|recovered|turn(?:s|ed)? up)\b/i;

/**
 * Whether a title tells a search that a newer report's title tells ended ("Search for 2 missing
 * Colorado hikers grows to 75 people; trekking pole found" under "…: Missing hikers found alive in
 * Rocky Mountain National Park"): it heads nothing while a current title can (headline.ts). A
 * title that tells a finding itself ("…trekking pole found") is not ended by any finding: the
 * newer title must name whom it sought ("hikers"), or tell them missing when it found nothing
 * itself; a newer title that tells the search goes on ends none.
 */
export function searchOverTitle(model: StoryModel, title: string, article: number): boolean {
  if (!SEARCH_TITLE.test(title)) return false;
  const time = model.writtenAt[article] ?? Number.NaN;
  const sought = new Set(
    [
      ...(title.match(PEOPLE_SOUGHT) ?? []),
      ...[...title.matchAll(MISSING_WHO)].map((match) => match[1] ?? ''),
    ]
      .filter((noun) => noun.length > 0)
      .map((noun) => noun.toLowerCase()),
  );
  return model.articles.some((other, at) => {
    const newer = other.doc.title ?? '';
    if (at === article || !((model.writtenAt[at] ?? Number.NaN) > time) || !FOUND_TITLE.test(newer))
      return false;
    // "Debris found near reef as search for missing fishermen goes on" ends no search.
    if (GOES_ON_TITLE.test(newer)) return false;
    const words = newer.toLowerCase().split(/[^\p{L}]+/u);
    return words.some((word) => sought.has(word)) || (SEARCH_TITLE.test(newer) && !FOUND_TITLE.test(title));
  });
}
