import { REPORTED } from './disclaimers';
import type { JunkKind } from './page-junk';
import { CLAUSE_VERB, isVerbless } from './scene-captions';

/**
 * Lines that list what a page holds rather than tell news: a meeting record's attendance ("Present:
 * N. Omerović (president), S. Bajrić, E. Čolak…", "Apologies: …"), a show's next segment ("Then:
 * European gas prices after the March storage numbers…"; not a report under its label), a video page's description of
 * its footage with no verb of its own ("Drone footage of the ash plume from Concepción on Wednesday
 * morning, filmed from the Maderas side, plus a short interview with…").
 */
const ATTENDANCE =
  /^(?:present|also present|in attendance|attendees|attending|apologies(?: for absence)?|absent|excused)\s*:\s*[^!?]{2,}?,[^!?]*,/i;
const SEGMENT = /^(?:then|also|plus|later|next|and later|after that|and finally|finally)\s*:\s+([^,;]+)/i;
const FOOTAGE =
  /^(?:(?:drone|aerial|raw|amateur|dashcam|cctv|mobile[- ]phone|phone|exclusive|video|new)\s+)?(?:footage|video|clip|pictures|images) (?:of|from|shot)\b(?![^.!?]*\b(?:is|are|was|were|has|have|had|shows?|showed|appears?|appeared|captures?|captured|emerged|went)\b)/i;

/** A video's note on how it was made: "Filmed with permission, drone kept 5 km from the crater." */
const FILMED =
  /^(?:filmed|recorded|captured|shot on|photographed)\s+(?:with|on|from|using|under|at)\b[^.!?]{0,100}\.?$/i;
/** A show's two hosts and what they talk through: "Moussa and Claire break down Lion de Thiaroye's stunning win…". */
const HOSTS_TALK =
  /^(?:(?:Co-?)?[Hh]osts?\s+)?(?:\p{Lu}[\p{L}'’-]+\s+){1,2}and\s+(?:\p{Lu}[\p{L}'’-]+\s+){1,2}(?:also\s+)?(?:break down|unpack|discuss|talk (?:through|about|to)|dig into|look at|weigh up|go through|chat about|debate|pick apart|react to|ask|explore|explain|examine)\b/u;
/**
 * A show introducing its guests ("Dr Kevin Alleyne is with the ministry's port health unit, and
 * Ronald Greaves is president of a taxi association…", "Joining us now is…"): who is speaking,
 * not what happened.
 */
const GUEST = `(?:(?:Dr|Mr|Mrs|Ms|Prof|Professor|Captain|Capt|Chief|Rev|Father|Sister)\\.? )?(?:\\p{Lu}[\\p{L}'’-]+ ){1,3}is (?:with|from|at|president|head|chair|director|secretary|an?|the|our)\\b`;
const GUESTS = new RegExp(`^${GUEST}[^;.!?]{0,120}?,? and ${GUEST}`, 'u');
const JOINING =
  /^(?:joining (?:us|me)|with (?:us|me) (?:now|today|tonight|this morning|in the studio))\b[^.!?]{0,20}\b(?:is|are)\b/i;
/**
 * A list's notes on its own timetable: "Item 1 in Courtroom 3 was previously listed for 14:00 and
 * was brought forward to 10:00.", "Listings for Thursday 4 May will be published from 4 p.m. on
 * Wednesday.", "The next update will be posted at 18:00.".
 */
const CLOCK = '\\d{1,2}(?:[:.]\\d\\d)?\\s*(?:[ap]\\.?m\\.?|h|hrs)?';
const RELISTED = new RegExp(
  `\\b(?:previously |originally |first )?(?:listed|scheduled|set down|fixed) for ${CLOCK}\\b[^.!?]{0,40}?\\b(?:brought forward|moved|put back|pushed back|rescheduled|changed|re-?listed) to ${CLOCK}`,
  'i',
);
const OWN_SCHEDULE =
  /^(?:the )?(?:(?:cause |daily |court )?(?:listings?|lists)|(?:next|further|following) (?:update|bulletin|edition|issue|report|list|listing)s?)\b[^.!?]{0,40}?\b(?:will be|are|is) (?:published|posted|issued|uploaded|released|available|sent|out)\b/i;
