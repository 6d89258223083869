import { DISTINCT_IRREGULAR_PASTS } from './irregular-forms';

/**
 * Photo captions told as scenes, which no credit or caption word marks: a scene in the present
 * tense with its day ("A woman weeps outside the station in Nice on Friday"), a visible action
 * somewhere named, and people named at an occasion with no verb at all ("Arman Kenzhebek and
 * Bakyt Osmonaliev at the signing in Bishkek."). News tells what happened, will happen or was
 * said; a caption shows. Part of page-junk.ts's rules (docs/summarization.md, "Cleaning").
 */

export const WEEKDAY = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
export const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
/**
 * A caption describes a scene in the present tense with the day it was taken: "A woman weeps
 * outside the station in Nice on Friday", "Soldiers are seen at a checkpoint on Dec. 1, 2026."
 * News reports tell the past; the verbs are those of a picture (gestures, reactions, posture),
 * not of a schedule ("visits", "arrives"), and reported speech rules it out. A verb closed by a
 * colon announces what follows ("The result stands: Haugli is the winner… on Sunday"): no picture.
 */
const CAPTION_SCENE = new RegExp(
  String.raw`\b(?:gestures|waves|poses|smiles|reacts|looks on|stand|stands|sits|kneels|prays|weeps|cries|mourns|embraces|hugs|salutes|celebrates|listens|(?:sit|kneel|pray|mourn|celebrate|listen|sign|carry|carries|walk|walks|gather|gathers|wait|waits|march|marches|patrol|patrols|inspect|inspects|attend|attends|queue|queues|line up|lines up)(?= (?:the|a|an|outside|near|at|in|on|for|along|past|through|beside|during|as)\b)|speaks (?:during|to (?:the )?(?:media|reporters|press)|at a (?:news|press))|addresses (?:supporters|a rally|the rally|a crowd|the crowd|crowds|reporters|the media|a news conference|a press conference)|(?:is|are) (?:seen|pictured|shown|escorted|helped|carried|displayed|evacuated|detained|fired|launched|loaded|unloaded|lifted|hoisted|lowered|towed|hauled|dragged|pulled|pushed|stacked|moved|removed|cleared|washed|sprayed|covered|wrapped|draped|examined|inspected|treated|guided|led))\b(?!:)[^.!?]{0,160}\b(?:on ${WEEKDAY}|on ${MONTH}\.? \d{1,2}|${MONTH}\.? \d{1,2}, \d{4}|\d{1,2} ${MONTH} \d{4})`,
  'u',
);
const SCENE_DATE_HINT = new RegExp(`on [MTWFS][a-z]+day|${MONTH}\\.? \\d|\\d ${MONTH}`);
const REPORTED = /\b(?:said|says|told|according to|reported|announced)\b/;

/**
 * Finite past, perfect and future forms (every irregular past, "sank" and "fled" as much as
 * "said", and with a prefix: "upheld", "withdrew", "overtook", "underwent"), modals, and schedule
 * verbs: a sentence holding one tells news, not a picture.
 */
const FINITE = String.raw`\b(?:was|were|had|has|have|will|would|could|should|might|may|can|must|shall|did|said|says|told|(?:up|with|over|under|out|re|mis|fore)?(?:${DISTINCT_IRREGULAR_PASTS.join('|')})|hit|put|set|killed|died|takes? (?:effect|office)|comes? into (?:force|effect)|go(?:es)? to the polls|begins?|starts?|resumes?|opens?|closes?|ends?|continues?|expires?|meets?|takes? place|is due|are due|is expected|are expected|is set|are set|is scheduled|are scheduled)\b`;
export const NARRATED = new RegExp(`${FINITE}|[a-z]{3}ed\\b`);
/** The same without the pasts in -ed, which before a noun describe it ("Stranded travellers wait…"). */
const FINITE_WORDS = new RegExp(FINITE);

/**
 * A scene told in the present tense with its day, and no verb that narrates: "Villagers flee on
 * motorbikes as a column of ash rises from the volcano on Tuesday morning." Captions describe
 * what a picture shows; reports tell what happened, will happen or was said.
 */
