import { baseForm } from '../shared/text/irregular-forms';
import { STOPWORDS } from '../shared/text/stopwords';
import { isNumber, namesIn, SPELLED_FIGURES, stem } from '../shared/text/terms';
import { isLiveTitle } from '../shared/text/wire-tags';
import { isPointCandidate } from './candidates';
import type { ShownPoint } from './clauses';
import { risenCount, statedCounts, tollOf } from './counts';
import { recountedByNewer } from './recounted';
import { statementRank } from './statement-rank';
import { perSentence, type SentenceMemo, type StoryModel } from './story-model';

/**
 * The repeat rules about counts (repeats.ts): a death toll a newer report replaced, the same
 * toll given again, a count of the missing or injured a newer report gives differently.
 * docs/summarization.md, step 8.
 */

/**
 * Whether a shown point from a newer report gives another death toll: "At least seven people
 * were killed" from Saturday's report under "…as the death toll rose to 26" from Monday's is
 * the old toll, not a second fact.
 */
export function supersededToll(model: StoryModel, index: number, shown: readonly number[]): boolean {
  const sentence = model.sentences[index];
  if (sentence === undefined) return false;
  const toll = storyToll(model, index);
  if (toll === null) return false;
  const time = model.writtenAt[sentence.article] ?? Number.NaN;
  const newer = (other: number, higher: boolean): boolean => {
    const point = model.sentences[other];
    if (point === undefined || other === index) return false;
    const theirs = storyToll(model, other);
    const when = model.writtenAt[point.article] ?? Number.NaN;
    if (theirs === null || theirs === toll || !(when > time)) return false;
    return !higher || Number(theirs.replace(/,/g, '')) > Number(toll.replace(/,/g, ''));
  };
  if (shown.some((other) => newer(other, false))) return true;
  // Whatever the order points are chosen in: a higher toll a newer report gives as a point of its
  // own makes this one old ("At least six people… lost their lives" beside "…rose to 12").
  return model.sentences.some((point, other) => newer(other, true) && isPointCandidate(point));
}

/** Words that only say how many died, beside the figure. */
const TOLL_WORDS = new Set(
  [
    'kill',
    'killed',
    'die',
    'died',
    'dead',
    'death',
    'deaths',
    'people',
    'person',
    'toll',
    'least',
    'victim',
    'victims',
  ].map((word) => stem(baseForm(word))),
);

/**
 * A sentence whose subject is its death toll: "The death toll … rose to 38", "At least 11 people
 * were killed", "Three workers have now died…".
 */
const TOLL_LED = new RegExp(
  `^(?:The\\s+)?(?:death\\s+)?toll\\b|^(?:At least|More than|Some|About|Nearly)?\\s*(?:[\\d,]+|${SPELLED_FIGURES.join('|')})\\s+(?:[a-z]+\\s+)?(?:have\\s+|had\\s+)?(?:now\\s+|since\\s+|already\\s+)?(?:died|been killed|were killed|are dead|were dead)\\b`,
  'i',
);

/** "According to the latest figures" credits the toll; it tells nothing more. */
const ACCORDING = stem('according');

/** At most this many other words beside a death toll a shown point already gives: a repeat. */
const TOLL_DETAIL_WORDS = 3;

/**
 * Whether a shown point gives the same death toll and the sentence adds at most a few words to
 * it: "The quake killed two people in the coastal town of Taltal" after "A magnitude 7.1
 * earthquake struck northern Chile early on Tuesday, killing at least two people…".
 */
export function restatesToll(model: StoryModel, index: number, shown: readonly number[]): boolean {
  const sentence = model.sentences[index];
  if (sentence === undefined) return false;
  const toll = tollOf(sentence.text);
  if (toll === null) return false;
  // A sentence led by its toll says it as its news, whatever details follow: "The death toll
  // from a landslide in southern India's Kerala state rose to 38 on Monday as rescuers pulled
  // more bodies from the mud" after "…a landslide that has killed 38 people".
  if (!TOLL_LED.test(sentence.text)) {
    const names = namesIn(sentence.text);
    const rest = new Set(
      sentence.terms.filter(
        (term) => !isNumber(term) && !names.has(term) && !TOLL_WORDS.has(term) && term !== ACCORDING,
      ),
    );
    if (rest.size > TOLL_DETAIL_WORDS) return false;
  }
  return shown.some((other) => {
    const point = model.sentences[other];
    return point !== undefined && other !== index && tollOf(point.text) === toll;
  });
}

/**
 * How much later a report must be to update a count rather than dispute it: outlets an hour
 * apart that say "injuring 12" and "injuring 14" disagree (same-claim.ts shows one); a report
 * the next morning has the newer figure.
 */
const NEWER_REPORT_MS = 3 * 3_600_000;

