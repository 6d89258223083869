import { junkKind } from '../shared/text/page-junk';

/**
 * The wire an article's own text credits: an agency in the dateline ("MANILA (PWS) —"), a credit
 * line ("(AP)", "— Meridian Press", "By MERIDIAN PRESS", "Source: Pacific Wire Service"), an
 * aggregator's "via …" (reports.ts groups the copies; docs/summarization.md, "Independent reports").
 */

/** A word only a news agency's name holds. */
export const AGENCY_WORD =
  /\b(?:Press|Wire|News Agency|Agency|Agence|Presse|Service|Associated|Reuters|AFP|AP)\b/;
/**
 * "MANILA (PWS) —", "KALDERA, Marovia, March 14 (Reuters) -", "VIENNA, 7 December 2026 (ANW) –",
 * "DUSHANBE, Jan 7 [TWS] —", "(AP) —"; not a reference number's code ("Announcement No.
 * (IUL)-F/2031/41"), whose hyphen joins it to the rest.
 */
const DATELINE_AGENCY =
  /^[\p{Lu}][\p{L}\p{N}.,'()/ -]{0,60}?[([](\p{Lu}[\p{L}.&' -]{0,40})[)\]]\s*(?:—|–|--|-(?!\S)|:)/u;
/**
 * A credit line: "(AP)", "— Meridian Press", "By MERIDIAN PRESS", "By Hollis Wire Service",
 * "Source: Pacific Wire Service", a wire's initials before the page's stamp ("KPA | Published:
 * April 13…", "GSA | 10 Oct 2028 01:15"). Capitals alone on a line are not one: "DAKAR" is a dateline
 * set apart by the page, nor a table's row of cells ("DQ | 101 | GEBREMEDHIN, Tesfaye | ETH | …": a
 * result's code; "LPG | 3.02": a price).
 */
