import { upperFirst } from './sentences';

/**
 * A wire's desk slug before a title, in capitals and joined by a hyphen ("UPDATE 2-",
 * "EXCLUSIVE-", "REFILE-UPDATE 1-") or in brackets ("(LEAD) ", "(2nd LD) ", "(URGENT) "), a flash
 * label ("BREAKING: "), and its attribution tag after it, glued to a hyphen
 * (" -sources", " -WSJ"): written for editors' screens, not for readers, and no word of the
 * event, nor is a keyword slug ("N.MACEDONIA-POLLUTION/SKOPJE: "). Headlines
 * (summarize/headline.ts) and clustering's headline terms both drop them.
 */
const WIRE_SLUG =
  /^(?:(?:UPDATE|WRAPUP|REFILE|CORRECTED|RPT|EXCLUSIVE|ANALYSIS|FACTBOX|INSIGHT|PREVIEW|TIMELINE|FEATURE|BREAKINGVIEWS)(?: ?\d{1,2})?-)+(?=\S)/;
/**
 * A sports desk's slug, a sport's name glued by a hyphen to the title's first word
 * ("Motorcycling-Thanakorn becomes first Thai…", "Soccer-Arsenal beat…").
 */
const SPORT_SLUG =
  /^(?:Soccer|Football|Tennis|Golf|Cricket|Rugby(?: union| league)?|Athletics|Cycling|Motorcycling|Motor racing|Motorsport|Formula One|Olympics|Paralympics|Boxing|Swimming|(?:Alpine |Nordic )?Skiing|Basketball|Baseball|(?:Ice )?[Hh]ockey|Sailing|Esports|Gymnastics|Wrestling|Judo|Volleyball|Handball|Rowing|Badminton|Table tennis|Snooker|Darts|Horse racing|Equestrian|Sports?)-(?=\p{Lu}\p{Ll})/u;
/** A wire's keyword slug before a title: "N.MACEDONIA-POLLUTION/SKOPJE: ", "KENYA-FLOODS/: ". */
const TOPIC_SLUG = /^\p{Lu}[\p{Lu}.]*(?:-\p{Lu}[\p{Lu}.]*)+(?:\/(?:\p{Lu}[\p{Lu}.]*)?)?:\s+(?=\S)/u;
const ATTRIBUTION_TAG = /\s-(?=\p{L})[\p{L}.'’ ]{1,24}$/u;
/** A desk's tag in brackets or a flash label before a title: "(LEAD) ", "(2nd LD) ", "(URGENT) ", "BREAKING: ", "URGENT: ". */
const DESK_TAG =
  /^(?:\((?:LEAD|[1-9](?:st|nd|rd|th) LD|URGENT|FLASH|News Focus|News Analysis|Interview|EDITORIAL)(?:,\s*[^)]{1,20})?\)|(?:BREAKING|Breaking|JUST IN|Just in|URGENT|Urgent|FLASH|Flash)\s*[:|–—])\s+(?=\S)/;

export function withoutWireTags(title: string): string {
  const untagged = title
    .replace(DESK_TAG, '')
    .replace(WIRE_SLUG, '')
    .replace(SPORT_SLUG, '')
    .replace(TOPIC_SLUG, '');
  const cut = untagged.replace(ATTRIBUTION_TAG, '');
  return cut.split(/\s+/).length >= 3 ? cut : untagged;
}

/** A live page's title: "LIVE: …", "South Africa floods live: …", "… – live", "… live updates", "as it happened". */
const LIVE_TITLE = /\blive\s*[:|–—-]|[–—-]\s*live\s*$|\blive (?:updates|blog|coverage)\b|\bas it happened\b/i;

