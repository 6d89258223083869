import { isYear } from '../shared/text/counted';
import { senseOf } from '../shared/text/senses';
import { STOPWORDS } from '../shared/text/stopwords';
import { stem, words } from '../shared/text/terms';
import {
  contentStems,
  introducedSubject,
  predicateKey,
  type ShownPoint,
  type SubjectPredicate,
  shownPoint,
} from './clauses';
import { recountedOld } from './recounted';
import { restatesRoughCount } from './rough-counts';
import { heldInUnion, sensesOf, wordsOf } from './sentence-words';
import { REPORTING_STEMS, type StoryModel } from './story-model';
import { stalePlan, supersededEffort } from './superseded';
import { restatesOneDeath, restatesToll, supersededCount, supersededToll } from './tolls';

/**
 * Share of a sentence's own words (names, figures and reporting verbs aside) that one shown
 * point may already hold before the sentence only restates it with other details: "Indonesia on
 * Tuesday raised the alert status of Mount Lewotobi … to the highest level after the volcano
 * erupted" after "A volcano … erupted Tuesday, hurling a column of ash … and forcing authorities
 * to raise the alert to the highest level". Its figures must all be in that point too, so a
 * changed toll or a new count is never taken for a repeat.
 */
export const RESTATED_CORE_SHARE = 0.6;

/**
 * When both count the same thing ("2,800 jobs", "41 homes"), a sentence whose figures are all
 * in a shown point restates it with this share of its words: "The German shipping company whose
 * vessel got stuck … is cutting about 2,800 jobs" after "Kestrel Maritime … would eliminate
 * 2,800 jobs". A figure with its noun names one fact, so fewer shared words are needed.
 */
export const COUNTED_CORE_SHARE = 0.25;

/** Words besides names, and names, that a sentence with a shown point's figures must share with it to restate it. */
export const SAME_FACT_CORE = 3;
export const SAME_FACT_NAMES = 2;

function sharedNames(mine: ReadonlySet<string>, theirs: ReadonlySet<string>): number {
  let count = 0;
  for (const name of mine) if (theirs.has(name)) count++;
  return count;
}

/**
 * A sentence whose subject had something done to it ("The tsunami warning that followed was
 * lifted within the hour", "At least 41 homes were destroyed …"): the subject's last word and
 * the participle.
 */
const PASSIVE_SUBJECT =
  /^[^,;:]*?\b(\p{L}{3,})(?:\s+(?:that|which|who)\s+\p{L}+)?\s+(?:was|were|has been|have been|had been)\s+(\p{L}{3,}(?:ed|en|wn)|lost|burnt|hit|shot|struck|sunk|caught)\b/u;

/** A count given as a rough quantity ("dozens of homes"): a later exact figure restates it. */
const ROUGH_COUNT = /\b(?:dozens|scores|hundreds|thousands|several|many|numerous) of$/;

/**
 * Whether a shown point already says that the sentence's subject had that done to it, in either
 * order and voice ("after authorities lifted a local warning", "dozens of homes have been
 * destroyed"). Its figures must be in that point, unless the point gave the count roughly.
 */
function restatesPassive(sentence: string, figures: readonly string[], point: ShownPoint): boolean {
  const match = PASSIVE_SUBJECT.exec(sentence);
  if (match === null) return false;
  const noun = stem((match[1] ?? '').toLowerCase());
  const verb = predicateKey(match[2] ?? '', true);
  const { tokens, stems, predicates } = point;
  const figuresShown = figures.every((figure) => point.terms.has(figure));
  for (let i = 0; i < stems.length; i++) {
    if (stems[i] !== noun) continue;
    if (!predicates.slice(Math.max(0, i - 4), i + 5).includes(verb)) continue;
    if (figuresShown || ROUGH_COUNT.test(tokens.slice(Math.max(0, i - 2), i).join(' '))) return true;
  }
  return false;
}

/** Share of what a speaker is reported to say that a shown point must hold to say it again. */
const SAID_AGAIN_SHARE = 0.5;

/** Words of the shown point from a subject's name to what it did: "Kestrel Aurora became stuck". */
const PREDICATE_WINDOW = 4;

/** …or to what a relative clause says it did: "Daniela Vera, a conservative lawyer who vowed …". */
const RELATIVE_WINDOW = 10;

/**
 * Whether a shown point already says that the sentence's subject did what the sentence says it
 * did: the same name followed by the same predicate ("The 400-meter Kestrel Aurora became stuck"
 * after "The Kestrel Aurora got stuck"), or, for a definite description, someone introduced
 * ("A volunteer firefighter has died") with that predicate. Details the sentence adds (an age,
 * a count of what was frozen) do not make it a new fact; a different count of the same thing does.
 */
