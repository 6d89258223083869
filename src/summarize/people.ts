import { WEEKDAY } from '../shared/text/scene-captions';
/**
 * People named in a sentence, read from the shapes news writes them in: a title before a
 * capitalized name ("Transport Minister Marta Ibarrola", "Mr. Arruda"), a name next to a
 * reporting verb ("Dizon said", "said Ana Ruiz"), a name with a job in apposition ("Luis
 * Echeverri, the chair of the talks"), or the surname of a person already named in the article.
 * No list of people: only titles, jobs and verbs, which are the language's, not a dataset's.
 */

export interface Person {
  /** The name as written, title left out ("Marta Ibarrola"). */
  name: string;
  /** Its last word ("Ibarrola"), how later sentences refer to the person. */
  surname: string;
  /** Character offset of the name in the sentence. */
  at: number;
  /** "he" or "she" when a courtesy title ("Mr.", "Ms.") or a gendered word beside the name ("spokeswoman", ", his wife") says so, else null. */
  gender: 'he' | 'she' | null;
}

/** Titles and jobs written before a name. */
const TITLE =
  /\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sen|Rep|Gov|Gen|Col|Capt|Lt|Sgt|Adm|Cmdr|Rev|Judge|Justice|President|Vice President|Prime Minister|Deputy Prime Minister|Minister|Secretary|Chancellor|Governor|Mayor|Senator|Commissioner|Commodore|Commander|Colonel|General|Major|Captain|Chief|Director|Chairman|Chairwoman|Chair|King|Queen|Prince|Princess|Pope|Sheikh|Ayatollah|Ambassador|Envoy|Spokesman|Spokeswoman|Spokesperson|Inspector|Superintendent|Detective|Officer|Professor|Doctor|CEO|chief executive|spokesman|spokeswoman|spokesperson|minister|secretary|lawyer|attorney|prosecutor|analyst|economist|researcher|scientist|official|officer|leader|activist|resident|witness|survivor|director|chief|chairman|chairwoman|founder|owner|driver|captain|coach|judge|commissioner|governor|mayor|president|senator|lawmaker|MP|candidate|chancellor|premier)\.?\s+$/;
const COURTESY = /\b(Mr|Mrs|Ms|Miss)\.?\s+$/;
/** Words for a woman or a man before a name or in apposition after it: "spokeswoman Peggie Krippendorf", "Monica Conyers, Carl Conyers' mother". */
const SHE_WORDS =
  'spokeswoman|chairwoman|congresswoman|councilwoman|businesswoman|actress|mother|wife|daughter|sister|grandmother|widow|girlfriend|Queen|Princess|Lady|Dame';
const HE_WORDS =
  'spokesman|congressman|councilman|businessman|father|husband|son|brother|grandfather|widower|boyfriend|King|Prince|Sir|Lord';
const GENDER_BEFORE = new RegExp(String.raw`\b(?:(${SHE_WORDS})|(${HE_WORDS}))\s+$`);
const GENDER_AFTER = new RegExp(
  String.raw`^,\s+(?:(?:a|an|the|his|her|their)\s+|[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,2}['’]s?\s+)(?:[\p{Ll}-]+\s+){0,3}?(?:(${SHE_WORDS})|(${HE_WORDS}))\b`,
  'u',
);

/** "he" or "she" when a courtesy title or a gendered word beside the name says so. */
function genderAround(before: string, after: string): 'he' | 'she' | null {
  const courtesy = COURTESY.exec(before)?.[1];
  if (courtesy !== undefined) return courtesy === 'Mr' ? 'he' : 'she';
  const word = GENDER_BEFORE.exec(before) ?? GENDER_AFTER.exec(after);
  if (word === null) return null;
  return word[1] !== undefined ? 'she' : 'he';
}
/** Capitalized titles inside a name run: "Transport Minister Marta Ibarrola" names Marta Ibarrola. */
const TITLE_WORDS = new Set(
  `Mr Mrs Ms Miss Dr Prof Hon Honourable Honorable Excellency Sen Rep Gov Gen Col Maj Brig Pol Capt Lt Sgt Adm Cmdr Rev Judge Justice President Premier Minister Secretary Chancellor Governor Mayor Senator Commissioner Commodore Commander Colonel General Major Captain Chief Director Chairman Chairwoman Chair King Queen Prince Princess Pope Sheikh Ambassador Envoy Spokesman Spokeswoman Spokesperson Inspector Superintendent Detective Officer Professor Doctor CEO Sergeant Lieutenant Admiral Bishop Cardinal Archbishop Sultan Emir`.split(
    /\s+/,
  ),
);
/** A job named after a word that says where or what it is of: "Pathumwan police chief …", "Lagos state governor …". */
const ROLE_AFTER =
  /^\s+(?:\p{Ll}+\s+){0,2}(?:chief|spokesman|spokeswoman|spokesperson|commander|governor|mayor|minister|head|director|executive|official|officer|secretary|president|chairman|chairwoman|leader|manager|coach|captain)\s+(?:\p{Lu}[\p{L}.]*\s+)*\p{Lu}/u;