const CREDIT_LINE =
  /^(?:\((\p{Lu}{2,6})\)|\((\p{Lu}[\p{L}.&' -]{0,40})\)|(?:—|–|-)\s*(\p{Lu}[\p{L}.&' -]{1,40})|(?:By|BY)\s+(\p{Lu}[\p{L}.&' -]{2,40})|(?:Source|SOURCE):\s*(\p{Lu}[\p{L}.&' -]{1,40})|(\p{Lu}{2,6})\s+\|\s+(?:Published|Updated|Posted|\d{1,2}\s+\p{L}{3}|\d{4}-\d\d)[^|]*)\.?$/u;
/** A transcript's speaker by role and name: "ANCHOR (INES VARGA): …", "HOST (Maya Reid): …", "HOST (Tavita): …", "KWAME ADDO (HOST): …". */
const TRANSCRIPT_SPEAKER =
  /^\p{Lu}{3,}(?:\s+\p{Lu}{3,})?\s*\((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]*\)\s*:|^(?:\p{Lu}[\p{Lu}'’.-]+\s+){0,3}\p{Lu}[\p{Lu}'’.-]+\s*\((?:HOST|CO-HOST|PRESENTER|REPORTER|ANCHOR|CORRESPONDENT|GUEST|CALLER|NEWSREADER|INTERVIEWER|MODERATOR|NARRATOR)\)\s*:|^(?:HOST|CO-HOST|PRESENTER|REPORTER|ANCHOR|CORRESPONDENT|NEWSREADER|INTERVIEWER|MODERATOR)\s*\(\p{Lu}[\p{L}'’-]*\)\s*:/u;
/** An aggregator's credit line: "via Spindrift · 1h ago", "Via Plumbline News Agency". */
const VIA_LINE = /^(?:via|Via|VIA)\s+(\p{Lu}[\p{L}.&'’ -]{1,40}?)\s*(?:[·|•]\s*.*)?$/u;
/**
 * A wire's name alone on its line, ending on an agency's word ("TESSERA NEWS AGENCY", "Mercator
 * News Agency", "Hollis Wire Service"); "Press Statement" and "SOUNDBITE OF PRESS CONFERENCE" name
 * no wire, nor does a heading (NOT_A_NAME), nor a broadcaster's language or regional service
 * ("Central Asia Service", "World Service"): a service is a wire's only as a news, wire or press one.
 */
const NAME_LINE =
  /^(?!By\s|BY\s)\p{Lu}[\p{L}&'.]*(?:\s+(?:\p{Lu}[\p{L}&'.]*|of|and|&)){0,4}\s+(?:Press|PRESS|Wire|WIRE|Agency|AGENCY|(?<=(?:News|Wire|Press|Information|NEWS|WIRE|PRESS|INFORMATION)\s)(?:Service|SERVICE)|Newswire|NEWSWIRE)$/u;

/**
 * A page's kind or section in capitals, which a stamp line puts where a wire's initials go, and a
 * wire's own end mark in brackets ("(END)", "(MORE)"), which is no other wire's credit.
 */
const SECTION_WORD =
  /^(?:ALERTS?|UPDATES?|LIVE|NEWS|BREAKING|FLASH|URGENT|NOTICE|VIDEO|AUDIO|PHOTOS?|OPINION|ANALYSIS|REVIEW|EDITORIAL|FEATURE|BRIEF|SPORTS?|WORLD|LOCAL|BUSINESS|POLITICS|END|ENDS|MORE|ENDITEM)$/;
/** A word in lower case other than a name's particle ("Agence de Presse", "Voice of the Coast"): a label's ("Fri close"). */
const LABEL_WORD = /\s(?!(?:of|the|and|de|del|des|du|la|le|di|da|do|dos|für|van|von|y|et|e)\b)\p{Ll}/u;
/** A day in brackets ("Tides, Malé (Thu): High 05:48…"): a widget's label, not a wire's dateline. */
const WEEKDAY_LABEL = /^(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|rsday|urday)?\.?$/;
/** A body's legal form or registration in brackets: "(Regd.)", "(Pvt.) Ltd", "(Inc.)". */
const LEGAL_FORM =
  /^(?:Regd|Reg|Registered|Pvt|Private|Ltd|Limited|Inc|Corp|Co|Plc|PLC|LLC|LLP|GmbH|SA|AG|NV|BV)\.?$/;
/** A heading that ends on an agency's word without naming one: "ALSO IN THE PRESS", "From the wire". */
const NOT_A_NAME = /\b(?:in|on|from|of|to) the (?:press|wire)$/i;

/** A byline that credits a wire with the page's own additions. */
const FILES_LINE =
  /^(?:(?:By|BY)\s+)?(\p{Lu}[\p{L}.&'’ -]{1,40}?),?\s+(?:with|With|WITH) (?:files|reporting) from\b/u;

/** A name in capitals as it is usually written: "HOLLIS WIRE SERVICE" → "Hollis Wire Service"; initials stay. */
function asWritten(name: string): string {
  if (/^\p{Lu}{2,6}$/u.test(name) || /\p{Ll}/u.test(name)) return name;
  return name.replace(/\p{Lu}+/gu, (word) => word.charAt(0) + word.slice(1).toLowerCase());
}

/** The wire an article's own text credits, or null. */
export function creditedWire(text: string): string | null {
  const paragraphs = text
    .split(/\n+/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  // The dateline opens the first paragraphs of text; an aggregator's page puts lines of its own
  // before them ("Gleanfeed › World › Middle East", "842 reads · 29 comments").
  const opening = paragraphs.find((line) => line.length > 60);
  for (const paragraph of [...paragraphs.slice(0, 4), ...(opening === undefined ? [] : [opening])]) {
    if (TRANSCRIPT_SPEAKER.test(paragraph)) continue;
    const match = DATELINE_AGENCY.exec(paragraph);
    // A dateline opens a sentence (not a heading's code: "Funafuti (FUN) — runway closure"), its place in
    // capitals ("LUXOR (Isobar) –"); a lower-case word marks a widget's label ("Prayer times (Cairo): …").
    if (match === null || !/^\s*["“‘\p{Lu}\p{N}]/u.test(paragraph.slice(match[0].length))) continue;
    if (/(?:^|\s)\p{Ll}/u.test(match[0].slice(0, match[0].search(/[([]/)))) continue;
    // A label in brackets before a colon and a figure is a ticker's or a table's ("USD/IQD
    // (Baghdad): 146,850 | Gold…"), not a dateline: a dateline is followed by its sentence.
    if (match[0].trimEnd().endsWith(':') && /^\s*[\p{N}$€£¥]/u.test(paragraph.slice(match[0].length)))
      continue;
    // A firm's legal form after its name ("Loco Running Staff Association (Regd.) — …", "(Pvt.)") is no agency,
    // nor a label's words in lower case: a ticker's "ATHEX (Fri close): General Index 1,914.63 ▲0.9% · …".
    if (
      match[1] !== undefined &&
      !/^\p{Lu}\.?$/u.test(match[1]) &&
      !LEGAL_FORM.test(match[1].trim()) &&
      !LABEL_WORD.test(match[1]) &&
      !WEEKDAY_LABEL.test(match[1].trim())
    )
      return match[1].trim();
  }
  for (const paragraph of paragraphs) {
    if (paragraph.length > 60) continue;
    // An aggregator's "via Spindrift · 1h ago": the name it gives is the text's source.
    const via = VIA_LINE.exec(paragraph)?.[1]?.trim();
    if (via !== undefined) return via;
    if (NAME_LINE.test(paragraph) && !NOT_A_NAME.test(paragraph)) return asWritten(paragraph);
    // "Laurentian Press, with files from Courier staff": the wire's text with the page's additions.
    // ("With files from Meridian Press" is the page's own report.)
    const filed = FILES_LINE.exec(paragraph)?.[1]?.trim();
    if (filed !== undefined && AGENCY_WORD.test(filed)) return asWritten(filed);
    const match = CREDIT_LINE.exec(paragraph);
    // "Source: National Emergency Management Agency" naming a body the text itself cites gives
    // where figures came from (a table's source), not whose text the page carries.
    const source = match?.[5]?.trim();
    if (source !== undefined && paragraphs.some((other) => other !== paragraph && other.includes(source)))
      continue;
    // A byline's name in capitals is read as written ("By MERIDIAN PRESS"); a bracketed line in
    // capitals is a broadcast's note ("(SOUNDBITE OF PRESS CONFERENCE)") unless it is initials.
    const byline = match?.[4]?.trim();
    const credit =
      byline !== undefined
        ? asWritten(byline)
        : match
            ?.slice(1)
            .find((group) => group !== undefined)
            ?.trim();
    // "CLOSE", "VIDEO": a word of the page's interface, not an agency; "ALERT | 11 October 2030",
    // "WORLD | …": the page's kind or section before its stamp.
    if (credit !== undefined && (junkKind(credit) === 'player' || SECTION_WORD.test(credit))) continue;
    if (credit !== undefined && (AGENCY_WORD.test(credit) || /^\p{Lu}{2,6}$/u.test(credit))) return credit;
  }
  return null;
}
