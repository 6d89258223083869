import { interfacePrefixLength } from './interface-words';
import { junkKind, SUMMARY_BOX_LABEL } from './page-junk';
import { upperFirst } from './sentences';
import { TextMemo } from './text-memo';

/**
 * Trims what is not news from a sentence: datelines ("DENVER (AP) — ") and "Read more" tails;
 * a sentence that is page furniture (a caption, a byline, a prompt…; page-junk.ts) is dropped
 * whole. Dateline patterns follow the AP Stylebook form, not any one dataset.
 */

const MONTH =
  '(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*|JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)\\.?';
/** "(Reuters)", "(AP)", and a Korean wire's "(Seoul=GNA)": the place, "=" and the agency. */
const AGENCY = '[(\\[](?:[A-Z][\\w.&/ -]{0,30}(?:=[A-Z][\\w.& -]{0,20})?)[)\\]]';
const DASH = '(?:—|–|--|-|:)';

/**
 * "NEW YORK, May 5 (Reuters) - ", "DENVER (AP) — ", "ST. LOUIS, Mo. — ", "LONDON: ", "WASHINGTON—",
 * "SINGAPORE/BEIJING (Reuters) - ", "VIENNA, 7 December 2026 (ANW) – ", "LAMPEDUSA (Italy), 7 December 2026 (ANW) – ",
 * "SEOUL, JAN 19 - ", "MOSTAR, Bosnia and Herzegovina, Aug 22 (APS) — ".
 */
const CAPS_DATELINE = new RegExp(
  `^\\p{Lu}[\\p{Lu}.'’-]+(?:[ /]\\p{Lu}[\\p{Lu}.'’-]+){0,3}(?: \\(\\p{Lu}[\\p{L}.,'’ -]{1,40}\\))?(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?(?: (?:and|of)(?: the)? [A-Z][a-z][A-Za-z.]*(?: [A-Z][a-z][A-Za-z.]*)?)?)?` +
    `(?:,? (?:${MONTH} \\d{1,2}|\\d{1,2} ${MONTH})(?:,? \\d{4})?)?\\s*(?:${AGENCY})?\\.?\\s*(?:${DASH}\\s+|[—–](?=(?:A|An|The|In|On|At|After|As) ))`,
  'u',
);
/** "Jakarta, Indonesia LNN — ", "Rio de Janeiro LNN — ": a place in title case, the outlet's initials, a dash. */
const OUTLET_DATELINE =
  /^(?!(?:The|A|An|This|That|These|Those|It|He|She|They|We|But|And|In|On|At|For|Its|His|Her|Their)\b)\p{Lu}[\p{L}.'’-]+(?: (?:de|do|da|del|la|el|al|an|am|\p{Lu}[\p{L}.'’-]+)){0,3}(?:, \p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+)?)? \p{Lu}{2,6}\s*(?:—|–|--)\s+/u;
/**
 * A video's title and running time glued before the sentence a scraper joined it to: "Wedding
 * costs soar to new highs (3:40) As Americans feel better…". A running time in brackets never
 * sits inside a news sentence's first words.
 */