/** A capitalized name of one to four words, with the particles names carry. */
const NAME_RUN =
  /\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:de|da|do|dos|das|del|della|di|van|von|der|den|la|le|al|el|bin|ibn)\s+|\p{Lu}\.\s+)?(?:\p{Lu}[\p{L}'’-]+|(?:al|el|bin|ibn|abu)-\p{Lu}[\p{L}'’-]+)){0,5}/gu;
const REPORTING =
  /^\s*(?:,\s*)?(?:said|says|told|tells|added|adds|wrote|writes|tweeted|posted|asked|explained|insisted|warned|argued|declared|noted|replied|recalled|stressed|urged|acknowledged|admitted|claimed|cautioned|countered|vowed|announced)\b/;
const REPORTING_BEFORE =
  /\b(?:said|says|told|added|wrote|asked|explained|insisted|warned|argued|declared|noted|replied|according to)\s*$/;
/** A job in apposition after a name: ", the chair of the talks", ", a spokeswoman for…", ", 34,". */
const APPOSITION = /^,\s+(?:a|an|the|his|her|its|their)\s+[\p{Ll}\p{Lu}]/u;
/** Words that make a capitalized run a place, an organization or a thing, not a person. */
const NOT_PERSON =
  /\b(?:Ministry|Department|Service|Services|Agency|Company|Corporation|Corp|Inc|Ltd|Group|Bank|University|College|School|Hospital|Party|Council|Court|Police|Army|Navy|Force|Forces|Guard|Province|State|City|County|District|Region|River|Island|Islands|Port|Airport|Station|Street|Road|Bridge|Canal|Sea|Ocean|Lake|Mount|Mountain|Valley|Hills|Heights|Beach|Springs|Falls|Bay|Coast|Harbor|Harbour|Village|Canyon|Park|Square|Palace|House|Office|Commission|Committee|Assembly|Parliament|Congress|Senate|Republic|Kingdom|Union|Nations|Exchange|Index|Fund|Association|Federation|Institute|Center|Centre|Authority|Network|News|Times|Post|Press|Wire|Insider|Journal|Magazine|Herald|Tribune|Gazette|Review|Report|Daily|Radio|Channel|Show|Wash|Shop|Store|Market|Restaurant|Cafe|Bar|Hotel|Club|Mall|Studios|Records|Airlines|Airways|Energy|Maritime|Shipping|Holdings|Logistics|Motors|Mining|Resources|Foods|Industries|Technologies|Pharma|Pharmaceuticals|Ferries|Railway|Railways|Telecom|Petroleum|Insurance|Ventures|Construction|Engineering|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/;
/** A company's legal form after its name ("Plinara Bosna d.o.o. had suspended…", "Halden Frères SA"): a firm, not a person. */
const LEGAL_FORM =
  /^,?\s+(?:d\.o\.o\.|d\.d\.|Ltd\b|Limited\b|Inc\b|LLC\b|plc\b|PLC\b|S\.A\.|SA\b|S\.p\.A\.|SpA\b|GmbH\b|AG\b|N\.V\.|NV\b|B\.V\.|BV\b|SARL\b|SAS\b|ASA\b|Oy\b|AB\b|JSC\b|PJSC\b|Pty\b|P\/F\b|A\/S\b|S\.A\.C\.|S\.R\.L\.|SRL\b|Sdn Bhd\b|Bhd\b|Tbk\b|K\.K\.)/;
const GIVEN_NAME_JOINED = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;
/** "That's Opal Lee…": a contracted opener is not part of the name. */
const CONTRACTED_OPENER = /^(?:That|It|Here|There|What|Who|Where)['’]s$/;
/** A weather system's name ("Storm Ilse", "Hurricane Maria", "Tropical Storm Odette"): a storm, not a person. */
const STORM_NAME =
  /^(?:(?:Tropical|Super|Severe Tropical|Post-Tropical|Winter)\s+)?(?:Storm|Hurricane|Typhoon|Cyclone)\s/;
/** Compass and similar words open place names ("South Korea", "New Zealand"), never a person's. */
const PLACE_PREFIX =
  /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|New|Upper|Lower|Greater)\s/;
const ARTICLE_BEFORE = /\b(?:the|a|an|The|A|An)\s+$/;
const SENTENCE_OPENERS = new Set(
  `The A An In On At After Before When While As But And So This That These Those It He She They We There His Her Their Its For With From By Since During Under Over Some Many Most Several However Meanwhile Officials Police Authorities Earlier Later Last Next Both Each Every Among Although Though If Once Until Despite`.split(
    /\s+/,
  ),
);

/**
 * Capitalized words an article writes on their own, between lower-case words ("Solberg won…",
 * "…said Dizon."): news refers to people by surname after the first mention, so a two- or
 * three-word name whose last word the article also writes alone is a person's name.
 */
export function loneCapitals(texts: readonly string[]): Set<string> {
  const alone = new Set<string>();
  for (const text of texts) {
    for (const match of text.matchAll(
      /(?<=[\p{Ll},;:]\s+|^)(\p{Lu}[\p{Ll}'’-]+)(?=\s+[\p{Ll}]|[,.;:]?$|[,.;:]\s)/gu,
    )) {
      const word = match[1] ?? '';
      if (match.index !== 0 || !SENTENCE_OPENERS.has(word)) alone.add(word);
    }
  }
  return alone;
}

/**
 * Every person the sentence names; `known` are surnames named earlier in the article, `alone`
 * the capitalized words the article writes on their own (loneCapitals).
 */
export function peopleIn(
  sentence: string,
  known: ReadonlySet<string> = new Set(),
  alone: ReadonlySet<string> = new Set(),
): Person[] {
  const people: Person[] = [];
  NAME_RUN.lastIndex = 0;
  for (let match = NAME_RUN.exec(sentence); match !== null; match = NAME_RUN.exec(sentence)) {
    let name = match[0];
    let at = match.index;
    // A sentence's first word is capitalized whatever it is: "The", "Officials".
    const first = name.split(/\s+/)[0] ?? '';
    if (at === 0 && (SENTENCE_OPENERS.has(first) || CONTRACTED_OPENER.test(first))) {
      const rest = name.slice(first.length).trimStart();
      if (rest.length === 0) continue;
      at += name.length - rest.length;
      name = rest;
    }
    // "Since Monday Alemayehu has queued…": a weekday before a name is not its first name.
    if (WEEKDAY_FIRST.test(name)) {
      const rest = name.replace(WEEKDAY_FIRST, '').trimStart();
      at += name.length - rest.length;
      name = rest;
    }
    // "…from the duo's album, The Infamous": a capitalized article opens a title, not a name.
    if (at > 0 && /^(?:The|A|An)$/.test(first)) continue;
    // "Secretary of State Hillary Clinton": "State" ends the office, not the name.
    const office = first === 'State' && /\bSecretary of\s+$/.test(sentence.slice(0, at));
    if (office) {
      const rest = name.slice(first.length).trimStart();
      if (rest.length === 0) continue;
      at += name.length - rest.length;
      name = rest;
    }
    // "DeOrr Kunz Sr.", "Martin Luther King Jr": the surname is before the suffix; "Areej Ali’s
    // body": the possessive is not part of it.
    name = name.replace(/\s+(?:Sr|Jr|II|III|IV)$/, '').replace(/['’]s$/, '');
    if (NOT_PERSON.test(name) || PLACE_PREFIX.test(name) || STORM_NAME.test(name)) continue;
    // "her Miss Delaware contract": a title after a possessive names a thing of someone's.
    if (
      /\b(?:her|his|their|its|our|my|your)\s+$/.test(
        sentence.slice(Math.max(0, at - 30), at).replace(/\p{Lu}[\p{L}.]*\s+$/u, ''),
      )
    )
      continue;
    // Titles written inside the run: the name is what follows the last of them.
    const runWords = name.split(/\s+/);
    const lastTitle = runWords.reduce(
      (last, word, i) => (TITLE_WORDS.has(word.replace(/\.$/, '')) ? i : last),
      -1,
    );
    const inRunTitle = lastTitle >= 0;
    if (inRunTitle) {
      if (lastTitle === runWords.length - 1) continue;
      const kept = runWords.slice(lastTitle + 1).join(' ');
      at += name.lastIndexOf(kept);
      name = kept;
    }
    const before = sentence.slice(Math.max(0, at - 40), at);
    const after = sentence
      .slice(at + name.length, at + name.length + 40)
      .replace(/^\s+(?:Sr|Jr|II|III|IV)\b\.?/, '');
    if (LEGAL_FORM.test(after)) continue;
    const words = name.split(/\s+/);
    // "Pathumwan police chief Pol Col Krit Thongdee said…": one word before a job is where or
    // what the job is of, and the person is named after it.
    if (words.length === 1 && ROLE_AFTER.test(after)) continue;
    // "Kang Sung-hyun": a two-word name ending in a given name joined by a hyphen and written in
    // lower case after it is written family name first, as Korean names are.
    const familyFirst = words.length === 2 && GIVEN_NAME_JOINED.test(words[1] ?? '');
    // "Aroha Te Wiata", "Juan Martín Del Potro": a particle opens the surname ("Te Wiata said").
    const particle = familyFirst
      ? -1
      : words.findIndex((word, i) => i < words.length - 1 && PARTICLE.test(word));
    const surname =
      (familyFirst ? words[0] : particle >= 0 ? words.slice(particle).join(' ') : words[words.length - 1]) ??
      name;
    /** Words of the name before its surname: 0 when the surname stands alone ("Te Wiata said"). */
    const given = familyFirst ? 1 : particle >= 0 ? particle : words.length - 1;
    const titled = inRunTitle || office || TITLE.test(before);
    // "the Freedom Riders", "an Amber Alert": an article before a name makes it a thing or a group;
    // "in Bad Homburg": a place is where something happened.
    if (!titled && (ARTICLE_BEFORE.test(before) || PLACE_BEFORE.test(before))) continue;
    const speaking = REPORTING.test(after) || REPORTING_BEFORE.test(before);
    const described = APPOSITION.test(after) && given >= 1;
    const recalled = given === 0 && known.has(surname);
    const recurring = given >= 1 && words.length <= 3 && alone.has(surname);
    const named = titled || (speaking && (given >= 1 || known.has(surname))) || described;
    if (!named && !recalled && !recurring) continue;
    const gender = genderAround(before, after);
    people.push({ name, surname, at, gender });
  }
  return people;
}

const WEEKDAY_FIRST = new RegExp(`^${WEEKDAY}\\s`);

/** "in" right before a name: "…in the final in Bad Homburg on Saturday". */
const PLACE_BEFORE = /\bin\s+$/;

/**
 * Capitalized particles that open a surname: "Te Wiata", "De Klerk", "Del Potro", "Von Trapp".
 * Not those that are also given or family names ("Ben", "Al", "Abu", "Bin", "Du", "Le", "Van").
 */
const PARTICLE = /^(?:Te|De|Da|Di|Del|Della|Von|Dos)$/;

/** A name governed by a preposition, owned by another name or owning what follows is no subject: "with Vanity Fair's John Heilpern". */
export function governed(text: string, person: Person): boolean {
  const before = text.slice(Math.max(0, person.at - 30), person.at);
  // "Peinovich’s downfall was…", "Rivlin’s office quotes…": an owner, not the subject.
  if (/^['’]s\b/.test(text.slice(person.at + person.name.length))) return true;
  // "Secretary of State Hillary Clinton": the "of" is the office's.
  if (/\bSecretary of State\s+$/.test(before)) return false;
  return (
    /\b(?:with|of|to|for|from|against|about|by|at|on|under|toward|towards|beside|behind)\s+(?:[\p{L}’'.-]+\s+){0,3}$/u.test(
      before,
    ) || /['’]s\s+$/.test(before)
  );
}

/** A line whose words, small ones aside, are all capitalized, four or more: a headline, not a sentence. */
export function titleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => /^["“‘']?\p{L}/u.test(word) && !SMALL_WORD.test(word));
  return words.length >= 4 && words.every((word) => /^["“‘']?\p{Lu}/u.test(word));
}
const SMALL_WORD = /^(?:of|the|a|an|and|or|in|on|at|to|for|by|with|as|from|vs)$/;

/**
 * Whether a point introduces a person it names by surname alone with a description beside the
 * name ("Rasheed, a 34-year-old reporter at Dhivehi Current, was freed…"): the reader is told who
 * they are, as a full name would.
 */
export function describedInPlace(text: string, surname: string): boolean {
  const at = text.indexOf(`${surname}, `);
  if (at < 0) return false;
  return /^, (?:an?|the) (?:[\p{L}\d'’-]+ ){0,9}?\p{Ll}[\p{L}'’-]*(?: (?:at|of|for|with|from|in) (?:[\p{L}\d'’.&-]+ ){0,5}?[\p{L}\d'’.&-]+)?,/u.test(
    text.slice(at + surname.length),
  );
}