const countsMemo: SentenceMemo<string[]> = new WeakMap();

/** The death toll a sentence of the story gives (statedCounts' "N dead"), read once per story. */
function storyToll(model: StoryModel, index: number): string | null {
  return countsOf(model, index)[0]?.match(/^(\S+) dead$/)?.[1] ?? null;
}

/** statedCounts of a sentence of the story, read once per story. */
function countsOf(model: StoryModel, index: number): string[] {
  return perSentence(countsMemo, model, index, () => statedCounts(model.sentences[index]?.text ?? ''));
}

/** A count of a state, the time and the article that give it, and whether it says the count rose to it. */
interface StateCount {
  figure: string;
  time: number;
  article: number;
  rose: boolean;
}

/**
 * A count told as risen ("The death toll has risen to nine"): on a live page, an older entry that
 * counts otherwise is out of date (risenCount reads the number's own words; this, the sentence's).
 */
const ROSE_TO =
  /\b(?:has|have|had)?\s*(?:risen|rose|rises|climbed|climbs|jumped|increased|gone up|went up)\s+to\b/;

const newestCounts = new WeakMap<StoryModel, Map<string, StateCount[]>>();

/** Every count of a state in the story, with the time of the article that gives it. */
function countsByState(model: StoryModel): Map<string, StateCount[]> {
  const known = newestCounts.get(model);
  if (known !== undefined) return known;
  const byState = new Map<string, StateCount[]>();
  model.sentences.forEach((sentence, index) => {
    const time = model.writtenAt[sentence.article] ?? Number.NaN;
    if (!Number.isFinite(time)) return;
    const rose = ROSE_TO.test(sentence.text);
    for (const pair of countsOf(model, index)) {
      const [figure = '', state = ''] = pair.split(' ');
      const list = byState.get(state) ?? [];
      list.push({ figure, time, article: sentence.article, rose });
      byState.set(state, list);
    }
  });
  newestCounts.set(model, byState);
  return byState;
}

/**
 * Whether a newer report of the story counts the same state (or the dead) differently: "Rescuers were
 * searching for 30 people still missing" from Saturday, when Sunday's report says "Nineteen
 * people are still missing", is out of date whether or not Sunday's sentence is shown.
 */
export function supersededCount(model: StoryModel, index: number): boolean {
  const sentence = model.sentences[index];
  if (sentence === undefined) return false;
  return outdated(model, countsOf(model, index), sentence.article, ROSE_TO.test(sentence.text));
}

/**
 * The articles whose second statement gives a count a newer report gives differently, under an
 * opening with no count of that state: a wire's "A fire broke out in the engine room of a passenger
 * ferry…, leaving the vessel … drifting", then "Four people were treated on board…", when the
 * evening's live page says nine were. A report gives its count first or second; the rest of it is
 * as old as that count, so its opening leads no longer (lead.ts).
 */
export function staleSecondCount(model: StoryModel, candidates: readonly number[]): Set<number> {
  const stale = new Set<number>();
  const openings = new Map<number, number>();
  for (const index of candidates) {
    const sentence = model.sentences[index];
    if (sentence !== undefined && statementRank(model, sentence) === 0) openings.set(sentence.article, index);
  }
  const stateOf = (pair: string) => pair.split(' ')[1];
  for (const index of candidates) {
    const sentence = model.sentences[index];
    if (sentence === undefined || statementRank(model, sentence) !== 1) continue;
    const opening = openings.get(sentence.article);
    if (opening === undefined) continue;
    // A figure a newer report calls old ("…nine people were treated, up from the four reported this
    // morning"), or a count of a state it gives differently that the opening does not count itself
    // (the opening's own count is read on its own).
    const told = new Set(countsOf(model, opening).map(stateOf));
    const counted =
      supersededCount(model, index) && !countsOf(model, index).some((pair) => told.has(stateOf(pair)));
    if (counted || recountedByNewer(model, index)) stale.add(sentence.article);
  }
  return stale;
}

/**
 * Whether a sentence gives the newest figure of a count that one of the given openings (of other
 * articles) gives out of date: "Sixteen people have now been confirmed dead…", told below a scene
 * in Monday's report, when Sunday's wire opens on "At least eight people were killed…". The newest
 * count is the story's news wherever its article tells it (lead.ts).
 */
export function updatesOpening(model: StoryModel, index: number, openings: readonly number[]): boolean {
  const own = countsOf(model, index);
  if (own.length === 0 || supersededCount(model, index)) return false;
  const article = model.sentences[index]?.article;
  const states = new Set(own.map((pair) => pair.split(' ')[1]));
  // An opening that gives the newest figure too tells it first.
  const told = (opening: number) => countsOf(model, opening).some((pair) => own.includes(pair));
  if (openings.some((opening) => opening !== index && told(opening) && !supersededCount(model, opening)))
    return false;
  return openings.some(
    (opening) =>
      model.sentences[opening]?.article !== article &&
      countsOf(model, opening).some((pair) => states.has(pair.split(' ')[1]) && !own.includes(pair)) &&
      supersededCount(model, opening),
  );
}

