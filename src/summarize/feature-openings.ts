import { DISTINCT_IRREGULAR_PASTS } from '../shared/text/irregular-forms';

/**
 * A feature's ways in that no story's first point takes (docs/summarization.md, "The lead point"):
 * read by opensAsScene (scene-openings.ts) with the rest of the openings before the news.
 */

/** A legend or a tale retold ("Legend has it that a goatherd named Kaldi…"). */
const LEGEND =
  /^(?:(?:legend|folklore|tradition|myth|lore) (?:has it|says|tells)|according to (?:local )?(?:legend|folklore|tradition|myth)|(?:as )?the (?:legend|story|tale) goes)\b/i;

/**
 * Someone the story meets as one of a count ("The Mäkeläs are among about 31,000 customers in Finland
 * still without electricity…", "Thapa, 34, is one of 412 workers…"): who they are, the reader is
 * not told; the count is the news a later sentence tells.
 */
const AMONG_COUNT =
  /^(?:The\s+)?\p{Lu}[\p{L}'’-]+(?:,\s*\d{1,3},)?\s+(?:is|are|was|were) (?:one of|among) (?:the )?(?:about |some |nearly |more than |at least |an estimated )?\d/u;

/**
 * Someone in a place, doing what they have done since the news ("In a farmhouse outside Puumala,
 * Riikka Mäkelä has been cooking on the wood stove by candlelight since Wednesday afternoon.").
 */
const ONGOING_SCENE =
  /^(?:In|At|Inside|Outside|On|Across) [^,;:]{3,80},\s+(?:\p{Lu}[\p{L}'’.-]+\s){1,3}(?:has|have) been \p{Ll}+ing\b/u;

/**
 * A few moments told as the scene they were ("For two minutes on Saturday night, about 9,800 people at
 * Gangneung Ice Arena barely made a sound."): what the crowd did while the news happened.
 */
const MOMENT_STRETCH =
  /^For (?:(?:a|one|two|three|four|five|six|ten|a few|several|\d+) (?:long |tense |silent |anxious )?(?:seconds?|minutes?))\b[^,;:.]{0,60},/i;

/**
 * One person's way out, told as the story's answer ("For Musa Danjuma, an onion farmer from Tula,
 * the answer was to sell two goats and take a bus to Jos."): an anecdote; the question it answers
 * is the news, told elsewhere.
 */
const SOMEONES_WAY_OUT =
  /^For (?:\p{Lu}[\p{L}'’.-]+\s){0,3}\p{Lu}[\p{L}'’.-]+(?:,[^,;:]{1,80})?,\s+(?:the|his|her|their) (?:only )?(?:answer|solution|choice|option|way out|remedy|plan|decision|response) (?:was|is|had been) to \p{Ll}/u;

/**
 * What has happened since a time the sentence does not give ("The revived Lisbon–Porto line has
 * since moved quickly…"): the time is in the sentence before, the history the article opens with
 * ("…was treated in hospital and has since been released" gives its own).
 */
const SINCE_UNSAID =
  /^(?![^,;:]*\b(?:1[89]\d\d|20\d\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|when|after|and (?:has|have|had) since)\b)[^,;:]{3,80}?\b(?:has|have|had) since (?!(?:then|the|a|an|last|early|late|mid|\d)\b)\p{Ll}{3,}/u;

/**
 * What is left at a place, hours or days after the news ("Police tape was still across the door of
 * a small bicycle repair shop…, hours after officers searched it"): a picture of the aftermath.
 */
const AFTERMATH_TRACE =
  /^[^,;:]{3,60}? (?:was|were|lay|hung|stood) still (?:across|on|in|over|around|outside|along|at|by|beside|up|in place)\b[^.;:]{0,120},\s+(?:hours|days|a day|two days|a week|weeks) after\b/u;

/** What opens a scene at an hour ("At", "Shortly before"), the hours spelled out, and a body at rest. */
const AT = String.raw`^(?:At|By|Just after|Shortly after|Shortly before)\s+`;
const HOUR_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';
const AT_REST = 'sat|stood|lay|waited|slept|knelt|queued|woke';

/**
 * Someone named bare, with their age or who they are, at a clock hour, sitting, standing or walking
 * somewhere ("At eleven o'clock on Friday night, Ona Kazlauskienė, 81, sat on a camp bed in the
 * gym…", "At 7.30 on Friday morning, Thokozani Mhango, a third-year accounting student, walked into
 * the Great Hall…"): a scene.
 */
const NAMED_AT_AN_HOUR = new RegExp(
  String.raw`${AT}(?:\d{1,2}[:.]\d\d|\d{1,2}(?:[:.]\d\d)?\s*(?:a\.m\.|am|p\.m\.|pm)|(?:${HOUR_WORDS}|\d{1,2}) o['’]clock|midnight|dawn|first light)\b[^,;:]{0,40},\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.'’-]*,\s*(?:\d{1,3}|an? [^,;:]{2,60}),\s+(?:${AT_REST}|walked|arrived|drove|stepped|climbed|opened|knocked|pulled)\b`,
  'u',
);

/**
 * The same scene told with a spelled hour and a bare name, sitting, standing or waiting ("At six on
 * Wednesday morning, Meena Wanjari sat on a plastic chair outside her one-room house…"); "At six on
 * Wednesday morning, police arrested…" is news.
 */
const SITTING_AT_AN_HOUR = new RegExp(
  String.raw`${AT}(?:${HOUR_WORDS}|\d{1,2}[:.]\d\d)(?:\s+on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?(?:\s+(?:morning|afternoon|evening|night))?,\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:${AT_REST})\b`,
  'u',
);

/**
 * A private person, named with a title of courtesy, doing an everyday thing with their own ("Mrs.
 * Funmilayo Adeyinka walked her son to the gate of Apete Community High School on Tuesday
 * morning…"): a feature's way in; the news (the pupils' return) comes after it.
 */
const COURTESY_TITLED_SCENE =
  /^(?:Mr|Mrs|Ms|Miss)\.?\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:walked|sat|stood|waited|knelt|held|carried|led|hugged|watched)\s+(?:her|his|their)\b/u;

/**
 * A life told in the past perfect over years ("Santosh, 34, had loaded crates of oranges at the
 * Varhadi Cold Chain unit in Kalamna for 11 years."): who someone was before the news, the
 * feature's portrait of a victim or a witness.
 */
const LIFE_BEFORE =
  /^(?:\p{Lu}[\p{L}'’-]+\s+){0,2}\p{Lu}[\p{L}'’-]+,\s*\d{1,3},\s+had\s+(?:been\s+)?\p{Ll}+[^.;]{0,120}\bfor\s+(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|many|several)\s+(?:years|decades|months)\b/u;

/**
 * The answer to a question the page asked before it ("On Friday, for the passengers of the 7.15
 * a.m. InterRegio, the answer was four hours and ten minutes.", "By 10 am on Tuesday, the answer could
 * be seen from Farmgate to Shahbagh: buses packed…"): a feature's way in, which leans on
 * the question a point does not show.
 */
const ANSWER_GIVEN =
  /^[^;:"“]{0,140}?\b[Tt]he (?:answer|short answer|honest answer) (?:was|is|came|lay|lies|(?:could|can) be (?:seen|heard|found|read))\b/u;

/**
 * What something looked like, told as a likeness ("On Wednesday morning the rows of Malbec at Lucía
 * Ferreyra's farm looked as if someone had taken a strimmer to them."): a scene's picture.
 */
const LOOKED_AS_IF = /^[^;:"“]{0,140}?\b(?:looked|look|looks|seemed) (?:as if|as though)\b/u;

/**
 * A picture of how low, thick or still something sat, told by what it hid ("The fog sat so low over
 * Parz Lake on Tuesday morning that the rescuers' orange jackets vanished twenty paces into the
 * beech forest."): a feature's scene; the search it sets is the news.
 */
const SO_THAT_PICTURE =
  /^(?:The|A|An)\s+(?:[\p{Ll}'’-]+\s+){0,3}(?:sat|hung|lay|settled|clung|pressed|drifted|hovered|stood)\s+so\s+\p{Ll}+\b[^.;:]{0,100}?\bthat\b/u;

/**
 * A play told live, in the present, with the score it makes ("Josaia Nakarawa rises highest at the
 * back post and heads in Tuilevu's corner to make it Lami Harbour 2-1 Waitematā City."): a live
 * page's commentary, not the result (a last ball's line that tells the win, "…and Pakistan have
 * chased 301 to win by three wickets", may lead).
 */
const PLAY_BY_PLAY =
  /^(?:\p{Lu}[\p{L}'’.-]+\s){1,3}\p{Ll}+s\b[^.!?]{0,200}?\bto make it [^.!?]{0,40}?\d{1,3}[-–]\d{1,3}/u;

/**
 * What has been argued or done since long ago ("Since excavations began there in the 1910s,
 * archaeologists have argued over whether…"): the background a find is news against.
 */
const SINCE_LONG_AGO =
  /^Since [^,;:]{0,60}\b(?:(?:1[5-9]|20)\d0s|century)\b[^,;:]{0,40},\s+[^,;:]{2,80}?\b(?:has|have) (?:long )?\p{Ll}{3,}/u;

/**
 * A verb left out because the sentence before gave it ("Sanne Hoekstra did on Saturday in
 * 's-Hertogenbosch, and she won."): it answers a question the reader has not read.
 */
const ELLIPSIS =
  /^(?:\p{Lu}[\p{L}'’-]+\s){1,3}(?:did|does|has|had|will|would|could|can)(?: not| so)?(?:\s+(?:on|in|at)\s+[\p{Lu}'’][^\s,.;:]*)*(?=,\s+(?:and|but)\b|\.$)/u;

/**
 * Someone unnamed in a scene at a place and a time ("On platform 12 at Gent-Sint-Pieters on
 * Saturday afternoon, a lone cleaner pushed her trolley past a departures board…"): a feature's way
 * in, the news told after it.
 */
const SOMEONE_AT_A_PLACE =
  /^(?:On|At|In|Inside|Outside|Along|Beside) (?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|the (?:morning|afternoon|evening|night)\b|\d)[^,;:]{3,80}\b(?:morning|afternoon|evening|night|dawn|dusk)\b[^,;:]{0,20},\s+an? (?:\p{Ll}+\s){0,2}(?:woman|man|boy|girl|child|cleaner|worker|vendor|farmer|driver|nurse|guard|fisherman|shopkeeper|mother|father|commuter|passenger|teacher|student|pensioner)\s+(?:pushed|swept|sat|stood|waited|walked|carried|stacked|wiped|leaned|queued|watched|sold|counted|folded|stirred|sorted|mopped|dozed|slept)\b/u;

/**
 * Someone unnamed caught in the middle of doing something at an hour ("Shortly before midnight on
 * Friday, a man in a grey dishdasha was still pacing the departures hall…"): the past progressive
 * of a person the reader is not told of sets a scene; the news comes after it.
 */
const SOMEONE_IN_THE_MIDDLE =
  /^[^,;:]{0,60}\b(?:morning|afternoon|evening|night|midnight|midday|noon|dawn|dusk|daybreak|nightfall|o['’]clock|a\.m\.|p\.m\.)\b[^,;:]{0,30},\s+an? (?:[\p{Ll}'’-]+\s){0,2}(?:woman|man|boy|girl|child|couple|family|worker|vendor|farmer|driver|nurse|guard|fisherman|shopkeeper|mother|father|commuter|passenger|teacher|student|pensioner|trader|cleaner)(?:\s+(?:in|with|wearing|from|carrying)\s+[^,;:]{2,40}?)?\s+(?:was|were)\s+(?:still\s+|already\s+)?(?!being\b)\p{Ll}{3,}ing\b/u;
/**
 * An hour of the day and what the scene looked like by then, no count in it ("By ten, the canteen
 * tables had been pushed against the walls…", "By six in the morning, the woman everyone … calls Nene
 * had swept the front of her store three times", "By seven o'clock on Saturday evening, the queue of
 * minibuses … stretched back onto the main road"); "By 9 a.m., 14 people had been confirmed dead" is
 * news by its figure.
 */
const BY_THE_HOUR = new RegExp(
  String.raw`^By (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}(?:[:.]\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm)|noon|midday|midnight|dawn|daybreak|nightfall|dusk|lunchtime|mid-?morning|mid-?afternoon)(?: o['’]clock)?(?: in the (?:morning|afternoon|evening))?(?: on \p{Lu}\p{Ll}+day(?: (?:morning|afternoon|evening|night))?)?,?\s+(?![^.;]*(?:\d|\b(?:dozens|hundreds|thousands)\b))[^.;]*?\b(?:had\s+(?:been\s+)?(?:\p{Ll}{2,}(?:ed|en|wn|ung)|${DISTINCT_IRREGULAR_PASTS.join('|')})|(?:queue|queues|line|lines|crowd|crowds|tailback|tailbacks)\b[^.;]{0,120}?\b(?:stretched|snaked|wound|spilled|grew|reached|ran))\b`,
  'u',
);
/**
 * What a place once was ("Souq al-Zarb, the stretch nearest the citadel, was where Bedouin traders
 * came for tent cloth and saddle bags."): its past, told before what happened to it now.
 */
/**
 * People placed at an hour, standing or waiting, before anything happens ("At nine o'clock on
 * Saturday morning, fourteen people in helmets and headlamps stood in a row at the edge of the
 * Schmidl Hall…"): a feature's first picture.
 */
const AT_THE_HOUR =
  /^At (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}(?:[:.]\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm)?|noon|midday|midnight|dawn|daybreak|dusk|first light)(?: o['’]clock)?(?: (?:on|that|this) \p{L}+(?: (?:morning|afternoon|evening|night))?)?,\s+[^,;:]{0,80}?\b(?:stood|sat|waited|gathered|queued|knelt|huddled|lined up|crouched|leaned|paced)\b/u;
/**
 * A place, then what was there, the verb before its subject ("On the ceiling, some twenty metres
 * above the roar of the river, hung a brown, furry mass…", "On the table lay a stack of
 * letters", "On the underside sits a frog no bigger than a thumbnail…"): a writer's picture; a report
 * puts its subject first.
 */
const LOCATIVE_INVERSION =
  /^(?:On|In|At|Above|Below|Beside|Behind|Under|Inside|Outside|Along|Beyond|Against)\s+(?:the|a|an|its|their|his|her)\s+[^,;:.]{1,60}?(?:,\s+[^;:.]{1,80},)?\s+(?:hung|hangs|stood|stands|lay|lies|sat|sits|loomed|looms|perched|perches|towered|towers|waited|waits|slept|sleeps|rested|rests)\s+(?:a|an|the|some|two|three|four|five|dozens|rows|piles|hundreds)\b/u;
/** A call that woke someone named ("Heikki Ylitalo's telephone rang at 22:05 on Monday night…"): a feature's first minute. */
const PHONE_RANG =
  /^(?:\p{Lu}[\p{L}'’-]+ ){0,2}\p{Lu}[\p{L}'’-]+['’]s (?:mobile |cell |tele)?phone (?:rang|buzzed|lit up|went off)\b/u;
/**
 * Someone named and told by their routine ("Tanzila Rahman, a bank officer who takes the metro from
 * Mirpur 10 to Motijheel every morning, was on one of the trains that stopped."): a feature's
 * character, brought in before the news.
 */
const NAMED_BY_ROUTINE =
  /^(?:\p{Lu}[\p{L}'’-]+\s+){1,3}\p{Lu}[\p{L}'’-]+,\s+an?\s+[^,;:"“]{3,120}?\b(?:every|each)\s+(?:morning|day|evening|night|week|weekday|weekend)\b[^,;:"“]{0,40},\s+(?:was|were|had been)\s/u;
const WAS_WHERE =
  /^(?![^;:]*?\b(?:said|says|told|according)\b)[^;:"“]{3,120}?\b(?:was|were) (?:once |long |for (?:centuries|decades|generations) )?where\s/u;

/**
 * A time counted from a sentence before ("Seventeen seasons later, the packed stands are the club's
 * biggest asset…"): the story's past told in order, its news still to come.
 */
const COUNTED_LATER =
  /^(?:\d+|[A-Z][a-z]+(?:-[a-z]+)?|A|An) (?:years|seasons|decades|months|weeks|generations|year|season|decade|month|week) later,/u;

/**
 * Someone named caught just after an everyday moment, when something reached them
 * ("Marie-Thérèse Goergen had just come back from the market in Grevenmacher on Friday when she
 * found the envelope…"), or what they did when someone could no longer go on ("Rosa Jossias
 * carried her seven-year-old son to the treatment centre … last Thursday night, when he could no
 * longer stand."): a story told from one person's minute, its news still to come.
 */
const HAD_JUST_WHEN =
  /^(?!(?:The|A|An|This|That|Police|Officials|Authorities|Rescuers|Firefighters)\b)\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}\s+(?:had just\s[^.;:"“]{3,120}?\bwhen (?:she|he|they)\s|\p{Ll}+ed\s[^.;:"“]{3,160}?,?\s+when (?:she|he|they) could (?:no longer|not|barely)\s)/u;

/**
 * What happens every time or every evening ("Every time an engine is heard beyond the reef, somebody
 * stands up.", "Every morning before sunrise, Tran Van Hau dips a cup into the canal…"): a habit, the
 * setting a feature opens on, not what happened.
 */
const EVERY_TIME =
  /^(?:(?:Every|Each) (?:morning|evening|night|afternoon|day|time|summer|winter)\b|Whenever\b)[^.;:]{0,80}?,\s/u;
/**
 * What a company, a bridge or a ship has been since it was founded or built ("Banque Gabonaise de
 * l'Estuaire, founded in 1974 as a savings bank for civil servants, was one of the few that
 * Libreville could call its own.", "Tailun, founded in 1987, is a contract manufacturer…"): the
 * background of any report on it. "…, opened in 1883 and will close at the end of March" tells news.
 */
const FOUNDED_IN =
  /^(?:[\p{L}\p{N}'’.&-]+\s+){0,5}?[\p{L}\p{N}'’.&-]+,\s+(?:founded|established|set up|created|built|opened|launched)\s+in\s+(?:1[5-9]|20)\d\d\b[^,;:.]{0,80},\s+/u;
/** A vigil of hours or days by someone named ("For three nights, Ana Ruiz sat by the gate…"): a feature's scene. */
const VIGIL =
  /^For\s+(?:\d+|\p{Ll}+)\s+(?:hours|days|nights)\s*,?\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:\p{Lu}[\p{L}.'’-]*)?,?\s*(?:\d{1,3},\s+)?(?:sat|stood|waited|clung|watched|lay|slept|sheltered|huddled|searched|dug)\b/u;

export function opensAsFeature(text: string): boolean {
  return (
    LEGEND.test(text) ||
    (text.includes(' later,') && COUNTED_LATER.test(text)) ||
    AMONG_COUNT.test(text) ||
    ONGOING_SCENE.test(text) ||
    MOMENT_STRETCH.test(text) ||
    (text.startsWith('For ') && SOMEONES_WAY_OUT.test(text)) ||
    (text.includes(' since ') && SINCE_UNSAID.test(text)) ||
    (text.includes(' still ') && AFTERMATH_TRACE.test(text)) ||
    (text.includes(' so ') && SO_THAT_PICTURE.test(text)) ||
    (text.includes(', ') && (NAMED_AT_AN_HOUR.test(text) || SITTING_AT_AN_HOUR.test(text))) ||
    (text.startsWith('M') && COURTESY_TITLED_SCENE.test(text)) ||
    (text.includes(' had ') && LIFE_BEFORE.test(text)) ||
    ((text.includes(' had just ') || text.includes(' could ')) && HAD_JUST_WHEN.test(text)) ||
    (text.includes('answer ') && ANSWER_GIVEN.test(text)) ||
    ((text.includes('every ') || text.includes('each ')) && NAMED_BY_ROUTINE.test(text)) ||
    (text.includes(' as ') && LOOKED_AS_IF.test(text)) ||
    (text.includes('to make it') && PLAY_BY_PLAY.test(text)) ||
    ELLIPSIS.test(text) ||
    (text.includes(', a') && SOMEONE_AT_A_PLACE.test(text)) ||
    (text.startsWith('Since ') && SINCE_LONG_AGO.test(text)) ||
    (text.includes('ing') && text.includes(', a') && SOMEONE_IN_THE_MIDDLE.test(text)) ||
    (text.startsWith('By ') && BY_THE_HOUR.test(text)) ||
    (text.startsWith('At ') && AT_THE_HOUR.test(text)) ||
    LOCATIVE_INVERSION.test(text) ||
    (text.includes(' where ') && WAS_WHERE.test(text)) ||
    (text.includes('phone ') && PHONE_RANG.test(text)) ||
    VIGIL.test(text) ||
    EVERY_TIME.test(text) ||
    FOUNDED_IN.test(text)
  );
}