/** A live page's label before its title in the outlet's language: "DIRECTO | …", "AO MINUTO | …", "EN DIRECT – …". */
const LIVE_LABEL =
  /^(?:LIVE|Live|DIRECTO|Directo|EN DIRECTO|En directo|EN DIRECT|En direct|EN VIVO|En vivo|AO VIVO|Ao vivo|AO MINUTO|Ao minuto|DIRETTA|Diretta|LIVETICKER|Liveticker|LIVEBLOG|Liveblog)\s*[:|–—]\s+/;

export function isLiveTitle(title: string): boolean {
  return LIVE_TITLE.test(title) || LIVE_LABEL.test(title);
}

/** The live marker inside or after a title ("Cyclone Oriana live: …", "… – live", "… – latest updates"). */
const LIVE_MARK =
  /\s+live(?=:\s)|\s*[–—-]\s*(?:live(?:\s+(?:updates|blog|coverage))?|latest(?: updates)?)\s*$/i;

/**
 * The title without its live marker, true of the page while it ran and stale in the next
 * morning's email; kept when fewer than four words would remain ("Ukraine war - live updates").
 */
export function withoutLiveMark(title: string): string {
  const cut = title.replace(LIVE_LABEL, '').replace(LIVE_MARK, '');
  return cut.split(/\s+/).length >= 4 ? cut : title;
}

/**
 * A column's or an analysis's label before its title ("OPINION | Mthembu's 211 was the innings of
 * a captain who has stopped apologising", "Analysis: …"): its words are the writer's.
 */
const COLUMN_LABEL =
  /^(?:(?:OPINION|Opinion|COMMENT|Comment|ANALYSIS|Analysis|COLUMN|Column|EDITORIAL|Editorial|VIEWPOINT|Viewpoint|Op-[Ee]d|OP-ED)\s*[|:–—-]|\[(?:Opinion|Comment|Analysis|Column|Editorial|Viewpoint|Op-[Ee]d)\])/;

export function isColumnTitle(title: string): boolean {
  return COLUMN_LABEL.test(title);
}

/**
 * A title that marks its article as a feature, an explainer, a fact-check or a column rather than
 * the report of what happened: a quotation first ("'You don't forget the sound': inside the
 * Puponga whale rescue") or after a name ("Kalimaya's Hendra Wiratmaja: 'We are buying a network,
 * not a brand'", an interview), a fact-check's verdict first ("No, this video does not show
 * arsonists starting the Espadà wildfire"), "inside …", "… explained", "what it buys", how
 * something came to be ("The black fever pill: how a Frankfurt drugmaker bet on…", "How the hack
 * unfolded: a timeline"), a profile ("Meet the Belalong litter frog: Brunei's newest species"), words to the reader ("RECALL ALERT: 86,000 Aussie Hanmuras hit by brake fault —
 * check if yours is one"), a question ("Do Algarve golf courses use more water than all its
 * homes? No", also before the page's " | Business | Outlet"), or a column's label. Such an
 * article opens on a scene, a background or an argument.
 */
