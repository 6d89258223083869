import { REPORTED } from './disclaimers';
import type { JunkKind } from './page-junk';
import { CLAUSE_VERB } from './scene-captions';

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
/** A reporter's beat since a year: "Roselyne Ondo Mba has covered Port-Gentil's port and oil industry for the Tribune since 2019." */
const BEAT_SINCE =
  /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3} has (?:covered|reported on|written about|edited|reported from)\b[^.!?]{0,100}\bsince (?:19|20)\d\d\.?$/u;

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
const THIS_PAGE = /\b(?:on|to|via|at) this (?:page|site|website|thread|channel|blog|noticeboard)\b/i;
const PLEA =
  /^(?:(?:everyone|everybody|folks|people|guys),?\s+)?please\s+(?:stay|keep|avoid|share|do not|don['’]t|let|pray|spare)\b/i;
/** A clip's description of what it shows, with no verb before how it was filmed: "Big fire on a motor yacht moored in Port Hercule, filmed from the terrace…". */
const FILMED_AFTER =
  /^([^,.!?]{3,120}),\s+(?:filmed|recorded|shot|captured)\s+(?:from|by|on|at|with|using)\b/i;
const REDUCED_RELATIVE = /\b\p{Ll}{3,}ed (?=(?:in|at|on|off|near|by|from|to|with|outside|inside)\b)/gu;

/** Words without which none of the above can match: most sentences have none. */
const HINT =
  /:|\band\s+\p{Lu}|listen-only|being recorded|subscribe|this (?:page|site|website|thread|channel|blog|noticeboard)|please|filmed|recorded|shot|captured|photographed|footage|video|clip|pictures|images|since (?:19|20)\d\d/iu;

/** The kind of page line a sentence is (above), or null. */
export function pageLineKind(text: string): JunkKind | null {
  if (!HINT.test(text)) return null;
  if (ATTENDANCE.test(text)) return 'notice';
  // A topic, not a report: "Also: the minister says he is still flying…" is an item under its label.
  const topic = SEGMENT.exec(text)?.[1];
  if (topic !== undefined && !CLAUSE_VERB.test(topic) && !/\b(?:says|say)\b/.test(topic)) return 'related';
  if (HOSTS_TALK.test(text) || OPERATOR_LINE.test(text)) return 'transcript';
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