function restatesPredicate(own: ShownPoint, point: ShownPoint): boolean {
  const sentence = own.text;
  const found = own.subject;
  if (found === null || countsDiffer(own, point)) return false;
  const { tokens, stems, predicates } = point;
  if (found.name === null) {
    for (let i = 0; i < predicates.length; i++) {
      if (!found.keys.includes(predicates[i] ?? '')) continue;
      if (tokens.slice(Math.max(0, i - 5), i).some((word) => word === 'a' || word === 'an')) return true;
    }
    return false;
  }
  if (found.said !== undefined && !saysAgain(found.said, point)) return false;
  const theirs = point.subject;
  if (theirs?.name === found.name && theirs.keys[0] !== undefined && found.keys.includes(theirs.keys[0]))
    return true;
  // A single word opening the sentence may be a common noun ("Authorities", "Rescuers"): unless
  // the point writes it as a name, what was done must be done to the same thing too ("…issued a
  // tsunami warning before lifting it" after "authorities lifted a local warning").
  if (found.bare && !point.names.has(found.name) && !sharesObject(sentence, found, point)) return false;
  for (let i = 0; i < stems.length; i++) {
    if (stems[i] !== found.name) continue;
    const relative = tokens.slice(i + 1, i + 1 + RELATIVE_WINDOW).indexOf('who');
    const window = relative >= 0 ? RELATIVE_WINDOW : PREDICATE_WINDOW;
    if (predicates.slice(i + 1, i + 1 + window).some((key) => found.keys.includes(key))) return true;
  }
  return false;
}

/**
 * Whether the point says again what a speaker is reported to say: it holds at least half of
 * those content words, or, when it reports the same speaker saying something, at least half of
 * the shorter of the two ("Varadkar stressed the sale … remained illegal" is in "Varadkar said the
 * sale … is still illegal, and only a small number of convictions could now be appealed").
 */
function saysAgain(said: string, point: ShownPoint): boolean {
  const own = contentStems(said);
  const theirs = point.subject?.said === undefined ? new Set(point.stems) : contentStems(point.subject.said);
  const shared = [...own].filter((term) => theirs.has(term)).length;
  const base = point.subject?.said === undefined ? own.size : Math.min(own.size, theirs.size);
  return base > 0 && shared / base >= SAID_AGAIN_SHARE;
}

/** An opening description ("The company", "The 61-year-old man") that points back to someone. */
const DESCRIPTION = /^The (?:[\p{Ll}\d][\p{L}\d-]* ){1,3}/u;

/** Content words besides an action that two sentences must share for the action to be one fact. */
const SAME_ACTION_SHARED = 2;

/**
 * Whether a shown point says the same thing was done to the same thing, and shares at least two
 * more content words: "The Dutch government survived a confidence vote on Tuesday as lawmakers
 * rejected an opposition motion against Prime Minister Marten de Vries" after "Dutch Prime Minister
 * Marten de Vries survived a no-confidence vote in parliament on Tuesday". Protesters and farmers
 * who "blocked roads" in two towns share the action and nothing else, and stay two points.
 */
function restatesAction(own: ShownPoint, point: ShownPoint): boolean {
  if (point.actions.size === 0) return false;
  const { tokens, actions } = own;
  const matched = [...actions].filter((action) => point.actions.has(action));
  if (matched.length === 0 || countsDiffer(own, point)) return false;
  // "The company cut its full-year forecast" after "…the chocolate maker cut its annual profit
  // forecast": a description pointing back to whoever did it.
  if (DESCRIPTION.test(own.text)) return true;
  const used = new Set(matched.flatMap((action) => action.split(' ')));
  const theirs = new Set(point.stems);
  let shared = 0;
  for (const word of new Set(tokens)) {
    if (STOPWORDS.has(word)) continue;
    const term = stem(word);
    if (used.has(term) || used.has(predicateKey(word, false))) continue;
    if (theirs.has(term) && ++shared >= SAME_ACTION_SHARED) return true;
  }
  return false;
}

/** Whether the point holds two more of the sentence's content words than its subject and verb. */
function sharesObject(sentence: string, found: SubjectPredicate, point: ShownPoint): boolean {
  const theirs = new Set(point.stems);
  let shared = 0;
  for (const word of new Set(words(sentence))) {
    if (STOPWORDS.has(word)) continue;
    const term = stem(word);
    if (term === found.name || found.keys.includes(predicateKey(word, false))) continue;
    if (theirs.has(term) && ++shared >= 2) return true;
  }
  return false;
}

