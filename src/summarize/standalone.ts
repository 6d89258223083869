import { upperFirst } from '../shared/text/sentences';
import { stem } from '../shared/text/terms';
import { TextMemo } from '../shared/text/text-memo';
import { articlePeople, dedupe, lastNames, mayNameBare } from './article-people';
import { demonstrativeNeeds, descriptionNeeds, opensOnRole } from './descriptions';
import { withFirmNamed } from './firm-speaker';
import { leansOutside } from './leans-outside';
import { introOf } from './opening-phrases';
import { describedInPlace, governed, type Person, peopleIn, titleCase } from './people';
import { withoutRelativeDays } from './relative-days';
import { bodyTells } from './reporting-body';
import { roleHolder } from './role-holder';
import { perSentence, type SentenceMemo, type StoryModel } from './story-model';

/**
 * A key point must stand alone: it is read without the sentences around it in its article.
 * A sentence whose subject is a pronoun ("He said…", "Her party…") gets its referent's name from
 * its own article, or is not a point; a quotation is shown only with its speaker named, the one
 * the article names ('"…," he said.' becomes '"…," Dizon said.', by surname, as news refers to a
 * person once named); a bare definite
 * description ("The tanker was…") is kept only where the headline or an earlier point names
 * what it refers to (checked when points are ordered, extract.ts). Referents are never guessed
 * across articles, and an ambiguous one (two people in the sentences before) makes the
 * sentence no point at all: a wrong name is worse than a missing point. docs/summarization.md
 * ("Points that stand alone").
 */

export interface Standalone {
  /** What the point shows: the sentence, its leaning subject or speaker replaced by a name. */
  text: string;
  /**
   * Stem of what the headline or an earlier point must name, or null: the head noun of an
   * opening "The …", or the surname of a person the point names by it alone.
   */
  needs: string | null;
  /** The need is a person's surname: a story without titles takes its headline from the lead, which then names them. */
  person?: boolean;
}

/** Kept sentences before the pronoun searched for its referent (the checker's passage reaches as far). */
export const LOOK_BACK = 2;

