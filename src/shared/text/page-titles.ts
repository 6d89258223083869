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

/** Whether a page's title names its page (above) rather than news. */
export function namesPage(title: string): boolean {
  return TRACKER.test(title) || NUMBERED.test(title) || CLIP_OR_MEMORIAL.test(title) || COLUMN.test(title);
}