const VIDEO_TITLE_PREFIX = /^[^.!?()]{3,120}?\s*\(\d{1,2}:\d{2}(?::\d{2})?\)\s+(?=[\p{Lu}"“])/u;
/**
 * A live ticker's time before an entry: "23:40 GMT — In Gharm, walls of houses collapsed…",
 * "15:05 EAT | Energy CS Joseph Mwangangi: …", "Yesterday 08:45 EAT | …", "Thursday, 18:47 WIT —
 * Rescuers have now recovered…" (any time zone's letters), "3h ago — …".
 */
const TICKER_STAMP =
  /^(?:(?:(?:Yesterday|Today|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day),?\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:local time|[ap]\.?m\.?|[A-Z]{2,5}))?|\d{1,2}\s*(?:h|hrs?|m|mins?) ago)\s*[—–|-]\s+(?=[\p{Lu}"“])/u;
/** What a ticker's stamp opens with: a digit, a day. */
const MAY_BE_STAMPED = /^(?:\d|Yesterday|Today|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? \d)/;
/**
 * A label glued before the sentence, with the time it was posted or not: "Updated | When the first
 * humans…", "BREAKING: …", "UPDATE, 4:20 p.m.: The coroner's office has confirmed…", "What we
 * know so far: …", a status page's entry state ("Resolved — Calls, SMS and mobile data have been
 * fully restored…", "Investigating — At 03:41 our monitoring detected…"), a channel's "Reminder: …"
 * ("A reminder: …") or "Admin: …", a live page's "More detail: …", a thread's post number ("5/ Public viewing day…").
 */
const LABEL_PREFIX = new RegExp(
  `^(?:\\d{1,2}\\/(?:\\d{1,2})?(?= \\p{Lu})|(?:Updated|UPDATED|Update|UPDATE|Latest|LATEST|Breaking|BREAKING|Developing|DEVELOPING|Exclusive|EXCLUSIVE|Urgent|URGENT|Flash|FLASH|(?:A |a )?[Rr]eminder|REMINDER|Recap|RECAP|Admin|ADMIN|Investigating|INVESTIGATING|Identified|IDENTIFIED|Monitoring|MONITORING|Resolved|RESOLVED|More details?|MORE DETAILS?|${SUMMARY_BOX_LABEL})(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2}(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?\\s?m\\.?)?(?:\\s+\\p{Lu}{2,4})?)?\\s*[|:–—])\\s+`,
  'u',
);
/**
 * A presenter's or a newsletter's lead-in to the news it then tells: "So, the big news from
 * yesterday: the Prime Minister survived…", "The top story this morning: …"; "The big news is that…" stays.
 */
const NEWS_LEAD_IN =
  /^(?:(?:So|Well|Now|OK|Okay|And),?\s+)?(?:(?:the|our|today['’]s|tonight['’]s|this morning['’]s)\s+)?(?:big|top|main|lead|leading|latest)\s+(?:news|story|headline)(?:\s+(?:from|of|for|on)\s+(?:yesterday|today|tonight|last night|this (?:morning|evening|week)|the (?:weekend|week|day)|(?:a|an|the)\s+(?:[a-z]+\s+){0,2}[a-z]+)|\s+(?:today|tonight|this (?:morning|evening|week)))?\s*:\s+/i;

/**
 * A presenter's way into a report from a place: "We begin on Mount Aso, where rescuers this
 * afternoon found…", "First to Nairobi, where police…". The report is the clause after "where",
 * told at the place: "On Mount Aso, rescuers this afternoon found…".
 */
const PRESENTER_WHERE =
  /^(?:(?:And|So|Now|Well),?\s+)?(?:we (?:begin|start|open|go first|turn first|head first)|first,?(?: we go)?)(?:\s+(?:tonight|today|this (?:morning|evening|hour|afternoon)|with the news))?,?\s+(in|on|at|to)\s+((?:the\s+)?\p{Lu}[^,;:"“]{1,60}),\s+where\s+(?=\p{Ll})/iu;

/**
 * A writer's turn to the next item, or a release's feeling about it: "In better news for travellers,
 * Bacolod-Silay Airport reopened…", "Sadly, the number of confirmed deaths has risen to five…".
 */
const NEWS_TURN =
  /^(?:In (?:other|better|happier|brighter|related|sadder|worse|more|separate|similar|some good|good|bad) news(?: for [^,;:]{1,40})?|Sadly|Tragically|Regrettably|Unfortunately|Thankfully|Happily|Fortunately),\s+/;

/** A show's notes announcing what it covers: "This week: conservators near Ohrid have uncovered…"; a newsletter's "Also: …". */
const EPISODE_LEAD_IN =
  /^(?:(?:this week|today|tonight|this episode|in this episode|on (?:the|this week['’]s|today['’]s) (?:show|episode|programme|podcast))\s*:\s+(?=\p{Ll})|(?:also|plus|elsewhere|ICYMI|in other news)\s*:\s+(?=\p{Lu}))/iu;

/**
 * A writer's remark before the news it introduces ("This week the idea went further than ever: on
 * Thursday the National Assembly approved…", "Good timing, at least: the utility says heating is
 * being switched on…"): a few words that judge what follows, then a colon and a whole statement.
 */
const REMARK_LEAD_IN =
  /^[^:;"“”\d]{0,50}\b(?:than ever|at least|at last|for once|this time|(?:good|bad|big|great) news|good timing|the upshot|the catch|the twist|the short version|the bottom line|in short)\b[^:;"“”\d]{0,40}:\s+(?=(?:on|in|at|by|after|this|last)\s+\p{L}|\p{Lu})/iu;

/**
 * An alert log's clock time and sender before a message ("16:02 TMS: Due to the suspension…"), and
 * a notice's greeting to its readers ("Dear users, district heating is being switched on…").
 */
const LOG_STAMP =
  /^(?:(?:PINNED\s*\|\s*|📌\s*)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[:|—–-])?\s+(?:\p{Lu}{2,8}:\s+)?(?:Dear [\p{L} ]{2,20},\s+)?|(?:\p{Lu}{2,8}:\s+)?Dear (?:users?|customers?|readers?|residents?|citizens?|subscribers?|members?|passengers?|parents|clients?|all),\s+)(?=\p{L})/u;

/**
 * A wire dateline whose agency and dash were cut: a capitalised place before a word that opens a
 * sentence ("DUBAI A Bahraini court…"), or places joined by a slash ("SINGAPORE/BEIJING Flamboyant…");
 * a place in capitals and its state's abbreviated ("MUNISING, MICH. Troopers from…"); a place in
 * title case before a dash that the sentence does not close ("Cairo — Egypt's central bank…").
 */
const BARE_DATELINE =
  /^(?:\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)? [—–] (?=\p{Lu}\p{Ll}*['’]?s? )(?![^—–]*[—–])|[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]{2,}){0,2} (?=(?:A|An|The|In|On|At|After|As) )|[A-Z]{3,}(?:\/[A-Z]{3,})+ (?=[A-Z][a-z])|[A-Z][A-Z'’-]{2,}(?: [A-Z][A-Z'’-]{2,}){0,2}, (?:[A-Z]{2,5}|[A-Z]\.[A-Z])\. (?=[A-Z][a-z]))/u;
/** "Paris, France (CNN) -- " needs the dash, so "John Smith (R-Fla.) said" is left alone. */
const PLACE_AGENCY_DATELINE = new RegExp(
  `^[A-Z][\\p{L}.'’-]+(?:[ ,]+[A-Z][\\p{L}.'’-]+){0,3}(?:\\s*\\([A-Z][\\p{L} ]{1,30}\\))?(?:,? (?:${MONTH} \\d{1,2}|\\d{1,2} ${MONTH})(?:,? \\d{4})?)?\\s*${AGENCY}\\.?\\s*${DASH}\\s+`,
  'u',
);
/**
 * A dateline whose dash a scraper dropped: "Washington (CNN) Vermont Sen. Bernie Sanders…", "FORT
 * WAYNE, Ind. (WANE) The Fort Wayne mother…". The capitals in brackets are not the initials of the
 * words before them, as they are in "World Health Organization (WHO) Director-General…".
 */
const UNDASHED_AGENCY_DATELINE =
  /^(?!(?:The|A|An)\s)(\p{Lu}[\p{L}.'’-]+(?:[ ,]+\p{Lu}[\p{L}.'’-]+){0,3})\s*\(([A-Z]{2,6})\)\s+(?=\p{Lu})/u;

function undashedAgencyDateline(text: string): string {
  const match = UNDASHED_AGENCY_DATELINE.exec(text);
  if (match === null) return '';
  const initials = (match[1] ?? '')
    .split(/[ ,]+/)
    .map((word) => word[0])
    .join('');
  return initials.endsWith(match[2] ?? '') ? '' : match[0];
}
/**
 * A press release's dateline, "BANGKOK and REYKJAVIK, Jan. 8, 2027 /NewsHarbor/ -- ", and a news
 * agency's with its name between slashes: "AKTOBE, 18 March. /Steppe Wire/ – ", "MOSCOW, March 18.
 * /TASS/. ".
 */
const RELEASE_DATELINE = new RegExp(
  `^\\p{Lu}[\\p{L}.,'’ -]{1,60}?,? (?:${MONTH} \\d{1,2}|\\d{1,2} ${MONTH})(?:,? \\d{4})?\\.? ?\\/[^/]{2,40}\\/\\.? ?(?:(?:--|—|–|-) ?)?(?=[\\p{Lu}"“])`,
  'u',
);
/**
 * A release's dateline of a place and a full date: "Doha, 7 July 2027 – ", "Muscat, Oman, July 8,
 * 2027: ". The year tells it from a sentence that opens with a place ("Doha, the capital, …").
 */
const DATED_DATELINE = new RegExp(
  `^\\p{Lu}[\\p{L}.'’-]+(?: \\p{Lu}[\\p{L}.'’-]+){0,2}(?:, \\p{Lu}[\\p{L}.'’-]+(?: \\p{Lu}[\\p{L}.'’-]+)?)?,? (?:${MONTH} \\d{1,2},? \\d{4}|\\d{1,2} ${MONTH},? \\d{4})\\s*${DASH}\\s+`,
  'u',
);
/**
 * A release's definition of its own name in brackets: "(“Zahrat Energy” or “the Company”)",
 * "(the “Group”)", "(hereinafter “the Bank”)" (a short name, "(‘CySEC’)", stays: later sentences use
 * it; a bracketed title, "("The Queen")", is no such thing); and a listing's ticker: "(KRX: 391720)", "(ASX/AIM: ORV)", "(NYSE: ABC;
 * TSX: ABC)". Neither is news, and a reader of a summary needs neither.
 */
const DEFINED_NAME =
  /\s*\((?:hereinafter(?: referred to as)? )?(?:[“"‘][^“”"‘’()]{1,40}[”"’],? (?:or|and) )?(?:the [“"‘][^“”"‘’()]{1,30}[”"’]|[“"‘]the [^“”"‘’()]{1,30}[”"’])\)|\s*\((?!(?:PHOTO|VIDEO|IMAGE|PICTURE|CREDIT|FILE|UPDATE|AUDIO|WATCH|LISTEN|SOURCE|NOTE)\b)[A-Z]{2,8}(?:[ /][A-Z]{2,8})?: ?[A-Z0-9][A-Z0-9.]{0,9}(?:[;,] ?[A-Z]{2,8}: ?[A-Z0-9][A-Z0-9.]{0,9})*\)/gu;
/**
 * A translator's or an editor's note in brackets inside a sentence: "the Nyanga Petroleum Workers'
 * Union (STPN) [T.N.: …]", "overburden [translator's note: the waste rock that covers the ore]".
 * The sentence reads whole without it.
 */
const BRACKETED_NOTE =
  /\s*\[(?:T\.\s?N\.|N\.\s?T\.|N\.\s?d\.\s?T\.|TN|NdT|[Tt]ranslator['’]s note|[Tt]ranslation note|[Ee]ditor['’]s note|[Ee]d\.(?: note)?)\s*:?[^\]]{0,200}\]/g;
/** "the Company", "the Transaction" written as a release's defined terms: news writes "the company". */
const DEFINED_NOUNS = 'Company|Group|Issuer|Transaction|Acquisition|Merger|Offer|Scheme';
const DEFINED_TERM = new RegExp(`\\b([Tt]he) (${DEFINED_NOUNS})\\b(?! of\\b)`, 'g');
/** A cheap test that DEFINED_TERM can match at all. */
const MAY_DEFINE = new RegExp(` (?:${DEFINED_NOUNS})\\b`);

/** A first name said to someone before what is told them: "Kwame, the water here is grey…". */
const VOCATIVE = /^\p{Lu}\p{Ll}+,\s+(?=(?:the|it|we|they|there|this|that|what|how|I)\b)/u;

/** A bare "(CNN) — " or "(CNN) " opening. */
const AGENCY_DATELINE = new RegExp(`^${AGENCY}\\s*(?:${DASH}\\s*)?`);

const PHOTO_CREDIT_PARENS =
  /\s*\([^()]{0,60}\b(?:Photo|Photograph|Image|Picture|Credit|Video)s?\b[^()]{0,80}\)/gi;
const LEADING_PHOTO_CREDIT =
  /^\([^()]{0,60}\b(?:Photo|Photograph|Image|Picture|Credit|Video)s?\b[^()]{0,80}\)\s*/i;
const READ_MORE_TAIL =
  /\s*(?:…|\.\.\.)?\s*[[(]?\s*(?:read more|continue reading|read the full (?:story|article)|click here\b[^.!?]{0,60}|full story|see more)\b[^.!?]{0,60}[\])]?\s*[.»›>]*\s*$/i;
const FEED_TRUNCATION_TAIL = /\s*\[\+?\d+ chars\]\s*$/i;

/**
 * The sentence without a presenter's lead-in (NEWS_LEAD_IN, NEWS_TURN), a show's "This week:"
 * (EPISODE_LEAD_IN), a writer's remark (REMARK_LEAD_IN) or a log's stamp and greeting (LOG_STAMP),
 * its next word capitalized. Read on
 * an article's sentences once a transcript's speaker label is cut ("HOST: So, the big news from
 * yesterday: …"; article-text.ts).
 */
export function withoutLeadIn(sentence: string): string {
  const colon = sentence.indexOf(':');
  const episode =
    EPISODE_LEAD_IN.exec(sentence) ??
    // A remark ends on its colon within its first words: most sentences have none there.
    (colon > 0 && colon < 80 ? REMARK_LEAD_IN.exec(sentence) : null) ??
    LOG_STAMP.exec(sentence);
  // A log's stamp may carry a label after it, as a ticker's does ("07:40 A reminder: on an ordinary…").
  if (episode !== null) return upperFirst(sentence.slice(episode[0].length).replace(LABEL_PREFIX, ''));
  const where = PRESENTER_WHERE.exec(sentence);
  if (where !== null) {
    const preposition = (where[1] ?? '').toLowerCase() === 'to' ? 'in' : (where[1] ?? '').toLowerCase();
    return `${upperFirst(preposition)} ${where[2]}, ${sentence.slice(where[0].length)}`;
  }
  const turn = sentence.indexOf(',') > 0 && sentence.indexOf(',') < 60 ? NEWS_TURN.exec(sentence) : null;
  if (turn !== null) return upperFirst(sentence.slice(turn[0].length));
  if (!/(?:news|story|headline)[^:]{0,30}:/i.test(sentence.slice(0, 80))) return sentence;
  const cut = sentence.replace(NEWS_LEAD_IN, '');
  return cut !== sentence && /^\p{Ll}/u.test(cut) ? upperFirst(cut) : cut;
}

/** Cheap tests that say whether the costlier tail patterns can match at all. */
const MAY_HAVE_READ_MORE = /read|continue|click|full story|see more/i;

/** Whether a sentence is page furniture (page-junk.ts); `blockChecked` when its paragraph rules already ran on it. */
export function isFurniture(sentence: string, blockChecked = false): boolean {
  return junkKind(sentence, blockChecked) !== null;
}

export interface TrimOptions {
  /** The paragraph rules of page-junk.ts already ran on this very text. */
  blockChecked?: boolean;
  /** Leave a dateline opening the sentence in place. */
  keepDateline?: boolean;
}

/**
 * A dateline opening a sentence ("DENVER (AP) — ", "Paris, France (CNN) -- ", "DUBAI "), or '';
 * an agency's tag before the place's dateline is part of it ("(CNW) - SEOUL, JAN 19 - ").
 */
export function datelineOf(sentence: string): string {
  const first = singleDateline(sentence);
  return first === '' ? '' : first + singleDateline(sentence.slice(first.length));
}

function singleDateline(sentence: string): string {
  const bare = BARE_DATELINE.exec(sentence)?.[0];
  if (bare !== undefined) return bare;
  if (sentence.includes('/')) {
    const release = RELEASE_DATELINE.exec(sentence)?.[0];
    if (release !== undefined) return release;
  }
  // Every other dateline ends in a dash, a colon or a bracket within its first few words.
  const head = sentence.slice(0, 90);
  if (!/[—–:)]|--| - /.test(head)) return '';
  if (/\d{4}/.test(head)) {
    const dated = DATED_DATELINE.exec(sentence)?.[0];
    if (dated !== undefined) return dated;
  }
  let text = sentence.replace(CAPS_DATELINE, '');
  if (head.includes('—') || head.includes('–') || head.includes('--'))
    text = text.replace(OUTLET_DATELINE, '');
  // Agency datelines all carry "(": skip both patterns for the many sentences without one early.
  const paren = text.indexOf('(');
  const bracket = text.indexOf('[');
  const opening = paren < 0 ? bracket : bracket < 0 ? paren : Math.min(paren, bracket);
  if (opening >= 0 && opening < 80) {
    text = text.replace(PLACE_AGENCY_DATELINE, '');
    text = text.replace(AGENCY_DATELINE, '');
    if (text === sentence) text = text.slice(undashedAgencyDateline(text).length);
  }
  return sentence.slice(0, sentence.length - text.length);
}

/** What trimSentence read, per text and per options (block rules run or not × dateline kept or not). */
const trimmed = [0, 1, 2, 3].map(() => new TextMemo<string>());

/** The sentence without dateline and tails; '' when it is furniture or nothing newsworthy is left. */
export function trimSentence(sentence: string, options: TrimOptions = {}): string {
  const memo = trimmed[(options.blockChecked === true ? 1 : 0) + (options.keepDateline === true ? 2 : 0)];
  return memo === undefined
    ? readTrimmed(sentence, options)
    : memo.read(sentence, () => readTrimmed(sentence, options));
}

function readTrimmed(sentence: string, options: TrimOptions): string {
  // Player and share-bar words glued before the sentence go first ("CLOSE Skip … Share A former…").
  const chrome = /^\p{Lu}/u.test(sentence) ? interfacePrefixLength(sentence) : 0;
  const unchromed = chrome > 0 ? sentence.slice(chrome) : sentence;
  let body = unchromed.replace(LABEL_PREFIX, '');
  // A live entry's label follows its time: "17:58 — More detail: the Air Force crew spotted…".
  if (MAY_BE_STAMPED.test(body)) body = body.replace(TICKER_STAMP, '').replace(LABEL_PREFIX, '');
  // What followed a label opens the sentence now: "Reminder: the ministry says…".
  if (body !== unchromed && /^\p{Ll}/u.test(body)) body = upperFirst(body);
  // A credit the splitter left opening the sentence belongs to the caption before it
  // ("(Photo: Jo Ree AP) Story Highlights …"): what follows is judged on its own.
  if (body.startsWith('(')) body = body.replace(LEADING_PHOTO_CREDIT, '');
  if (body.includes(':') && body.includes('(')) body = body.replace(VIDEO_TITLE_PREFIX, '');
  const dateline = datelineOf(body);
  let text = body.slice(dateline.length);
  // A transcript's speaker label read as a dateline ("EFUA MENSIMA (REPORTER): Kwame, the water…"):
  // the first name the speaker turns to is said to the listener too.
  if (/\):\s*$/.test(dateline) && VOCATIVE.test(text)) text = upperFirst(text.replace(VOCATIVE, ''));
  // A credit closing a sentence makes it a caption: judge it before any tail is trimmed.
  if (text.length === 0 || isFurniture(text, options.blockChecked === true && dateline === '')) return '';
  // What reads as a dateline may be a caption's label ("PICTURE: NAME/OUTLET | Ambulances wait…").
  if (dateline !== '' && isFurniture(body, options.blockChecked === true)) return '';
  if (text.includes('(')) text = text.replace(PHOTO_CREDIT_PARENS, '').replace(DEFINED_NAME, '');
  if (text.includes('[')) text = text.replace(BRACKETED_NOTE, '');
  if (MAY_DEFINE.test(text))
    text = text.replace(DEFINED_TERM, (_, the: string, noun: string) => `${the} ${noun.toLowerCase()}`);
  if (text.endsWith(']')) text = text.replace(FEED_TRUNCATION_TAIL, '');
  if (MAY_HAVE_READ_MORE.test(text)) text = text.replace(READ_MORE_TAIL, '');
  text = text.trim();
  return options.keepDateline === true && text.length > 0 ? `${dateline}${text}` : text;
}
