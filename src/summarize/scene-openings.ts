import { TextMemo } from '../shared/text/text-memo';
import { isSceneTelling } from './candidates';
import { opensLongBefore } from './dated-openings';
import { opensAsFeature } from './feature-openings';
import { backshifted } from './recounted';
import { perSentence, type SentenceMemo, type StoryModel } from './story-model';

/**
 * Openings that set a feature's scene rather than tell what happened (docs/summarization.md,
 * "The lead point"): a state lasting for years, how long someone has been something, what is true of
 * every one of a kind, an anecdote the next sentence shows to be one of many. No story opens with
 * one when another of its points can (lead.ts opensAsScene).
 */

/**
 * An opening that tells a state lasting for years ("For almost three years, the people of Mulonga
 * village have carried their drinking water…", "For decades, …", "For thirty-eight years, the
 * children of La Misère…", "For most of the past decade, …"), or someone's routine over years
 * ("Every weekday for eleven years, Sabine Tschofen has taken the 6:12 train…"): a feature's scene,
 * not what happened; the news it sets up comes a sentence or a paragraph later.
 */
const LASTING_STATE =
  /^(?:(?:Every|Each)\s+(?:weekday|working day|day|morning|night|evening|week|weekend|month|summer|winter|spring|autumn|year|season)\s+)?(?:For|Over)\s+(?:most of\s+)?(?:(?:almost|nearly|more than|about|some|over|at least|well over|the (?:past|last))\s+)?(?:(?:\d[\d,]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|a few|few|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?|[a-z]+teen)\s+)?(?:years?|decades?|generations?|centuries|century)\b/i;

/**
 * A history told from before the news, as a feature opens: "Long before the cafés of the corniche
 * and the summer crowds, La Marsa was part of the countryside of Carthage.", "Centuries ago, …",
 * "About four thousand years ago, people living on the high ground of east Cornwall burned their dead…".
 */
const LONG_BEFORE =
  /^(?:Long|Centuries|Decades|Millennia|Generations) (?:before|ago)\b|^(?:(?:About|Around|Some|Nearly|Almost|More than|Over) )?(?:\d{1,3}(?:,\d{3})+|\d{3,}|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|a few) (?:hundred|thousand)) years ago\b/u;

/**
 * A place pictured as empty or hushed at an hour: "The car park at the foot of Tverrfjellet was
 * almost empty on Wednesday afternoon.", "The square outside the town hall was silent by nightfall."
 * A feature's scene; an empty reservoir or a deserted ward is news, so only where people gather.
 */
