import { isDigest } from './digest';
import { disclaimerKind } from './disclaimers';
import type { JunkKind } from './page-junk';
import { pageLineKind } from './page-lines';

/**
 * Notes a page writes about itself rather than the news, found on the seventh to twelfth rounds'
 * pages (docs/summarization.md, "Cleaning"): an update note, a refresh stamp, a broadcast's segue
 * and its production credit, an appeal for money, a writer's career told without a job word, a
 * newsletter's contents, a report or a record saying who made it or from what, an advisory's note
 * on what changed, a columnist's bio, and the outlet describing itself.
 */

/** "UPDATED 3:55 pm with comments from the Ministry of Education.", "Updated at 10:30 GMT to add…". */
const UPDATE_NOTE =
  /^(?:UPDATED|Updated|UPDATE|Update)\b[^.!?]{0,40}?\b(?:with (?:comments?|reaction|details|new|more|quotes?|additional|information)|to (?:add|include|reflect|correct|clarify|update))\b/;
/**
 * "Last refreshed 0712 VUT.", "Page last updated: 14:05 local": when the page itself changed, in
 * a few words, whatever the clock's zone.
 */
const REFRESH_NOTE = /^(?:(?:this )?page )?last (?:refreshed|updated|modified|reviewed)\b(?:\s+\S+){0,5}$/i;
/** "Donate to the Stranding Response Fund: $25 buys…", "Give today…", "Chip in…", "Upgrade for daily notes." */
const APPEAL_FOR_MONEY =
  /^(?:[Pp]lease\s+)?(?:Donate|DONATE|Give (?:now|today|to|here|generously)|Chip in|Make a (?:donation|gift)|Upgrade (?:now|today|to|for)|Go premium|Become a (?:paid )?(?:member|subscriber|supporter))\b|^(?:[Pp]lease\s+)?(?:Support|Rate|Review|Subscribe to|Follow|Join) (?:us|\p{Lu}[\p{L}&'’ -]{1,40}?) (?:on|at|via|in|and|wherever|by)\b/u;
/** A show's members' platform: "Join on Patreon for ad-free episodes." (MEMBERS_HINT first: most lines name none). */
const MEMBERS_APPEAL =
  /\bad-free (?:episodes?|listening|access|version)\b|\b(?:on|via) (?:Patreon|Ko-fi|Buy Me a Coffee)\b/;
const MEMBERS_HINT = /ad-free|Patreon|Ko-fi|Buy Me a Coffee/;
/**
 * "Imogen Sayers covered construction and infrastructure for a news agency in Seoul… for 14
 * years.": a writer's career, told with the beat instead of a job word.
 */
const CAREER =
  /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3} (?:has )?(?:covered|reported on|written about|wrote about|writes about|edited)\b[^.!?]{0,80}\bfor (?:an? |the )?(?:[\p{L}-]+ ){0,2}(?:news agency|agency|newspaper|paper|magazine|wire|broadcaster|radio|television|TV|newsroom|outlet|publications?|\d+ years|(?:two|three|four|five|six|seven|eight|nine|ten|\p{Ll}+ty|many|several) years)\b/u;

/**
 * A broadcast's greeting naming itself ("Mālō e lelei and good morning, this is Moana Nius Radio
 * at seven o'clock."), its segue to what comes later ("After the break, why the Panama Canal is…", "Coming
 * up: …"), or its host bringing in a guest ("With me in the studio is grandmaster Ashot
 * Grigoryan…", "Joining me on the line from Kathmandu is our correspondent…", "On the line from
 * Sola is the provincial disaster officer…").
 */
const GREETING =
  /\b(?:[Gg]ood (?:morning|afternoon|evening|night)|[Ww]elcome)\b[^.!?]{0,80}?,\s*(?:this is|you(?:['’]re| are) (?:listening to|watching))\s+\p{Lu}/u;
const SEGUE =
  /^(?:after the break|coming up|still to come|up next|when we come back|later in the (?:show|programme|program|episode))\b|^(?:with|joining) (?:me|us)\b[^.!?]{0,60}?\b(?:is|are)\b|^(?:on the (?:line|phone)|(?:here )?in the studio)\b[^.!?]{0,40}?\b(?:is|are) (?:the|our|my|a|an)\b/i;

/**
 * Who made the page's audio or text: "Transcript produced by Isthmus Post Audio.", "Audio edited
 * by…", "Music: “Damp Stone” by The Karst Quartet.".
 */
const PRODUCED_BY =
  /^(?:hosted|presented|produced|mixed|edited) by \p{Lu}|^(?:(?:theme )?music|sound design|artwork|cover art|illustrations?)\s*:[^.!?]{1,80}\bby \p{Lu}|^(?:transcript|audio|video|podcast|episode|graphics?|photos?|sound|music)(?: \p{Ll}+)? (?:produced|edited|recorded|mixed|engineered|transcribed) by\b/iu;

/**
 * What an issue of a newsletter holds, or a report says of itself: "In today's edition: a TB
 * vaccine that works · Nepal's confidence vote · …", "This report is produced by the ReliefGrid
 * Coordination Office in collaboration with…".
 */
export const CONTENTS =
  /^(?:In (?:today['’]s|this|tonight['’]s|this week['’]s|this morning['’]s) (?:edition|issue|newsletter|briefing|brief|email|episode)|Inside (?:today['’]s|this) (?:edition|issue))\b|^(?:(?:Two|Three|Four|Five|Six|Seven|\d) (?:things|stories|items) (?:today|this morning|to know(?: today)?|you need to know(?: today)?)|Today|Tonight|This morning|This week|Also today)\s*:\s+[^.:]{3,120},\s+[^.:]{3,120}\s+and\s+[^.:]{3,120}\.?$/i;
const REPORT_MADE =
  /^This (?:report|bulletin|update|briefing|newsletter|situation report|document|record|transcript|summary|translation) (?:is|was|has been) (?:produced|prepared|compiled|issued|published|transcribed)\b|^(?:An? )?(?:unofficial|edited|partial|automatic|machine)\s+(?:record|transcript|summary|minutes|notes|translation)s?\s+(?:compiled|prepared|transcribed|taken|drawn up|produced|generated)\s+(?:from|by)\b/i;
/**
 * A page's note that a machine translated it, and which text is binding: "Automatic translation from
 * French.", "[This text was translated automatically from Khmer.", "The original text prevails.",
 * "The Khmer version is the official one.]".
 */
const TRANSLATION_NOTE =
  /^\[?(?:(?:this|the) (?:text|page|article|release|statement|document) (?:was|has been|is) )?(?:(?:transcript|subtitles|captions|text|audio) )?(?:(?:automatic(?:ally)?|machine)[- ])?translat(?:ed|ion)\b[^.!?]{0,40}\bfrom (?:the )?\p{Lu}\p{Ll}+(?: by (?:[\p{L}'’-]+ ){0,3}[\p{L}'’-]+)?\.?\]?$|^\[?(?:this|the) (?:text|page|article|release|statement|document) (?:was|has been|is) (?:automatically |machine[- ])translated\b[^.!?]{0,40}\.?\]?$|^\[?(?:in (?:case|the event) of (?:any )?(?:discrepancy|doubt|conflict|dispute),?\s+)?the (?:original|\p{Lu}\p{Ll}+) (?:text|version) (?:prevails|shall prevail|is (?:the )?(?:official|binding|authoritative)(?: one)?)\.?\]?$|^\[?this is an? (?:English |unofficial |official |courtesy )?translation of (?:the |an? )?(?:original )?(?:\p{Lu}\p{Ll}+ )?(?:text|page|article|press release|release|statement|document)\b[^.!?]{0,40}\.?\]?$|^\[?(?:an? |the )?(?:English |unofficial |official |courtesy )?translation of the (?:\p{Lu}\p{Ll}+ )?(?:text|original|message|version)\b[^.!?]{0,100}\.?\]?$/iu;
/** A pointer to a link the page or a post holds: "…, registration link below.", "Link in bio." */
const LINK_POINTER =
  /\b(?:(?:registration|sign-?up|booking|ticket|donation|full|more)\s+)?(?:link|details)s?\s+(?:below|above|in (?:the )?(?:bio|comments?|description|replies|thread))\s*[.!]?$/i;
/**
 * A video's or a podcast's words to its viewer: "Listen for the call at 03:12 — it sounds more like
 * a cricket than a frog.", "Watch for the moment the wall gives way."
 */
const TO_THE_VIEWER = /^(?:Listen|Watch|Keep an eye|Keep an ear) (?:out )?(?:for|to|closely)\b/;
/** What changed on an advisory's page: "Summary of update: information on smoke…", "Latest update: …". */
const CHANGE_NOTE = /^(?:summary of (?:the )?(?:update|changes)|latest update|what['’]s changed)\s*:/i;
/**
 * A writer's column told as their bio: "Gonzalo Urquidi is a former adviser to the energy ministry
 * and writes a fortnightly column on Andean resources for Carbonate Weekly."
 */
const COLUMNIST =
  /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3} (?:[^.!?]{0,120}\band )?writes (?:(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?=every|each|on\s))?(?:(?:a|the|this) (?:[\p{L}-]+ ){0,3}column\b|(?:on|about) [^.!?]{1,80}?\b(?:every|each) (?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|week|fortnight|month)\b|(?:every|each) (?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|week|fortnight|month)\b|(?:weekly|fortnightly|monthly)\b|on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days\b)/u;
/** Three or more items parted by middle dots ("a · b · c"): a menu or a list of headlines, not a sentence. */
const DOTTED_ITEMS = /\S\s·\s[^·]+\s·\s\S/;

/** "Turn on notifications for Tech to get alerts like these…", "Enable push alerts…": an app's prompt. */
const ALERTS_PROMPT =
  /^(?:Turn on|Switch on|Enable|Allow|Get) (?:push )?(?:notifications|alerts)\b|\bto get (?:alerts|notifications) like (?:these|this)\b/i;
/** A cricket commentary's ball: "49.3 Nahid Chowdhury to Clarke, SIX, and that's the game!" */
const BALL_BY_BALL = /^\d{1,2}\.[1-6]\s+\p{Lu}[\p{L}'’. -]{1,40}\s+to\s+\p{Lu}[\p{L}'’. -]{1,40},/u;

/**
 * A podcast's notes on its own episode: "An emergency Sunday episode after Saturday night's
 * abandoned match…" (an episode with a weekday or a word such as "bonus" before it; "A second
 * episode of violence…" is news), "Host Maya Okonkwo-Reid talks to Peace Region reporter Travis
 * Sundquist…", "On this week's show, we speak to…".
 */
const EPISODE_NOTE =
  /^(?:An? (?:(?:emergency|bonus|special|extra|short|live)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?episode\b(?<=(?:emergency|bonus|special|extra|short|live|day)\s+episode)|(?:(?:On|In) )?(?:this|today['’]s|tonight['’]s|this week['’]s) (?:episode|show)\b|(?:(?:This week|Today|Tonight|This episode|In this episode),\s+)?(?:[Oo]ur\s+)?(?:Co-?)?[Hh]osts? (?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:and (?:\p{Lu}[\p{L}'’.-]*\s+){1,3})?(?:talks?|speaks?|chats?|sits? down|is joined|are joined|unpacks?|discuss(?:es)?|breaks? down|digs? into|looks? at|goes? through|go through|weighs? up|weigh up|explores?)\b|(?:We|I) (?:talk|speak|chat|sit down) (?:to|with)\b|(?:This week|Today|Tonight|In this episode|On this episode|On today['’]s (?:show|episode))(?: on (?:the )?\p{Lu}[\p{L}'’ -]{1,30})?,?\s+(?:we|I)\s)/u;
/**
 * A show's notes on its transcript and where to hear it: "Transcript is machine-generated and
 * lightly edited.", "Sportsline is available as a podcast on all major platforms.", "Radio Sevan
 * International broadcasts in Armenian, English and Russian on 101.4 FM and online."
 */
const SHOW_NOTE =
  /^(?:(?:this|the)\s+)?transcripts?\s+(?:is|are|was|were|has been|have been)\s+(?:machine[- ]generated|auto(?:matically)?[- ]generated|generated|produced|lightly edited|edited)\b|\bis available (?:as a podcast|on all (?:major )?(?:platforms|podcast apps)|wherever you get your podcasts)\b|^(?:(?:a|the|full)\s+)?transcripts?\s+(?:is\s+|are\s+)?available\s+(?:only\s+)?(?:for|to)\s+(?:our\s+)?(?:[\p{L}\p{N}+&'’-]+\s+){0,2}(?:members|subscribers|patrons|supporters)(?:\s+only)?\.?$|^[^.!?]{2,60}\bbroadcasts (?:in|on)\b[^.!?]{0,80}\b(?:\d{2,3}(?:\.\d)? ?(?:FM|AM|MHz)|DAB\+?|online)\b/iu;
/** A show's list of links: "Links mentioned: the paper in…; our 2025 episode on…". */
const SHOW_LINKS =
  /^(?:links(?: mentioned| from (?:this|the) (?:episode|show))?|mentioned in (?:this|the) (?:episode|show)|show notes|further reading)\s*:/i;
/** A show's notes telling what a guest will tell: "Kaiuea tells us why she thinks the answer is fish". */
const SHOW_VOICE = /\b(?:tells|explains to|walks) us (?:why|how|what|about|through)\b/;
/** An aggregator's note on how it works: "Headlines and excerpts are chosen automatically." */
const SITE_NOTE =
  /^(?:headlines|excerpts|stories|articles|links|summaries)(?:,? and (?:headlines|excerpts|stories|articles|links|summaries))? (?:are|were) (?:chosen|selected|picked|ranked|generated|curated|sorted) (?:automatically|by (?:an )?(?:algorithms?|computers?|software))\b/i;

/** SHOW_NOTE, behind a cheap test of the words it needs: most lines have none. */
function isShowNote(text: string): boolean {
  return /transcript|available|broadcasts/i.test(text) && SHOW_NOTE.test(text);
}

/**
 * A legal notice's formula addressed to the public, telling nothing itself: "NOTICE IS HEREBY GIVEN
 * to all livestock owners, traders, abattoirs and members of the public." A notice "…given that
 * the ministry has closed…" tells its news and stays a sentence.
 */
const NOTICE_FORMULA =
  /^(?:(?:public\s+)?notice is hereby given|(?:please\s+)?take notice|be it known)\b(?!\s+that\b)/i;

/**
 * A meeting's record of itself, not what it decided: "Minutes of the 212th meeting, held in the
 * church hall…", "The Council of Ministers met on Wednesday… under the chairmanship of the Head of
 * State.", "The chair opened the meeting at 5.10pm…", "The minutes of the meeting of 9 September were
 * approved without amendment.".
 */
const MEETING_FORMULA =
  /^minutes of the\b|^the minutes of the (?:previous |last )?meeting\b[^.!?]{0,60}\b(?:approved|adopted|confirmed)\b|\bmet\b[^.!?]{0,80}\bunder the (?:chairmanship|presidency) of\b|^the (?:chair|chairman|chairwoman|chairperson|president|speaker) (?:opened|closed|declared open) the (?:meeting|session|sitting)\b|^(?:approved|signed|confirmed|certified) by the (?:chair|chairman|chairwoman|chairperson|secretary|clerk|president)\b[^.!?]{0,40}[.!]?$/i;
/**
 * A page's word on its own standing: "Bulletins are not official warnings; follow…", "Official
 * warnings are issued by the national meteorological agency.", "Always check official sources
 * before flight.", "BriefingDeck is not an official aeronautical information service.", "Only the French text published by
 * the General Secretariat of the Government is authentic."
 */
const STANDING_NOTE =
  /\b(?:is|are) not (?:an? )?official (?:[\p{L}-]+ ){0,3}(?:warnings?|forecasts?|advice|translations?|records?|services?|sources?)\b|^(?:always |please )?(?:check|consult|refer to|verify with|rely on) (?:the )?official (?:[\p{L}\d-]+ )?(?:sources|information|channels|notices|notice ?boards?|publications|websites?|announcements|forecasts|warnings|advice|briefings?)\b|^official (?:warnings|forecasts) are issued by\b|^only the \p{Lu}\p{Ll}+ (?:text|version)\b[^.!?]{0,80}\b(?:is|are) (?:authentic|binding|authoritative)\b|^the (?:original|\p{Lu}\p{Ll}+) (?:text|version)\b[^.!?]{0,60}\bis the only (?:authentic|binding|authoritative|official) (?:text|version)\b/iu;

/** Words without which MEETING_FORMULA and STANDING_NOTE cannot match: most sentences have none. */
const MEETING_HINT =
  /inutes|hairmanship|residency|opened the|closed the|declared open|by the (?:chair|secretary|clerk|president)/i;
const STANDING_HINT = /fficial|uthentic|binding|uthoritative/;

/**
 * A report's note on its own figures ("Figures in this report are provisional and drawn from police
 * and provincial sources; they will change.", "Counts are estimates from user reports and camera
 * images and may be inaccurate."), a forum moderator's ("Please keep this thread on
 * topic; posts with personal numbers will be removed.").
 */
const OWN_FIGURES_NOTE =
  /^(?:(?:the )?(?:figures|data|numbers|information) (?:in|on) this (?:report|update|page|bulletin|sitrep) (?:are|is) (?:provisional|preliminary|subject to (?:change|revision))|please (?:keep|stay) (?:this thread|on topic)\b)|^(?:[\p{L}-]+ ){0,2}(?:counts|figures|data|numbers|estimates|readings|positions|queue times|waiting times)\b[^.!?]{0,100}?\b(?:may|might|can) be (?:inaccurate|incomplete|out of date|outdated|approximate|unreliable|wrong)\b/iu;

/**
 * A programme's slot: "Morning Drive with Kwame Addo, weekdays 6–9am on 96.1 FM and online.",
 * "Sunday Conversation airs every Sunday at 11:00 on 98.2 FM and online."
 */
const SHOW_SLOT =
  /^\p{Lu}[^.!?]{0,40}?\b(?:airs|is broadcast|is on air|goes out)\s+(?:every|each|weekdays|weeknights|daily|nightly)\b[^.!?]{0,60}?\b(?:\d{2,3}(?:\.\d)? ?(?:FM|AM|MHz)|DAB\+?|online|on air)\b|^\p{Lu}[^.!?]{0,40}\bwith \p{Lu}[^,]{1,40},\s+(?:weekdays|weeknights|daily|every (?:day|morning|evening|night|weekday|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days)\b[^.!?]{0,20}?\b\d{1,2}(?:[:.]\d{2})?\s*(?:[–-]\s*\d{1,2}(?:[:.]\d{2})?\s*)?(?:am|pm|a\.m\.|p\.m\.|h)\b/u;

/**
 * Where a reader books or changes a service: "Shore excursions in Costa Maya can be booked from
 * tonight in the Corallis app or at the Shore Excursions desk on Deck 5."
 */
const WHERE_TO_BOOK =
  /\bcan (?:now |also )?be (?:booked|reserved|purchased|bought|changed|rebooked|collected|picked up|cancelled|canceled)\b[^.!?]{0,80}?\b(?:app|desk|website|online|counter|reception|front office|ticket office|by calling|by phone|on deck \d+)\b/i;

/**
 * A how-to page's instruction to its reader ("Take photographs of the damage before any repairs,
 * if it is safe.", "Keep all receipts for emergency repairs."), an insurer's or a lender's legal
 * line ("Aphrodite Mutual Insurance Ltd is regulated by the Insurance Companies Control Service.").
 */
const INSTRUCTION =
  /^(?:please\s+)?(?:take|keep|make|send|submit|upload|bring|photograph|note down|write down|save)\s+(?:(?:a|all|any|your|the|clear|dated)\s+)?(?:photographs?|photos?|pictures?|videos?|copies|a copy|receipts?|records?|invoices?|(?:a )?note|(?:a )?list)\b/i;
const REGULATED_BY =
  /^\p{Lu}[^.!?,]{1,80}?\b(?:is|are) (?:authori[sz]ed (?:and|by [^.!?]{1,60}? and) )?regulated by (?:the )?\p{Lu}[^.!?,]{1,80}\.?$/u;

/** A paywall's cut: "Transcript continues for members.", "The rest of this article is for subscribers." */
const CONTINUES_FOR_MEMBERS =
  /^(?:the )?(?:transcript|article|story|episode|interview|rest of (?:this|the) (?:article|story|episode|transcript|interview))\s+(?:continues|is (?:available )?(?:only )?(?:for|to))\s+(?:for\s+|to\s+)?(?:paying\s+|premium\s+)?(?:members|subscribers|supporters)(?:\s+only)?\s*[.!]?$/i;

/**
 * A page's notes on its own text and a show's welcome: "Issued by the Harbour Master, Port of
 * Soyo.", "Transcript edited for length and clarity.", "Information may change…", "Agenda item 4:
 * …"; a show's welcome or greeting ("Welcome back to Cloud Forest Hour, the show about…", "Hello and
 * welcome to The Cave Mouth, I'm Tess Morrow.", "It's eight-thirty, this is Dhaka FM…, and here is the news.").
 */
const OWN_TEXT_NOTE =
  /^(?:[Ii]ssued by (?:the )?(?:\p{Lu}[\p{L}'’.-]*(?:,?\s+(?:of\s+|the\s+|and\s+)?|$)){1,8}[.!]?$|(?:[Tt]his )?[Tt]ranscript (?:has been |was |is )?(?:edited|condensed|abridged) for (?:length|clarity)|[Ii]nformation (?:on this page )?(?:may|might|could|is likely to) change\b|[Aa]genda item \d+\s*[:.])/u;
const SHOW_WELCOME =
  /^(?:\p{L}+(?: and|,)?\s+)?welcome (?:back )?to (?:[^.!?,]{2,40},\s+(?:the|a|your) (?:show|programme|program|podcast)\b|[^.!?]{1,60}?,\s*(?:i['’]m|i am|my name is)\s)|\bthis is [^.!?]{2,60}?,?\s+(?:and\s+)?here(?:['’]s| is| are) (?:the|your|today['’]s) (?:news|headlines|bulletin)\b/u;

/** A publication's disclaimer: "Nothing in this newsletter is investment advice." */
const NOT_ADVICE =
  /^(?:nothing in this (?:newsletter|article|post|note|email|piece|report|column|briefing) (?:is|constitutes|should be (?:read|taken) as)|this (?:newsletter|article|note|post|email|briefing|column) (?:is not|does not constitute)) (?:an? )?(?:investment|financial|legal|tax|medical) (?:advice|recommendation)\b/i;

/** An appeal page's note on its fees: "Payment processing fees apply.", "Card fees may apply." */
const FEE_NOTE =
  /^(?:(?:payment|card|transaction|platform|bank|processing|service)\s+){1,2}fees?\s+(?:may\s+)?(?:apply|are (?:deducted|charged|added))\b/i;

/**
 * A status page's own notes: "Flight data may be delayed by up to 5 minutes.", "Passengers are
 * advised to contact their airline before travelling to the airport." (said of every flight on
 * every day), and a timetable's line ("Mass times this week: Saturday 6:00 pm; Sunday 7:00 am, 9:00
 * am and 5:00 pm.").
 */
const STATUS_NOTE =
  /^(?:[\p{L}-]+\s+){0,2}(?:data|information|prices|quotes|times|figures|status(?:es)?|updates)\s+(?:(?:come|comes|are taken|is taken) from [^.!?]{1,60}? and\s+)?(?:may be|can be|are|is)\s+delayed\b(?:\s+by)?(?:\s+(?:up to|at least|about))?(?:\s*\d+\s*(?:minutes?|mins?|seconds?))?\s*\.?$|^(?:(?:passengers|travell?ers|customers|visitors|guests)\s+(?:are|should|must)\s+(?:(?:advised|asked|requested|reminded|encouraged|urged)\s+to\s+)?|please\s+)?(?:contact|check with|consult|confirm with)\s+(?:their|your)\s+(?:airline|carrier|operator|travel agent|tour operator|ferry operator)\b/iu;
/** Words without which STATUS_NOTE cannot match: most sentences have none. */
const STATUS_HINT =
  /delayed|ontact|onsult|heck with|onfirm with|local|UTC|GMT|provisional|preliminary|validated|verified/;
/** A board's or a dashboard's own terms: "Times are local (GMT+12).", "Data are provisional readings… and have not been validated." */
const BOARD_TERMS =
  /^(?:All )?(?:times|departure times|arrival times) (?:are|shown are|given are|are shown in) (?:local|in local time|UTC|GMT)\b[^.!?]{0,30}\.?$|^(?:All )?(?:data|readings|figures|values) (?:are|is) (?:provisional|preliminary|unvalidated|unverified)\b/i;
const SCHEDULE_LABEL = /^(?:\p{L}[\p{L}'’-]*\s+){0,7}\p{L}[\p{L}'’-]*:\s/u;
const CLOCK_TIME = /\b\d{1,2}(?:[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.|h)?|\s*(?:am|pm|a\.m\.|p\.m\.))(?!\w)/gi;

/** A listing's when and where after its label: "Prayer vigil…: Wednesday 15 December, 7:00 pm, in the church courtyard." */
const LISTING =
  /^(?:\p{L}[\p{L}'’-]*\s+){0,7}\p{L}[\p{L}'’-]*:\s+((?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d{1,2}\s+\p{Lu}\p{Ll}+)\b[^.!?;]{0,40}?\b\d{1,2}[:.]\d{2}\b[^.!?;]{0,60})\.?$/u;
const LISTING_VERB = /\b(?:is|are|was|were|will|would|has|have|had|\p{Ll}{3,}ed)\b/u;

function isScheduleLine(text: string): boolean {
  if (!text.includes(':') || !SCHEDULE_LABEL.test(text)) return false;
  if ((text.match(CLOCK_TIME)?.length ?? 0) >= 3) return true;
  const when = LISTING.exec(text)?.[1];
  return when !== undefined && !LISTING_VERB.test(when);
}

/**
 * A page's word on when it will say more, and on its own timetable: "The next bulletin will be
 * issued if there is a change in activity.", "Funeral arrangements will be announced once the family
 * has travelled…", "The avalanche bulletin for the north is updated every morning at 8:00.", a
 * site's own note on its record ("Hullmark note: status set to AGROUND…"), a congregation's
 * timetable ("Sunday worship on 6 February will be held at 9 am as usual…").
 */
const NEXT_ISSUE =
  /^(?:the )?(?:next|further|new) (?:[\p{L}-]+ ){0,2}(?:bulletins?|updates?|reports?|statements?|information|details|advisory|advisories|notices?|sitreps?|briefings?) (?:will|would|is expected to|are expected to|is to|are to) be (?:issued|published|posted|released|provided|announced|given|shared|sent)\b|^(?:[\p{L}-]+ ){0,2}arrangements (?:will|are to) be (?:announced|confirmed|shared|published|given|posted|made known)\b/iu;
const OWN_TIMETABLE =
  /^(?:the|this|our) (?:[\p{L}-]+ ){0,3}(?:bulletin|forecast|report|page|board|map|list|table|feed|outlook|status)\b[^.!?]{0,60}?\b(?:is|are) (?:updated|published|issued|refreshed|revised|reviewed)\s+(?:every|each|daily|hourly|weekly|twice|once)\b/iu;
const SITE_LABEL_NOTE = /^\p{Lu}[\p{L}&'’-]*(?: \p{Lu}[\p{L}&'’-]*)? note\s*:\s/u;
const WORSHIP_TIMES =
  /^(?:(?:Sunday|Saturday|Friday|morning|evening|midweek|weekly|daily) )*(?:worship|mass|masses|prayers?|vespers|choir practice|bible study|youth group|sunday school)\b[^.!?]{0,60}?\bwill (?:be held|take place|start|begin|go ahead)\b/iu;
const NEXT_HINT =
  /\b(?:next|further|new|arrangements|updated|published|issued|refreshed|revised|reviewed|note|will)\b/i;

/** The kind of note a sentence is, or null. */
export function noteKind(text: string): JunkKind | null {
  if (EPISODE_NOTE.test(text) || SHOW_VOICE.test(text) || isShowNote(text)) return 'transcript';
  if (
    SITE_NOTE.test(text) ||
    NOTICE_FORMULA.test(text) ||
    OWN_FIGURES_NOTE.test(text) ||
    FEE_NOTE.test(text) ||
    NOT_ADVICE.test(text) ||
    REGULATED_BY.test(text) ||
    OWN_TEXT_NOTE.test(text) ||
    (STATUS_HINT.test(text) && (STATUS_NOTE.test(text) || BOARD_TERMS.test(text))) ||
    isScheduleLine(text)
  )
    return 'notice';
  if (
    NEXT_HINT.test(text) &&
    (NEXT_ISSUE.test(text) ||
      OWN_TIMETABLE.test(text) ||
      SITE_LABEL_NOTE.test(text) ||
      WORSHIP_TIMES.test(text))
  )
    return 'notice';
  if (SHOW_WELCOME.test(text.toLowerCase())) return 'transcript';
  if (
    (MEETING_HINT.test(text) && MEETING_FORMULA.test(text)) ||
    (STANDING_HINT.test(text) && STANDING_NOTE.test(text))
  )
    return 'notice';
  if (ALERTS_PROMPT.test(text)) return 'prompt';
  if (BALL_BY_BALL.test(text)) return 'transcript';
  if (CONTENTS.test(text) || DOTTED_ITEMS.test(text) || SHOW_LINKS.test(text)) return 'related';
  if (REPORT_MADE.test(text)) return 'notice';
  if (CHANGE_NOTE.test(text)) return 'correction';
  if (TRANSLATION_NOTE.test(text)) return 'notice';
  if (UPDATE_NOTE.test(text)) return 'correction';
  if (REFRESH_NOTE.test(text.replace(/[.:]+$/, '').replace(/:\s/, ' '))) return 'timestamp';
  if (
    APPEAL_FOR_MONEY.test(text) ||
    LINK_POINTER.test(text) ||
    TO_THE_VIEWER.test(text) ||
    SHOW_SLOT.test(text) ||
    CONTINUES_FOR_MEMBERS.test(text) ||
    WHERE_TO_BOOK.test(text) ||
    INSTRUCTION.test(text)
  )
    return 'prompt';
  if (MEMBERS_HINT.test(text) && MEMBERS_APPEAL.test(text)) return 'prompt';
  if (SEGUE.test(text) || GREETING.test(text)) return 'transcript';
  if (PRODUCED_BY.test(text)) return 'credit';
  if (CAREER.test(text) || COLUMNIST.test(text)) return 'bio';
  return disclaimerKind(text) ?? pageLineKind(text);
}

/**
 * The outlet describing itself: "Tohorā Watch is a registered charity that trains volunteers…",
 * "ClaimLens is an independent, non-profit fact-checking newsroom…", "Teachers' Voice is published by
 * the SIPES Information Office, Tunis.", an aggregator's "Newsfold shows stories from publishers'
 * sites." on their own pages.
 */
export function describesOutlet(sentence: string, outlet: string): boolean {
  if (outlet.length < 3) return false;
  if (sitsWithOutlet(sentence, outlet)) return true;
  // The outlet as its feed is named may carry its kind: "Ticker & Tide (podcast)", "X — News".
  // …or by its last word ("The Register lists…" on the Overrun & Excursion Register's page).
  const head = outlet.split(/\s+[—–|]\s+/)[0] ?? '';
  const last = `The ${head.split(/\s+/).pop() ?? ''}`;
  const name = [outlet, outlet.replace(/\s*\([^)]*\)\s*$/, ''), head, last].find(
    (candidate) => candidate.length >= 3 && sentence.startsWith(candidate),
  );
  if (name === undefined) return false;
  return /^\s+(?:(?:is|was|has been) (?:a|an|the)\b|is (?:published|produced|edited|run|presented|hosted|made|written|compiled|curated) by\b|is (?:listener|reader|viewer|member)[- ](?:supported|funded)\b|(?:charges|takes|keeps|passes on|does not (?:charge|take|keep)|never (?:charges|takes)) (?:no |a |an |any |\d|its |the )?[^.!?]{0,30}\b(?:fees?|commission|cut|percentage|share)\b|(?:shows|collects|gathers|aggregates|curates|links to|brings together) (?:the )?(?:stories|headlines|articles|news|links)\b|(?:lists|records|tracks|logs|catalogues|documents|compiles) [^.!?]{0,80}\b(?:from (?:public|open|media|published) (?:sources|reports)|worldwide)\b)/.test(
    sentence.slice(name.length),
  );
}

/**
 * An interview's setting told by its outlet: "Hours later, Chief Veterinary Officer Dr Nomcebo
 * Shongwe sat down with the Mercury." (on The Mbabane Mercury's page), "…spoke to this newspaper."
 */
const SAT_WITH =
  /\b(?:sat down|spoke|talked|chatted)\s+(?:with|to)\s+(?:us|me|this (?:newspaper|paper|station|programme|program|site|reporter)|(?:the\s+)?((?:\p{Lu}[\p{L}'’-]+\s+){0,3}\p{Lu}[\p{L}'’-]+))(?:\s+(?:for|in) (?:an?|this) (?:interview|conversation|chat))?(?:\s+(?:on|late|early|last|this)\s+[\p{L} ]{3,25})?\.?$/u;

function sitsWithOutlet(sentence: string, outlet: string): boolean {
  const match = SAT_WITH.exec(sentence);
  if (match === null) return false;
  const named = match[1];
  if (named === undefined) return true;
  const words = outlet.split(/\s+/);
  return named.split(/\s+/).every((word) => words.includes(word));
}

/**
 * A newsletter issue: its title dates the issue ("The Overnight Brief — Thursday, April 15: A TB
 * vaccine that works, …"), or a line near its top lists what it holds ("In today's edition: …").
 * It tells several stories in a few lines each, so it is no report of any one of them.
 */
const ISSUE_TITLE = /^[^:]{1,60}?\s[—–-]\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b[^:]{0,25}:/;

export function isNewsletterIssue(title: string, text: string): boolean {
  if (ISSUE_TITLE.test(title) || isDigest(text)) return true;
  const head = text.slice(0, 1_500);
  return head.includes(' edition') ||
    head.includes(' issue') ||
    /(?:^|\n|\.\s)(?:Today|Tonight|This morning|This week|Also today|(?:Two|Three|Four|Five|Six|Seven|\d) (?:things|stories|items) [^:\n]{0,30})\s*:/i.test(
      head,
    )
    ? head.split(/\n+|(?<=[.!?])\s+(?=\p{Lu})/u).some((line) => CONTENTS.test(line.trim()))
    : false;
}

/**
 * A machine's translation, as its page says in its title or near its top ("Automatic translation from
 * French."), unless its journalists checked it ("…reviewed by our newsroom"): another outlet's report
 * leads and heads the story when one can (summarize/lead.ts, summarize/headline.ts).
 */
const MACHINE_TRANSLATED =
  /\b(?:automatic(?:ally)?[- ]translat|machine[- ]translat|translated (?:automatically|by machine)|(?:google|auto)[- ]translat)/i;
const REVIEWED =
  /\b(?:reviewed|checked|edited|verified|revised)\s+by\s+(?:our|the|its)\s+(?:newsroom|editors?|journalists?|editorial (?:team|staff)|reporters?|staff)\b/i;
export function isMachineTranslated(title: string, text: string): boolean {
  if (MACHINE_TRANSLATED.test(title)) return true;
  const note = MACHINE_TRANSLATED.exec(text.slice(0, 600));
  return note !== null && !REVIEWED.test(text.slice(note.index, note.index + 160));
}

/** A paragraph opening with a time of day and a dash: "10:04 — Ms Maʻasi opened by saying…". */
const STAMPED_ENTRY = /^(\d{1,2})[:.](\d{2})\s*[—–|-]\s/;

/**
 * Whether the page tells its day in entries stamped in the order they happened, as a record of
 * proceedings or a minute-by-minute does ("10:00 — The House resumed debate…", …, "15:55 —
 * DIVISION…"): its opening is its oldest entry, not its news, so another report's opening leads
 * when one can (summarize/lead.ts). A live page's entries run newest first and are not this.
 */
export function isChronicle(text: string): boolean {
  if (!/\d[:.]\d\d\s*[—–|-]\s/.test(text)) return false;
  const minutes: number[] = [];
  for (const paragraph of text.split(/\n+/)) {
    const stamp = STAMPED_ENTRY.exec(paragraph.trim());
    if (stamp !== null) minutes.push(Number(stamp[1]) * 60 + Number(stamp[2]));
  }
  return minutes.length >= 3 && minutes.every((minute, i) => i === 0 || minute >= (minutes[i - 1] ?? 0));
}