/**
 * A newsletter's or a show's welcome to an edition: "Dobré ráno — good morning from Prague, and
 * welcome to the Sunday edition of the Tram 22 Digest.".
 */
const EDITION_WELCOME =
  /\bwelcome (?:back )?to (?:the |this |today['’]s |your |our )?(?:[\p{L}\d-]+ ){0,3}(?:edition|issue|episode|instal?ment|number) (?:of|\d)/u;
/** A show's teaser of its guest: "Mayor Dana Whitford joins host Cam Boucher to explain what happens next." */
const JOINS_HOST =
  /\bjoins? (?:us|me|(?:the )?(?:hosts?|presenters?|anchors?)|the (?:show|programme|program|podcast|panel|studio))\b[^.!?]{0,60}?\bto (?:explain|discuss|talk|look|unpack|break|answer|walk|tell|share|reflect|preview|review|take|go)\b/i;
/** A programme's slot: "Northwest Morning airs weekdays 6 to 9 a.m. and Sundays 8 to 10 a.m. on Lakeland Radio 92.9." */
const ON_AIR =
  /\b(?:airs|is on air|is broadcast|broadcasts|goes out|streams)\b[^.!?]{0,30}?\b(?:weekdays|weeknights|daily|nightly|every (?:day|weekday|morning|evening|night)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days)\b[^.!?]{0,20}?\b\d{1,2}(?:[:.]\d\d)?\s*(?:to|-|–)?\s*(?:\d{1,2}(?:[:.]\d\d)?\s*)?(?:[ap]\.?m\b|h\b|hrs\b)/i;
/**
 * A show's word that its guest is there: "Mayor Whitford is on the line.", "Dr Sandhu is with us
 * now.", "…and he's on the line from the gate."
 */
const ON_THE_LINE =
  /\band (?:he|she|they)(?:['’]s|['’]re| is| are) (?:on the (?:line|phone)|with (?:us|me)|in the studio)(?: now)?(?: from (?:the )?[\p{L}'’ -]{2,40})?\.?$|^On the (?:line|phone) (?:now )?(?:is|are|from [\p{Lu}][\p{L}'’-]+ (?:is|are)) \p{Lu}|^(?:(?:Dr|Mr|Mrs|Ms|Prof|Mayor|Minister|Chief|Captain|Sergeant|Inspector)\.? )?(?:\p{Lu}[\p{L}'’-]+ ){0,2}\p{Lu}[\p{L}'’-]+ (?:is|are) (?:on the (?:line|phone)|with (?:us|me)|here with (?:us|me)|in the studio)(?: (?:now|again|this (?:morning|evening)|from [\p{Lu}][\p{L}'’-]+))?\.?$/u;
/**
 * An institution's standing description by its holdings: "The Panjakent Museum of Local History
 * holds more than 12,000 objects from the upper valley, from the Bronze Age to the twentieth
 * century.". A gift or a loss that changes the count is told in the past or with "now".
 */
const HOLDINGS =
  /^(?:The )?(?:\p{Lu}[\p{L}'’-]+ |of |and |for |the |de )*\p{Lu}[\p{L}'’-]+ (?:holds|houses|keeps|cares for|contains|preserves) (?:more than |over |some |about |around |nearly |almost )?[\d,.]+(?: million)? (?:objects|items|works|artefacts|artifacts|books|volumes|specimens|pieces|records|documents|photographs|manuscripts|maps|films|recordings)\b(?![^.!?]*\b(?:now|after|since|following)\b)/u;
/** A bulletin's rundown under its label: "The headlines: a forest fire near Bab Taza, the new seafront promenade…". */
const RUNDOWN =
  /^(?:(?:the|today['’]s|tonight['’]s|this (?:morning|evening)['’]s|our|in the|top) )?(?:headlines|coming up|still to come|on the (?:programme|program|show))(?: (?:tonight|today|this (?:morning|evening|hour)|at \d{1,2}))?\s*:\s/i;
/**
 * A record's running header in parts between bars, run into its first line: "THE SENATE | THE
 * HANSARD | Thursday, 7th September, 2028 | The House met at the Senate Chamber…".
 */
const BARRED_HEADER = /^(?:[^|.!?]{2,40} \| ){2,}/;

/**
 * A programme's rundown without its label: three items or more between semicolons, the last after
 * "and", one of them a topic with no verb ("Hengyu counts the cost of Sunday's fab fire; a preview
 * of Thursday's central bank decision; and a Tainan bubble-tea chain heads for Tokyo."). Three
 * clauses so joined tell news ("The rebels took the airport; the army retreated…; and the
 * president fled…").
 */
const ITEM_LIST = /^(?:[^;.!?]{3,90}; ){2,}and [^;.!?]{3,90}[.!]?$/;

function isRundownList(text: string): boolean {
  if (!ITEM_LIST.test(text)) return false;
  return text
    .replace(/[.!]$/, '')
    .split(/;\s+(?:and\s+)?/)
    .some((item) => /^(?:a|an|the|our|plus|more on)\s/i.test(item) && isVerbless(item));
}

/**
 * A show's teaser for its episode: "This week Jake and Marta break down Dilnoza Rakhimova's 158kg
 * clean and jerk…", "This week Mei and Arun walk the route…", "On today's show, we look at…",
 * "Habimana explains why the 8.25% coupon came in below…".
 */
const EPISODE_TEASER =
  /^(?:(?:This|Next|Last) (?:week|episode|time)|(?:On|In) (?:this|today['’]s|tonight['’]s) (?:episode|show|programme|program)),? (?:\p{Lu}[\p{L}'’-]+(?:,? (?:and|&) \p{Lu}[\p{L}'’-]+)*|we|I|the (?:team|panel|hosts?)) (?:break down|discuss|talk|look at|dig into|unpack|ask|chat|go through|preview|review|react|explain|get into|walk|visit|meet|hear|take|follow|travel|speak|sit down|catch up)\b|^\p{Lu}[\p{L}'’-]+ (?:explains|discusses|tells us|talks about|looks at|unpacks|breaks down) (?:why|how|what|whether)\b/u;
/** A transcript's note on how it was made: "Transcript generated automatically and lightly edited; it may contain errors." */
const TRANSCRIPT_NOTE =
  /^(?:(?:the|this) )?(?:(?:automatic|automated|machine|computer)[- ]generated )?(?:transcripts?|captions?|subtitles?)\b[^.!?]{0,40}?\b(?:(?:generated|produced|created|made|transcribed) (?:automatically|by (?:machine|software|computer|speech recognition|an? (?:automated|automatic)))|(?:may|might|could) contain (?:errors|mistakes|inaccuracies))\b/i;
/** A tracker's age of its own reading: "Position received 2 min ago (terrestrial AIS)", "Last updated 5 minutes ago". */
const AGES_AGO =
  /^(?:[\p{L}-]+ ){0,3}?(?:received|updated|reported|refreshed|seen|recorded|checked)\s+(?:\d+|a few|one)\s*(?:s|sec|secs|seconds?|m|min|mins|minutes?|h|hrs?|hours?)\s+ago\b/iu;
/**
 * A record's line on how an item was collected or made, with no clause of its own: "Collected 19
 * March 2026 by Anaïs Guépy, Lucien Poiwi and Thérèse Nekare (field number AG-2214).".
 */
const RECORDED_BY =
  /^(?:collected|compiled|recorded|prepared|catalogued|determined|identified|verified|photographed|digiti[sz]ed|donated|acquired)\b([^.!?]{0,60}?)\bby\b([^!?]*)$/i;
/**
 * A reference's closing date of access, as a collection's or a wiki's citation line ends: "Museum
 * of the Kander Valley, object 2027.114, online collection, accessed 10 May 2028.".
 */
const ACCESSED =
  /\b(?:accessed|retrieved|consulted|viewed)(?: on)?:? (?:\d{1,2} \p{L}+ \d{4}|\p{L}+ \d{1,2},? \d{4}|\d{4}-\d{2}-\d{2})\.?$/u;
/**
 * A page's pointer to its other items ("Also in this edition: the Maroni pirogue strike enters its
 * second week; …"), its hours as a label ("Court timings 10:30 AM to 4:30 PM") and its tagline
 * ("Nyan in English — a weekly digest of local news for readers who don't read Swedish.").
 */
const ALSO_IN =
  /^(?:also|elsewhere|coming up|still to come) in (?:today['’]s |tonight['’]s |this (?:week['’]s )?)?(?:edition|issue|newsletter|briefing|bulletin|programme|program|show|episode|podcast)\b\s*:/i;
const HOURS_LABEL =
  /^(?:[\p{L}-]+ )?(?:timings?|hours|times)\s*:?\s*\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|h|hrs)?\s*(?:to|until|–|-)\s*\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|h|hrs)?\.?$/iu;
const TAGLINE =
  /^[^.!?—–]{2,60} [—–-] (?:an?|the|your) (?:(?:daily|weekly|monthly|fortnightly|free|short|quick|twice-weekly|new) )*(?:digest|newsletter|round-?up|briefing|bulletin|podcast|programme|program|show|magazine|guide|summary|selection)\b/iu;
/**
 * An office's hours ("The Registry is open to the public from 9:00 a.m. to 4:00 p.m., Monday to
 * Friday, excluding public holidays.") and a player's note on itself ("Video may take a moment to
 * load on mobile data.").
 */
const OFFICE_HOURS = new RegExp(
  `\\b(?:is|are|will be|remains?) (?:open|staffed|available)\\b[^.!?]{0,40}?\\bfrom ${CLOCK}\\s*(?:to|until|till|[–-])\\s*${CLOCK}[^.!?]{0,20}?\\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?\\b|weekdays|daily|every day|excluding|except)`,
  'i',
);
const PLAYER_NOTE =
  /^(?:the )?(?:video|audio|player|clip|stream|page|map|livestream|live stream)s? (?:may|might|can|will) take (?:a|some) (?:moment|while|few (?:seconds|moments)|little while|minute) to (?:load|start|play|buffer)\b/i;
/**
 * A reporter's beat since a year, alone or followed by their work: "Roselyne Ondo Mba has covered
 * Port-Gentil's port and oil industry for the Tribune since 2019.", "Yusuf Merchant has reported
 * on Indian ports since 2011; his series on … won the 2027 Maritime Media Award…".
 */
const BEAT_SINCE =
  /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3} has (?:covered|reported on|written about|edited|reported from)\b[^.!?]{0,100}\bsince (?:19|20)\d\d(?:\.?$|; (?:his|her|their) )/u;

/**
 * A meeting record's headings ("Purpose of session: Response to drought conditions…", "Venue: …"),
 * a conference call's operator ("All participants are in listen-only mode."), a paywall's offer
 * ("Free preview — log in or subscribe to download full tender documents."), a page pointing at
 * itself ("…; details will be shared on this page."), a plea to the page's readers ("Everyone
 * please stay away from the port and let them work.").
 */
const RECORD_HEADING =
  /^(?:purpose(?: of (?:the )?(?:session|meeting))?|subject|venue|quorum|chair(?:ed by)?|minutes? taken by|recorded by|agenda item \d+|item \d+)\s*:\s/i;
const OPERATOR_LINE =
  /\b(?:participants|lines|callers) (?:are|have been placed|will be) (?:in|on|placed in) (?:a )?listen-only mode\b|\bthis (?:call|conference) is being recorded\b/i;
const PAYWALL =
  /\b(?:log in|sign in|register) (?:or|and) subscribe\b|\bsubscribe (?:to|in order to) (?:download|read|view|access|unlock|see)\b/i;
/** A feature behind a paid tier: "Satellite positions require a Pro plan.", "Upgrade to Premium to see…". */
const PAID_TIER =
  /\b(?:requires?|needs?|available (?:only )?(?:with|on|to|for)|included (?:only )?(?:with|in)|unlock(?:ed)? with) (?:an? |the |our )?(?:pro|premium|plus|paid|gold|business|professional|subscriber|member|members'?|supporter)s?(?:-only)? (?:plan|subscription|account|membership|tier|version|users|subscribers|members)\b|^upgrade (?:to|your)\b/i;
const THIS_PAGE = /\b(?:on|to|via|at) this (?:page|site|website|thread|channel|blog|noticeboard)\b/i;
const PLEA =
  /^(?:(?:everyone|everybody|folks|people|guys),?\s+)?please\s+(?:stay|keep|avoid|share|do not|don['’]t|let|pray|spare)\b/i;
/** A clip's description of what it shows, with no verb before how it was filmed: "Big fire on a motor yacht moored in Port Hercule, filmed from the terrace…". */
const FILMED_AFTER =
  /^([^,.!?]{3,120}),\s+(?:filmed|recorded|shot|captured)\s+(?:from|by|on|at|with|using)\b/i;
const REDUCED_RELATIVE = /\b\p{Ll}{3,}ed (?=(?:in|at|on|off|near|by|from|to|with|outside|inside)\b)/gu;

/** Words without which none of the above can match: most sentences have none. */
const HINT =
  /:|joining|with (?:us|me)\b|listen-only|being recorded|subscribe|this (?:page|site|website|thread|channel|blog|noticeboard)|please|filmed|recorded|shot|captured|photographed|footage|video|clip|pictures|images|since (?:19|20)\d\d/i;
/** Two names joined by "and" (a show's hosts or guests); case-sensitive, so a separate test. */
const AND_NAME = /\band\s+\p{Lu}/u;

/**
 * Words without which none of a page's notes on itself (below) can match, read off the lower-cased
 * text: V8 runs a case-insensitive Unicode pattern several times slower (docs/clustering.md, "Speed
 * and memory").
 */
const OWN_HINT =
  /welcome|; and |^(?:this|next|last|on|in) | explains | discusses | tells us | talks about | looks at | unpacks | breaks down |(?:listed|scheduled|set down|fixed) for|\bjoins? |headlines|\bairs\b|on air|broadcast|goes out|streams|on the (?:line|phone)|with (?:us|me)|in the studio|holds|houses|keeps|cares for|contains|preserves|coming up|still to come|on the (?:programme|program|show)|transcript|caption|subtitle|^(?:the )?(?:(?:cause |daily |court )?list|(?:next|further|following) )|\bago\b|^(?:collected|compiled|recorded|prepared|catalogued|determined|identified|verified|photographed|digiti|donated|acquired)\b|\b(?:open|staffed|available)\b|take a|\b(?:pro|premium|plus|paid|gold|business|professional|subscriber|member|members|supporter)\b|^upgrade|accessed|retrieved|consulted|viewed| in (?:this|today|tonight)|^(?:[\p{L}-]+ )?(?:timings?|hours|times)\b| [—–-] (?:an?|the|your) /u;

/**
 * A page's trail of where it sits: "Home › Job fairs › Upcoming", "News » Local » Courts": short
 * names joined by arrows, nothing that ends as a sentence.
 */
const BREADCRUMB = /^(?:[^›»>.!?]{1,40}?\s*[›»>]\s*){2,8}[^›»>.!?]{1,60}$/u;

/**
 * A weather service's banner under its label in capitals: "NiMET ADVISORY: Moderate to thick
 * harmattan haze expected over Kano…", "WEATHER ALERT: Freezing rain warning in effect for…". A
 * forecast, not a report ("SERVICE ALERT: MV Vatulele Star — sailings suspended…" is news).
 */
const FORECAST_BANNER =
  /^(?:WEATHER (?:ALERT|WARNING|ADVISORY|UPDATE|WATCH)\s*:|(?:\p{Lu}[\p{L}.&-]*\s+){0,3}(?:ADVISORY|ALERT|WARNING|OUTLOOK|WATCH)\s*:.*\b(?:expected|forecast|in effect)\b)/u;

/**
 * A weather service's warning by its name in Title Case, where and until when, and nothing
 * happening: "Excessive Heat Warning: Dallas, Tarrant, Collin, Denton counties through Saturday
 * 9 p.m.", "Red Flag Warning: Santa Barbara County mountains until 8 p.m. Friday". A banner above
 * the story, not its news ("Tsunami Warning: residents were ordered to leave…" tells something done).
 */
const WARNING_BANNER =
  /^(?:\p{Lu}\p{Ll}+\s+){1,3}(?:Warning|Watch|Advisory|Alert)\s*:\s+(?:(?!\b(?:is|are|was|were|has|have|had|will|\p{Ll}+ed)\b)[^.;:])*?\b(?:through|until|till)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|tonight|tomorrow|noon|midnight|\d)/u;

/**
 * A widget's readings between bars and the time it read them: "ERCOT grid conditions: Conservation
 * appeal in effect 4-9 p.m. | Demand 86,930 MW (updated 5:55 p.m.)".
 */
const STAMPED_READINGS =
  /\S \| \S.*\((?:updated|as of|last updated)\s+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?(?:\s+\p{Lu}{2,4})?\)\s*$/iu;

/**
 * A show's line that hands over to its interview ("Yaritza Cedeño spoke to the scientist who led
 * the study."): a named voice, the one they spoke to told by a person's role alone, no day, no
 * figure, nothing said ("President Lula spoke to the nation." is not one).
 */
const SPOKE_TO =
  /^(?:\p{Lu}[\p{L}'’-]+\s+){1,2}\p{Lu}[\p{L}'’-]+\s+(?:spoke|talked|has been speaking|has been talking|went to meet)\s+(?:to|with)\s+(?:the|a|an|one of the)\s+(?:[\p{Ll}-]+\s+){0,4}[\p{Ll}-]*(?:ist|er|or|ian|ant|ent|man|woman|expert|official|doctor|author)s?(?:\s+(?:who|behind|at)\s+(?:[\p{Ll}-]+\s+){0,5}[\p{Ll}-]+)?\.?$/u;

/**
 * A road's works under its label, what the traffic does and the hours ("Sea to Sky Highway: Hwy 99
 * single-lane alternating traffic at Porteau Cove for paving, 7 p.m. to 6 a.m."): a traffic
 * widget's line, not a report ("BREAKING: I-5 closed…" is news under its label).
 */
const ROAD_WORKS =
  /^(?!(?:BREAKING|UPDATE|UPDATED|LATEST|ALERT|URGENT|JUST IN|NEW)\b)[^:.!?]{2,40}:\s+(?![^.!?]*\b(?:said|says|after|killed|injured|crash|collision)\b)[^.!?;]{0,60}?\b(?:single-lane|lanes?|alternating traffic|closures?|closed|detours?|delays?)\b[^;:!?]{0,80}?\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm)\s*(?:to|-|–|until)\s*\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm)\.?(?:,?\s+(?:nightly|daily|weeknights|overnight)\.?)?$/;

/** The kind of page line a sentence is (above), or null. */
export function pageLineKind(text: string): JunkKind | null {
  if (text.includes(':') && ROAD_WORKS.test(text)) return 'notice';
  if (
    (text.includes(' spoke ') ||
      text.includes(' talked ') ||
      text.includes(' speaking ') ||
      text.includes(' to meet ')) &&
    SPOKE_TO.test(text)
  )
    return 'transcript';
  if (text.includes(':') && (FORECAST_BANNER.test(text) || WARNING_BANNER.test(text))) return 'notice';
  if (text.includes(' | ') && STAMPED_READINGS.test(text)) return 'notice';
  if (text.includes(' | ') && BARRED_HEADER.test(text)) return 'notice';
  if ((text.includes('›') || text.includes('»') || text.includes('>')) && BREADCRUMB.test(text))
    return 'related';
  const held = HINT.test(text) || AND_NAME.test(text) ? heldLineKind(text) : null;
  if (held !== null) return held;
  // Lower-cased once for the case-free patterns (docs/clustering.md, "Case-insensitive patterns read lower-cased text").
  const lower = text.toLowerCase();
  return OWN_HINT.test(lower) ? ownNoteKind(text, lower) : null;
}

function heldLineKind(text: string): JunkKind | null {
  if (ATTENDANCE.test(text)) return 'notice';
  // A topic, not a report: "Also: the minister says he is still flying…" is an item under its label.
  const topic = SEGMENT.exec(text)?.[1];
  if (topic !== undefined && !CLAUSE_VERB.test(topic) && !/\b(?:says|say)\b/.test(topic)) return 'related';
  if (HOSTS_TALK.test(text) || OPERATOR_LINE.test(text) || GUESTS.test(text) || JOINING.test(text))
    return 'transcript';
  if (RECORD_HEADING.test(text)) return 'notice';
  // What someone said is news, whatever it says.
  if (!REPORTED.test(text)) {
    if (PAYWALL.test(text) || PLEA.test(text)) return 'prompt';
    if (THIS_PAGE.test(text)) return 'notice';
    // A participle after its noun ("a yacht moored in…") describes; an auxiliary or a past makes a clause.
    const described = FILMED_AFTER.exec(text)?.[1]?.replace(REDUCED_RELATIVE, '');
    if (described !== undefined && !CLAUSE_VERB.test(described)) return 'player';
  }
  if (BEAT_SINCE.test(text)) return 'bio';
  return FOOTAGE.test(text) || FILMED.test(text) ? 'player' : null;
}

/** A page's notes on itself: its welcome, a show's teaser and rundown, a transcript's note, its timetable, hours, player, paid tier, a reading's age, a record's line. */
function ownNoteKind(text: string, lower: string): JunkKind | null {
  if (EDITION_WELCOME.test(lower)) return 'transcript';
  if (REPORTED.test(text)) return null;
  if (JOINS_HOST.test(text) || ON_THE_LINE.test(text)) return 'transcript';
  if (ON_AIR.test(text) || HOLDINGS.test(text)) return 'notice';
  if (RUNDOWN.test(text) || EPISODE_TEASER.test(text) || isRundownList(text)) return 'related';
  if (TRANSCRIPT_NOTE.test(text)) return 'notice';
  if (PAID_TIER.test(text)) return 'prompt';
  if (RELISTED.test(text) || OWN_SCHEDULE.test(text) || OFFICE_HOURS.test(text)) return 'notice';
  if (AGES_AGO.test(text)) return 'timestamp';
  if (ALSO_IN.test(text)) return 'related';
  if (HOURS_LABEL.test(text) || TAGLINE.test(text)) return 'notice';
  // "The records were accessed on 3 May 2028." is a clause; a reference line has none.
  const accessed = ACCESSED.exec(text);
  if (accessed !== null && !CLAUSE_VERB.test(text.slice(0, accessed.index))) return 'credit';
  if (PLAYER_NOTE.test(text)) return 'player';
  const recorded = RECORDED_BY.exec(text);
  return recorded !== null && !CLAUSE_VERB.test(`${recorded[1]} ${recorded[2]}`) ? 'credit' : null;
}
