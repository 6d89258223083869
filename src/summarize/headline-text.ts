import { hasVerb } from '../shared/text/scene-captions';
import { upperFirst } from '../shared/text/sentences';
import { STOPWORDS } from '../shared/text/stopwords';

/*
 * A headline written from a lead point, for a story whose articles have no title that may head it
 * (docs/summarization.md, Method, 9. Headline): the main clause, cut at a clause break, at most 16
 * words.
 */

/**
 * An opening phrase before the main clause ("Ignoring calls from environmentalists to revisit
 * the status of the polar bear, …", "Mere hours after …, …"): a headline says who did what, so
 * it starts after such a phrase.
 */
const OPENING_PHRASE =
  /^(?!at (?:least|most)\b)(?:(?:after|before|despite|following|amid|amidst|with|while|as|since|when|once|in|on|at|during|for|under|over|by|ignoring|according to|owing to|due to|because of|thanks to|speaking|mere|just|only|hours|days|weeks|months|years|earlier|later|last|this|nearly|almost|more than)\b|\p{Lu}\p{Ll}+ing\b)[^,;:—]{0,140},\s+/iu;

/**
 * A main clause after its day, before the first comma: "On Thursday the National Assembly
 * approved, by 83 votes to none, a 50-year concession…", "On Thursday parliament gave one
 * answer, …". The comma closes an aside, not an opening phrase.
 */
const TIMED_CLAUSE =
  /^(?:on|this|last)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|week|month|year|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2})\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,4}?(?:\p{Ll}{3,}ed|gave|took|made|won|lost|said|told|set|cut|put|began|chose|held|met|sent|struck|hit|left|broke|rose|fell)\b[^,;:]*,/iu;

/** A main clause whose subject points back into the opening phrase ("The actress…", "She…"): keep the phrase. */
const LEANS_BACK =
  /^(?:(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]his|[Tt]hese|[Tt]hose)\b|[Tt]he\s+\p{Ll})/u;
/** An adverb after a comma continues a list of modifiers ("a months-long, sexually explicit …"): no break there. */
const MODIFIER_AFTER_COMMA = /^\p{Ll}+ly$/u;

/** The readers a notice addresses before what it tells them. */
const ADVISED =
  /^(?:(?:all |our )?(?:members|customers|clients|residents|shareholders|passengers|travellers|the public|users) (?:are|is) (?:hereby )?(?:advised|informed|reminded|notified) that\s+)(?=[\p{L}\p{N}])/iu;
/** A release's own voice: "<Company> announces that …", "…wishes to inform the public that …". */
const ANNOUNCES =
  /^(\p{Lu}[^,;:]{2,60}?) (?:announces|confirms|is pleased to announce|regrets to announce|wishes to (?:inform|advise) (?:the public|its (?:customers|clients|members|shareholders))|informs (?:the public|its (?:customers|clients|members|shareholders))) that\s+(?=\p{Lu}|the\s)/u;
/** A date and a clock time, then a dash, before a log entry. */
const LOGGED_AT =
  /^\d{1,2} \p{L}{3,9}\.? \d{4},? \d{1,2}:\d{2}(?::\d{2})?(?: ?(?:UTC|GMT|Z|local))?\s+[—–-]\s+(?=\p{Lu})/u;
/** A short subject, then a list of names in apposition up to the comma before its verb (one name stays). */
const APPOSED_LIST =
  /^((?:[\p{Lu}\d][\p{L}\d-]*)(?:\s+[\p{L}\d-]+){0,3}),\s+\p{Lu}[^;:—]{10,200}?\sand\s[^;:—]{3,100}?,\s+(?=(?:were|was|are|is|have|has|had|will)\s)/u;

/**
 * A name, then what it is in apposition, up to the comma before its verb ("Carl Conyers, a
 * 21-year-old student at the University of Houston, was found…"): a long headline keeps the name.
 */
const APPOSED_DESCRIPTION =
  /(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}),\s+(?:a|an|the)\s[^,;:()—]{3,90}?,\s+(?=(?:was|were|is|are|has|have|had|will|would|could|can|may|\p{Ll}{3,}ed)\s)/u;

