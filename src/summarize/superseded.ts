import { IRREGULAR_PAST_FORMS } from '../shared/text/irregular-forms';
import { STOPWORDS } from '../shared/text/stopwords';
import { stem } from '../shared/text/terms';
import { contentStems, isVerbLike, predicateKey, SAYS, shownPoint } from './clauses';
import { holdsQuotation } from './lead-quotes';
import { keepsRelativeDay } from './relative-days';
import { endersOf } from './search-ended';
import { standaloneOf } from './standalone';
import type { StoryModel } from './story-model';

/**
 * What a newer report of the story has overtaken (repeats.ts, docs/summarization.md step 8):
 * an effort a newer point says was done, a plan for a day that has passed (a day its report
 * called today or tomorrow, or a weekday), an expectation met, a vow to go on that ended, a
 * stoppage told as going on that ended, a warning in force that was lifted, a decision told as not
 * yet taken that was taken, and a search another report tells ended.
 */

/**
 * An effort told as under way: "Tugs were working to free the vessel", "Rescuers were searching
 * for survivors", "Firefighters are battling the blaze". The subject's last word.
 */
const UNDER_WAY =
  /^(?:[\p{Lu}\p{Ll}][\p{L}'’-]*\s+){0,3}?(\p{L}{3,})\s+(?:was|were|are|is|had been|have been|has been)\s+(?:still\s+)?\p{Ll}{3,}ing\b/u;

/**
 * Whether a shown point from a newer report says what the sentence's subject then did to what
 * it was trying to reach: "Tugs were working to free the 300-metre vessel, the Halden Star" from
 * Friday morning's report under "Traffic resumed on Friday afternoon after tugs pulled the
 * Halden Star … back into the channel" is what was being tried before it was done, not a fact of
 * its own.
 */
export function supersededEffort(model: StoryModel, index: number, shown: readonly number[]): boolean {
  const sentence = model.sentences[index];
  if (sentence === undefined) return false;
  const text = standaloneOf(model, index)?.text ?? sentence.text;
  const match = UNDER_WAY.exec(text);
  if (match === null) return false;
  // What the effort was for: the words after it ("to free the 300-metre vessel, the Halden Star").
  const aim = contentStems(text.slice(match[0].length));
  const subject = stem((match[1] ?? '').toLowerCase());
  if (STOPWORDS.has(subject)) return false;
  const time = model.articles[sentence.article]?.doc.publishedAt?.getTime() ?? Number.NaN;
  return shown.some((other) => {
    const point = model.sentences[other];
    if (point === undefined || other === index) return false;
    const when = model.articles[point.article]?.doc.publishedAt?.getTime() ?? Number.NaN;
    if (!(when > time)) return false;
    const { tokens, stems } = shownPoint(model, other);
    for (let i = 0; i < stems.length; i++) {
      if (stems[i] !== subject) continue;
      const next = tokens[i + 1] ?? '';
      // What it then did: a past form, not another effort ("were still working") or a saying,
      // done to what the effort was for ("pulled the Halden Star"; rescuers who "recovered more
      // bodies" have not reached the 30 workers they were trying to reach).
      if (!isVerbLike(next) || /ing$/.test(next) || predicateKey(next, false) === SAYS) continue;
      if (stems.slice(i + 2, i + 12).some((term) => aim.has(term))) return true;
    }
    return false;
  });
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/**
 * What is still to come, then its day: "The race continues on Thursday with stage 5…", "Stage 5…
 * will start as scheduled on Thursday 18 March", "The council meets on Monday to…", "Morocco will
 * suspend exports… from Friday" (a span, "closed from Friday until 28 December", lasts past its
 * first day).
 */
const PLANNED_WEEKDAY =
  /\b(?:will|is due|are due|is scheduled|are scheduled|is set to|are set to|plans? to|planned to|(?:is|are) planning to|continues|resumes|starts|begins|restarts|meets|goes ahead)\b[^.;]{0,80}?\b(?:on|from) (Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day\b(?!['’]|\s+(?:until|till|to|through)\b)/i;
/**
 * A warning, a closure or a cut in force until a weekday, the day it ends: "The India Meteorological
 * Department has issued an orange alert for north Goa until Tuesday", "…will suspend drinking water
 * supply … from 8 a.m. on Thursday to midnight on Friday". Once that day is over it is old news.
 */
const UNTIL_WEEKDAY =
  /\b(?:alerts?|warnings?|watch|advisory|curfew|closures?|closed|bans?|banned|restrictions?|suspend\w*|shut\w*)\b[^.;]{0,100}?\b(?:until|till|to|through) (?:at least )?(?:(?:midnight|noon|\d{1,2}(?:[:.]\d\d)?\s*[ap]m)\s+(?:on\s+)?)?(Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day\b/i;
const DAY_MS = 86_400_000;

/**
 * Whether a plan for a weekday ("continues on Thursday") has had its day by the reading time (or
 * the story's newest report): the day is the first with that name on or after its report's day,
 * and it is over once the next day has begun in the Americas (30 hours after its UTC start).
 */
function passedWeekday(model: StoryModel, text: string, time: number): boolean {
  const unquoted = text.replace(/["“][^"”]*["”]/g, ' ');
  // The end of a span is read past its hours ("from 8 a.m. on Thursday to midnight on Friday"); a
  // plan's day only where no hour comes before it ("will close from noon to 5 p.m. from Tuesday"
  // tells hours kept from that day on).
  const day = (PLANNED_WEEKDAY.exec(unquoted) ??
    UNTIL_WEEKDAY.exec(unquoted.replace(/\b([ap])\.m\./g, '$1m')))?.[1]?.toLowerCase();
  if (day === undefined) return false;
  const wanted = WEEKDAYS.findIndex((name) => name.startsWith(day));
  const start = Math.floor(time / DAY_MS) * DAY_MS;
  const ahead = (wanted - new Date(start).getUTCDay() + 7) % 7;
  const over = start + (ahead + 1.25) * DAY_MS;
  const now =
    model.readAt ?? Math.max(...model.articles.map((article) => article.doc.publishedAt?.getTime() ?? 0));
  return now >= over;
}

/** Someone expected to do something: "Vice Governor Edgar Pacaña is expected to take over as…". */
const EXPECTED =
  /^(?:[\p{Lu}][\p{L}'’.-]*\s+){0,4}([\p{Lu}][\p{L}'’-]+)\s+(?:is|are)\s+(?:expected|set|due|scheduled|likely|poised)\s+to\s+\p{Ll}/u;
const DONE = new RegExp(`^(?:was|were|has|have|had|\\p{Ll}{2,}ed|${IRREGULAR_PAST_FORMS.join('|')})$`, 'u');
const STILL_PLANNED = /^(?:expected|set|due|scheduled|likely|poised|to|not|never|yet|still)$/;

/**
 * Whether what someone was expected to do a newer report tells as done: "Pacaña was sworn in by
 * a regional trial court judge…" after "Vice Governor Edgar Pacaña is expected to take over as
 * acting governor". The name, then within three words a past ("was", "took", "sworn"), not a
 * plan again ("was expected to…").
 */
function overtakenExpectation(model: StoryModel, text: string, time: number): boolean {
  const name = EXPECTED.exec(text)?.[1];
  if (name === undefined) return false;
  return model.sentences.some((other) => {
    const when = model.articles[other.article]?.doc.publishedAt?.getTime() ?? Number.NaN;
    if (!(when > time) || !other.text.includes(name)) return false;
    const words = other.text.split(/\s+/);
    return words.some((word, i) => {
      if (word.replace(/[^\p{L}'’-]/gu, '') !== name) return false;
      const after = words.slice(i + 1, i + 4).map((next) => next.toLowerCase().replace(/[^\p{L}]/gu, ''));
      const past = after.findIndex((next) => DONE.test(next));
      return past >= 0 && !after.slice(past + 1, past + 2).some((next) => STILL_PLANNED.test(next));
    });
  });
}

/**
 * Something said to go on until a demand is met: "…said the strike would go on until the arrears
 * were paid in full", "the protest will continue until…". The thing that goes on.
 */
const GOES_ON_UNTIL =
  /\b(strike|walkout|protest|boycott|blockade|sit-in|occupation|closure|shutdown|curfew|lockdown|stoppage|search|vigil)s?\b[^.;]{0,30}?\b(?:would|will|is to|was to)\s+(?:go on|continue|carry on|remain in (?:force|place)|last)\b[^.;]{0,40}?\b(?:until|unless|till)\b/i;
/** What ends it: "suspended the nationwide strike", "called off its strike", "the blockade was lifted". */
const ENDED =
  /\b(?:suspend(?:s|ed)?|call(?:s|ed)? off|end(?:s|ed)|lift(?:s|ed)?|halt(?:s|ed)|stop(?:s|ped)|abandon(?:s|ed)|over)\b/i;

/**
 * Whether a newer report says that what was to go on until a demand was met has ended: "…said
 * the strike would go on until the arrears were paid in full" after "A three-judge bench…
 * suspended the nationwide strike…". The same thing within six words of the ending.
 */
function overtakenVow(model: StoryModel, text: string, time: number): boolean {
  const thing = GOES_ON_UNTIL.exec(text)?.[1]?.toLowerCase();
  if (thing === undefined) return false;
  return model.sentences.some((other) => {
    const when = model.articles[other.article]?.doc.publishedAt?.getTime() ?? Number.NaN;
    if (!(when > time) || !other.text.toLowerCase().includes(thing)) return false;
    const words = other.text.toLowerCase().split(/\s+/);
    return words.some(
      (word, i) =>
        word.replace(/[^a-z-]/g, '').replace(/s$/, '') === thing &&
        ENDED.test(words.slice(Math.max(0, i - 6), i + 7).join(' ')),
    );
  });
}

/**
 * A stoppage told as going on ("The strike in Machupicchu is in its second day…", "the blockade
 * entered its third day"), and what ends one ("…called off its strike", "the blockade is over").
 */
const ONGOING =
  /\b(strike|walkout|protest|boycott|blockade|sit-in|occupation|shutdown|stoppage|standoff)s?\b[^.;]{0,40}?\b(?:is|was|entered|enters|went into|goes into|moved into)\s+(?:now\s+)?(?:in\s+)?its\s+(?:second|third|fourth|fifth|sixth|seventh|\d+(?:st|nd|rd|th))\s+(?:day|week)\b/i;
const STOPPED =
  /\b(?:suspend(?:s|ed)?|call(?:s|ed)? off|end(?:s|ed)|lift(?:s|ed)|abandon(?:s|ed)|(?:is|was|are|were) over)\b/i;

/** Whether a newer report says that a stoppage told as going on has ended. */
function overtakenOngoing(model: StoryModel, text: string, time: number): boolean {
  // Read only where its words are: stalePlan asks of every candidate.
  if (!text.includes(' its ') || !(text.includes(' day') || text.includes(' week'))) return false;
  const thing = ONGOING.exec(text)?.[1]?.toLowerCase();
  return thing !== undefined && endedLater(model, time, (word) => word === thing, STOPPED);
}

/**
 * An order or a warning said to be in force: "The TSUNAMI WARNING for ALL COASTS of Samoa remains
 * in effect.", "The curfew is still in place". The thing in force.
 */
const IN_FORCE =
  /\b(warning|alert|watch|advisory|curfew|lockdown|closure|evacuation order|state of emergency|ban|boil-water notice)s?\b[^.;]{0,60}?\b(?:remains?|remained|is|are|was|were|stays?|stayed)\s+(?:still\s+)?(?:in (?:effect|force|place)|active)\b/i;
/** What ends it: "the tsunami warning was lifted", "cancelled the alert", "the all-clear". */
const LIFTED =
  /\b(?:cancel(?:s|led|ed)|lift(?:s|ed)|end(?:s|ed)|withdr(?:ew|awn)|downgrad(?:es|ed)|rescind(?:s|ed)|revoked|called off|all[- ]clear)\b/i;

/**
 * Whether a newer report says that an order or a warning told as in force has been lifted: "The
 * TSUNAMI WARNING … remains in effect." from a morning bulletin under "the tsunami warning was
 * lifted less than two hours later". The same thing within six words of the ending, not denied.
 */
function overtakenState(model: StoryModel, text: string, time: number): boolean {
  const thing = IN_FORCE.exec(text)?.[1]?.toLowerCase();
  if (thing === undefined) return false;
  const head = thing.split(' ')[0] ?? thing;
  return endedLater(model, time, (word) => word === head, LIFTED);
}

/**
 * A side's demand in a dispute ("The union wants teachers' salaries to rise by 15%…", "Workers are
 * demanding…"), stale once a newer report tells the strike ended ("…agreed on a 10% pay rise,
 * ending a four-day strike", "called off their strike").
 */
const DEMANDS =
  /\b(?:wants?|demands?|(?:is|are|was|were) (?:demanding|seeking|calling for|pressing for)|calls? for)\b/;
const DISPUTE_ENDED =
  /\b(?:suspend(?:s|ed)?|call(?:s|ed)? off|end(?:s|ed|ing)|abandon(?:s|ed)|(?:is|was) over)\b/i;
const STOPPAGES = new Set(['strike', 'walkout', 'stoppage', 'sit-in', 'lockout', 'boycott']);

function overtakenDemand(model: StoryModel, text: string, time: number): boolean {
  if (!DEMANDS.test(text)) return false;
  return endedLater(model, time, (word) => STOPPAGES.has(word), DISPUTE_ENDED);
}

/** Words within which a newer report's ending must name the thing it ends. */
const ENDING_REACH = 6;

/**
 * Whether a sentence of a newer report than `time` tells a thing ended (`ended`: "lifted",
 * "restored") within ENDING_REACH words of a word `isThing` takes for it, and does not deny it.
 */
function endedLater(
  model: StoryModel,
  time: number,
  isThing: (word: string) => boolean,
  ended: RegExp,
): boolean {
  return model.sentences.some((other) => {
    const when = model.articles[other.article]?.doc.publishedAt?.getTime() ?? Number.NaN;
    if (!(when > time) || !ended.test(other.text)) return false;
    const words = other.text.toLowerCase().split(/\s+/);
    return words.some((word, i) => {
      if (!isThing(word.replace(/[^a-z-]/g, '').replace(/s$/, ''))) return false;
      const near = words.slice(Math.max(0, i - ENDING_REACH), i + ENDING_REACH + 1).join(' ');
      return ended.test(near) && !/\b(?:not|never|no)\b/.test(near);
    });
  });
}

/**
 * A system or a way told as out ("DRC side system STILL DOWN since yesterday morning", "The border
 * crossing remains closed", "Yelizovo airport, the main air gateway to the peninsula, has been
 * closed to traffic since Friday afternoon"): the thing that is out. What brings it back: "Service
 * has been restored", "the crossing reopened", "back online".
 */
const OUT =
  /\b(system|service|network|portal|server|platform|website|site|app|road|bridge|border|crossing|port|airport|line|power|supply)s?\b(?:,[^,.;:]{1,80},)?(?:\s+(?:is|are|was|were|remains?|remained|stays?|stayed|(?:has|have|had) been))?\s+(?:still\s+)?(?:down|offline|out of (?:service|action|order)|not working|closed|shut|suspended|unavailable)\b/i;
const BACK =
  /\b(?:restored|reopen(?:s|ed)|resum(?:es|ed)|back (?:up|online|in service|to normal|open)|working again|up and running)\b/i;
/** Words for one computer system: a report of its outage says "system", its operator's notice "service". */
const SYSTEM_WORDS = new Set([
  'system',
  'service',
  'network',
  'portal',
  'server',
  'platform',
  'website',
  'site',
  'app',
]);

/**
 * Whether a newer report says that a thing told as out is back: "DRC side system STILL DOWN…" from
 * a truckers' post under the customs operator's "Service has been restored and declarations are
 * being processed." The same thing (or a word for one system) within six words of its return.
 */
function overtakenOutage(model: StoryModel, text: string, time: number): boolean {
  const thing = OUT.exec(text)?.[1]?.toLowerCase();
  if (thing === undefined) return false;
  const oneSystem = SYSTEM_WORDS.has(thing);
  return endedLater(model, time, (word) => word === thing || (oneSystem && SYSTEM_WORDS.has(word)), BACK);
}

/**
 * A level an alert or a warning is told as kept at: "though it kept the alert at yellow for now",
 * "The alert level remains at 3", "the avalanche danger stays at level 4". The thing and its level.
 */
const KEPT_LEVEL =
  /\b(?:(?:kept|keeps|keeping|held|holds|left|leaves)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(alert|warning|danger|threat)(?:\s+level)?s?|(alert|warning|danger|threat)(?:\s+level)?s?\s+(?:remains?|remained|stays?|stayed|is|was|are|were)(?:\s+still)?)\s+(?:at|on)\s+(?:level\s+)?(green|yellow|orange|red|amber|purple|white|\d)\b/iu;
/** A level it was moved to: "lowered the Karthala alert to green", "raised the warning to level 3". */
const MOVED_TO =
  /\b(?:lower(?:s|ed)?|rais(?:es|ed)|downgrad(?:es|ed)|upgrad(?:es|ed)|reduc(?:es|ed)|increas(?:es|ed)|dropped|returned|moved|back)\b[^.;]{0,60}?\bto\s+(?:level\s+)?(green|yellow|orange|red|amber|purple|white|\d)\b/i;

/**
 * Whether a newer report says that an alert told as kept at a level was moved to another: "though
 * it kept the alert at yellow for now" from Sunday's wire under Monday's "The OVK has lowered the
 * Karthala alert to green". A newer report that retells how the alert came to be at that level
 * ("raised the alert from green to yellow on Wednesday") moves it to no other.
 */
function overtakenLevel(model: StoryModel, text: string, time: number): boolean {
  const kept = KEPT_LEVEL.exec(text);
  if (kept === null) return false;
  const thing = new RegExp(`\\b${(kept[1] ?? kept[2] ?? '').toLowerCase()}`, 'i');
  const level = (kept[3] ?? '').toLowerCase();
  return model.sentences.some((other) => {
    const when = model.articles[other.article]?.doc.publishedAt?.getTime() ?? Number.NaN;
    if (!(when > time)) return false;
    const moved = MOVED_TO.exec(other.text);
    return moved !== null && (moved[1] ?? '').toLowerCase() !== level && thing.test(other.text);
  });
}

/**
 * A decision told as not yet taken: "Transport Minister Rana Faisal Wattoo said no decision had
 * been taken.", "The board has not yet decided". What a newer report tells of one taken: "The
 * Punjab cabinet on Wednesday rejected a proposal to raise the fare…", "…approved the plan".
 */
const UNDECIDED =
  /\bno (?:final )?decision (?:had|has|have|was|is) (?:yet )?been (?:taken|made|reached)\b|\b(?:had|has|have) (?:not|yet to) (?:yet )?(?:decided|made a decision|taken a decision)\b/i;
const DECIDED =
  /\b(?:approved|rejected|decided|adopted|vetoed|turned down|threw out|voted (?:to|for|against|down))\b/i;

/**
 * Talks toward a deal ("Arrecife said on Monday it was in exclusive talks to buy 60% of the
 * terminal…"), and the deal a newer report tells signed ("…has signed a binding agreement to buy
 * 60% of Terminal Atlántica de Colón for $410 million").
 */
const IN_TALKS =
  /\bin (?:exclusive |advanced |early |preliminary |final )?(?:talks|negotiations) (?:to|over|on|about|for)\b/i;
const SIGNED =
  /\b(?:signed|sealed|clinched|inked|completed|finali[sz]ed) (?:a |an |the |its )?(?:binding |definitive |final |formal )?(?:agreement|deal|contract|sale|purchase|acquisition)\b/i;

/** Whether a newer report tells a decision taken (or a deal signed) that a sentence tells as not yet taken (or in talks), not denied. */
function overtakenUndecided(model: StoryModel, text: string, time: number): boolean {
  const [open, closed] = UNDECIDED.test(text)
    ? [UNDECIDED, DECIDED]
    : IN_TALKS.test(text)
      ? [IN_TALKS, SIGNED]
      : [];
  if (open === undefined || closed === undefined) return false;
  return model.sentences.some((other) => {
    const when = model.articles[other.article]?.doc.publishedAt?.getTime() ?? Number.NaN;
    const decided = closed.exec(other.text);
    // Taken, not denied, wished for or put as a condition ("…would protest if the increase was
    // approved", "is expected to be approved").
    return (
      when > time &&
      decided !== null &&
      !open.test(other.text) &&
      !/\b(?:not|never|no|yet to|be)\s+(?:\w+\s+)?$|\b(?:if|whether|unless|until|once)\b[^,;]*$/i.test(
        other.text.slice(0, decided.index),
      )
    );
  });
}

/** How much older than the reading time (or the story's newest report) a plan "for today" must be to have passed. */
export const PLAN_PASSED_HOURS = 12;

/**
 * Whether a sentence tells a plan for a day its report named as today, tonight or tomorrow ("The
 * Yokozuna Deliberation Council meets today to consider his promotion", "…summoned management
 * and the union to a meeting in Lusaka today") and its report is PLAN_PASSED_HOURS or more older
 * than the summary's reading time (an edition's), or than the story's newest report when that is
 * not known: by then the day has come, and the morning reader would read "today" as their own.
 * Undated articles (Multi-News) are not judged for days. So too a plan for a weekday that has
 * passed, an expectation a newer report tells met, a vow to go on that a newer report tells ended
 * (`overtakenVow`), an order or a warning in force that a newer report tells lifted
 * (`overtakenState`), a system or a way out that a newer report tells back (`overtakenOutage`), an
 * alert kept at a level that a newer report tells moved to another (`overtakenLevel`), a
 * decision told as not yet taken that a newer report tells taken (`overtakenUndecided`), a side's
 * demand when a newer report tells its strike ended (`overtakenDemand`), and, dated or not, a
 * search another report tells ended (`endersOf`).
 */
export function stalePlan(model: StoryModel, index: number): boolean {
  const sentence = model.sentences[index];
  if (sentence === undefined) return false;
  const text = standaloneOf(model, index)?.text ?? sentence.text;
  if (endersOf(model, index).length > 0) return true;
  // A searcher's words from a report that opens on the search ("Visibility on the slope is under
  // 20 metres…", "We will not stop for the night") are of a search another report tells ended.
  const opening = model.firstSentence[sentence.article] ?? -1;
  if (opening !== index && holdsQuotation(text) && opening >= 0 && endersOf(model, opening).length > 0)
    return true;
  const time = model.articles[sentence.article]?.doc.publishedAt?.getTime();
  if (time === undefined || !Number.isFinite(time)) return false;
  if (
    passedWeekday(model, text, time) ||
    overtakenExpectation(model, text, time) ||
    overtakenVow(model, text, time) ||
    overtakenState(model, text, time) ||
    overtakenOngoing(model, text, time) ||
    overtakenOutage(model, text, time) ||
    overtakenLevel(model, text, time) ||
    overtakenUndecided(model, text, time) ||
    overtakenDemand(model, text, time)
  )
    return true;
  if (!keepsRelativeDay(text)) return false;
  const passed = PLAN_PASSED_HOURS * 3_600_000;
  if (model.readAt !== undefined) return model.readAt - time >= passed;
  return model.articles.some((article) => {
    const when = article.doc.publishedAt?.getTime();
    return when !== undefined && when - time >= passed;
  });
}
