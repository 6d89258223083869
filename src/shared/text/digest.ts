import { CALENDAR_WORDS, RELATIVE_DAY_WORDS } from './calendar';
import { contentTerms, isNumber, wordCount } from './terms';

/**
 * An emailed digest's web copy: a newsletter's several numbered items, each on its own subject
 * ("1. Riga: The opera chorus has called off…", "2. Tallinn: …", "3. Raseiniai: Who knew…" and
 * that item's paragraphs), between the newsletter's greeting and its unsubscribe line. Read as
 * one article it tells a story of several events at once; a reader of a story about one of them
 * wants that item's sentences only. docs/summarization.md ("Digests").
 */

/** An item's opening paragraph: "3. Coal", "2) Tallinn: The city's festival…". */
const ITEM_OPENER = /^(\d{1,2})[.)]\s+\S/;
/**
 * An item of its own subject opens on a heading ("3. Coal", "2. Meanwhile in Kigali") or a
 * label ("1. Riga: …", "1. RWANDA — …"); a newsletter's numbered points on one subject are
 * sentences ("1. The Dorohusk blockade is suspended from 18:00 today…").
 */
const ITEM_HEADING = /^\d{1,2}[.)]\s+(?:[^.!]{1,80}$|\p{Lu}[\p{L}'’ -]{1,30}?\s*(?::|—|–)\s)/u;

/** Lines only an emailed newsletter's web copy has. */
const NEWSLETTER_MARK =
  /\b(?:view (?:this (?:email|newsletter) )?in (?:your )?browser|unsubscribe|you (?:are|were) receiving this (?:email|newsletter)|forwarded this (?:email|newsletter|by a friend)|forward (?:this )?to a (?:friend|colleague)|update (?:your )?(?:email )?preferences)\b/i;

/** Share of an item's words found in the lead item from which it is on the lead's subject. */
const OWN_SUBJECT_SHARE = 0.2;

/** Day and month names and the days around today, which items on any subject share. */
const CALENDAR = new Set(contentTerms([...CALENDAR_WORDS, ...RELATIVE_DAY_WORDS].join(' ')));

/** Longest item heading, in words. */
const HEADING_WORDS = 12;

/** Fewest numbered items that make a digest: a news page may number two points of its own. */
const MIN_ITEMS = 3;

/**
 * An item of a bulletin or a log, opened by its place or its desk in capitals and a dash
 * ("MASERU — Traffic officers will close…", "FOOTBALL — Likuena's friendly…", "BUDVA — Slovenska
 * plaža, 21 December, 02:40"), or by its place and country ("Otrar, Kazakhstan — Conservation of
 * the citadel walls has resumed…"). A report opens so once; a bulletin of items, at every item.
 */
const ITEM_LABEL =
  /^(\p{Lu}[\p{Lu}\p{M} .'’-]{2,30}?|\p{Lu}[\p{L}\p{M}'’.-]+(?:[ -]\p{Lu}[\p{L}\p{M}'’.-]+){0,2}, \p{Lu}[\p{L}\p{M}'’.-]+(?: \p{Lu}[\p{L}\p{M}'’.-]+){0,2})\s+[—–]\s+\S/u;

/** Numbered items in order, 1, 2, 3…: the paragraphs that open them. */
function numberedOpeners(paragraphs: readonly string[]): number[] {
  const openers: number[] = [];
  for (const [index, paragraph] of paragraphs.entries()) {
    const number = ITEM_OPENER.exec(paragraph.trim())?.[1];
    if (number !== undefined && Number(number) === openers.length + 1) openers.push(index);
  }
  return openers.length >= MIN_ITEMS ? openers : [];
}

/** Paragraph indexes of a digest's items, in order (empty when the page is no digest). */
function itemOpeners(paragraphs: readonly string[]): number[] {
  const openers = numberedOpeners(paragraphs);
  if (openers.length === 0 || !paragraphs.some((paragraph) => NEWSLETTER_MARK.test(paragraph))) return [];
  const headed = openers.every((index) => ITEM_HEADING.test((paragraphs[index] ?? '').trim()));
  return headed ? openers : [];
}

/** Paragraphs opening a bulletin's items under three different labels or more, in order. */
function labelledOpeners(paragraphs: readonly string[]): number[] {
  const openers: number[] = [];
  const labels = new Set<string>();
  for (const [index, paragraph] of paragraphs.entries()) {
    if (!paragraph.includes('—') && !paragraph.includes('–')) continue;
    const label = ITEM_LABEL.exec(paragraph.trim())?.[1];
    if (label === undefined) continue;
    openers.push(index);
    labels.add(label);
  }
  return labels.size >= MIN_ITEMS ? openers : [];
}

/** Whether a page's text (paragraphs on lines of their own) is an emailed digest of numbered items. */
export function isDigest(text: string): boolean {
  return itemOpeners(text.split(/\n+/)).length > 0;
}

/**
 * Fewest items on other subjects that make a page of labelled items (a radio's news in brief, a
 * police log) a page of several subjects: a report's items may have words of their own.
 */
const MIN_OTHER_ITEMS = 2;

/**
 * Paragraph indexes of the items other than the lead of a page of items on several subjects: an
 * emailed digest's, the lead being the item told at most length (the one its writer gave the story
 * the page is filed under), or a bulletin or a log whose items are labelled by place or
 * desk, two or more of them on other subjects than the rest. Numbered items with no newsletter's
 * lines are left whole: a listicle's items on one subject share too few words to tell them from a
 * round-up's. docs/summarization.md ("Digests").
 */
export function otherItems(paragraphs: readonly string[]): Set<number> {
  const numbered = itemOpeners(paragraphs);
  if (numbered.length > 0) return offSubject(paragraphs, numbered).skipped;
  const labelled = labelledOpeners(paragraphs);
  if (labelled.length === 0) return new Set();
  const { skipped, items } = offSubject(paragraphs, labelled);
  return items >= MIN_OTHER_ITEMS ? skipped : new Set();
}

/** The paragraphs of the items, other than the lead, on other subjects, and how many such items. */
function offSubject(
  paragraphs: readonly string[],
  openers: readonly number[],
): { skipped: Set<number>; items: number } {
  const skipped = new Set<number>();
  let dropped = 0;
  const items = openers.map((start, i) => ({ start, end: openers[i + 1] ?? paragraphs.length }));
  const words = items.map(({ start, end }) =>
    paragraphs.slice(start, end).reduce((sum, paragraph) => sum + wordCount(paragraph), 0),
  );
  const lead = words.indexOf(Math.max(...words));
  const termsOf = ({ start, end }: { start: number; end: number }): Set<string> =>
    new Set(subjectTerms(paragraphs.slice(start, end).join(' ')));
  const itemTerms = items.map(termsOf);
  items.forEach((item, i) => {
    if (i === lead) return;
    const { start, end } = item;
    // An item on the subject of the lead or of the other items ("There is money now.", "The
    // radiators come on by Friday." among a newsletter's five points on one heating crisis) is
    // the story's too.
    const terms = [...(itemTerms[i] ?? [])];
    const others = new Set(itemTerms.flatMap((set, j) => (j === i ? [] : [...set])));
    const withLead = terms.filter((term) => itemTerms[lead]?.has(term)).length;
    const withOthers = terms.filter((term) => others.has(term)).length;
    const share = OWN_SUBJECT_SHARE * terms.length;
    if (terms.length === 0 || withLead >= share || withOthers >= share) return;
    // The last item runs into the page's sign-off, which the furniture rules read: it is its
    // opening paragraph, and the one after when that is only a heading ("4. Gold", "PODGORICA —
    // Blok 5, 21 December, 19:30").
    const opening = (paragraphs[start] ?? '').trim();
    const heading = !/[.!?]["”’)]?$/.test(opening) && wordCount(opening) <= HEADING_WORDS;
    const stop = i === items.length - 1 ? Math.min(end, start + (heading ? 2 : 1)) : end;
    for (let index = start; index < stop; index++) skipped.add(index);
    dropped++;
  });
  return { skipped, items: dropped };
}

/** Parts of a title listing a digest's items: "Kardzhali roaster halted; Zagreb tram strike; Danube ice". */
const TITLE_PARTS = /\s*;\s*/;

/**
 * A digest's title without the parts that tell only items left out: the parts sharing a word
 * (days and figures aside) with the kept paragraphs, or the whole title when none or all do.
 */
export function keptItemsTitle(title: string, kept: readonly string[]): string {
  const parts = title.split(TITLE_PARTS);
  const words = new Set(subjectTerms(kept.join(' ')));
  const told = parts.filter((part) => subjectTerms(part).some((term) => words.has(term)));
  return told.length > 0 && told.length < parts.length ? told.join('; ') : title;
}

function subjectTerms(text: string): string[] {
  return contentTerms(text).filter((term) => !isNumber(term) && !CALENDAR.has(term));
}