const EMPTY_PLACE =
  /^The (?:[\p{L}'’-]+ ){0,2}(?:car park|parking lot|street|streets|square|beach|slope|platform|quay|harbour|harbor|market|marketplace|terminal|waiting room|corridors?|concourse|plaza|promenade|lobby|foyer|village|road|lane|hut|cabin|chapel|church)\b[^,;:.]{0,60}? (?:was|were|lay|stood) (?:(?:almost|nearly|all but|largely|mostly|still|eerily|strangely|unusually|oddly) )?(?:empty|deserted|silent|quiet|hushed) (?:on|at|by|in|that|this|early|late) /u;

/**
 * An opening that tells how long someone has been something ("Ieva Stonkutė has been the paper
 * conservator at the Dubysa Valley Museum… for eleven years.") or what has gone on for as long as
 * anyone remembers ("The Yallahs River has been rebuilding and destroying the road… for as long as
 * anyone in St Thomas can remember.", "For as long as there have been records of Irish bogs, there
 * have been stories of butter found in them."), or what someone has long wanted ("Tessaro
 * Costruzioni has wanted a Spanish business for the best part of a decade."), or done for years ("Dale
 * Kurkowski has hunted the same stretch of the forest for 44 years, his daughter said", "For almost half
 * a century the Vanšu bridge … has been part of the city's skyline"; a sanction for
 * years, "has been banned from office for five years", is news), or a tally over past
 * years ("Avalanches have killed at least nine people in the country's mountains in the past two
 * decades…") or over all time ("Hundreds of finds of bog butter have been recorded in Ireland…"): a
 * feature's scene or its background; the news comes after it.
 */
export const LONG_STANDING =
  /^[^.;:,]{3,100}?\b(?:has|have) (?:been(?! (?:banned|barred|suspended|sentenced|jailed|disqualified|expelled|excluded)\b)|worked|lived|served|kept|run|wanted|sought|tried|hoped|planned|dreamed|waited|fought|campaigned|hunted|fished|farmed|taught|coached|guided|sailed|driven|flown|played|volunteered|owned|operated|managed|raised|grown|walked|climbed|herded|grazed)\b[^.;:,]{0,120}?\bfor (?:(?:almost|nearly|more than|over|about|some|at least|the (?:best|better) part of)\s+)?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\p{Ll}+teen|\p{Ll}+ty(?:-\p{Ll}+)?|several|many|a few) (?:years|decades)|(?:a|one) (?:decade|generation))\b|^For (?:(?:almost|nearly|more than|over|about|some|well over) )?(?:half a century|a century|a generation|decades|generations|centuries|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|\p{Ll}+ty|several|many) (?:decades|centuries))\b[^.;:]{0,120}?\b(?:has|have) (?:been|stood|served|carried|linked|kept|run)\b|\bfor as long as (?:anyone|anybody|people|residents|most people|locals)\b[^.;:]{0,40}\b(?:can|could) remember\b|^For as long as (?:there (?:have|has) been|\p{Ll}+ (?:have|has) (?:been|existed|lived))\b|^(?:Hundreds|Thousands|Dozens|Scores|Millions)(?: of [^,;:.]{1,60})? (?:have|has) been (?:found|recorded|reported|discovered|documented|unearthed|identified|excavated|described)\b|^[^.;:]{3,120}?\b(?:has|have) (?:\p{Ll}+ed|killed|claimed|cost|seen|taken|hit|struck|made)\b[^.;:]{0,120}?\b(?:in|over|during) the (?:past|last) (?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|few) )?(?:years|decades)\b/u;

/**
 * How many of something there usually are in a year or a day ("Around 300 cargo ships a year thread
 * the narrow gap in the reef…"): the setting a feature opens on; "About 300 people a day were
 * evacuated…" tells what happened and is not one.
 */
export const USUAL_RATE =
  /^(?:(?:around|about|some|roughly|nearly|almost|more than|over|up to|an estimated)\s+)?\d[\d,.]*\s+(?:[\p{L}-]+\s+){1,3}(?:a|per|each|every)\s+(?:year|day|week|month|night|season)\s+(?!(?:were|was|had|have|has|are being|will)\b)\p{Ll}+/iu;

/**
 * A claim about any one of a kind ("In Central Asia, a presidential pardon is rarely only an act of
 * mercy."): an analysis's thesis, not what happened.
 */
const GENERIC_CLAIM =
  /^(?:In [^,]{1,40},\s+)?(?:An?|a|an)\s+(?:[\p{L}-]+\s+){0,3}?(?:is|are)\s+(?:rarely|seldom|often|usually|always|never|almost never|hardly ever|typically|generally)\b/u;

/**
 * A column's opening on how a stretch of time went for someone ("For Karavel Resources, the week
 * before Christmas has gone about as badly as a mining company's can.", "For Sable Ridge
 * Resources, 2027 ended with both of its mines shut.", "For Tigist Alemayehu, a mother of four in Bole
 * Bulbula, the answer this week has been: not for long."): the news it sums up comes after it.
 */
const SOMEONES_STRETCH =
  /^For (?:the )?\p{Lu}[^,]{1,60},(?:\s+(?:an?|the)\s[^,]{1,80},)?\s+(?:(?:the|this|last|that) )?(?:[\p{L}-]+ ){0,4}?(?:week|month|year|season|quarter|decade|(?:19|20)\d\d)\b[^,.;]{0,40}?\b(?:has|have|had|was|were|ended|began|started|closed|opened)\b/u;

/**
 * An anecdote the next sentence shows to be one of many: "Miss Ivy Clarke has spent three nights on
 * a classroom floor…" before "Clarke is one of 870 people now in 23 emergency shelters…", "Ram
 * Bahadur Thapa keeps the committee's decision folded…" before "Thapa, 34, is one of 412 workers
 * whom…". The second sentence tells the news.
 */
