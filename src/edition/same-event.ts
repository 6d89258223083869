import { articleSentences } from '../shared/text/article-text';
import { countedThings } from '../shared/text/counted';
import { eventKinds, otherKinds } from '../shared/text/event-kinds';
import { addLowerCaseTerms, contentTerms, namesIn, termDice } from '../shared/text/terms';
import type { StorySummary } from '../shared/types';
import { pageShared } from './page-names';
import { eventNames, type OpeningWords, rareShared } from './rare-names';

const NO_WORDS: ReadonlySet<string> = new Set();

/**
 * A reader must not meet one event twice in an edition. The clusterer compares each article
 * with the stories it holds as it arrives, so two reports of one event that came in before
 * either story had taken shape can still stand as two stories. Before an edition is frozen its
 * candidates are compared once more, whole: two stories are one event when their headlines, or
 * the lead point of one and any point of the other, say the same thing (most of their words
 * shared, a name in common and no figure in dispute), or they name what no other story names
 * (rare-names.ts), or one is a single outlet's page whose whole text names what the other names
 * (page-names.ts). docs/clustering.md ("One story per event").
 */

/** Dice of the two texts' content words at which they tell one event. */
export const SAME_EVENT_DICE = 0.5;

interface EventText {
  terms: Set<string>;
  names: ReadonlySet<string>;
}

function eventText(text: string): EventText {
  return { terms: new Set(contentTerms(text)), names: namesIn(text) };
}

function namesMeet(a: EventText, b: EventText): boolean {
  if (a.names.size === 0 || b.names.size === 0) return true;
  for (const name of a.names) if (b.names.has(name)) return true;
  return false;
}

function tellsSame(a: string, b: string): boolean {
  const left = eventText(a);
  const right = eventText(b);
  return (
    left.terms.size >= 3 &&
    right.terms.size >= 3 &&
    termDice(left.terms, right.terms) >= SAME_EVENT_DICE &&
    namesMeet(left, right)
  );
}

/** Names two stories' headlines and leads must share for a count they share to make them one event. */
export const SAME_COUNT_NAMES = 2;

/** Sentences of each article's opening read for the things it counts. */
export const LEAD_SENTENCES = 6;

/** What the opening sentences of a story's articles hold: the things they count, and their words (rare-names.ts). */
export interface Opening extends OpeningWords {
  counts: Set<string>;
  /** The names and lower-case words of the articles' whole texts (page-names.ts). */
  page: OpeningWords;
  /** The kinds of event the articles' titles tell (kindsOf). */
  titleKinds: Set<string>;
}

/**
 * What the opening sentences of a story's articles count (a report may give the count only in a
 * sentence no point shows: "He said the strike by about 3,200 workers…" opens with a pronoun),
 * the names they write, and the words they and the titles write in lower case.
 */
export function openingOf(articles: readonly { title: string; text: string }[]): Opening {
  const page: OpeningWords = { names: new Set(), lower: new Set() };
  const opening: Opening = {
    counts: new Set(),
    names: new Set(),
    lower: new Set(),
    page,
    titleKinds: new Set(),
  };
  for (const article of articles) {
    for (const kind of eventKinds(contentTerms(article.title))) opening.titleKinds.add(kind);
    addLowerCaseTerms(article.title, opening.lower);
    addLowerCaseTerms(article.title, page.lower);
    for (const name of namesIn(article.title)) page.names.add(name);
    const sentences = articleSentences(article.text, { title: article.title }).flat();
    sentences.forEach((sentence, index) => {
      const lead = index < LEAD_SENTENCES;
      for (const name of namesIn(sentence)) {
        page.names.add(name);
        if (lead) opening.names.add(name);
      }
      addLowerCaseTerms(sentence, page.lower);
      if (!lead) return;
      addLowerCaseTerms(sentence, opening.lower);
      for (const thing of countedThings(sentence)) opening.counts.add(thing);
    });
  }
  return opening;
}

/** A candidate as the edition compares it: its summary and what its articles' openings hold. */
export interface EventCandidate {
  section: string;
  summary: StorySummary;
  opening?: Opening;
}

function countsOf({ summary, opening }: EventCandidate): Set<string> {
  const things = new Set(opening?.counts);
  for (const point of summary.points) for (const thing of countedThings(point.text)) things.add(thing);
  return things;
}

/** The names of a story's headline and lead that may tell an event: no day, month or institution word. */
function openingNames(summary: StorySummary): Set<string> {
  return new Set(
    eventNames([...namesIn(summary.headline), ...namesIn(summary.points[0]?.text ?? '')], NO_WORDS),
  );
}

/**
 * The same count of the same thing in both stories' points or their articles' openings ("about
 * 3,200 workers") and two names in
 * common in their headlines and leads ("Nsansa", "Halvorsen"): a government agency's "Government
 * calls for calm, urges dialogue at Nsansa Mine" and a wire's "Talks to end a strike at Halvorsen
 * Copper's Nsansa mine broke down" tell one strike in words too different for their headlines.
 */
