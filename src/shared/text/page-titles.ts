import { isVerbless } from './scene-captions';

/**
 * Titles that name their page, not news (docs/summarization.md, "Method, 9. Headline"): a
 * tracker's, a board's, a bulletin's, a video's, a memorial's or a column's page.
 */

/**
 * A ship's registry number or position page ("AZURINE SOLACE - Passenger (Cruise) Ship, IMO
 * 9876543 - Current position and details"), a live board ("Leușeni – Albița: live waiting
 * times", "Pas de la Casa (AD ⇄ FR) — live wait times").
 */
const TRACKER =
  /\bIMO:?\s*\d{7}\b|\bMMSI:?\s*\d{9}\b|\b(?:current|live|latest) (?:position|location)\b|\blive (?:wait(?:ing)? times?|queues?|departures|arrivals|status|map|tracker|traffic|cameras?|webcams?|radar)\b/i;
/**
 * A numbered circular ("Circular 14-2028: Classes Wednesday 15 March"), a bulletin's issue time
 * ("Pre-flight Information Bulletin – ANYN Nauru Intl – issued 24 MAR 2028 0310 UTC") or number
 * ("RotorSafe Weekly Briefing — Issue 2028/14"), a transcript's heading in any language
 * ("Transcripció — Migdia Pirineu, 31/03/2028").
 */
const NUMBERED =
  /^(?:circular|memo(?:randum)?|notice|communiqu[eé]|bulletin|newsletter|letter)\s+(?:no\.?\s*)?\d+(?:[-/]\d+)?\s*[:—–-]|[—–-]\s*issued\s+\d|\bissue (?:no\.?\s*)?\d{1,4}(?:\/\d{1,3})?$|^transcri\p{L}*\s*[—–:-]/iu;
/**
 * A video's format tag ("Concepción ash 22/03 – drone + interview in Moyogalpa [4K]", "yacht
 * fire monaco port hercule 07 04 2028 4K"), a memorial page's name and years ("Daniel
 * Osei-Brempong (1986 – 2028)").
 */
const CLIP_OR_MEMORIAL =
  /\[(?:4K|UHD|HD|1080p|720p|60 ?fps|full video)\]|\((?:4K|UHD|1080p)\)|\b(?:4K|1080p|UHD)$|\(\d{4}\s*[–-]\s*\d{4}\)$/i;
/** A column's name: a few capitalized words and a column word ("Lakeside Notes", "Harbour Diary"). */
const COLUMN = /^(?:\p{Lu}[\p{L}'’-]+ ){1,3}(?:Notes|Notebook|Diary|Dispatch|Memo|Corner)$/u;

/**
 * Titles with no verb that a numbered or dated page carries: a document's number ("Notice to
 * Skippers No. 112/2028", "Order No. ISH/BRH/PO/2028/117", "Sale No. 25 — Market Report",
 * "Company announcement no. 19/2028", and with its state: "… No. 47/2028 — CANCELLED"), a
 * date or a clock time closing it after a dash ("Evening Bulletin 19:00 — 3/7/2028", "Cause List —
 * High Court 4 — Friday 23rd June 2028"), or a page's kind heading it ("Voyage Updates", "Match
 * report — Final, second leg", "Parish Announcements — …", "Programme — Opening Night", "Ibri
 * Community Noticeboard — Telegram").
 */
const DOCUMENT_NUMBER = /\bNo\.?\s*(?:\d|\p{Lu}{2,}[/-])|\bno\.\s*\d/u;
/** A notice's state after its number, in capitals: "Notice to Mariners No. 47/2028 — CANCELLED". */
const STATE_TAIL =
  /\s*[—–|-]\s*(?:CANCELLED|CANCELED|UPDATED|REVISED|WITHDRAWN|AMENDED|CORRECTED|EXTENDED|LIFTED|EXPIRED|RESCINDED|IN FORCE)\s*$/u;
const DATED_TAIL =
  /[—–|-]\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{L}{3,9}\.?,?\s+\d{4}|\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})\s*$/u;