const ONE_OF_MANY =
  /^(\p{Lu}[\p{L}'’-]+|He|She)(?:,\s*\d{1,3},)?\s+(?:is|was|are|were)\s+(?:one of|among)\s/u;

function opensAnecdote(model: StoryModel, index: number): boolean {
  const sentence = model.sentences[index];
  const next = model.sentences[index + 1];
  if (sentence === undefined || next === undefined || next.article !== sentence.article) return false;
  const who = ONE_OF_MANY.exec(next.text)?.[1];
  if (who === undefined) return false;
  if (who === 'He' || who === 'She') return /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}\p{Ll}/u.test(sentence.text);
  return new RegExp(`(?:^|\\s)${who}(?=[\\s,.’'])`, 'u').test(sentence.text);
}

/**
 * An opening that tells what is true of every one of a kind ("Every contractor has a week it would
 * rather forget, and for Sorae…", "In Bíldudalur, a village of about 250 people…, almost every
 * family has someone working for the salmon farm", "Almost every drop of water on the island
 * comes from rain…"): a feature's scene, told in the present. "Every one of the 33 miners was
 * brought out alive" tells what happened and may lead.
 */
const EVERY_ONE =
  /^(?:In [^.;:]{1,120}?,\s+)?((?:(?:almost|nearly|virtually|practically|just about)\s+)?(?:every|each)\s+(?!time|year|day|week|month|morning|night|summer|winter|spring|autumn)\p{L}[^.;:,]*)/iu;
const PAST = /\b(?:was|were|had|did|\p{L}{2,}ed)\b/u;

function tellsEveryOne(text: string): boolean {
  const clause = EVERY_ONE.exec(text)?.[1];
  return clause !== undefined && !PAST.test(clause);
}

/**
 * An opening that tells how much of something a place or a people always gets from one source
 * ("Bahrain imports about 90 percent of its food, and much of what arrives frozen passes through a
 * handful of warehouses in Sitra."): the standing fact a market story or a feature sets its news
 * against, told in the present. "Bahrain imported 40 percent less…" tells what happened.
 */
const STANDING_SHARE =
  /^(?:In [^.;:]{1,60}?,\s+)?[^.;:,]{1,60}?\b(?:imports|exports|produces|gets|relies on|depends on|consumes|uses|generates|supplies|earns|spends|grows|buys)\s+(?:(?:about|around|nearly|almost|more than|some|roughly|over|at least|well over)\s+)?(?:\d+(?:\.\d+)?\s*(?:percent|per cent|%)|half|a third|a quarter|two-thirds|three-quarters|most|much|nearly all|all)\s+of\s+(?:its|their|the)\b/u;

/** "Nine of every ten kilowatt-hours the island uses come from diesel": a ratio that always holds. */
const STANDING_RATIO =
  /^(?:(?:about|around|nearly|almost|roughly|some|more than)\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|\p{Ll}+teen|\p{Ll}+ty(?:-\p{Ll}+)?) (?:out )?(?:of|in) (?:every|each) (?:\d+|ten|twenty|hundred|a hundred|thousand|five|four|three)\b/iu;

const RATIO_VERB =
  /\b(?:are|is|come|comes|go|goes|use|uses|live|lives|work|works|depend|depends|rely|relies|get|gets|end|ends|pass|passes|run|runs|have|has)\b/;

/**
 * An opening set long before its news: "Four years ago this month, the river…", "The market has
 * stood on Russell Street since the middle of the 19th century…", "In the 18th century, the
 * dockyard…", "When engineers cut the railway… in the late 19th century, they…". A century that
 * dates a thing ("tablets from the 15th century") or is told in an aside ("The market, which
 * dates from the 19th century, burned down on Friday") does not make one.
 */
const YEARS_AGO =
  /^(?:(?:almost|nearly|about|some|exactly|just over|more than|over)\s+)?(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|many|\p{Ll}+teen|\p{Ll}+ty(?:-\p{Ll}+)?)\s+(?:years|decades|centuries|generations)\s+ago\b/iu;
const ORDINAL =
  '(?:\\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\\p{Ll}+teenth|twentieth|twenty-first)';
const CENTURY = `the (?:(?:early|mid|late|middle of the|end of the|start of the|beginning of the|turn of the)[- ]?)?${ORDINAL}[- ]century`;
const CENTURY_SETTING = new RegExp(
  `^(?:(?:In|During|By|Until|Throughout|Since|For much of|For most of) ${CENTURY}\\b|When [^,]{3,150}?\\b(?:in|during) ${CENTURY},)|\\b(?:has|have|had) (?:stood|been|existed|served|operated|run|lived|worked|traded|belonged)\\b[^,.;]*\\bsince ${CENTURY}\\b`,
  'u',
);
/** An aside between commas: a relative clause or a participle ("…, which dates from…,", "…, built in…,"). */
const ASIDE = /,\s+(?:which|who|whose|built|founded|opened|dating|first|once|long)\b[^,]*(?:,|$)/giu;

/**
 * An encyclopedia's opening, which defines the event by its name ("The 2028 Rusape bus crash was a
 * head-on collision between…"), and a state that held for a century or generations ("Nobody went
 * looking for its source for well over a century."). "The worst flood for a century" is news.
 */
const DEFINES_EVENT = /^The (?:19|20)\d\d(?:[–-]\d\d)? (?:[\p{L}'’-]+ ){1,6}(?:was|is) (?:an?|the) /u;
const FOR_AGES =
  /\bfor (?:(?:well|much|almost|nearly|more than|over|about|the best part of|most of)\s+)*(?:a|one|two|three|four|five|several|many) (?:century|centuries|decades|generations)\b/i;
const RECORD_SPAN =
  /\b(?:worst|best|biggest|largest|first|highest|lowest|heaviest|strongest|deadliest|most|least|longest|hottest|coldest|wettest|driest)\b[^.,;]{0,60}$/i;

/** A clause after the news that measures or explains it: ", reviving…", ", which…", ", after…". */
const CLOSING_CLAUSE = /,\s+(?:\p{Ll}{3,}ing|which|after|ending|where|as|while)\b.*$/u;

/** A standing share or ratio, or an opening set years or centuries before its news (above). */
export function tellsBackground(text: string): boolean {
  if (DEFINES_EVENT.test(text)) return true;
  // A span told in a clause that closes the news ("…signed an agreement on Wednesday…, reviving a
  // project that has been stalled for two decades") is the news's measure, not its setting.
  const ages = FOR_AGES.test(text) ? FOR_AGES.exec(text.replace(CLOSING_CLAUSE, '')) : null;
  if (ages !== null && !RECORD_SPAN.test(text.slice(0, ages.index))) return true;
  if (STANDING_SHARE.test(text) && !PAST.test(text)) return true;
  // The ratio's own verb is present ("… come from diesel burned at…"); "… were damaged" tells news.
  const verb = STANDING_RATIO.test(text) ? RATIO_VERB.exec(text) : null;
  if (verb !== null && !PAST.test(text.slice(0, verb.index))) return true;
  return YEARS_AGO.test(text) || CENTURY_SETTING.test(text.replace(ASIDE, ','));
}

/**
 * What is not known yet: "The cause of the fire is under investigation.", "Causes of the fires are
 * being established by the fire-technical expertise service.", "NSW Health is continuing to
 * investigate a cluster of Legionnaires' disease…". A report closes on it, an update opens on it;
 * it never says what happened.
 */
const CAUSE_PENDING =
  /^(?:the )?(?:exact |precise |probable |likely )?causes? (?:of [^.!?]{1,100}? )?(?:is|are|was|were|remains?) (?:being |still |yet to be |not yet |currently )*(?:established|investigated|determined|under investigation|unknown|unclear|not (?:yet )?known|to be determined)\b|^[^,;:"“]{2,80}?\b(?:(?:is|are) (?:still )?continuing|continues?) (?:to (?:investigate|monitor|assess|look into)|(?:its|their) (?:investigation|inquiries|enquiries))\b/i;

/**
 * A road or a line's entry on a conditions page ("CG-3 Ordino – El Serrat – Coma Roja: CLOSED
 * between El Serrat and the Coma Roja ski area…", "A1 Zagreb–Split, Sveti Rok–Posedarje: open for
 * passenger cars; closed to buses…"): the state of one road, which a report of what happened
 * gives in its own words.
 */
export const STATUS_ENTRY =
  /^[A-Z]{1,3}-?\d{1,3}\b[^:]{0,80}:\s+(?:[Oo]pen|OPEN|[Cc]losed|CLOSED|[Pp]artly|[Pp]artially|[Pp]assable|PASSABLE|[Ii]mpassable|IMPASSABLE|[Rr]estricted|RESTRICTED)\b/u;

/**
 * What a writer says ought to be done, with no one said to say it ("Schools, meanwhile, should not
 * wait for anyone: a thermometer in every tuck-shop fridge…", "Parliament's health committee
 * should ask the ministry for the laboratory results…"): a column's advice, not what happened.
 * "The ministry said schools should close" reports what someone said; what a ruling says someone
 * "must" do is news.
 */
const ADVICE = /\b(?:should|ought to)\b(?! have\b)/;
const REPORTED =
  /\b(?:said|says|say|told|tells|according to|urged|urges|warned|warns|wrote|writes|argued|argues|recommended|recommends|called on|calls on)\b|["“”]/;

/** Words before the advice's "should": its subject, and an aside ("Schools, meanwhile, should…"). */
const ADVISED_WORDS = 8;
/** A clause's opener before "should": what is advised belongs to someone's reasoning ("…why it should be listed"). */
const SUBORDINATE = /\b(?:why|that|whether|if|how|which|who|what|when|where|because)\b/i;

export function givesAdvice(text: string): boolean {
  const advice = ADVICE.exec(text);
  if (advice === null || REPORTED.test(text)) return false;
  const before = text.slice(0, advice.index);
  return before.split(/\s+/).filter(Boolean).length <= ADVISED_WORDS && !SUBORDINATE.test(before);
}

/**
 * A main clause in the past perfect ("The farmers had asked for 3,000 lei a hectare and for the
 * state to clear overdue VAT refunds.", "The ship had been held at the cruise terminal since
 * Thursday…", "In the club's clubroom, someone had written the number five on a whiteboard…"): what
 * stood before the news, told as background to it. "Police said the man had fled" and
 * "Researchers have found what they had searched for…" report a finding: a verb comes before
 * "had", and the sentence is not one.
 */
const BEFORE_THE_NEWS =
  /^(?!["“‘'])(?:(?:In|At|Inside|Outside|Behind|Beside|Under|Above|By the time) [^,;:.]{3,100},\s)?(?:(?!(?:said|says|told|who|which|that|whom|whose|what|how|why|when|after|before|because|since|until|if|as|while|where|and|but|by|is|are|was|were|has|have|will|would|\p{Ll}+ed)\b)[\p{L}\d'’.-]+\s){1,6}had\s+(?:(?:already|previously|earlier|long|also|not|never|just|first|initially|originally|repeatedly)\s+)*(?:been|died|\p{Ll}{3,}ed|gone|made|taken|given|held|left|sent|set|told|won|lost|seen|known|built|paid|spent|begun|found|fled|brought|kept|put|sought|fought|grown|become|written|drawn|hung|stuck)\b/u;

/**
 * What someone came with, told to set up what they left with ("Arjun Sehrawat arrived in Doha with
 * a rebuilt right elbow, a personal best of 89.12m and modest expectations." before "He left with
 * the world lead…"): a profile's opening; the result comes after it.
 */
const ARRIVED_WITH =
  /^[^,;:]{3,60}?\b(?:arrived|came) (?:in|at|to|into|for) [^,;:]{2,50}?\bwith\b[^.;:]{0,140}\b(?:expectations|hopes|ambitions?|plans?|doubts|nerves|questions)\s*\.?$/u;

/**
 * Someone named caught in the middle of something when the news came ("Marcelo Guevara was counting
 * the night's takings at the front desk of his hostel when the dogs on the street began to howl."):
 * an anecdote's opening. A thing's ("The MV Kolokana was carrying 47 people when it overturned")
 * tells what happened.
 */
const CAUGHT_DOING =
  /^(?!(?:The|A|An|It|He|She|They|We|This|That|There)\b)(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:was|were)\s+\p{Ll}{2,}ing\b[^.;:]{0,160}\bwhen\b/u;

/**
 * A figure or a scene set up before a colon and summed up after it ("More than 14,000 shares in
 * two days: that is how far a single photograph of dead dolphins has travelled since…"): a
 * feature's hook; the news comes after it.
 */
export const HOOK_THEN_SUM =
  /^[^:;]{3,120}:\s+(?:that|this)(?:['’]s|\s+is|\s+was)\s+(?:how|what|why|where|when)\b/i;

/**
 * A sentence that points back at a thing named before it ("From 2030 the boats on that crossing
 * will be electric…" after a paragraph on the Utne–Kvanndal crossing): "that", "those" or "these"
 * before a noun in its first clause, after a preposition. It cannot open a story; a time ("on that
 * day", "in those years") or a relative clause ("of those who…") does not point so.
 */
const POINTS_BACK =
  /^[^,;:]{0,60}?\b(?:on|in|at|from|to|of|for|with|by|across|near|along|over|under|behind|into|onto) (?:that|those|these) (?!(?:day|days|night|nights|week|weeks|month|months|year|years|time|times|morning|mornings|evening|evenings|afternoon|moment|moments|point|period|era|date|who|which|whom|whose|that|were|are|was|is|have|has|had|with|in|of|on|at|for)\b)\p{Ll}{3,}/u;

/**
 * A childhood told to set up a life's news ("When Sardor Ergashev was nine, his father Olim built
 * him a punching bag…"), and a long wait through someone named and aged ("For eleven hours Rodel
 * Macaraeg, 52, sat on the tin roof of his house…"): a profile's or a feature's opening.
 */
const CHILDHOOD =
  /^When\s+(?:\p{Lu}[\p{L}'’-]+\s+){1,3}was\s+(?:(?:just|only)\s+)?(?:a (?:boy|girl|child|baby|toddler|teenager|schoolboy|schoolgirl)|\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)(?: years old)?,/u;
/** People who "had spent the weekend counting ships": a scene of how they waited, not what happened. */
const SPENT_DOING =
  /^[^.;:"“]{0,120}?\bhad spent (?:the|all|most of the|much of the) (?:weekend|night|day|morning|afternoon|evening|week|summer|winter)\s+\p{Ll}{3,}ing\b/u;
/**
 * A place pictured at its edge ("At the bottom of the hill in Seatons, the fishing boats have not
 * moved for a week.", "At the end of the jetty in Port Mathurin, a small group of women has been
 * standing since dawn…", "At the mouth of the gallery, wives and mothers… kept vigil"): a feature's
 * scene. The end of a meeting or a day ("At the end of this meeting, the Government decided…") is
 * a time, and tells what happened.
 */
const AT_THE_EDGE =
  /^(?:At|On|By) the (?:bottom|top|foot|end|far end|edge|corner|mouth|gates?|entrance) of (?!(?:this|that|the|a|its|their) (?:meeting|talks|session|summit|day|week|month|year|hearing|trial|match|game|race|season|visit|conference|debate|vote|sitting)\b)[^,.;:]{1,60},\s/u;
/**
 * A time told from a sentence before ("…premiered at the Cine Olimpia in Mexico City that autumn and
 * toured the Gulf coast for a decade."): "that autumn", "that year", followed by what ends a clause
 * ("officials said that morning flights were cancelled" holds no such time).
 */
const THAT_TIME =
  /\b(?:later |earlier )?that (?:autumn|fall|spring|summer|winter|year|month|week|day|night|morning|evening|afternoon)(?=\s*[,.;]|\s+(?:and|to|in|on|at|for|with|after|before|when|as|but)\b)/i;

/**
 * A time told from the sentence before: "the next day", "a week later", "later that night",
 * "Within a week".
 */
const FROM_THE_DAY_BEFORE =
  /\b(?:the (?:next|following) (?:day|morning|evening|night|week|month|year)|the day after(?! (?:tomorrow|\p{Lu}))|(?:a|one|two|three) (?:days?|weeks?|months?) later|later that (?:day|morning|evening|night|week|month|year))\b|^Within (?:a|an|one|two|three|a few) (?:hours?|days?|weeks?|months?|years?)\b/iu;

/**
 * Whether a sentence goes on with the past its article opened on: "The army handed over some of
 * its own fuel oil the next day to get them running again." after "On 9 October 2021, Lebanon's
 * two biggest power stations ran out of fuel…". It tells that day's sequel, not this week's news.
 */
export function continuesPastOpening(model: StoryModel, index: number): boolean {
  const sentence = model.sentences[index];
  const before = model.sentences[index - 1];
  if (sentence === undefined || before === undefined || before.article !== sentence.article) return false;
  const text = sentence.text;
  // Read only where its words are: most sentences hold none, and the pattern is a slow one to scan.
  if (
    !text.includes('later') &&
    !text.includes('Later') &&
    !text.includes('next') &&
    !text.includes('following') &&
    !text.includes('day after') &&
    !text.startsWith('Within')
  )
    return false;
  return FROM_THE_DAY_BEFORE.test(text) && opensLongBefore(model, before);
}

/**
 * Whether a sentence's opening is a feature's scene, background long before or a lasting state,
 * which no story opens with when another of its points can (extract.ts orders points so).
 */
export function opensAsScene(model: StoryModel, index: number, shown?: string): boolean {
  // Read once per sentence as written: the lead asks of a few openings, selection of the candidates
  // it would take (extract.ts), and each reading runs some forty patterns.
  if (shown === undefined) return perSentence(scenes, model, index, () => readsAsScene(model, index));
  return readsAsScene(model, index, shown);
}

const scenes: SentenceMemo<boolean> = new WeakMap();

function readsAsScene(model: StoryModel, index: number, shown?: string): boolean {
  const sentence = model.sentences[index];
  if (sentence === undefined) return false;
  return (
    opensLongBefore(model, sentence) ||
    sceneWording.read(shown ?? sentence.text, scenesInWording) ||
    opensAnecdote(model, index) ||
    continuesPastOpening(model, index) ||
    goesOnWithScene(model, index)
  );
}

/** A figure, a source, a day or a plan: what tells news again after a scene. */
const NEWS_AGAIN =
  /\d|\b(?:said|says|told|according|announced|confirmed|will|yesterday|today|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b/;

/**
 * A sentence that goes on with the scene its paragraph opened on ("By seven o'clock on Saturday
 * evening, the queue … stretched back onto the main road." then "Drivers sat with their engines off,
 * pushing forward a car length at a time."): the same picture, no news in it.
 */
function goesOnWithScene(model: StoryModel, index: number): boolean {
  const sentence = model.sentences[index];
  const before = model.sentences[index - 1];
  if (sentence === undefined || before === undefined) return false;
  if (before.article !== sentence.article || before.paragraph !== sentence.paragraph) return false;
  return !NEWS_AGAIN.test(sentence.text) && opensAsScene(model, index - 1);
}

/** What the wording alone tells, kept per text: a wire's sentence comes back in every copy. */
const sceneWording = new TextMemo<boolean>();

function scenesInWording(text: string): boolean {
  return (
    LASTING_STATE.test(text) ||
    LONG_BEFORE.test(text) ||
    (text.startsWith('The ') && EMPTY_PLACE.test(text)) ||
    isSceneTelling(text) ||
    LONG_STANDING.test(text) ||
    USUAL_RATE.test(text) ||
    GENERIC_CLAIM.test(text) ||
    (BEFORE_THE_NEWS.test(text) && !backshifted(text)) ||
    ARRIVED_WITH.test(text) ||
    opensAsFeature(text) ||
    CAUGHT_DOING.test(text) ||
    CHILDHOOD.test(text) ||
    AT_THE_EDGE.test(text) ||
    (text.includes('had spent') && SPENT_DOING.test(text)) ||
    (text.includes('that ') && THAT_TIME.test(text)) ||
    HOOK_THEN_SUM.test(text) ||
    SOMEONES_STRETCH.test(text) ||
    tellsEveryOne(text) ||
    tellsBackground(text) ||
    POINTS_BACK.test(text) ||
    STATUS_ENTRY.test(text) ||
    CAUSE_PENDING.test(text) ||
    givesAdvice(text)
  );
}