function countSame(a: EventCandidate, b: EventCandidate): boolean {
  const theirs = countsOf(b);
  if (theirs.size === 0 || ![...countsOf(a)].some((thing) => theirs.has(thing))) return false;
  const names = openingNames(b.summary);
  let shared = 0;
  for (const name of openingNames(a.summary))
    if (names.has(name) && ++shared >= SAME_COUNT_NAMES) return true;
  return false;
}

/**
 * Whether two candidates report one event: their headlines or their leads say the same thing, or
 * one's lead is another point of the other (a newsletter's "Bulgarian environmental inspectors on
 * Friday ordered Orvida Metals to stop the roaster at its Kardzhali plant after sulphur dioxide in
 * the town reached five times the legal hourly limit on Thursday" and a column whose second point
 * is "On Thursday it came back, when sulphur dioxide from the Orvida plant … reached five times
 * the legal hourly limit…"), or they count the same thing (countSame).
 */
export function sameEvent(a: EventCandidate, b: EventCandidate): boolean {
  return tellSame(a, b) || recallsOrCounts(a, b);
}

/** Their headlines, or their leads, say the same thing. */
function tellSame(a: EventCandidate, b: EventCandidate): boolean {
  if (tellsSame(a.summary.headline, b.summary.headline)) return true;
  const leadA = a.summary.points[0]?.text ?? '';
  const leadB = b.summary.points[0]?.text ?? '';
  return leadA.length > 0 && leadB.length > 0 && tellsSame(leadA, leadB);
}

/**
 * One's lead is a later point of the other, or they count the same thing: what a story of an
 * actor's other event also does when it recalls this one as background ("Ironbark is also
 * dealing with a deadly landslide at its Kurumbu gold mine" in its takeover bid's story).
 */
function recallsOrCounts(a: EventCandidate, b: EventCandidate): boolean {
  if (countSame(a, b)) return true;
  const leadA = a.summary.points[0]?.text ?? '';
  const leadB = b.summary.points[0]?.text ?? '';
  if (leadA.length === 0 || leadB.length === 0) return false;
  return (
    b.summary.points.some((point) => tellsSame(leadA, point.text)) ||
    a.summary.points.some((point) => tellsSame(leadB, point.text))
  );
}

/**
 * The kinds of event a candidate's headline and lead tell (harm done, a labour dispute, a legal
 * step, a transaction: shared/text/event-kinds.ts). Names no other story shares do not make one
 * event of an actor's depot fire and its drivers' strike (docs/clustering.md, "One actor's events
 * of other kinds").
 */
function kindsOf({ summary, opening }: EventCandidate): Set<string> {
  const told = eventKinds(contentTerms(`${summary.headline} ${summary.points[0]?.text ?? ''}`));
  // A headline and lead that tell no kind ("Bellerive Seafoods says Caraquet valve passed inspection
  // in May, will pay idled workers", with no point shown) leave it to the articles' titles ("…after
  // ammonia leak at Caraquet plant").
  return told.size > 0 ? told : (opening?.titleKinds ?? told);
}

/**
 * Groups of candidate indexes that report one event (sameEvent, or names and words no other
 * candidate shares: rare-names.ts, page-names.ts), each group in input order, the first its
 * best-ranked story; stories of different sections are never grouped.
 */
export function sameEventGroups(stories: readonly EventCandidate[]): number[][] {
  const rare = rareShared(stories);
  const page = pageShared(stories);
  const kinds = stories.map(kindsOf);
  const group = stories.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (group[root] !== root) root = group[root] ?? root;
    return root;
  };
  for (let i = 0; i < stories.length; i++) {
    for (let j = i + 1; j < stories.length; j++) {
      const a = stories[i];
      const b = stories[j];
      if (a === undefined || b === undefined || a.section !== b.section) continue;
      if (find(i) === find(j)) continue;
      if (
        tellSame(a, b) ||
        ((recallsOrCounts(a, b) || rare(i, j) || page(i, j)) &&
          !otherKinds(kinds[i] ?? new Set(), kinds[j] ?? new Set()))
      )
        group[find(j)] = find(i);
    }
  }
  const groups = new Map<number, number[]>();
  stories.forEach((_, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), i]);
  });
  return [...groups.values()];
}

/**
 * The summaries without the later points that tell another story's lead: a story of an actor's
 * other event recalling this one as background ("Ironbark is also dealing with a deadly landslide
 * at its Kurumbu gold mine" below its takeover bid), which the reader meets as that story's own
 * news a few lines away. A lead is never taken out (docs/clustering.md, "Words every country
 * writes, and a story's recalled background").
 */
export function withoutOtherLeads<T extends { summary: StorySummary }>(stories: readonly T[]): T[] {
  const leads = stories.map(({ summary }) => summary.points[0]?.text ?? '');
  return stories.map((story, i) => {
    const points = story.summary.points.filter(
      (point, k) =>
        k === 0 || !leads.some((lead, j) => j !== i && lead.length > 0 && tellsSame(lead, point.text)),
    );
    return points.length === story.summary.points.length
      ? story
      : { ...story, summary: { ...story.summary, points } };
  });
}