const KIND_HEAD =
  /^(?:[\p{L}'’-]+\s+){0,3}(?:updates?|report|announcements?|notices?|bulletin|information|list|listings|schedule|timetable|results|advisory|notes|programme|program|agenda|line-?up|noticeboard|notice ?board)(?:\s+\d{1,2}[:.]\d{2})?\s*(?:[—–|-]|$)/iu;
/**
 * Page words that end in -s like a verb ("Voyage Updates", "Election results"), and the audience a
 * notice is addressed to ("Notice to Mariners", "Advice to Travellers"): not read as verbs.
 */
const PAGE_NOUNS =
  /\b(?:updates|reports?|announcements|notices|results|listings|notes|news|skippers|mariners|airmen|pilots|passengers|travell?ers|residents|members|customers|shareholders|investors|parents|students|staff|employees|contractors|suppliers|shippers|exporters|importers|operators)\b/giu;

/** Whether a page's title names its page (above) rather than news. */
export function namesPage(title: string): boolean {
  if (TRACKER.test(title) || NUMBERED.test(title) || CLIP_OR_MEMORIAL.test(title) || COLUMN.test(title))
    return true;
  if (!DOCUMENT_NUMBER.test(title) && !DATED_TAIL.test(title) && !KIND_HEAD.test(title)) return false;
  // A headline tells an act, whatever page it heads ("Sale No. 25 halted as strike spreads").
  // The date of a dated tail is no verb ("… — 5 May 2028"), nor a page's noun in -s.
  return namesNoAct(title.replace(STATE_TAIL, '').replace(DATED_TAIL, '').replace(PAGE_NOUNS, '§'), {
    maxWords: 20,
    clauses: false,
  });
}

/**
 * A title that names a thing or a page and says no one did anything: no verb once its words are
 * in lower case ("Tajikistan Quake Toll Rises" has one), no infinitive ("… to buy …") and no clause
 * after "as", "after" or "when" ("Heartbreak in Kirtipur as Uganda snatch title"; a page's name
 * may hold "after" with no clause: "Parish Announcements — 4th Sunday after Pentecost").
 */
/**
 * Two names a headline's comma joins, and their verb of what parties do together: "Karnaphuli
 * Marine Lines, Brahmaputra Barge sign stake deal in Guwahati" ("Haima, Basra and the two faces of
 * Zahrat" and "In Zabłocie, Wolnica staff digest…" hold no such verb).
 */
const NAMED_PAIR =
  /^(?!(?:In|At|On|From|For|After|Before|With|Inside|Outside)\s)(?:\p{Lu}[\p{L}'’.&-]*\s+){0,3}\p{Lu}[\p{L}'’.&-]*,\s+(?:\p{Lu}[\p{L}'’.&-]*\s+){0,3}\p{Lu}[\p{L}'’.&-]*\s+(?:sign|agree|reach|seal|ink|strike|settle|merge|meet|clash|trade|swap|launch|form|unveil|announce|extend|renew|finalise|finalize|complete|end|resume|halt)\s/u;

export function namesNoAct(
  title: string,
  {
    lower = true,
    maxWords = 15,
    clauses = true,
  }: { lower?: boolean; maxWords?: number; clauses?: boolean } = {},
): boolean {
  const lowered = lower
    ? title.replace(/(?<=\s)\p{Lu}(?=\p{Ll})/gu, (letter) => letter.toLowerCase())
    : title;
  return (
    !NAMED_PAIR.test(title) &&
    isVerbless(lowered, maxWords) &&
    !/\bto (?!the\b|a\b|an\b)\p{Ll}{3,}/u.test(lowered) &&
    !(clauses && /\b(?:as|after|when|while) (?:\S+ ){1,3}\p{Ll}{3,}\b/u.test(lowered))
  );
}
