/**
 * Sentences that lean on something outside them which no name from the article can mend, so
 * they are never a key point (docs/summarization.md, "Points that stand alone"). Each test reads
 * the sentence with its quotations blanked out (`outside`): inside a quote, "you" and "them"
 * belong to the speaker.
 */

/**
 * A sentence that speaks to the reader ("You can expect…", "Here's what you need to know"): a
 * horoscope, an explainer or a prompt, never a point of the story.
 */
const ADDRESSES_READER = /\byou(?:r|rs|'re|’re|'ll|’ll|'ve|’ve|'d|’d)?\b/i;
/** An instruction to the reader ("Look low in the east before sunrise to catch…"): the same, without "you". */
const TELLS_READER =
  /^(?:look (?:up|out|low|high|east|west|north|south|for)|watch (?:for|out)|read on|keep reading|scroll (?:down|on)|head (?:out|outside)|step outside|make sure|don['’]t miss|do not miss|remember to|keep an eye|set (?:an|your) alarm|grab (?:a|your)|try to (?:spot|catch|see))\b/i;
/**
 * An instruction to the reader after a scene-setting phrase or none: "In an emergency, follow the
 * instructions of national authorities.", "Please contact your dealer…". A report tells what
 * someone did; a sentence opening its main clause with the bare verb tells the reader what to do.
 * The verb's word as a noun's first word, its verb two words on, is a subject: "Tap water was fully
 * restored…", "Call centres were flooded…".
 */
const INSTRUCTS_READER =
  /^(?:(?:in|for|if|when|before|during|until)\b[^,.;:]{0,60},\s+)?(?:please\s+)?(?:follow|call|contact|consult|visit|avoid|refer to|do not|don['’]t|sign up|subscribe|download|click|tap|tune in|find out|learn more|stay (?:indoors|inside|away|tuned|safe|informed))(?![\w-])(?!\s+[\w-]+\s+(?:was|were|is|are|has|have|had)\b)/i;
/**
 * A source named by a pronoun: "…at the plant, it said in a statement", "…, they added". Who
 * "it" is lies in a sentence the reader does not see.
 */
const PRONOUN_SOURCE =
  /(?:,|\band)\s+(?:it|they)\s+(?:said|says|added|adds|told|tells|reported|reports|announced|wrote|stated|warned|noted)\b/;
/**
 * A scene placed by someone the sentence before introduced: "Behind her on the narrow street…,
 * the queue grows in the dark", "Beside him, a nurse…". A feature writes so; no point can.
 */
const PLACED_BY_PRONOUN =
  /^(?:Behind|Beside|Around|Near|Next to|In front of|Ahead of|Above|Below|Beneath|Under|Across from|Opposite)\s+(?:him|her|them)\b/;
/**
 * A subject described by what it did to something the sentence before named: "The company that
 * built it, Sirakoro Gold, poured its first gold in 2017…", "The man who found them said…". What
 * "it" or "them" is, no point says.
 */
const DESCRIBED_BY_PRONOUN =
  /^The\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+\s+(?:that|which|who)\s+(?:\p{Ll}+\s+){0,2}(?:it|them|him|her)\b(?!\s+(?:to|that|was|is|were|are)\b)/u;
/**
 * An opening phrase that owns its thing by a pronoun, before any name: "Among the objects later
 * associated with her household was a small gold pendant…". Whose, the sentence before said.
 */
const OWNED_BY_PRONOUN =
  /^(?:Among|In|Of|From|With|Inside|For)\s+(?:(?!\b(?:is|are|was|were|has|have|had|said|says)\b)[^,;:"“\p{Lu}]){0,80}?\b(?:his|her|their)\s+\p{Ll}+(?:\s+\p{Ll}+)?\s+(?:is|are|was|were)\b/u;
/**
 * A subject counted out of what a pronoun owns: "Hundreds of their hut circles and burial cairns
 * still dot Bodmin Moor…", "Many of its 400 workers…". Whose, the sentence before said.
 */
const COUNTED_FROM_PRONOUN =
  /^(?:Hundreds|Thousands|Dozens|Scores|Millions|Many|Most|Some|All|Several|Few|Both|Half|None|One|Two|Three|Four|Five) of (?:their|his|its)\s/u;
/**
 * A thing likened to one a pronoun owns: "Letters like hers went out this week to about 31,000
 * clients…", "Cases such as theirs…". Whose, the sentence before said.
 */
const LIKE_PRONOUNS = /\b(?:like|unlike|such as|as well as)\s+(?:hers|theirs)\b|^(?:Hers|Theirs)\b/;
/**
 * A sentence that opens with "And" goes on from the one before ("And the members are voting on
 * it…"), as one opening on "Instead," answers it ("Instead, Kim spent it on a drip in a hospital
 * corridor…"; 0.01 ROUGE-2 and 0.02 ROUGE-L on Multi-News dev, kept for the reader); one that opens
 * with "Yes," or "No," answers a question asked before it ("Yes, the same company: Altiplata is…"),
 * as does a transcript's answer of a direction ("North, to Hudson's Hope
 * and Fort St. John, because the Hart Highway was closed…" after "And people went north?").
 */
const GOES_ON =
  /^(?:And\b|(?:Yes|No|Well|Right|Exactly|Absolutely|Instead)[,:]|(?:North|South|East|West|Home|Away|Back|Inland|Upriver),\s+(?:to|from|towards?|into|because)\b)/;
/**
 * A time or a place measured from one the sentence before gave: "Thirteen years later to the day,
 * the Sharjah developer has called off the listing…" after a date in history, "A hundred
 * kilometres to the north, the fire in Torres del Paine had grown…". Later or further than what,
 * the reader is not told. An hour or a day later stays inside one event's telling ("Hours later,
 * the government declared…"); years, decades and centuries measure from a past the article told.
 */
const MEASURED_FROM_BEFORE =
  /^(?:(?:almost|nearly|about|some|more than|less than|exactly|just|precisely)\s+)?(?:[\p{L}-]+\s+){1,4}(?:years?|decades?|centur(?:y|ies)|generations?)\s+(?:to the day\s+)?later\b|^(?:[\p{L}\d.-]+\s+){1,4}(?:kilometres|kilometers|km|miles|metres|meters)\s+(?:(?:further|farther)\s+)?(?:to the\s+)?(?:(?:north|south)(?:-?(?:east|west))?|east|west|upstream|downstream|inland|offshore|away)\b(?![-\s]+(?:east|west|of|from)\b)/iu;
/**
 * A sentence that hands over to what the page shows after it ("…the company has revised its
 * earnings forecast … as follows.", "…the prices at the pump are fixed as follows:"), or opens on
 * the one before ("In light of this change, …"): without the table or the change, it tells nothing.
 */
const HANDS_OVER =
  /\b(?:as follows|the following)\s*[:.]?$|^In (?:the )?light of (?:this|that|these|those|the above)\b/i;
/**
 * A sentence that only says who made public what the story tells ("The Ministry of Natural
 * Resources and Environment announced the find on Tuesday."): "the find" is the news told before
 * it, and alone the sentence gives a name and a day.
 */
const ANNOUNCES_BACK =
  /^[^,;:"“]{3,90}?\b(?:announced|confirmed|revealed|reported|disclosed|made public|unveiled|published)\s+(?:the|its|their|this)\s+(?:[\p{L}-]+\s+)?(?:find|finding|findings|discovery|news|sighting|decision|deal|agreement|result|results|record|footage)\b(?:\s+(?:on|late on|early on|last)\s+\p{Lu}\p{Ll}+day|\s+(?:on|in)\s+(?:a|its|their)\s+(?:statement|post|website|news conference|press release))?\s*\.$/u;
/**
 * An argument's setup, answered by the sentence after it ("For most of the people on the payroll,
 * the question about the new cabinet is not who holds which ministry." before "It is whether March
 * salaries arrive before Eid."; "The most important number in the deal is not the 22 billion
 * dirhams on the press release.", "The most important car launch in China this year did not come
 * from a car company."): it says what the story is not about.
 */
const SETS_UP =
  /^The (?:most important|biggest|most significant|most consequential|real|best|worst) [^.;:"“]{2,80}?\b(?:did not|does not|didn['’]t|doesn['’]t) (?:come|happen|start|begin)\b|^(?:[^,;:"“]{1,80},\s+)?the\s+(?:[\p{L}-]+\s+){0,3}?(?:question|number|story|point|issue|problem|answer|lesson|test|thing|worry|risk|surprise|figure|debate|choice)\b[^.;:"“]{0,80}?\b(?:is|was|are|were)\s+not\s+(?:who|what|whether|how|why|where|when|the|a|an|its|their|his|her)\b/iu;
/**
 * A sentence measured against a pattern told before it ("The decree … signed on Saturday, pardoning
 * 41 convicts, fits that pattern."): which pattern, the reader is not told.
 */
const FITS_PATTERN =
  /\b(?:fits?|follows?|matche[sd]|match|breaks?|broke|continues?|continued|confirms?|confirmed)\s+(?:that|this|the same|a familiar)\s+(?:pattern|trend|logic|script|mould|mold|playbook|template|model|tradition)\b/i;
/**
 * A history of trouble told of the thing itself, before the news: "Maputo's chapas – the minibuses
 * … – have been at the centre of unrest before."
 */
const HAS_BEFORE =
  /\b(?:has|have) (?:been|happened|come|gone)\b[^.;:]{0,60}(?<!\b(?:day|night|week|month|year|morning|evening|season|hour|time|since|just|shortly|long)\s)\bbefore\.$/;
/**
 * A happening told as a repeat of one told before ("Police say something similar appears to have
 * happened again, less than an hour's drive away.", "This week it happened again, and 31 students
 * were on the beach."): what happened, the reader is not told. "It happened again: a fire at …"
 * tells it after its colon.
 */
const HAPPENED_AGAIN =
  /\bsomething (?:similar|like (?:it|that|this))\b(?!\s+to\b)|\b(?:the same thing|it|this|that|history)\s+(?:has\s+|had\s+|(?:appears|seems) to have\s+)?(?:happened|happens|occurred|repeated(?: itself)?)\s+again\b(?!\s*:)/i;
/**
 * Knowing or saying with what is known left to the sentence before ("Nobody in Inongo can say for
 * sure, because no passenger list was kept." after "How many were on board?"): the answer to a
 * question the reader is not shown.
 */
const KNOWS_WHAT_BEFORE =
  /\b(?:say|tell|know|knows|knew|confirm|confirmed|said)\s+(?:for (?:sure|certain)|exactly|precisely|with (?:any )?certainty)(?=\s*[,.;])/;
/**
 * A card's or a headline's one-word label before a quotation ("Judge: Bett treated the athletes'
 * earnings ‘as his own purse’."): the label is the speaker, whom the reader must know already. A
 * title with a colon ("Kong: Skull Island is a reboot…") quotes no one.
 */
const CARD_LABEL = /^\p{Lu}[\p{L}-]+:\s+\S[^“"‘]*[“"‘]/u;
/**
 * Words said in the sentence before: "Regional Commissioner Joseph Mkandala spoke those words to a
 * crowd of relatives…", "These remarks came a day after…", and whose they were: "In its words: “…”".
 */
const WORDS_BEFORE =
  /\b(?:those|these)\s+(?:words|remarks|comments)\b|^In (?:its|his|her|their) (?:own )?words\b/i;
/**
 * Advice to the people an event touches, not a fact of it: "Evacuees should register with
 * Emergency Support Services at the reception centre…", "Passengers are advised to check…", when
 * the page gives it in its own voice.
 */
const ADVISES_GROUP =
  /^(?:Evacuees|Residents|Passengers|Travell?ers|Customers|Motorists|Drivers|Visitors|Guests|Parents|Patients|Anyone|Those affected)\b[^.;]{0,40}?\b(?:should|must|are (?:asked|advised|urged|encouraged|reminded) to|can (?:call|register|contact|check|find))\s+(?!have\b|be\b)/;
/** Advice someone gives is news of what they said ("…, the company and the European Medicines Agency said"). */
const TOLD_BY = /\b(?:said|says|told|according to|advised|urged|warned)\b/;
/** "them" as the sentence's object. */
const THEM = /\bthem\b/;
/**
 * What "them" can stand for within its own sentence: a plural noun (a word in -s that is not
 * a verb after "that", "which", "who", "it", "he" or "she"), a group, people named in a pair, a
 * side named by its result ("…as Mauritania beat Egypt 2-1, leaving them a draw away…").
 */
const MAY_BE_THEM = [
  /(?<!\b(?:that|which|who|it|he|she) )\b[A-Za-z]+[^\Wsuí']s\b/,
  /\b(?:people|men|women|children|police|staff|crew|team|family|group|couple|pair|public|both|all|each|others|everyone|anyone|those)\b/i,
  /\b\p{Lu}\p{L}+\s+(?:and|&)\s+\p{Lu}\p{L}+/u,
  /\b\p{Lu}\p{L}+\s+(?:beat|defeated|won|lost|drew|edged|thrashed|stunned|routed|overcame|upset|eliminated|knocked out)\b/u,
];

/** "him" as an object, or "her" before what ends a clause ("sentenced him to three years", "told her"). */
const HIM = /\b(?:him|her(?=\s+(?:to|for|on|in|at|as|with|of|that|and)\b|[,.;]))\b/;
/**
 * Who "him" or "her" can stand for within its own sentence: a full name, a name doing something
 * or owning something ("Durrani announced…", "Serna’s fight…"), or a person told by a noun; a
 * place is a name too, but does not act ("an Alexandria court sentenced him").
 */
const MAY_BE_HIM = [
  /\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+/u,
  /\b(?:Mr|Mrs|Ms|Dr)\.?\s+\p{Lu}|\b(?!(?:The|A|An|This|That|These|Those|Some|Many|Most|All|Several|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Police|Officials|Authorities|Prosecutors)\b)\p{Lu}\p{Ll}+(?:['’]s\b|\s+(?:\p{Ll}+ed|\p{Ll}+s|said|told|wrote|was|had|won|lost|left|took|made|gave|went|came|got|thought)\b)/u,
  /\b(?:man|woman|boy|girl|son|daughter|father|mother|husband|wife|brother|sister|child|person|player|president|minister|leader|officer|judge|driver|pilot|captain|coach|suspect|victim|patient|teacher|worker|student|chief|spokesman|spokeswoman)\b/i,
];

/**
 * "his" or "her" owning a verb's object ("The final count gave her party 39,870 votes…"). One in an
 * opening phrase may look ahead to its owner ("In her first interview, Nkhoma said…").
 */
const POSSESSIVE =
  /\b(?:\p{Ll}{2,}ed|gave|won|lost|took|made|led|kept|left|cost|sent|put|got|brought|cast|sold|paid|held)\s+(?:his|her)\s+(?=\p{Ll})/u;
/**
 * Who else may own a "his" or "her" before it: a name that opens the sentence and acts ("Brenner set
 * up…"), or a noun of a doer ("A Nakuru trader has won her case", "One employee … lost his life").
 */
const MAY_OWN = [
  /^(?!(?:The|A|An|This|That|These|Those|Some|Many|Most|All|Several|One|Two|Three|Four|Five)\b)\p{Lu}\p{Ll}+\s+\p{Ll}/u,
  /\b(?!(?:after|under|over|other|never|ever|either|neither|whether|rather|later|former|further|number|order|border|water|center|centre|quarter|power|letter|paper|chapter|river|winter|summer|matter|monster|disaster|register|sector|factor|floor|door|indoor|outdoor|recent|current|percent|per cent|event|extent|content|intent|moment|comment|statement|government|department|parliament|agreement|ancient|urgent|amount|account|payment|treatment|settlement|equipment|investment|development|management|environment|tournament)\b)\p{Ll}{2,}(?:er|or|ist|ian|ee|ant|ent|man|woman)s?\b/u,
];

/**
 * "that" as the object of a change, pointing at the sentence before ("A generation of directors
 * changed that in the 2000s…"): what was changed, the reader is not told.
 */
const CHANGED_THAT =
  /\b(?:changed|changes|change|ended|ends|reversed|reverses|altered|alters|upended|transformed|undid|undoes)\s+(?:all\s+)?that(?=\s*[,.;]|\s+(?:in|by|when|with|after|during|over|for|on|within|overnight|forever)\b)/;

/**
 * A place pointed at with "that" or "those" after a preposition of motion or place ("For three
 * monsoons, a team of young researchers waded into that water with head torches…"): which water,
 * the sentence before said. After a preposition "that" can only point; "at that time", "in that
 * case" are left as idioms a reader follows.
 */
const INTO_THAT =
  /\b(?:into|onto|out of|across|beneath|under|over|through|inside|along|down|up|around|towards?)\s+(?:that|those)\s+(?!(?:is|was|are|were|had|has|have|will|would)\b)(\p{Ll}{3,})\b/u;

/** A place pointed at whose noun the sentence has not named before ("…a night survey in 2024 … over that survey" has). */
function pointsBack(outside: string): boolean {
  const pointed = INTO_THAT.exec(outside);
  return pointed !== null && !outside.slice(0, pointed.index).includes(pointed[1] ?? '');
}

/**
 * A claim the sentence before made, answered by pointing at it: "The union disputes that account,
 * saying it warned management twice…", "Police rejected those claims". Whose account, the reader
 * is not told.
 */
const ANSWERS_THAT =
  /\b(?:disputes?|disputed|rejects?|rejected|denies|denied|deny|contradicts?|contradicted|challenges?|challenged|questions?|questioned|contests?|contested|dismisse[sd]|dismiss|refutes?|refuted)\s+(?:that|this|those|these)\s+(?:account|accounts|claim|claims|version|versions|explanation|explanations|assessment|assessments|figure|figures|allegation|allegations|description|characteri[sz]ation|assertion|assertions)\b/;

/**
 * "…ordered the company to pay them and their neighbors $38 million", "Four days ago an
 * Alexandria court sentenced him to three years…": an object "them", "him" or "her" with
 * nothing before it in the sentence it could be (who it is was the sentence before).
 */
function objectLeans(outside: string): boolean {
  const them = THEM.exec(outside);
  if (them !== null && !MAY_BE_THEM.some((pattern) => pattern.test(outside.slice(0, them.index))))
    return true;
  if (CHANGED_THAT.test(outside) || ANSWERS_THAT.test(outside) || pointsBack(outside)) return true;
  const him = HIM.exec(outside);
  if (him !== null && !MAY_BE_HIM.some((pattern) => pattern.test(outside.slice(0, him.index)))) return true;
  const owned = POSSESSIVE.exec(outside);
  if (owned === null) return false;
  const before = outside.slice(0, owned.index);
  return (
    !MAY_BE_HIM.some((pattern) => pattern.test(before)) && !MAY_OWN.some((pattern) => pattern.test(before))
  );
}

/** Whether the sentence, its quotations blanked out, leans on something outside it. */
export function leansOutside(text: string, outside: string): boolean {
  return (
    ADDRESSES_READER.test(outside) ||
    TELLS_READER.test(text) ||
    INSTRUCTS_READER.test(text) ||
    PLACED_BY_PRONOUN.test(text) ||
    DESCRIBED_BY_PRONOUN.test(text) ||
    OWNED_BY_PRONOUN.test(text) ||
    COUNTED_FROM_PRONOUN.test(text) ||
    LIKE_PRONOUNS.test(outside) ||
    GOES_ON.test(text) ||
    MEASURED_FROM_BEFORE.test(text) ||
    HANDS_OVER.test(text) ||
    ANNOUNCES_BACK.test(text) ||
    SETS_UP.test(text) ||
    FITS_PATTERN.test(text) ||
    HAPPENED_AGAIN.test(text) ||
    HAS_BEFORE.test(text) ||
    KNOWS_WHAT_BEFORE.test(outside) ||
    CARD_LABEL.test(text) ||
    PRONOUN_SOURCE.test(outside) ||
    WORDS_BEFORE.test(outside) ||
    (ADVISES_GROUP.test(text) && !TOLD_BY.test(outside)) ||
    objectLeans(outside)
  );
}