/** Whether both sentences count the same thing with different figures ("26 people" / "seven people"). */
function countsDiffer(own: ShownPoint, point: ShownPoint): boolean {
  const theirs = point.counted;
  if (theirs.size === 0) return false;
  const nouns = new Map([...theirs].map((thing) => [thing.slice(thing.indexOf(' ') + 1), thing]));
  for (const thing of own.counted) {
    const other = nouns.get(thing.slice(thing.indexOf(' ') + 1));
    if (other !== undefined && other !== thing) return true;
  }
  return false;
}

/**
 * A sentence that says when or where the event a shown point told took place: "The collapse
 * happened before dawn at a depth of about 620 metres…" after "…when part of the roof of a coal
 * mine collapsed…". Its subject names what the point said happened, by the point's own word.
 */
const OCCURRED =
  /^The (\p{Ll}{4,}) (?:happened|occurred|took place)\b(?! (?:as|after|because|despite|amid|a day|days|weeks?|hours?|months?)\b)/u;

function restatesOccurrence(own: ShownPoint, point: ShownPoint): boolean {
  const event = OCCURRED.exec(own.text)?.[1];
  return event !== undefined && point.stems.includes(stem(event));
}

/** Content words beyond its subject that a second introduction shares with the first. */
const REINTRODUCED_SHARED = 3;

/**
 * Whether an article's opening introduces again what another opening shown already introduced:
 * each article of a story opens on its main event, so two openings with an indefinite subject
 * ("A typhoon came ashore in central Vietnam…", "A typhoon weakened into a tropical storm after
 * making landfall in central Vietnam…"; "A compound produced by a soil bacterium… killed
 * drug-resistant strains…", "A molecule made by bacteria living in Norwegian soil kills several
 * drug-resistant germs…") are one thing introduced twice when their subjects share a word or the
 * sentences share three more. Counts that differ keep them apart; the same count in two openings
 * with three more words shared is one fact too.
 */
function reintroduces(
  model: StoryModel,
  index: number,
  other: number,
  own: ShownPoint,
  point: ShownPoint,
): boolean {
  if (model.sentences[index]?.position !== 0 || model.sentences[other]?.position !== 0) return false;
  // The same count given in two openings ("…will spend seven years behind bars for corruption",
  // "Pavel Grint… was jailed for seven years…") with three more words shared is one fact.
  const counted = [...own.counted].filter((thing) => point.counted.has(thing));
  if (counted.length > 0)
    return sharesBeyond(
      own,
      point,
      counted.map((thing) => thing.split(' ')[1] ?? ''),
    );
  if (countsDiffer(own, point)) return false;
  // Two openings of one news cycle tell the one event twice in other words ("Masked raiders used
  // scaffolding to break into a Vienna palace museum and snatch a tiara…", "Thieves broke into the
  // Lindenau Palace Museum in central Vienna… and escaped with a tiara…") when they share
  // REINTRODUCED_SHARED words besides figures.
  if (sameCycle(model, index, other) && sharesBeyond(own, point, [])) return true;
  const mine = introducedSubject(own.text);
  const theirs = mine === null ? null : introducedSubject(point.text);
  if (mine === null || theirs === null) return false;
  return mine.some((word) => theirs.includes(word)) || sharesBeyond(own, point, [...mine, ...theirs]);
}

/** Hours within which two articles' openings report the same news, not a development of it. */
export const NEWS_CYCLE_HOURS = 12;

function sameCycle(model: StoryModel, a: number, b: number): boolean {
  const first = model.articles[model.sentences[a]?.article ?? -1]?.doc.publishedAt?.getTime();
  const second = model.articles[model.sentences[b]?.article ?? -1]?.doc.publishedAt?.getTime();
  if (first === undefined || second === undefined) return false;
  return Math.abs(first - second) <= NEWS_CYCLE_HOURS * 3_600_000;
}

/** Whether two points share REINTRODUCED_SHARED content words besides the given ones, figures and reporting verbs. */
function sharesBeyond(own: ShownPoint, point: ShownPoint, besides: readonly string[]): boolean {
  let shared = 0;
  for (const term of contentStems(own.text)) {
    if (besides.includes(term) || REPORTING_STEMS.has(term) || /^\d/.test(term)) continue;
    if (point.stems.includes(term) && ++shared >= REINTRODUCED_SHARED) return true;
  }
  return false;
}

/**
 * Whether a shown point gives a sentence's figures. Years the sentence adds date what the point
 * counts and make no new fact ("Customers on the plan were charged an extra $3.90 a month between
 * 2022 and 2025" after "Customers on the plan paid an additional $3.90 per month…"), when it gives
 * another figure and the point gives them all.
 */
function figuresShown(figures: readonly string[], point: ReadonlySet<string>): boolean {
  if (figures.every((term) => point.has(term))) return true;
  const counts = figures.filter((term) => !isYear(term));
  return counts.length > 0 && counts.every((term) => point.has(term));
}