/** A comma that opens a name in apposition ("…after original winner, Amanda Longacre, was stripped…"): no break there. */
function nameApposedNext(pieces: readonly string[], after: number): boolean {
  for (let i = after; i < Math.min(pieces.length, after + 4); i++) {
    const word = pieces[i] ?? '';
    if (!/^\p{Lu}/u.test(word)) return false;
    if (word.endsWith(',')) return true;
  }
  return false;
}

/** A comma inside a list of names ("…for Mahé, Praslin and La Digue until…"): no break there. */
function namesListGoesOn(pieces: readonly string[], after: number): boolean {
  return /^\p{Lu}/u.test(pieces[after] ?? '') && pieces.slice(after, after + 4).includes('and');
}

/** A headline cut from a point when no title is known: up to 16 words, at a clause break if any. */
const ACTIVE_VERB_BEFORE_ASIDE =
  /(?<!\b(?:was|were|been|be|is|are|being|get|got)\s)\b\p{Ll}{3,}ed,(?:\s[^,]{1,40},)?$/u;

/** A name and the clause that describes it, up to the comma that closes it: no verb of its own yet ("Matevž Kranjc, who went through first,"). */
const NAME_DESCRIBED =
  /^(?:\p{Lu}[\p{L}'’.-]*\s(?:(?:de|da|del|della|di|du|la|le|van|von|der|den|bin|al)\s)?){0,4}\p{Lu}[\p{L}'’.-]*,\s+(?:who|which|whose|whom|a|an|the|one of)\s[^,]*,$/u;
/** A head that is only a clause hung on what follows: "Because most babies … are not yet talking,", "If … had a signature flaw,". */
const SUBORDINATE_ONLY =
  /^(?:Because|If|While|Although|Though|Whether|Unless|Whereas|Since|When|Whenever|Once|Until)\b[^,]*,$/u;
/**
 * A head that ends on a name in apposition, its verb still to come ("Former runner-up for the
 * pageant, Brittany Lewis,"); a place's state after its town ("in New Hope, Minn.,") is no such name.
 */
const APPOSED_NAME_LAST =
  /(?:(?<![\p{L}'’.-])\p{Ll}[\p{L}'’.-]*,\s(?:\p{Lu}[\p{L}'’.-]*\s?){1,4}|,\s(?:\p{Lu}[\p{L}'’.-]*\s){1,3}\p{Lu}[\p{L}'’.-]*),$/u;
/** A colon after who spoke and to whom ("Bishop Kočiš told the faithful:"): what was said is the news. */
const SPEAKS_TO =
  /\b(?:said|says|told|tells|added|warned|wrote|declared|announced|asked)(?:\s+(?:the\s+)?[\p{L}'’-]+){0,3}:$/u;
/** A head that ends on a word joining it to what follows ("…employees of the university and, therefore,"). */
const ENDS_JOINING = /\b(?:and|or|but|nor|yet|therefore|thus|however|hence|whereas)\s*,?$/iu;

/** A report that someone says, ending on the name of whom it is about: what they say is still to come. */
const SAYS_NAME =
  /\b(?:says|said|reports|reported|told|tells|confirms|confirmed)\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)(?:\p{Lu}[\p{L}'’.-]*\s?){1,4}$/u;
/\b(?:says|said|reports|reported|told|tells|confirms|confirmed)\s+(?:\p{Lu}[\p{L}'’.-]*\s?){1,4}$/u;

/** A speaker's name, perhaps a role, a colon and a whole quote of at most 16 words. */
const LABELLED_QUOTE =
  /^((?:(?:Dr|Mr|Mrs|Ms|Prof|Professor)\.?\s+)?(?:\p{Lu}[\p{L}'’-]+\s+){0,3}(\p{Lu}[\p{L}'’-]+))(?:,\s+[^:"“”]{2,80})?:\s+(["“])((?:[^"“”\s]+\s+){0,15}[^"“”\s]+)$/u;

/** A subject, an aside between commas that a preposition opens, and the verb after it. */
const SUBJECT_ASIDE =
  /^([^,]{3,60}),\s+(?:in consultation with|in cooperation with|in co-operation with|in partnership with|in conjunction with|together with|along with|alongside|with the support of|on behalf of|as part of)\s+[^,]{3,80},\s+(?=\p{Ll})/u;

/**
 * A subject and an aside, its verb still to come: "The City of Kenora, in consultation with the
 * Kenora District Health Unit".
 */
const ASIDE_AFTER_SUBJECT =
  /^([^,]+),\s+(?:in|on|with|along|together|alongside|under|by|for|through|at|from|on behalf of|as)\b[^,]*$/u;

/**
 * Whether a headline may end at the comma that closes `head`: not after a name and its describing
 * clause, nor where a comma after an active verb, or an aside after it, parts the verb from its
 * object ("…approved, by 83 votes to none, a concession"; "were stabbed, one with…" has none), nor
 * after an opening phrase alone ("Owing to the low level of the dams,"): no news yet, nor inside
 * brackets ("Loading of MV Amber Tern (IMO 9720110, bulk carrier) …").
 */
function headMayEnd(head: string): boolean {
  const aside = ASIDE_AFTER_SUBJECT.exec(head.replace(/,$/, ''));
  if (aside !== null && !hasVerbOwn(aside[1] ?? '')) return false;
  if (
    NAME_DESCRIBED.test(head) ||
    SAYS_NAME.test(head.replace(/,$/, '')) ||
    ACTIVE_VERB_BEFORE_ASIDE.test(head) ||
    unclosed(head) ||
    SUBORDINATE_ONLY.test(head) ||
    (APPOSED_NAME_LAST.test(head) && !hasVerbOwn(head.replace(APPOSED_NAME_LAST, ''))) ||
    ENDS_JOINING.test(head) ||
    (head.match(/“/g) ?? []).length > (head.match(/”/g) ?? []).length ||
    (head.match(/"/g) ?? []).length % 2 === 1
  )
    return false;
  // What someone said "that …" has not been said yet when its clause has no verb.
  const told =
    /\b(?:says|said|told|tells|reported|reports|announced|confirmed)\b[^,;:]*?\bthat\s+([^,;:]+),$/u.exec(
      head,
    );
  if (told !== null && !hasVerb((told[1] ?? '').replace(/\p{Lu}[\p{L}'’.-]*/gu, '').toLowerCase()))
    return false;
  return OPENING_PHRASE.exec(`${head} `)?.[0].length !== head.length + 1;
}

/** Whether a clause has a verb of its own, names aside ("Carl Conyers" is no verb in -s). */
const hasVerbOwn = (text: string): boolean => hasVerb(text.replace(/\p{Lu}[\p{L}'’.-]*/gu, '').toLowerCase());

/** The clause a head ends in: after its last word that opens one ("…was awarded the crown after original winner"). */
const lastClause = (head: string): string =>
  head.split(/\b(?:after|before|when|while|because|since|until|that|if|as)\s/).pop() ?? head;

const unclosed = (text: string): boolean => text.split('(').length > text.split(')').length;

export function headlineFromText(text: string): string {
  // A decree's "Now, therefore," before what it orders.
  let plain = text
    .replace(/[.!?]["'”’)]*$/, '')
    .trim()
    .replace(/^(?:now,?\s+)?therefore,\s+(?=\p{L})/iu, '');
  plain = upperFirst(plain);
  const opening = TIMED_CLAUSE.test(plain) ? null : OPENING_PHRASE.exec(plain);
  const rest = opening === null || unclosed(opening[0]) ? '' : plain.slice(opening[0].length);
  if (rest.split(/\s+/).length >= 6 && /^[\p{L}\p{N}"“]/u.test(rest) && !LEANS_BACK.test(rest)) {
    plain = upperFirst(rest);
  }
  // A notice's or a release's voice before its news: "Members are advised that the Bank is…"
  // heads as "The Bank is…", "Brisemar Group S.A. announces that Marc Hoffeld has stepped down…"
  // as "Brisemar Group S.A.: Marc Hoffeld has stepped down…".
  const advised = ADVISED.exec(plain);
  if (advised !== null) plain = upperFirst(plain.slice(advised[0].length));
  // A speaker's label before a quote ("Dr Aigul Toktosunova, regional disease prevention centre:
  // "This is not…"") heads as the speaker's surname and the quote.
  const quoted = LABELLED_QUOTE.exec(plain);
  if (quoted !== null) {
    const close = quoted[3] === '“' ? '”' : '"';
    return `${quoted[2]}: ${quoted[3]}${quoted[4]}${close}`;
  }
  // A label before a colon, with no verb of its own ("Desk note (24 MAR 0305 UTC): Nauru is
  // closed…"), heads nothing: the headline starts after it.
  const labelled = /^([^:]{2,50}):\s+(?=\p{Lu})/u.exec(plain);
  if (
    labelled !== null &&
    (labelled[1] ?? '').split(/\s+/).length <= 6 &&
    !unclosed(labelled[1] ?? '') &&
    !hasVerb((labelled[1] ?? '').toLowerCase()) &&
    plain.slice(labelled[0].length).split(/\s+/).length >= 6
  )
    plain = plain.slice(labelled[0].length);
  // A log entry's time before its news ("28 Mar 2028 18:52 UTC — Refloated on high tide…").
  plain = plain.replace(LOGGED_AT, '');
  const announced = ANNOUNCES.exec(plain);
  if (announced !== null) plain = `${announced[1]}: ${upperFirst(plain.slice(announced[0].length))}`;
  // A subject's list of names in apposition ("Three men, Dutch skipper Pieter van Luyk, …
  // and Kervin Joseph, were remanded…") leaves a headline no room for its verb: the subject
  // keeps its head ("Three men were remanded…").
  const apposed = APPOSED_LIST.exec(plain);
  if (
    apposed !== null &&
    plain.split(/\s+/).length > 16 &&
    /\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b|\p{Ll}+s$|\b(?:men|women|people|children)$/iu.test(
      apposed[1] ?? '',
    )
  )
    plain = `${apposed[1]} ${plain.slice(apposed[0].length)}`;
  // …and a name keeps its verb, not what an apposition adds.
  if (plain.split(/\s+/).length > 16) plain = plain.replace(APPOSED_DESCRIPTION, '$1 ');
  // …nor what an aside after the subject adds ("The City of Kenora, in consultation with the
  // Kenora District Health Unit, has issued…").
  if (plain.split(/\s+/).length > 16) {
    const aside = SUBJECT_ASIDE.exec(plain);
    if (aside !== null && !hasVerbOwn(aside[1] ?? '')) plain = `${aside[1]} ${plain.slice(aside[0].length)}`;
  }
  // A long headline keeps its news, not what its brackets add ("MV Amber Tern (IMO 9720110, …)").
  if (plain.split(/\s+/).length > 16) plain = plain.replace(/\s+\([^()]{1,80}\)(?=[\s,;:])/g, '');
  const pieces = plain.split(/\s+/);
  if (pieces.length <= 16) return plain;
  for (let end = 16; end >= 6; end--) {
    const piece = pieces[end - 1] ?? '';
    const head = pieces.slice(0, end).join(' ');
    const breaks =
      // A head before a colon with no verb of its own is a speaker's label ("Dr Aigul
      // Toktosunova, regional disease prevention centre: "…"), no news.
      (/[;:]$/.test(piece) && !SPEAKS_TO.test(head) && hasVerbOwn(head)) ||
      pieces[end] === '—' ||
      (/,$/.test(piece) &&
        !MODIFIER_AFTER_COMMA.test(pieces[end] ?? '') &&
        !namesListGoesOn(pieces, end) &&
        !(nameApposedNext(pieces, end) && !hasVerbOwn(lastClause(head))) &&
        headMayEnd(head));
    if (breaks)
      return pieces
        .slice(0, end)
        .join(' ')
        .replace(/[,;:]$/, '');
  }
  const cut = pieces.slice(0, 14);
  // "… shot in the…" reads worse than "… shot…": do not end on a function word.
  while (cut.length > 6 && STOPWORDS.has((cut[cut.length - 1] ?? '').replace(/^["“‘']/, '').toLowerCase()))
    cut.pop();
  return `${cut.join(' ').replace(/[,;:]$/, '')}…`;
}