const QUOTE_OPEN = /^["“‘]/;
/** Quoted spans: straight or curly double quotes, or two apostrophes as some wires write them. */
const QUOTED_SPAN = /["“][^"”]*["”]|''[^']*''/g;
const REPORTING_VERB =
  'said|says|told|tells|added|adds|wrote|writes|tweeted|posted|asked|asks|explained|explains|insisted|warned|argued|declared|noted|notes|replied|recalled|recalls|stressed|urged|acknowledged|admitted|claimed|cautioned|countered|vowed|announced|continued|concluded|went on|goes on to say|quoted|quotes|states|stated|maintains|maintained|contends|contended|concedes|conceded|read|reads|responded|responds|testified|wrote in|joked|pleaded|boasted|complained|predicted|conceded|denied|denies|insists';
/** A speaker named by role: "the minister", "the Uzbek minister", "the CS", or by age: "the 34-year-old jade picker". */
const ROLE_SPEAKER = String.raw`the\s+\d{1,3}-year-old(?:\s+[\p{Ll}-]+){0,2}(?=\s+(?:${REPORTING_VERB})\b|[,.])|the\s+(?:[\p{L}-]+\s+){0,2}(?:minister|secretary|spokesman|spokeswoman|spokesperson|official|president|governor|mayor|commissioner|chief|captain|chairman|chairwoman|director|executive|prosecutor|judge|lawyer|ambassador|envoy|leader|officer|commander|general|premier|chancellor|CS|PS|PM|CEO|MP|DG|AG)`;
/**
 * '…," he said' / '…," she told reporters' / '…," the minister said' / '…," said the Uzbek
 * minister' after a closing quote.
 */
const AFTER_QUOTE = new RegExp(
  String.raw`["”’],?\s+(?:(he|she)\s+(?:${REPORTING_VERB})\b|(?:${REPORTING_VERB})\s+(he|she)\b|(${ROLE_SPEAKER})\s+(?:${REPORTING_VERB})\b|(?:${REPORTING_VERB})\s+(${ROLE_SPEAKER})\b(?![\p{L}-]|,?\s+\p{Lu}))`,
  'u',
);
/**
 * A speaker named by a capitalized word near a reporting verb ("Jefferies analysts wrote",
 * "said Ana Ruiz"), before a colon that opens the quote, or after "according to".
 */
const NAMED_SPEAKER = new RegExp(
  String.raw`(?:\p{Lu}[\p{L}'’.-]+(?:\s+[\p{Ll}-]+){0,2}\s+(?:${REPORTING_VERB})\b|\b(?:${REPORTING_VERB})\s+(?:[\p{Ll}-]+\s+){0,3}\p{Lu}[\p{L}'’.-]+|\baccording to\s+(?:[\p{Ll}-]+\s+){0,3}\p{Lu}|\p{Lu}[\p{L}'’.-]+[^:]{0,60}:\s*$)`,
  'u',
);
/** An attribution by pronoun outside the quote: "The jurors, he added, “were…”", "…, she said: “…”". */
const PRONOUN_SPEAKER = new RegExp(String.raw`\b([Hh]e|[Ss]he)\s+(?:${REPORTING_VERB})\b`, 'u');
/** An organization speaking: "the company said", "police said", "the ministry said in a statement". */
const INSTITUTION_SPEAKER = new RegExp(
  String.raw`\b(?:the\s+)?(?:company|ministry|government|police|army|military|agency|authorities|officials|department|statement|spokesperson's office|office|court|council|committee|organisation|organization|group|union|party|operator|airline|embassy|white house|kremlin|coast guard|service)\s+(?:${REPORTING_VERB})\b`,
  'i',
);
/** A pronoun after a comma early on: the only case where an opening phrase must be skipped. */
const PRONOUN_AFTER_COMMA = /, (?:he|she|his|her|they|their|it|its|this|these|those|we)\b/i;
const SUBJECT_PRONOUN = /^(he|she|his|her)\b(?!\s+(?:own)\b)(?![’']\p{L})/iu;
/** "He’d had five children…": a contracted pronoun, which a name cannot replace as written. */
const CONTRACTED_PRONOUN = /^(?:he|she)[’'](?:d|s|ll)\b/i;
/** A subject leaning on the sentences before: a pronoun, "the latter", "Of these, …", "Many have since…", "Tuesday's figure…". */
const LEANING_PRONOUN =
  /^(?:(?:most|much|many|some|all|none|part|half|each|one|few|several|both) of (?:it|them|these|those|this)\b|of (?:them|these|those),|(?:many|most|several|others) (?:have|has|had|were|are) (?:since|now|also|already|been|long)\b|(?:they|them|their|it|its|this|that|these|those|we|our|us|i|such|both|neither|either)\b|the (?:first|second|third|last|latter|former|rest|remainder) (?:to|were|was|are|is|had|have|has)\b|(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|last week)['’]s (?:figure|estimate|count|toll|total|tally|reading)s?\b|the (?:earlier|previous|initial|original|old) (?:figure|estimate|count|toll|total|tally|reading)s?\b)/i;
const EXPLETIVE =
  /^(?:it (?:is|was|remains|remained|has been|had been|will be|would be) (?:not |still |also |now )?(?:unclear|clear|known|unknown|possible|likely|unlikely|expected|understood|believed|thought|estimated|reported|feared|hoped|too early)|this (?:year|week|month|morning|afternoon|evening|weekend|summer|winter|spring|autumn|fall|season)\b|these (?:days|figures show)\b)/i;
const cache: SentenceMemo<Standalone | null> = new WeakMap();
/** Whether a text leans on what is outside it depends on the text alone (`outside` is read off it). */
const leaning = new TextMemo<boolean>();

/** The point a sentence makes on its own, or null when it cannot be made to stand alone. */
export function standaloneOf(model: StoryModel, index: number): Standalone | null {
  return perSentence(cache, model, index, () => {
    const point = resolve(model, index);
    return point === null ? null : { ...point, text: tidied(withoutRelativeDays(point.text)) };
  });
}

/**
 * A connective that adds to the sentence before ("Meanwhile, the Tenggara Air airplane… was
 * carrying 174 passengers", "In addition, …"), or a time counted from it ("Three hours later, …",
 * "Hours earlier, rescuers found the body…", "Since then, passengers have had to leave…", whose
 * perfect tells it is still so): a point is read without that sentence, so it goes (`tidied`, which
 * also keeps one full stop after an abbreviation: "…open until 10 p.m.."), as does a "Then" or "Yet"
 * linking it to that sentence (LINKING).
 */
const ADDING =
  /^(?:Meanwhile|In addition|Additionally|Moreover|Furthermore|Also|Since then|Ever since|(?:(?:\d+|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]everal|[Aa] few)\s+)?(?:[Mm]inutes|[Hh]ours|[Dd]ays|[Ww]eeks|[Mm]oments|minute|hour|day|week) (?:later|earlier)),\s+(?=[\p{L}"“])/u;

/**
 * A filing's defined terms and a listing's codes, which a reader of one point has no use for:
 * 'Kitaura Pharmaceutical Co., Ltd. ("Kitaura")', 'Lumenor Bio AB (publ) (Nasdaq Stockholm: LUMN)',
 * "Qinglan Pharmaceutical (2697.HK)".
 */
const FILING_TERMS =
  /\s*\((?:the\s+)?["“][^"”()]{1,40}["”](?:\s+or\s+(?:the\s+)?["“][^"”()]{1,40}["”])?\)|\s*\((?:publ|PUBL)\)|\s*\((?:[\p{Lu}][\p{L} .]{1,30}:\s*[\p{Lu}\d]{1,6}(?:\.[\p{Lu}]{1,3})?|[\p{Lu}\d]{1,6}\.[\p{Lu}]{1,3})\)/gu;

/** "Then Jayasekara swung…": a "Then" or "Yet" links to the sentence before ("But" stays: docs/summarization.md). */
const LINKING = /^(?:Then|Yet)\s+(?=[\p{Lu}\p{Ll}"“])(?!(?:again|so|also|too)\b)/u;

function tidied(text: string): string {
  const ended = text.replace(FILING_TERMS, '').replace(/(\b\p{L}\.)\.$/u, '$1');
  const linked = ADDING.exec(ended) ?? LINKING.exec(ended);
  return linked === null ? ended : upperFirst(ended.slice(linked[0].length));
}

function resolve(model: StoryModel, index: number): Standalone | null {
  const sentence = model.sentences[index];
  if (sentence === undefined) return null;
  const text = sentence.text;
  const outside = text.replace(QUOTED_SPAN, ' ');
  if (leaning.read(text, () => leansOutside(text, outside))) return null;
  const quoting = quotes(text);
  // A teller the sentence names before ("When Ana Ruiz woke…, she told police…") needs no name;
  // one no sentence before names leaves the sentence as written: who told it is a detail, not its subject.
  const told = quoting ? null : TRAILING_SPEAKER.exec(outside);
  const teller =
    told?.[1] === undefined || peopleIn(outside.slice(0, told.index)).length > 0
      ? null
      : referent(model, index, told[1]);
  const said = quoting ? withSpeaker(model, index, text) : withSubject(model, index, text);
  // "…has been set up by her cousin, he added.": the one who told it, named as for a quote; once
  // the point's subject names the teller ("Demoski did not know…"), "…, he said." reads right.
  const point =
    said === null || teller === null || said.text.slice(0, told?.index ?? 0).includes(teller.surname)
      ? said
      : {
          ...said,
          text: said.text.replace(TRAILING_SPEAKER, (found, pronoun: string) =>
            found.replace(pronoun, teller.surname),
          ),
        };
  if (point === null || point.needs !== null) return point;
  // A person the point names by surname alone ("Garba said…", or a pronoun shown as "Ruud said…")
  // was introduced in a sentence the reader may not see: the headline or an earlier point must
  // name them, as for "The tanker…". (Writing the full name in from the sentence before read
  // better but left the independent check's passage without the first name: 25 citations failed.)
  const bare = bareSurname(model, index, point.text);
  return bare === null ? point : { text: point.text, needs: stem(bare.toLowerCase()), person: true };
}

/** A surname the point writes alone, of a person its article named in full before, or null. */
function bareSurname(model: StoryModel, index: number, text: string): string | null {
  // Most sentences hold no surname of a person named in full anywhere in their article: decide
  // that from words first, and read the article's people only for the few that do.
  if (!mayNameBare(text, lastNames(model, model.sentences[index]?.article ?? -1))) return null;
  const { known, alone } = articlePeople(model, index);
  const people = peopleIn(
    text.replace(QUOTED_SPAN, (span) => ' '.repeat(span.length)),
    known,
    alone,
  );
  const full = new Set(
    people.filter((person) => person.name !== person.surname).map((person) => person.surname),
  );
  const bare = people.find(
    (person) => person.name === person.surname && known.has(person.surname) && !full.has(person.surname),
  );
  return bare === undefined || describedInPlace(text, bare.surname) ? null : bare.surname;
}

/**
 * Whether the sentence quotes someone: a quoted span of four words or more that is not a
 * title ("Gone With the Wind", most words capitalized), or a quote it opens with.
 */
function quotes(text: string): boolean {
  if (QUOTE_OPEN.test(text)) return true;
  for (const [span] of text.matchAll(QUOTED_SPAN)) {
    const spanWords = span
      .replace(/["“”']/g, '')
      .trim()
      .split(/\s+/);
    if (spanWords.length < 4) continue;
    const capitalized = spanWords.filter((word) => /^\p{Lu}/u.test(word)).length;
    if (capitalized < 0.5 * spanWords.length) return true;
  }
  return false;
}

/** A sentence holding a quotation: its speaker is named, or named from the article, or it is no point. */
function withSpeaker(model: StoryModel, index: number, text: string): Standalone | null {
  // Quoted words blanked out (offsets kept): a "he said" inside the quote is not the attribution.
  const masked = blankQuotes(text);
  const attribution = AFTER_QUOTE.exec(text) ?? PRONOUN_SPEAKER.exec(masked);
  if (attribution !== null) {
    const pronoun = attribution[1] ?? attribution[2];
    const role = attribution[3] ?? attribution[4];
    const person =
      pronoun !== undefined
        ? referent(model, index, pronoun)
        : roleHolder(model, index, role ?? '', LOOK_BACK);
    if (person === null) return null;
    const start = attribution.index + attribution[0].indexOf(pronoun ?? role ?? '');
    const end = start + (pronoun ?? role ?? '').length;
    // "…, the minister, Abenova, said" but "…, said the Uzbek minister, Rakhmatov."
    const closes = /^\s*(?:[.,;:!?]|$)/.test(text.slice(end));
    const replaced =
      pronoun !== undefined ? person.surname : `${role}, ${person.surname}${closes ? '' : ','}`;
    return {
      text: `${text.slice(0, start)}${replaced}${text.slice(end)}`,
      needs: null,
    };
  }
  const firm = withFirmNamed(model, index, text, masked, LOOK_BACK);
  if (firm !== null) return withSubject(model, index, firm);
  const outside = text.replace(QUOTED_SPAN, ' ');
  const named =
    NAMED_SPEAKER.test(outside) || INSTITUTION_SPEAKER.test(outside) || peopleIn(outside).length > 0;
  return named ? withSubject(model, index, text) : null;
}

/** An opening clause whose subject is a name, before its verb: "When Ana Stinson woke up…, ". */
const NAMED_CLAUSE =
  /^(?:When|After|Before|While|As|Because|Although|Though|Until|Once|Since|If)\s+(?:\p{Lu}[\p{L}'’.-]+\s+){1,3}\p{Ll}/u;

/** The text with quoted spans blanked out, offsets kept. */
function blankQuotes(text: string): string {
  return text.replace(QUOTED_SPAN, (span) => ' '.repeat(span.length));
}

/** Indirect speech told by a pronoun at its end: "…set up by her cousin, he added." */
const TRAILING_SPEAKER = new RegExp(String.raw`,\s+(he|she)\s+(?:${REPORTING_VERB})\b[^,;:"“”]*$`);

/**
 * A short opening without a comma before a subject pronoun: "Since then she has had surgeries…",
 * "But he predicted…", "By noon he had sold…", "On Friday afternoon he stood…". The opening is a time or a link word; a noun before the pronoun ("The company
 * said it would…") is the pronoun's own referent and is no opening.
 */
const OPENING_BEFORE_PRONOUN =
  /^((?:Since then|Then|Now|Later|Earlier|Last|Next|Today|Yesterday|Recently|Eventually|Finally|Soon|But|And|So|Yet|Still|Instead|By (?:noon|midday|dawn|dusk|nightfall|midnight|lunchtime|then|evening|morning|afternoon)|At (?:noon|midday|dawn|dusk|first|midnight|lunchtime)|(?:On|Since|By|Until) (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|That (?:morning|afternoon|evening|night|day))(?:\s+\p{Ll}+){0,2}\s+)(?=(?:he|she)\s+\p{Ll})/u;
/**
 * The same after a word that opens a clause ("When she and friends checked his apartment they
 * found…"), only when no comma follows: in "As he did last week, Trump complained…" the clause
 * comes before the person it names.
 */
const CLAUSE_BEFORE_PRONOUN =
  /^((?:When|After|Before|While|As|If|Because|Although|Though|Until|Once|Since)\s+)(?=(?:he|she)\s+\p{Ll})(?![^,;:]*[,;:])/u;

/**
 * A group that tells of one person ("Neighbours told Marjan Portal he had kept a small boat…",
 * "Residents say she…"): the "he" is not the group, so it is someone a sentence before named or
 * described. The group is one capitalized word in -s (or police, staff, family, crew) that the
 * article never writes as a surname.
 */
const GROUP_TELLS_PRONOUN =
  /^(\p{Lu}\p{Ll}+)\s+(?:told\s+[^,;:"“]{1,60}?|said|say|says)\s+(?:that\s+)?(?:he|she)\s+\p{Ll}/u;
const GROUP_WORD = /^(?:\p{Lu}\p{Ll}+[^s\W]s|Police|Staff|Family|Crew)$/u;

function groupTellsOfSomeone(model: StoryModel, index: number, text: string): boolean {
  const group = GROUP_TELLS_PRONOUN.exec(text)?.[1];
  if (group === undefined || !GROUP_WORD.test(group)) return false;
  return !lastNames(model, model.sentences[index]?.article ?? -1).has(group);
}

/** An opening phrase that only says when: "On Wednesday, ", "Later that day, ". */
const TIME_INTRO =
  /^(?:On|By|Last|This|Early|Late|Later|Earlier|That)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|morning|afternoon|evening|night|week|day|month|year|that (?:day|night|week))\b[^,]{0,20},\s*/;

/**
 * A day, a time of day or a span before a leaning subject, with no comma between: "Early on Thursday
 * it was taken in less than ten minutes.", "On Monday they voted again.", "Since 2012 it has been
 * known for the mine…", "In 2019 he rejected the prize…". Who or what the pronoun is, the reader
 * was not told (and "he" after a year may be none of the people named just before), unless a colon
 * tells it ("On Saturday night it happened again: a fire at a karaoke bar…").
 */
const TIMED_LEAN =
  /^(?:(?:(?:Early|Late|Later|Earlier)\s+)?(?:[Oo]n|[Bb]y|[Aa]t|[Ll]ast|[Tt]his|[Tt]hat)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|morning|afternoon|evening|night|dawn|midnight|week)(?:\s+(?:morning|afternoon|evening|night))?\s+(?:it|they|this|these|those|we)|Since then\s+(?:it|they|this|these|those|we)|(?:(?:Since|In|By|Until)\s+(?:1[89]|20)\d\d|For (?:years|decades|months|weeks|generations|centuries))\s+(?:it|they|this|these|those|we|he|she))\s+\p{Ll}(?![^:]*:\s)/u;

/** A link word that ties the sentence to the one before ("But they added…", "So it was with…"). */
const LINK_WORD = /^(?:But|And|So|Yet|Or|Nor|Still|Instead|Then|Now)\s+/;

/** A sentence whose subject may lean on the sentences before it. */
function withSubject(model: StoryModel, index: number, text: string): Standalone | null {
  // "But it has left companies like…": the link word hides a subject that leans back.
  // ("Now that she has…" opens a clause: not a subject.)
  if (TIMED_LEAN.test(text)) return null;
  const linked = LINK_WORD.exec(text)?.[0].length ?? 0;
  const afterLink = text.slice(linked);
  if (
    linked > 0 &&
    !/^that\b/i.test(afterLink) &&
    (LEANING_PRONOUN.test(afterLink) || CONTRACTED_PRONOUN.test(afterLink))
  )
    return null;
  // An opening phrase is skipped ("On Wednesday, he said…"), never a subject that is already there.
  const opensWithSubject = SUBJECT_PRONOUN.test(text) || LEANING_PRONOUN.test(text) || EXPLETIVE.test(text);
  const intro =
    QUOTE_OPEN.test(text) || opensWithSubject || !PRONOUN_AFTER_COMMA.test(text.slice(0, 120))
      ? ''
      : introOf(text);
  const opening =
    intro === '' && !opensWithSubject
      ? (OPENING_BEFORE_PRONOUN.exec(text)?.[1] ?? CLAUSE_BEFORE_PRONOUN.exec(text)?.[1] ?? '')
      : '';
  const lead = intro || opening;
  const rest = text.slice(lead.length);
  if (EXPLETIVE.test(rest)) return { text, needs: null };
  // "That coup let the film…" points back as "The coup…" does: it needs what the headline or an
  // earlier point names. "That may seem like a lot", "That's …" lean on what the reader has not seen.
  // After a day ("On Wednesday, that story was told three times…") the demonstrative leans as well.
  const timed = lead.length === 0 ? (TIME_INTRO.exec(rest)?.[0].length ?? 0) : 0;
  const demonstrative = lead.length === 0 ? demonstrativeNeeds(upperFirst(rest.slice(timed))) : null;
  if (demonstrative !== null) return { text, needs: demonstrative };
  const told = lead.length === 0 ? bodyTells(model, index, rest) : null;
  if (told !== null) return { text: told, needs: null };
  if (LEANING_PRONOUN.test(rest) || CONTRACTED_PRONOUN.test(rest)) return null;
  if (lead.length === 0 && groupTellsOfSomeone(model, index, rest)) return null;
  const pronoun = SUBJECT_PRONOUN.exec(rest)?.[1];
  if (pronoun !== undefined) {
    // "When Ana Stinson woke up in the park, her son was gone": the subject of the opening clause
    // owns what follows ("she" after such a clause may be someone else: read from before).
    if (/^(?:his|her)$/i.test(pronoun) && NAMED_CLAUSE.test(intro)) return { text, needs: null };
    const person = referent(model, index, pronoun);
    if (person === null) return null;
    const possessive = /^(?:his|her)$/i.test(pronoun) && !/^her\s+(?:to|for|with|in|on|at|by)\b/i.test(rest);
    const name = possessive ? `${person.surname}’s` : person.surname;
    return { text: `${lead}${name}${rest.slice(pronoun.length)}`, needs: null };
  }
  return { text, needs: lead.length === 0 ? descriptionNeeds(rest) : null };
}

/** The sentence after an opening phrase ("During a 2009 interview …, "). */
function clause(text: string): string {
  const comma = text.indexOf(', ');
  return comma > 0 && comma < 90 && !/\b(?:said|says|told)\b/.test(text.slice(0, comma))
    ? text.slice(comma + 2)
    : text;
}

function genderOf(pronoun: string): 'he' | 'she' {
  return /^(?:he|his|him)$/i.test(pronoun) ? 'he' : 'she';
}

/**
 * The person a he/she/his/her stands for: the one person the sentence before names, or, when it
 * names several, the one it opens with (its subject); else the one person the sentence before
 * that names. Null when none, or when two could be meant, or when a courtesy title says the
 * person is of the other gender.
 */
export function referent(model: StoryModel, index: number, pronoun: string): Person | null {
  const sentence = model.sentences[index];
  if (sentence === undefined) return null;
  const { known, gender, alone } = articlePeople(model, index);
  const wanted = genderOf(pronoun);
  // A person the sentence itself names is not its pronoun: in "He was identified from DNA…,
  // Brandl said." the man identified is not the spokesman who says so.
  const own = new Set(peopleIn(sentence.text, known, alone).map((person) => person.surname));
  for (let back = 1; back <= LOOK_BACK; back++) {
    const previous = model.sentences[index - back];
    if (previous === undefined || previous.article !== sentence.article) return null;
    // A headline-like line ("Kardashian Fam Shocked by Obama Diss") capitalizes every word: no
    // name can be told from it.
    if (titleCase(previous.text)) return null;
    // A name inside a quotation is who was spoken of, not who speaks: in '"Trayvon Martin could
    // have been me," Mr. Obama said. He said…' the "he" is Obama.
    const spoken = blankQuotes(previous.text);
    const named = dedupe(peopleIn(spoken, known, alone)).filter((person) => !own.has(person.surname));
    const people = named.filter((person) => !governed(spoken, person));
    // "…an interview with John Heilpern, the designer admitted", "The man was detained…, police
    // spokesman Lukas Brandl said": the subject is someone the sentence does not name.
    const roleFirst = opensOnRole(previous.text); // "The 20-year-old Pole beat … Linnea Ohlsson"
    const roleSubject = roleFirst || opensOnRole(clause(previous.text));
    if (people.length === 0) {
      // Someone the sentence just before names, if only as an object ("…six indictments against
      // Johnson. He was charged…"), may be the one meant: never reach past them to an earlier name.
      if (roleSubject || named.length > 0) return null;
      continue;
    }
    // Two sentences back, only a sentence naming one person at all ("Colbert loves Nixon's
    // policy" names two) can give the referent.
    const sole = people.length === 1 && (back === 1 || named.length === 1);
    const subject = sole ? people[0] : back === 1 && (people[0]?.at ?? 99) <= 40 ? people[0] : undefined;
    if (subject === undefined) return null;
    if ((roleFirst && subject.at > 0) || (roleSubject && subject.at > 40)) return null;
    const said = gender.get(subject.surname) ?? subject.gender;
    // "He said…" after a sentence about a woman alone: the man named before her.
    if (said !== null && said !== wanted) {
      if (people.length === 1) continue;
      return null;
    }
    return subject;
  }
  return null;
}
