import { IRREGULAR_PAST_FORMS } from '../shared/text/irregular-forms';
import { stem } from '../shared/text/terms';

/**
 * What an opening description points back to: "The tanker was…", "That coup let…", "The
 * 41-year-old died…" need the headline or an earlier point to name the tanker, the coup, the
 * person (standalone.ts; checked when points are ordered, extract.ts). docs/summarization.md
 * ("Points that stand alone").
 */

/** "That" as the subject itself: "That may seem…", "That appears…", "That still means…". */
const DEMONSTRATIVE_VERB =
  /^That\s+(?:(?:still|also|only|just|now|alone)\s+)?(?:is|was|are|were|has|had|have|may|might|will|would|could|can|should|must|does|did|do|seems?|appears?|means?|makes?|made|meant|leaves?|left|gives?|gave|puts?|sounds?|remains?|came|comes?|goes?|went|\p{Ll}+ed)\b/u;
/**
 * Public bodies every place has: "The provincial government said…", "The police have…" need no
 * earlier point, as the story's place names them (a company or a ship does not).
 */
const PUBLIC_BODIES = new Set(['government', 'police', 'authorities', 'military', 'army', 'navy']);
/** A measure its phrase names in full: "The number of people evacuated rose…", "The death toll in the province…". */
const MEASURE =
  /^(?:number|total|toll|majority|rest|bulk|amount|price|cost|value|level|rate|share|size|scale|extent|height|depth)$/;
/**
 * A participle's clause after the description that says which it is, closed by a comma before
 * its verb: "The two men, detained on Monday evening on suspicion of starting this week's fire in
 * the Margalla Hills, were released…" ("The tanker, built in 2004, ran aground" says too little).
 */
const REDUCED_RELATIVE = new RegExp(
  String.raw`^\s*(?:\p{Ll}+ed|${IRREGULAR_PAST_FORMS.join('|')})\s+(?:on|in|at|by|over|after|for|with|from)\s+(?:[^,\s]+\s+){5,}?[^,\s]+,\s`,
  'u',
);
/** Words opening a clause that identifies what a description names. */
const RELATIVE = /^(?:that|which|who|whose|whom|where)$/;
/**
 * "The <words> <verb…>": an opening definite description; its head is the word before the verb,
 * never a preposition, a number or a word such as "other" ("The six other hostages are…").
 */
/** Nouns for a person by what they do or are: "model", "journalist", "spokeswoman", "pitcher". */
const PERSON_ROLE = String.raw`(?:\p{Ll}+(?:ist|woman|man|ian)|actress|model|star|actor|singer|rapper|player|pitcher|striker|goalkeeper|coach|captain|chief|boss|leader|official|officer|pilot|athlete|writer|director|producer|designer|founder|owner|teenager|teen|boy|girl|mother|father|son|daughter|wife|husband|victim|suspect|lawyer|judge|minister|president|senator|governor|mayor|executive|comedian|presenter|host|prankster|veteran|survivor|witness|driver|worker|soldier|student|prince|princess|king|queen)`;
const DEFINITE = new RegExp(
  String.raw`^[Tt]he\s+((?:(?!(?:of|in|at|on|for|from|with|by|to)\s)[\p{Ll}\p{N}][\p{L}\p{N}'’-]*\s+){0,3}?)((?!(?:of|in|at|on|for|from|with|by|to|other|same|first|second|third|last|next|few|many|several|two|three|four|five|six|seven|eight|nine|ten)\s)[\p{Ll}][\p{L}'’-]*)(?<pp>\s+(?:of|on|in|at|behind|near|inside|outside|under|over)(?:\s+(?!(?:that|which|who|whose|whom|where)\s)[\p{Ll}\p{N}][\p{L}\p{N}'’-]*){0,3}?\s+the(?:\s+[\p{Ll}\p{N}][\p{L}\p{N}'’-]*){1,3}?)?(?:,|\s+(?:is|was|were|are|has|had|have|will|would|could|can|may|might|must|said|says|told|did|does|remains|remained|${IRREGULAR_PAST_FORMS.join('|')}|\p{Ll}+ed|\p{Ll}+s)\b)`,
  'u',
);

/**
 * "The Sports Illustrated swimsuit model, 23, and…", "The 25-year-old Ukrainian journalist
 * somehow made…": a description of a person whose modifiers are names or an age, which DEFINITE
 * (lower-case modifiers) leaves alone. A name before an institution identifies it ("The Obama
 * administration said…"); before a person's role it does not, so only roles are read here.
 */