const FEATURE_TITLE =
  /^["'‘“]|^Meet (?:the|a|an|\p{Lu})|^The (?:\p{Ll}+[ -]){0,3}(?:\p{Ll}+) who\b|^In (?:pictures|photos|images)\b|^(?:No|Yes|False|Misleading|Fact[ -]check|FACT[ -]CHECK)[,:]\s|^\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,4}:\s+["'‘“„«]|^How\b|:\s+how\b|\b[Ii]nside (?:the|a|an)\b|\b[Ee]xplained\b|\b(?:[Ee]xplainer|EXPLAINER)\b|^[^,:]{3,60},\s*(?:\d{4}\s*[–—-]\s*)\d{4}$|\bwhat comes next\b|\b[Ww]hat (?:it|they|this|that|we) (?:means?|buys?|tells? us|knows?)\b|\?(?:\s+(?:No|Yes|Not quite|Partly)\.?)?(?:\s+[|–—-]\s+[^?]{1,60})?\s*$/u;

/** A title speaking to the reader ("…— check if yours is one", "What you need to know…"): a service piece. */
const ADDRESSES_READER = /\b(?:you|your|yours|you're|you’re)\b/i;

/** A serial's entry: "Day 41: The bridge that wasn't there", "Ep. 112 — Pots of money". */
export const SERIAL_ENTRY =
  /^(?:Day|Week|Episode|Ep\.|Part|Chapter|Stage|Leg|Entry)\s+\d{1,4}\s*(?:[:—–]|-\s)/;

export function isFeatureTitle(title: string): boolean {
  const trimmed = title.trim();
  return (
    FEATURE_TITLE.test(trimmed) ||
    SERIAL_ENTRY.test(trimmed) ||
    isColumnTitle(trimmed) ||
    ADDRESSES_READER.test(trimmed.replace(/["“‘][^"”’]*["”’]/g, ' '))
  );
}

const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?`;
/** "Friday 23 July 2027", "27 July", "July 27, 2027". */
const DAY_AND_DATE = String.raw`(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}\s+${MONTH}|${MONTH}\s+\d{1,2},?)(?:\s+\d{4})?`;

/**
 * What a page's title says of its kind rather than of what happened: an alert stack's "…: alerts",
 * a live page's record "… – as it happened", a round-up's "…: what we know so far", "…: the
 * latest", "…: timeline", "… in pictures", an organisation's "Statement: …", and a numbered
 * bulletin's label before or after its topic ("SITUATIONAL REPORT NO. 4 re Eruption of Mt.
 * Ulawun…", "Somalia: Hiiraan Riverine Floods — Situation Report No. 2 (as of 15 April 2027)",
 * "FIELD UPDATE #4: Rescue complete – 118 whales back at sea", "Haiti: Boat capsizing off La Gonâve —
 * Flash Update No. 2 (20 January 2028)"). A headline keeps the topic
 * (summarize/headline.ts cleanTitle).
 */
const BULLETIN = String.raw`(?:situation(?:al)? report|sitrep|update|bulletin|briefing)\s*(?:no\.?|number|#)\s*\d+(?:\/\d+)?`;
const PAGE_KIND_MARKS = [
  new RegExp(String.raw`^(?:[\p{L}-]+\s+){0,3}${BULLETIN}\s*(?:[:|–—-]\s*|\b(?:re|on|for|about)\s+)`, 'iu'),
  new RegExp(String.raw`\s*[,:|–—-]\s*(?:\p{Lu}[\p{L}-]*\s+){0,2}${BULLETIN}\b.*$`, 'iu'),
  /\s*[,:|–—-]\s*(?:(?:news )?alerts?|what we know(?: so far)?|the latest|key facts|(?:a )?timeline|(?:latest )?updates|(?:media |press )?statements?|full coverage|live score(?:s)?(?:,? stats)?(?:,? (?:and )?line-?ups)?)\s*$/i,
  /\s*[,:|–—-]?\s*\b(?:as it happened|in pictures|in photos)\s*$/i,
  /^in (?:pictures|photos|images)\s*[:|–—-]\s*/i,
  /^(?:statement|press release|media release|media statement|(?:travel )?notice|(?:travel )?advisory)\s*[:|–—-]\s*/i,
  // …or a body's communiqué, named or not: "Communiqué: suspension of active search…", "STM communiqué: …".
  /^(?:\p{Lu}[\p{L}&.'’-]*\s+){0,3}(?:[Cc]ommuniqu[eé]|COMMUNIQU[EÉ]|[Pp]ress communiqu[eé])\s*[:|–—-]\s*/u,
  // …or its name and date after the topic: "Klaipėda crane strike, day two — Morning Report, 3 October 2030".
  new RegExp(
    String.raw`\s+[–—|]\s+(?:\p{Lu}[\p{L}'’&.-]*\s+){0,3}\p{Lu}[\p{L}'’&.-]*,\s*${DAY_AND_DATE}\s*$`,
    'u',
  ),
  // A programme's transcript before its topic: "Morning Show transcript: Dilijan hikers found alive".
  /^(?:\p{Lu}[\p{L}'’&.-]*\s+){0,4}(?:[Tt]ranscript|TRANSCRIPT)\s*[:|–—-]\s+/u,
  // A numbered issue or episode before its topic, maybe after its name: "#215 (special): …", "Ep.
  // 212 – …", "Red Metal Memo #212: …".
  /^(?:\p{Lu}[\p{L}'’&.-]*\s+){0,4}(?:#\s?\d+|(?:ep|episode|issue)\.?\s*\d+)(?:\s*\([^)]{1,20}\))?\s*[:|–—-]\s*/iu,
  // A programme or a record and its date before its topic: "Evening News, 21 July 2027: …", "Morning
  // in Chiúre, 27 July: …", "Daily record: Friday 23 July 2027 — …".
  new RegExp(
    String.raw`^(?:\p{Lu}[\p{L}'’&.-]*\s+)(?:[\p{L}'’&.-]+\s+){0,3}?[\p{L}'’&.-]+\s*[,:]\s*${DAY_AND_DATE}\s*[:–—-]\s+`,
    'u',
  ),
  // A record's kind and sitting before the act it records: "Record of the public session of
  // Thursday 12 August 2027 – Mercury-free Gold Mining Act".
  new RegExp(
    String.raw`^(?:(?:summary|verbatim|official|unofficial|daily)\s+)?(?:record|minutes|transcript|proceedings|hansard)\s+of\s+(?:the\s+)?[^–—:|]{0,60}?${DAY_AND_DATE}\s*[:–—-]\s+`,
    'iu',
  ),
  // What the page is in brackets after its topic: "… (English transcript)", "… (English version)", "… (automatic
  // translation)", "… (updated 29 July 2027)".
  /\s*\((?:(?:English|automatic|machine|unofficial)\s+)*(?:translation|transcript|version)\)\s*$/i,
  new RegExp(String.raw`\s*\((?:updated|as of)\s+${DAY_AND_DATE}\)\s*$`, 'iu'),
  // A forum thread's page and board: "… (OFFICIAL) - Page 3 - Transfers & Rumours", "— Match Thread (page 14)".
  /\s*[,:|–—-]\s*page\s+\d+\b.*$/i,
  /\s*\(page\s+\d+\)\s*$/i,
  /\s*[,:|–—-]\s*match\s+thread\s*$/i,
  /\s*\((?:official|confirmed)\)/gi,
  // A thread merged by its moderators: "Balkhash v Altyn Dala REPLAY ordered (merged thread)".
  /\s*[([](?:merged|locked|pinned|sticky|closed)(?:\s+(?:thread|topic|threads|topics))?[)\]]/gi,
];
/**
 * A tabloid's kicker in capitals before its headline ("VOMIT VOYAGE Brit gran trapped in cabin…",
 * "DOWN AND OUT Ashdown's scandal club relegated…"): two to six words in capitals, then a word in
 * lower case. Words, not initials: two of four letters or more, or a little word among them
 * ("AND", "OUT"); "US, UK strike…", "UN WFP warns…", "NASA ESA launch…" keep theirs.
 */
const CAPITALS_RUN = /^(?:\p{Lu}[\p{Lu}'’-]*[!?]?\s+){2,6}(?=\p{Lu}?\p{Ll})/u;
const LITTLE_WORD = /^(?:AND|THE|OF|IN|ON|TO|FOR|OUT|UP|AT|BY|WITH|OFF|NO)$/;

function withoutKicker(title: string): string {
  const run = CAPITALS_RUN.exec(title)?.[0];
  if (run === undefined) return title;
  const runWords = run.trim().replace(/[!?]/g, '').split(/\s+/);
  const long = runWords.filter((word) => word.replace(/['’-]/g, '').length >= 4).length;
  return long >= 2 || runWords.some((word) => LITTLE_WORD.test(word)) ? title.slice(run.length) : title;
}

/**
 * The title without what it says of its page's kind, and without a tabloid's kicker; the title as
 * it was when under two words would remain.
 */
export function withoutPageKind(title: string): string {
  let cut = title;
  for (const mark of PAGE_KIND_MARKS) cut = cut.replace(mark, '');
  const unkicked = withoutKicker(cut);
  if (unkicked.split(/\s+/).length >= 4) cut = unkicked;
  cut = cut.replace(/[\s,;:|–—-]+$/, '').trim();
  if (cut.split(/\s+/).length < 2) return title;
  // A topic that followed a label opens the headline now: "…, 27 July: families mourn…".
  return /^\p{Ll}/u.test(cut) && !/^\p{Ll}/u.test(title) ? upperFirst(cut) : cut;
}

/**
 * A title that names only its page's kind and whose it is: "Statement of the press service of the
 * Ministry", "Press release", "Media statements". It heads a story only when no other title can
 * (summarize/headline.ts).
 */
const KIND_ONLY =
  /^(?:(?:the\s+)?(?:(?:press|media|official)\s+)?(?:statement|release|communiqu[eé]|announcement|notice|bulletin|update)s?)(?:\s+(?:of|from|by)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,4}(?:service|office|ministry|department|company|agency|government|press service|spokesperson))?\s*\.?$/iu;

/**
 * A notice's title, naming whom it addresses and its topic: "Warning to the public regarding Al-Waha
 * Trading and Investment", "Notice to mariners: …", "Advisory for travellers on …". It says what the
 * page is, not what happened.
 */
const NOTICE_TITLE =
  /^(?:(?:public|important|official|urgent|investor|consumer)\s+)?(?:warning|notice|caution|advisory|alert|reminder|clarification)\s+(?:to|for)\s+(?:the\s+)?(?:general\s+)?(?:public|investors|residents|citizens|customers|consumers|travell?ers|mariners|members|parents|passengers|motorists)\b/i;

export function isNoticeTitle(title: string): boolean {
  return NOTICE_TITLE.test(withoutWireTags(title.trim()));
}

export function isKindOnlyTitle(title: string): boolean {
  return KIND_ONLY.test(withoutWireTags(title.trim()));
}

/**
 * A broadcast's page named by its programme and date, and maybe its kind: "Evening News Bulletin,
 * 23 June 2027", "Weekend Sport, 27 June 2027 – transcript", "Evening News, 30 June 2027 (English
 * translation)", "Morning Edition — June 30, 2027"; a paper's or a channel's page of a day, "Rīgas
 * Krasts Weekly e-paper, 29 July 2027", "Malé City Alerts — channel posts, 28 July 2027", "Amakuru
 * y'Umugoroba — evening bulletin, 18 August". It names no news: with no other title, the
 * headline is written from the lead (summarize/headline.ts).
 */
const BROADCAST_TITLE = new RegExp(
  String.raw`^(?:(?:\p{Lu}|\p{Ll}{1,2}['’]\p{Lu})[\p{L}'’&.-]*\s+){0,4}(?:\p{Lu}|\p{Ll}{1,2}['’]\p{Lu})[\p{L}'’&.-]*(?:\s*[–—-]?\s*(?:e-paper|e-edition|print edition|channel posts|posts|newsletter|digest|podcast|(?:(?:morning|midday|evening|night|late|weekend)\s+)?(?:bulletin|news bulletin|newscast|edition|show|programme)))?\s*[,:–—-]\s*${DAY_AND_DATE}(?:\s*[–—-]\s*(?:full\s+)?transcript|\s*\((?:English\s+)?(?:translation|transcript)\))?\.?$`,
  'u',
);

export function isBroadcastTitle(title: string): boolean {
  return BROADCAST_TITLE.test(title.trim());
}