/**
 * Whether a sentence says again what a shown point says, only in other words or with place names
 * added. `heldIn`: the question is asked the other way round, whether the sentence (a shown point)
 * is held in the one candidate given as `shown` (repeatsShown).
 */
export function restatesShown(
  model: StoryModel,
  index: number,
  shown: readonly number[],
  heldIn = false,
): boolean {
  if (model.sentences[index] === undefined || shown.length === 0) return false;
  const { names, figures, core } = wordsOf(model, index);
  if (core.length < 3) return false;
  // Points as shown: a leading pronoun replaced by the name it stands for ("She has pledged" is
  // shown as "Vera has pledged").
  const own = shownPoint(model, index);
  return shown.some((other) => {
    if (other === index) return false;
    const shown = shownPoint(model, other);
    const point = shown.terms;
    if (
      restatesPassive(own.text, figures, shown) ||
      restatesPredicate(own, shown) ||
      restatesAction(own, shown) ||
      restatesOccurrence(own, shown) ||
      restatesRoughCount(own, shown) ||
      restatesRoughCount(shown, own) ||
      reintroduces(model, index, other, own, shown) ||
      restatesOneDeath(own, shown)
    )
      return true;
    if (!figuresShown(figures, point)) return false;
    // Read the other way round (is a shown point held in the candidate?), the same few words about
    // other places or people are not: "Farmers blocked roads around Osk…" is not held in "Students
    // blocked roads in Veldor…" when neither gives a figure and they name no one place in common.
    if (
      heldIn &&
      figures.length === 0 &&
      names.size > 0 &&
      shown.names.size > 0 &&
      sharedNames(names, shown.names) === 0
    )
      return false;
    let shared = core.filter((term) => point.has(term)).length;
    // Words of one sense count as one (senses.ts); read only when the words alone fall short.
    if (shared < RESTATED_CORE_SHARE * core.length) {
      const senses = sensesOf(model, other);
      shared = core.filter((term) => point.has(term) || senses.has(senseOf(term))).length;
    }
    const share = shared / core.length;
    if (share >= RESTATED_CORE_SHARE) return true;
    // The same dated or counted fact about the same named things, told around other details: "In
    // 2003, a thief stole Benvenuto Cellini's golden salt cellar, the Saliera…" after "The heist has
    // echoes of the 2003 theft of the Saliera, a golden salt cellar by… Benvenuto Cellini".
    if (figures.length > 0 && shared >= SAME_FACT_CORE && sharedNames(names, shown.names) >= SAME_FACT_NAMES)
      return true;
    if (share < COUNTED_CORE_SHARE || figures.length === 0) return false;
    return [...own.counted].some((thing) => shown.counted.has(thing));
  });
}

/**
 * Whether a sentence would repeat what the points shown so far say: the same fact again
 * (restatesShown), a death toll a newer report replaced or a shown point already gives, or an
 * effort a newer report says was done (docs/summarization.md, step 8).
 */
/**
 * Reactions of an unnamed group ("Campaigners said…", "Critics argued…"): one point per group in a
 * story. A second reaction of the same voice repeats its stance in other words ("Campaigners said
 * dropping a cap on production had left the deal badly weakened" and "Campaigners said it does
 * too little to curb production"). Officials, police and authorities report facts, not stances:
 * they are not among these.
 */
const REACTING_GROUP =
  /^(?:Some |Many |Other |Leading )?(campaigners|critics|activists|environmentalists|opponents|supporters|analysts|economists|experts|(?:environmental|rights|human rights|industry|advocacy|campaign) groups)\b[^.!?]{0,40}?\b(?:said|say|says|warned|argued|called|noted|welcomed|criticised|criticized|questioned)\b/i;

function sameGroupReacts(model: StoryModel, index: number, shown: readonly number[]): boolean {
  const group = REACTING_GROUP.exec(model.sentences[index]?.text ?? '')?.[1]?.toLowerCase();
  if (group === undefined) return false;
  return shown.some(
    (other) => REACTING_GROUP.exec(model.sentences[other]?.text ?? '')?.[1]?.toLowerCase() === group,
  );
}

export function repeatsShown(model: StoryModel, index: number, shown: readonly number[]): boolean {
  return (
    heldInUnion(model, index, shown) ||
    sameGroupReacts(model, index, shown) ||
    restatesShown(model, index, shown) ||
    shown.some((other) => restatesShown(model, other, [index], true)) ||
    supersededToll(model, index, shown) ||
    supersededCount(model, index) ||
    recountedOld(model, index) ||
    stalePlan(model, index) ||
    restatesToll(model, index, shown) ||
    supersededEffort(model, index, shown)
  );
}