function isPresentScene(text: string, words: number): boolean {
  if (words < 6 || words > 40 || /["“”]/.test(text) || !SCENE_DATE_HINT.test(text)) return false;
  // Who it shows may be anyone ("Coast guard officers carry a body bag…") when the sentence ends
  // on the day the picture was taken, year and all: news of the day does not date itself so.
  if (!SCENE_SUBJECT.test(text) && !DATED_TO_THE_YEAR.test(text)) return false;
  // What explains the picture may narrate ("…on Wednesday morning after Cyclone Oriel passed
  // over"); what it shows may not. A relative clause on the subject ("Farmers who had blocked the
  // road… agreed on Friday…") leaves no verb before it: the main clause is then the whole sentence.
  const head = text.split(SUBORDINATE)[0] ?? text;
  const relative = head.length < text.length && RELATIVE_ON_SUBJECT.test(text) && !ANY_VERB.test(head);
  const main = withoutParticiples(relative ? text : head);
  // One thing doing it in a verb's bare form ("A major water main burst…", "A fault … cut
  // international internet links") is told in the past: a picture's present says "bursts", "cuts".
  if (/^An?\s/.test(text) && SAME_FORM_PAST.test(main)) return false;
  return !NARRATED.test(main) && !text.includes("n't");
}

/** A relative clause right after the subject: "Farmers who had blocked…", "Passengers on the ferry, which hit…". */
const RELATIVE_ON_SUBJECT = /^(?:\S+\s+){1,8}?(?:,\s+)?(?:who|which)\s/;

/** Pasts written as their verb's bare form. */
const SAME_FORM_PAST =
  /\b(?:cut|shut|burst|cost|spread|split|hurt|quit|let|cast|broadcast|bet|bid|thrust|shed)\b/;

/**
 * A picture's verb that is the sentence's own: no finite verb before it ("He called on his
 * followers to gather outside…", "Residents … held a candlelit march on Saturday"), and not an
 * infinitive, a plan or a noun ("…will stand before the magistrate on Monday", "…due to sign an
 * agreement on Thursday", "the stand's roof").
 */
function sceneVerbLeads(text: string): boolean {
  const found = CAPTION_SCENE.exec(text);
  if (found === null) return false;
  const before = text.slice(0, found.index);
  return !FINITE_WORDS.test(before) && !INTO_A_VERB.test(before);
}
const INTO_A_VERB =
  /\b(?:to|will|would|can|could|may|might|must|should|shall|a|an|the|their|his|her|its|our|now)\s+$/i;

/** A participle after a determiner describes a thing ("a collapsed roof"); it narrates nothing. */
function withoutParticiples(clause: string): string {
  return clause.replace(/\b(?:a|an|the|their|his|her|its)\s+\p{Ll}{3,}ed\b/gu, ' ');
}

/** Where a caption's explanation of its picture begins. */
const SUBORDINATE = /\s(?:after|as|while|where|which|who|when|because|following)\s/;

/** A sentence closing on a full date: "… at the port on December 8, 2026.", "… on 8 December 2026." */
const DATED_TO_THE_YEAR = new RegExp(
  `\\bon (?:${WEEKDAY},? )?(?:${MONTH}\\.? \\d{1,2},? \\d{4}|\\d{1,2} ${MONTH},? \\d{4})\\.$`,
);

/** Who a news picture shows: "A man…", "Villagers…", "Rescuers…". */
const PEOPLE =
  '(?:Villagers|People|Residents|Rescuers|Firefighters|Soldiers|Police officers|Protesters|Demonstrators|Workers|Women|Men|Children|Supporters|Mourners|Passengers|Fans|Troops|Volunteers|Students|Relatives|Locals|Tourists|Worshippers|Voters|Refugees|Migrants|Guests|Shoppers|Commuters|Motorists|Farmers|Fishermen|Medics|Nurses|Doctors|Miners|Pilgrims|Evacuees|Survivors|Onlookers|Crowds|Families|Riders|Cyclists|Runners|Players|Athletes)\\b';
const SCENE_SUBJECT = new RegExp(`^(?:An?\\s|${PEOPLE})`);

/**
 * A picture as the subject of "shows": "A still from a city surveillance camera shows two masked
 * men…", "This photo, provided by the fire service, shows…", "An aerial view shows…". Footage and
 * a search's result ("A reverse image search shows…") are told in reports; these are not.
 */
const PICTURE_SHOWS =
  /^(?:A still(?: image)? from|This (?:handout )?(?:photo|photograph|picture|image)|An aerial (?:view|photo|image)|An? (?:handout )?(?:photo|photograph|picture|image) (?:released|provided|taken|distributed|issued) by)\b[^.!?]{0,100}\bshows\b/;

export function isSceneCaption(text: string, words: number): boolean {
  if (words > 45) return false;
  if (PICTURE_SHOWS.test(text)) return true;
  // What a clause after the picture tells ("…in Montego Bay on Sunday night, where he announced the
  // election date") is its explanation; the picture's own clause reports nothing.
  if (REPORTED.test(text.split(/,\s+where\s/)[0] ?? text)) return false;
  if (!SCENE_DATE_HINT.test(text)) return isUndatedScene(text, words);
  return (
    sceneVerbLeads(text) || isPresentScene(text, words) || (namedGesture(text, words) && !NARRATED.test(text))
  );
}

/** A visible action in the present tense, third person: what a picture shows someone doing. */
const VISIBLE_ACTION =
  /^An?\s+(?:\S+\s+){0,6}?(?:sprays|holds|carries|walks|waves|stands|sits|kneels|prays|weeps|cries|mourns|hugs|embraces|salutes|gestures|poses|smiles|reacts|rides|clears|cleans|inspects|searches|watches|waits|passes|crosses|lights|sweeps|pushes|pulls|shelters|wades|climbs|looks at|prepares|checks|examines|treats|tends|feeds|repairs|loads|unloads|paints|cooks|serves|distributes|collects|sorts|fills|drinks|eats|sleeps|rests|plays|comforts|rescues|wipes)\s/;

/**
 * A named person making a gesture a picture shows, somewhere or at something named: "Kian
 * Mulvaney lifts the trophy at Alexandra Palace.", "Councilor Aileen Seno holds up a photo of a
 * car wash during Thursday's session.", "Kotone Miyashita performs her free skate in Gangneung on
 * Saturday.", "Arjun Sehrawat celebrates after his fifth-round throw of 91.34m in Doha on Friday."
 * Gestures and a performance's moves only: "raises rates", "holds talks" or "visits" may be
 * news told in the present, and "The ECB…" is no person's name.
 */
const NAMED_GESTURE =
  /^(?!(?:The|A|An|This|That|These|Those|Its|His|Her|Their)\s)\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2}\s+(?:(?:lifts|raises|kisses) the (?:trophy|cup|title|medal|flag)|holds up (?:a|an|the|his|her|their)|kisses|poses|smiles|gestures|hugs|embraces|salutes|looks on|weeps|kneels|prays|waves (?:to|at)|celebrates|performs|reacts|skates|leaps|dives|jumps)\b(?:[^.!?]|\.(?=\d))*\s(?:at|in|during)\s\p{Lu}/u;

/** A named person's gesture told in a few words, no quotation in it. */
function namedGesture(text: string, words: number): boolean {
  return words <= 20 && NAMED_GESTURE.test(text) && !/["“”]/.test(text);
}

/**
 * People of a picture doing something in the present, with what explains it after "as", "after"
 * or "while": "Passengers from İzmir airport evacuate the aircraft on slides as fire teams
 * intervene in the engine.", "Riders lie on the road… after 23 of them crashed on a bend". A
 * report tells it in the past ("Passengers fled… as firefighters sprayed…").
 */
const GROUP_SCENE = new RegExp(
  String.raw`^${PEOPLE}(?:\s+(?:from|of|in|at|on)\s+[^,.;:]{1,40}?)?\s+(?!(?:are|were|have|had|do|did|will|would|can|could|may|might|must|should)\b)\p{Ll}{3,}(?<![sd])\s+(?:the|a|an|their|his|her|its|on|at|in|into|from|out|off|up|down|through|past|along)\b[^.!?]*\s(?:as|after|while)\s+[^.!?]+`,
  'u',
);

/**
 * A caption without a day: one person doing something visible in the present tense, somewhere
 * named ("A health worker in protective gear sprays insecticide in a street in Piura, northern
 * Peru, where hospitals are overwhelmed."). A clause after "where", "which" or "who" may narrate
 * (it explains the picture); the main clause may not.
 */
/**
 * People named by their work doing something a picture shows, at a named place: "Archaeologists
 * clean the Inca water channel uncovered on Calle Tecsecocha, in Cusco's historic centre."
 */
const GROUP_AT_PLACE =
  /^\p{Lu}\p{Ll}{3,}s\s+(?:clean|inspect|search|carry|walk|wait|stand|sit|gather|dig|examine|survey|measure|photograph|pray|mourn|queue|wade|clear|sweep|sort|load|unload|repair|restore|rescue|unveil|display|lay|light|hold up|look at|work on)\s+(?:the|a|an|their|through|in|at|on)\b[^.!?"“”]*\b(?:in|on|at|near|outside)\s+(?:the\s+)?\p{Lu}/u;

function isUndatedScene(text: string, words: number): boolean {
  // A participle after its noun ("the channel uncovered on Calle Tecsecocha") tells what it is.
  if (words <= 25 && GROUP_AT_PLACE.test(text))
    return !NARRATED.test(
      withoutParticiples(text).replace(/\b\p{Ll}{3,}ed\s+(?=on|in|at|by|near|from|during)\b/gu, ' '),
    );
  if (namedGesture(text, words)) return !NARRATED.test(text);
  if (words <= 40 && GROUP_SCENE.test(text) && !/["“”]/.test(text)) {
    const main = withoutParticiples(text.split(SUBORDINATE)[0] ?? text);
    return !NARRATED.test(main) && !text.includes("n't");
  }
  if (words > 30 || !VISIBLE_ACTION.test(text) || /["“”]/.test(text) || !/ in \p{Lu}/u.test(text))
    return false;
  const main = text.split(/,\s+(?:where|which|who|as|while)\b/)[0] ?? text;
  return !NARRATED.test(main) && !main.includes("n't");
}

/** "A photo from the 1998 excavation, with…", "An image of the site…": what a picture is, said of it. */
const PICTURE_OF =
  /^(?:An?|The)\s+(?:(?:aerial|file|undated|handout)\s+)?(?:photo|photograph|image|picture|still|screenshot|screengrab|view)\s+(?:from|of|taken)\b/;

/** Names at the start, joined by commas or "and", before where they are: a caption's opening. */
const NAMES_AT =
  /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)*(?:(?:,\s+|,?\s+and\s+)\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)*)*\s+(?:at|during|in|on|outside|inside|after|before|near|with)\s/u;
/** A thing where it stands, said with no verb: "The Corvanta plant in Geel, Belgium." */
const THING_AT =
  /^(?:The|A|An)\s+(?:[\p{L}'’-]+\s+){1,4}?(?:at|in|near|outside|inside|on)\s+\p{Lu}[^.!?]*\.$/u;
const PLURAL_AFTER_DETERMINER =
  /\b(?:the|a|an|his|her|its|their|our|of|these|those|some|many|several|two|three|four|five)\s+(?:\p{Ll}+\s+)?\p{Ll}{3,}s\b/gu;
/** A word that makes a clause: an auxiliary, a past or a present in -s. */
export const ANY_VERB =
  /\b(?:is|are|was|were|be|been|being|has|have|had|will|would|can|could|may|might|must|shall|should|did|does|do|says|said|told|\p{Ll}{2,}ed|\p{Ll}{3,}s)\b/u;

/**
 * A clause's auxiliary or a past, without the presents in -s that ANY_VERB reads: in names and topics
 * ("SERVICE STATUS", "European gas prices after the storage numbers") a word in -s is a noun.
 */
export const CLAUSE_VERB =
  /\b(?:is|are|was|were|has|have|had|will|would|can|could|did|does|\p{Ll}{2,}ed)\b/iu;

/** Whether a text holds a verb: a clause's auxiliary, a past, a present in -s, a schedule's verb. */
export function hasVerb(text: string): boolean {
  return ANY_VERB.test(text) || NARRATED.test(text);
}

/**
 * Presents in the plural that news uses with no ending to show them ("Officials say…", "Forecasters
 * expect…"), and pasts written as their present ("The department forecast more rain…").
 */
const PLURAL_PRESENT =
  /\b(?:say|expect|fear|warn|want|plan|face|need|remain|continue|hope|believe|claim|argue|agree|call|urge|demand|rise|fall|stay|get|make|take|go|come|show|suggest|estimate|include|report|know|think|see|hold|keep|live|work|run|use|lose|pay|win|lead|begin|seek|ask|tell|give|find|feel|become|mean|leave|move|allow|return|try|look|wait|sit|stand|forecast|predict|cut|put|set|hit|cost|spread|shut|quit|let|hurt|split|burst|cast|broadcast)\b/;
/**
 * A word in -s that may be a verb: not the sentence's first word, nor a noun in a list ("trade flows
 * and…"), after a number, a preposition or a determiner ("12 to 17 knots", "in showers"), nor a
 * word that only ends so ("across", "loss", "status", "crisis").
 */
const PRESENT_IN_S =
  /(?<!\b(?:\d[\d.,]*|in|on|at|of|for|with|by|from|to|per|the|a|an|his|her|its|their|our|these|those|some|many|several|two|three|four|five|six|seven|eight|nine|ten))\s(?!(?:across|always|perhaps|various|previous|serious|famous|numerous|news|thus|plus|towards|afterwards|besides|sometimes|whereas|series|species)\b)\p{Ll}{2,}s(?<!ss|us|is)\b(?!\s*[,;:]|\s+(?:and|or)\b)/u;

/**
 * A short line with no verb at all, outside quotes: a tagline ("Conversations about the ocean, one
 * reef at a time."), a standfirst ("Prices, trade flows and disease risk across the SACU beef
 * chain."), a post's fragment ("Very strong shaking in Apia just now, long and rolling."). A key
 * point says who did what. English text only. `maxWords` is the length up to which a line is read
 * so: 15 for lines anywhere (longer lines hold plural presents it does not know).
 */
export function isVerbless(text: string, maxWords = 15): boolean {
  if (/["“”]/.test(text) || text.split(/\s+/).length > maxWords) return false;
  // English only: another script's verbs are not read here.
  if (/[^\p{Script=Latin}\p{N}\p{P}\p{Z}\p{S}\p{M}]/u.test(text)) return false;
  if (NARRATED.test(text) || PLURAL_PRESENT.test(text) || PRESENT_IN_S.test(text)) return false;
  // A subject pronoun is followed by its verb: "…and they step where the beetles forage."
  if (/\b(?:[Ii]|[Ww]e|[Yy]ou|[Tt]hey)\s+\p{Ll}/u.test(text)) return false;
  return !/\b(?:is|are|am|be|been|being|can|may|must|shall|do|does|don['’]t|doesn['’]t|isn['’]t|aren['’]t)\b|\b\p{L}+['’](?:re|ve|ll|d|m)\b|\b(?:it|that|there|here|he|she|what|who|where)['’]s\b/iu.test(
    text,
  );
}

/**
 * People named at an occasion, or a picture said to be one, and no verb: "Arman Kenzhebek and
 * Bakyt Osmonaliev at the signing in Bishkek.", "A photo from the 1998 excavation, with the foot
 * bones below a tail." A sentence of news has a verb.
 */
export function isVerblessCaption(text: string, words: number): boolean {
  if (words < 4 || words > 25) return false;
  // A picture's description names things in the plural ("…the foot bones below a tail"): only
  // auxiliaries rule it out; people at an occasion have no present in -s either.
  const picture = PICTURE_OF.test(text);
  if (!picture && !NAMES_AT.test(text) && !(words <= 12 && THING_AT.test(text))) return false;
  if (/["“”]/.test(text) || NARRATED.test(text)) return false;
  // A word in -s after a determiner is a plural noun ("one of his murals"), not a present.
  const nouns = text.replace(PLURAL_AFTER_DETERMINER, ' ');
  return picture ? !/\b(?:is|are|be|been|being|do|does|can|may|must)\b/.test(text) : !ANY_VERB.test(nouns);
}