/** Who one death is told of: "a man", "a 12-year-old girl", "one person". */
const ONE_PERSON = 'man|woman|boy|girl|child|teenager|toddler|pensioner|driver|motorist|cyclist|worker';
/** A title's one death, told by who died: "…196,000 without power as man killed in Co Galway". */
const ONE_DEATH_TITLE = new RegExp(
  String.raw`\b(?:${ONE_PERSON}|one person)\s+(?:killed|dies|died|dead)\b`,
  'i',
);
const ONE_DEATH = new RegExp(
  String.raw`\b(?:an?|one)\s+(?:[\p{L}\d-]+\s+){0,2}?(?:${ONE_PERSON}|person)\b[^.;]{0,40}?\b(?:was killed|died|has died|was found dead)\b`,
  'iu',
);

/** Whether a sentence tells that one person died: "Gardaí have confirmed that a man in his seventies died when…". */
export function tellsOneDeath(text: string): boolean {
  return (text.includes('died') || text.includes('killed') || text.includes('dead')) && ONE_DEATH.test(text);
}

/**
 * One death told again: "A fourth person, a man from Pathankot, died after falling during the
 * rescue." after "A 52-year-old man from Pathankot, Harjeet Singh, died after he fell while being
 * lowered…". Both tell that one person died, name the same place or person, and share another word
 * (how they died); two deaths from one village, told apart, share no more than the place.
 */
export function restatesOneDeath(own: ShownPoint, point: ShownPoint): boolean {
  if (!tellsOneDeath(own.text) || !tellsOneDeath(point.text)) return false;
  if (![...own.names].some((name) => point.names.has(name))) return false;
  const theirs = new Set(point.stems);
  for (const term of new Set(own.stems)) {
    if (own.names.has(term) || STOPWORDS.has(term) || ONE_DEATH_WORDS.has(term)) continue;
    if (theirs.has(term)) return true;
  }
  return false;
}

/** Words every telling of one death shares. */
const ONE_DEATH_WORDS: ReadonlySet<string> = new Set(
  ['died', 'killed', 'man', 'woman', 'person', 'people', 'year', 'old'].map((word) => stem(word)),
);

/**
 * Whether a sentence gives the death toll its article's title gives, or one death the title tells
 * ("…as man killed in Co Galway"), or the count the title says rose: "…as Congo virus cases reach
 * 13" is told by "The number of confirmed … cases in Quetta rose to 13 on Friday…". Other counts of
 * a title ("…kills one, injures 31") are details the opening need not give.
 */
export function tellsTitleCount(title: string, text: string): boolean {
  const toll = tollOf(title);
  if (toll !== null && tollOf(text) === toll) return true;
  if (ONE_DEATH_TITLE.test(title) && tellsOneDeath(text)) return true;
  const rose = risenCount(title);
  return rose !== null && statedCounts(text).includes(rose);
}

/**
 * Whether a title gives a count that a newer report of the story gives differently: "Quebec ice
 * storm death blamed on generator as 158,000 remain without power" heads no story whose newest
 * report counts 61,000 (headline.ts).
 */
export function outdatedTitle(model: StoryModel, title: string, article: number): boolean {
  // Read without the subject forms: a title that gives its count so ("MERS cases in Ibri rise to
  // five") would hand the story to a live page's day title ("Oman news on Friday, 11 August").
  return outdated(model, statedCounts(title, false), article);
}

function outdated(model: StoryModel, pairs: readonly string[], article: number, rose = false): boolean {
  const time = model.writtenAt[article] ?? Number.NaN;
  if (!Number.isFinite(time) || pairs.length === 0) return false;
  // A live page's entries are of several hours; an article's earlier figure is its own context.
  const live = isLiveTitle(model.articles[article]?.doc.title ?? '');
  const byState = countsByState(model);
  return pairs.some((pair) => {
    const [figure = '', state = ''] = pair.split(' ');
    const counts = byState.get(state) ?? [];
    // A newer report's figure that an older one gave too is told back ("when six people were
    // reported hurt"), not a newer count.
    return counts.some(
      (other) =>
        other.figure !== figure &&
        // …or the same page's entry that tells it risen ("11:45 The death toll has risen to nine."
        // above "09:10 Six people were confirmed dead last night…").
        ((other.article === article && other.rose && !rose && live) ||
          (other.time - time >= NEWER_REPORT_MS &&
            !counts.some((earlier) => earlier.figure === other.figure && earlier.time <= time))),
    );
  });
}