const DESCRIBED_PERSON = new RegExp(
  String.raw`^[Tt]he\s+(?:[\p{L}\p{N}][\p{L}\p{N}'’.-]*\s+){0,4}?(${PERSON_ROLE})(?:,|\s+(?:\p{Ll}+ly\s+|also\s+|later\s+|then\s+|somehow\s+|still\s+)?(?:is|was|were|are|has|had|have|will|would|could|can|may|said|says|told|${IRREGULAR_PAST_FORMS.join('|')}|\p{Ll}+ed)\b)`,
  'u',
);
/**
 * "The teenager from Zwolle, who turned 17…", "The Algerian won in 2:09:37…": a person told by
 * where they come from, standing for a name the reader has not been given.
 */
const DESCRIBED_BY_ORIGIN = new RegExp(
  String.raw`^[Tt]he\s+(?:(?:\p{Ll}[\p{L}-]*|\d[\p{L}\d-]*)\s+){0,2}(${PERSON_ROLE})\s+from\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*,|^[Tt]he\s+(?!(?!German\b)\p{Lu}\p{Ll}*(?:man|woman)\b|(?:Rabbi|Mufti|Imam)\b)(\p{Lu}\p{Ll}+(?:ian|an|ese|ish|i))\s+(?:is|was|has|had|won|lost|finished|took|said|\p{Ll}+ed)\b`,
  'u',
);
/**
 * "The 41-year-old died…", "The 19-year-old from Guadalajara scored…": an age standing for a
 * person named elsewhere.
 */
const DESCRIBED_BY_AGE =
  /^[Tt]he\s+\d{1,3}-year-old\s+(?:(?:from|of)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s+)?(?:\p{Ll}+ly\s+)?(?:is|was|has|had|will|would|said|says|told|died|\p{Ll}+ed)\b/u;

/**
 * Stem of what "That <noun> …" points back to ("That coup let the film…" needs the coup named),
 * or null ("That may seem like a lot" is the subject itself and is left to the pronoun rules).
 */
export function demonstrativeNeeds(rest: string): string | null {
  if (!/^That\s+\p{Ll}/u.test(rest) || DEMONSTRATIVE_VERB.test(rest)) return null;
  const demonstrative = DEFINITE.exec(`The${rest.slice(4)}`);
  if (demonstrative === null || RELATIVE.test(demonstrative[2] ?? '')) return null;
  return stem((demonstrative[2] ?? '').toLowerCase());
}

/** Stem of what an opening description of a person, an age or a thing needs named before it, or null. */
export function descriptionNeeds(rest: string): string | null {
  if (DESCRIBED_BY_AGE.test(rest)) return stem('year-old');
  const origin = DESCRIBED_BY_ORIGIN.exec(rest);
  if (origin !== null) return stem((origin[1] ?? origin[2] ?? '').toLowerCase());
  const described = DESCRIBED_PERSON.exec(rest);
  const role = described?.[1] ?? '';
  if (described !== null && /\p{Lu}|\d/u.test(rest.slice(4, described[0].indexOf(role))))
    return stem(role.toLowerCase());
  const definite = DEFINITE.exec(rest);
  const head = definite?.[2] ?? '';
  // "The winter storm system that walloped the Midwest moved…": a description its own clause
  // identifies, like one with a name after "of" ("The former mayor of Tessaly…"), needs nothing
  // before it; one whose phrase is itself a bare description ("The tower on the hill behind the
  // school…", "The cause of the fire…") needs its head named, unless the head is a measure.
  if (
    definite === null ||
    RELATIVE.test(head) ||
    (definite[0].endsWith(',') && REDUCED_RELATIVE.test(rest.slice(definite[0].length))) ||
    PUBLIC_BODIES.has(head) ||
    (definite.groups?.pp !== undefined && MEASURE.test(head))
  )
    return null;
  // "The limestone sarcophagus…": a word in -us read as the verb is the head, for the headline to place.
  const after = /(\p{Ll}+us)$/u.exec(definite[0])?.[1];
  return stem((after ?? head).toLowerCase());
}

/** A clause opened by a role, not a name: "the designer admitted", "the minister said". */
const ROLE_SUBJECT = new RegExp(
  String.raw`^(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[\p{Ll}\p{N}-]+\s+){0,2}[\p{L}\p{N}-]+\s+(?:[\p{Ll}]+ed|said|says|told|was|is|had|has|will|would|did|does|died|beat|won|lost|led|set|hit|put|cut|${IRREGULAR_PAST_FORMS.join('|')})\b`,
  'u',
);

/** Whether a sentence or clause opens on a role as its subject (ROLE_SUBJECT). */
export function opensOnRole(text: string): boolean {
  return ROLE_SUBJECT.test(text);
}
