import { STOPWORDS } from '../shared/text/stopwords';
import { contentTerms } from '../shared/text/terms';
import { isFallbackCandidate, isPointCandidate, isTimelineEntry, MIN_POINT_WORDS } from './candidates';
import { absorbClaim, claimTracker } from './claim-groups';
import { aboutTheStory } from './connected';
import { CONTINUES, chooseLead, LEANS_ON_CONTEXT } from './lead';
import type { SourceSentence } from './prepare';
import { opensAsScene } from './scene-openings';
import { relevance } from './scoring';
import { secondhandArticles } from './secondhand';
import { type Budget, selectMmr, type Taken } from './select';
import { type Standalone, standaloneOf } from './standalone';
import type { StoryModel } from './story-model';
import { usableAlone } from './usable';

/** Fewest points a story should get when its text has them (issue: 3 to 8 key points). */
export const MIN_POINTS = 3;

/**
 * Shortest statement offered once the 10-word candidates run out. A story whose outlets all
 * restate one lead has few points left after the repeats go; a short statement of a new fact
 * ("There were no immediate reports of deaths.") is worth more to a reader than a restatement.
 */
export const SHORT_POINT_WORDS = 6;

function candidateIndexes(model: StoryModel, accept: (sentence: SourceSentence) => boolean): number[] {
  const indexes: number[] = [];
  model.sentences.forEach((sentence, index) => {
    if (accept(sentence)) indexes.push(index);
  });
  return indexes;
}

function takenWith(model: StoryModel, taken: Taken | undefined, chosen: number[]): Taken {
  return {
    ...taken,
    shown: [...(taken?.shown ?? []), ...chosen],
    vectors: [...(taken?.vectors ?? []), ...chosen.flatMap((index) => model.vectors[index] ?? [])],
    words: chosen.reduce((sum, index) => sum + (model.sentences[index]?.words ?? 0), taken?.words ?? 0),
  };
}

/** Paragraphs a timeline's entry opens ("Oct 13 — Fifteen dead, 10 missing. An online appeal…"): all the entry's. */
function timelineParagraphs(model: StoryModel): Set<string> {
  const found = new Set<string>();
  model.sentences.forEach((sentence, index) => {
    const before = model.sentences[index - 1];
    const opens =
      before === undefined || before.article !== sentence.article || before.paragraph !== sentence.paragraph;
    if (opens && isTimelineEntry(sentence.text)) found.add(`${sentence.article}:${sentence.paragraph}`);
  });
  return found;
}

/**
 * Extractive selection: candidates, relevance with cross-outlet breadth, MMR, one point per
 * claim (claim-groups.ts). Statements of 10–60 words first; when they run out before the budget,
 * shorter statements; when that still leaves fewer than MIN_POINTS (stories made of one-line
 * feed leads), looser fragments fill the gap.
 */
export function extractSentences(
  model: StoryModel,
  budget: Budget,
  taken?: Taken,
  excluded: ReadonlySet<number> = new Set(),
  headlineArticle = -1,
): number[] {
  const strict: number[] = [];
  const short: number[] = [];
  const secondhand = secondhandArticles(model);
  const offered = (index: number): boolean =>
    !excluded.has(index) &&
    !model.offTopic.has(model.articleOf[index] ?? -1) &&
    !secondhand.has(model.articleOf[index] ?? -1);
  // Whether a candidate can stand alone is read only when it could be taken (selectMmr,
  // chooseLead): most candidates never come close, and the reading is the costly part.
  const usable = (index: number): boolean => usableAlone(model, index);
  const entries = timelineParagraphs(model);
  model.sentences.forEach((sentence, index) => {
    if (entries.has(`${sentence.article}:${sentence.paragraph}`)) return;
    if (!isPointCandidate(sentence, SHORT_POINT_WORDS) || !offered(index)) return;
    (sentence.words >= MIN_POINT_WORDS ? strict : short).push(index);
  });
  const claims = claimTracker(model);
  for (const sentence of taken?.sentences ?? []) absorbClaim(model, claims, sentence);
  // The lead is chosen first, for what it is (lead.ts); the rest by MMR around it.
  const first = taken === undefined || taken.vectors.length === 0;
  const lead = first
    ? chooseLead(
        model,
        strict.filter((index) => aboutTheStory(model, index)),
        claims,
        headlineArticle,
        (index) => taken?.placeable?.(index, []) === true,
      )
    : undefined;
  // With no opening fit to lead, the point told earliest in its article goes first, not the most
  // central: a column's "Supermarkets … are refunding customers" closes it, the recall opens it.
  const ordered = (picked: number[]): number[] =>
    first && lead === undefined ? earliestFirst(model, picked) : picked;
  // Its own wording: another lead restating an older state of the claim must not replace it.
  const chosen = lead === undefined ? [] : [lead];
  for (const index of chosen) absorbClaim(model, claims, index);
  // In a list of key points (no word budget: the email's, the page's), a scene, an anecdote or a
  // history is a point only when the news runs out: a reader's few points are what happened. A
  // summary of so many words has room for the background its news is told against. Read only of
  // the points chosen, each read costing some forty patterns: one that is a scene is set aside and
  // the choice made again without it. docs/summarization.md ("The lead point").
  const rest = strict.filter((index) => !chosen.includes(index));
  const scenes = new Set<number>();
  const withoutScenes = (index: number): boolean => !scenes.has(index) && usable(index);
  const leadTaken = takenWith(model, taken, chosen);
  // A pass marks the claims it shows (claim-groups.ts); a pass made again starts from the lead's.
  const blocked = claims.blocked.slice();
  const shown = claims.shown.slice();
  for (;;) {
    const picked = selectMmr(model, rest, relevance(model, rest), budget, leadTaken, claims, withoutScenes);
    const found = budget.maxWords === undefined ? picked.filter((index) => opensAsScene(model, index)) : [];
    if (found.length === 0) {
      chosen.push(...picked);
      break;
    }
    for (const index of found) scenes.add(index);
    claims.blocked.set(blocked);
    claims.shown.set(shown);
  }
  let sofar = takenWith(model, taken, chosen);
  const full = (): boolean =>
    sofar.vectors.length >= budget.maxPoints ||
    (budget.maxWords !== undefined && sofar.words >= budget.maxWords);
  if (!full() && short.length > 0) {
    chosen.push(...selectMmr(model, short, relevance(model, short), budget, sofar, claims, usable));
    sofar = takenWith(model, taken, chosen);
  }
  if (!full() && scenes.size > 0) {
    const told = [...scenes];
    chosen.push(...selectMmr(model, told, relevance(model, told), budget, sofar, claims, usable));
    sofar = takenWith(model, taken, chosen);
  }
  if (full() || sofar.vectors.length >= Math.min(MIN_POINTS, budget.maxPoints)) return ordered(chosen);
  const before = new Set([...strict, ...short]);
  const loose = candidateIndexes(model, isFallbackCandidate).filter((index) => {
    const sentence = model.sentences[index];
    return (
      !before.has(index) && offered(index) && !entries.has(`${sentence?.article}:${sentence?.paragraph}`)
    );
  });
  const limit = { maxPoints: Math.min(MIN_POINTS, budget.maxPoints) };
  return ordered([
    ...chosen,
    ...selectMmr(model, loose, relevance(model, loose), limit, sofar, claims, usable),
  ]);
}

/** The chosen point told earliest in its article (no scene or background) moved first. */
function earliestFirst(model: StoryModel, chosen: readonly number[]): number[] {
  let best: number | undefined;
  for (const index of chosen) {
    const position = model.sentences[index]?.position ?? Number.POSITIVE_INFINITY;
    if (opensAsScene(model, index)) continue;
    if (best === undefined || position < (model.sentences[best]?.position ?? 0)) best = index;
  }
  return best === undefined ? [...chosen] : [best, ...chosen.filter((index) => index !== best)];
}

/**
 * Reading order: the best point that stands on its own leads (it is what the story is about);
 * the rest follow in the order a news article would give them, lead paragraphs before
 * background, with selection rank breaking ties. Order changes no point, only how they read.
 */
export function orderSentences(
  model: StoryModel,
  chosen: number[],
  headline = '',
  placed: () => ReadonlySet<string> = () => new Set(),
): number[] {
  if (chosen.length === 0) return [];
  const shown = (index: number): string =>
    standaloneOf(model, index)?.text ?? model.sentences[index]?.text ?? '';
  // A point whose "The …" the headline places stands alone as well ("The strike forced Tenggara Air
  // to cancel 268 flights…" under "Tenggara Air union calls off strike…").
  const standsAlone = (index: number): boolean => {
    const point = standaloneOf(model, index);
    const needs = point?.needs ?? null;
    return (
      !LEANS_ON_CONTEXT.test(shown(index)) &&
      !CONTINUES.test(shown(index)) &&
      (needs === null || leadsUntitled(headline, [], point) || placed().has(needs))
    );
  };
  // A scene or background opens the story only when no other point can stand first.
  const first =
    chosen.find((index) => standsAlone(index) && !opensAsScene(model, index)) ??
    chosen.find(standsAlone) ??
    chosen[0] ??
    0;
  const rank = new Map(chosen.map((index, i) => [index, i]));
  const position = (index: number): number => model.sentences[index]?.position ?? 0;
  const rest = chosen.filter((index) => index !== first);
  rest.sort((a, b) => position(a) - position(b) || (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
  return namesBeforeSurnames([first, ...rest], shown);
}

/** A capitalized word; one right after another capitalized word is a full name's last ("Haas" in "Governor Piet Haas said"). */
const CAPITALIZED = /\b\p{Lu}\p{Ll}[\p{L}'’-]*/gu;

/** A verb of saying after a name, or after a clause about them: "Haas told…", "Owusu, who co-chaired the talks, said…". */
const SPEAKS =
  /^(?:,[^,]{1,80},)?\s+(?:said|says|told|tells|added|wrote|warned|argued|insisted|stressed|explained|noted|asked)\b/;

/** Surnames a text writes alone as a speaker or owner ("Haas told", "Marr’s promise"), and those it writes after a first name or title. */
function nameForms(text: string): { bare: Set<string>; full: Set<string> } {
  const bare = new Set<string>();
  const full = new Set<string>();
  for (const match of text.matchAll(CAPITALIZED)) {
    const word = match[0].replace(/['’]s$/, '');
    const before = text.slice(0, match.index).match(/(\p{Lu}[\p{L}'’.-]*)\s$/u);
    if (before !== null) full.add(word);
    else if (
      /['’]s$/.test(match[0]) ||
      SPEAKS.test(
        text.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 100),
      )
    )
      bare.add(word);
  }
  return { bare, full };
}

/**
 * A point that gives a speaker by surname alone ("…,” Haas told a news conference") comes after the point
 * that gives the full name ("Governor Piet Haas said…"), as a news report would: that point moves
 * up to just before it. The lead stays first.
 */
function namesBeforeSurnames(ordered: number[], shown: (index: number) => string): number[] {
  const result = [...ordered];
  const forms = new Map(result.map((index) => [index, nameForms(shown(index))]));
  for (let i = 1; i < result.length; i++) {
    const bare = forms.get(result[i] ?? -1)?.bare ?? new Set<string>();
    for (const name of bare) {
      if (result.slice(0, i + 1).some((index) => forms.get(index)?.full.has(name))) continue;
      const later = result.findIndex((index, at) => at > i && forms.get(index)?.full.has(name));
      if (later < 0) continue;
      const [moved] = result.splice(later, 1);
      if (moved !== undefined) result.splice(i, 0, moved);
      break;
    }
  }
  return result;
}

const TOLL_TERMS = contentTerms('toll');

/** Terms the headline or the points before a point give the reader. */
function termsOf(texts: string[]): Set<string> {
  return new Set(texts.flatMap((text) => contentTerms(text)));
}

/**
 * Points in reading order whose "The …" subject the reader can place: the headline or an earlier
 * point names it. What most of the story's articles write is not enough: "The motion passed by
 * 251 votes" under "Romania's parliament toppled the government in a no-confidence vote", "The
 * company said…" under a headline naming the company are left for a point the reader can place.
 * Returns the points kept and those that cannot stand where they fall.
 */
export function placeDefinites(
  model: StoryModel,
  ordered: number[],
  headline: string,
  placed: () => ReadonlySet<string>,
): { kept: number[]; dropped: number[] } {
  if (ordered.every((index) => standaloneOf(model, index)?.needs == null))
    return { kept: ordered, dropped: [] };
  const given = new Set(placed());
  const kept: number[] = [];
  const dropped: number[] = [];
  for (const index of ordered) {
    const point = standaloneOf(model, index);
    const needs = point?.needs ?? null;
    if (needs !== null && !given.has(needs) && !leadsUntitled(headline, kept, point)) {
      dropped.push(index);
      continue;
    }
    kept.push(index);
    for (const term of contentTerms(point?.text ?? '')) given.add(term);
  }
  return { kept, dropped };
}

/**
 * What the headline gives the reader: its words, and the nouns the articles set beside a name
 * it writes ("Scandinavian airline Nordvik cancels…", "Nordvik Air, the Scandinavian airline,"):
 * under "Nordvik Air cancels 300 flights", "The airline said…" is placed.
 */
function headlineTerms(model: StoryModel, headline: string): Set<string> {
  const given = termsOf([headline]);
  // A toll is the toll of what the headline tells: "The confirmed death toll has risen to 23…"
  // under "Haiti: Boat capsizing off La Gonâve". A headline cut from the lead places nothing.
  if (given.size > 0) for (const term of TOLL_TERMS) given.add(term);
  const texts = model.articles.flatMap((article) => [
    article.doc.title,
    ...article.sentences.filter((sentence) => sentence.position < 2).map((sentence) => sentence.text),
  ]);
  // Names are the headline's capitalized words the articles also write capitalized inside a
  // sentence: a headline in Title Case capitalizes every word.
  const body = texts.join(' ');
  const names = (headline.match(/\p{Lu}[\p{L}'’-]+/gu) ?? [])
    .filter((name) => body.includes(` ${name}`) && !body.includes(` ${name.toLowerCase()}`))
    .map((name) => name.toLowerCase());
  if (names.length === 0) return given;
  for (const text of texts) {
    const tokens = text.split(/\s+/);
    tokens.forEach((token, i) => {
      if (!names.includes(token.replace(/[^\p{L}'’-]/gu, '').toLowerCase())) return;
      // The words right before the name, back to the first that is not a lower-case content word.
      const before: string[] = [];
      for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
        const word = tokens[k] ?? '';
        if (!/^\p{Ll}+$/u.test(word) || STOPWORDS.has(word)) break;
        before.push(word);
      }
      // An apposition closed by a comma: "Nordvik Air, the Scandinavian airline, said…".
      const close = tokens.slice(i + 2, i + 6).findIndex((word) => /,$/.test(word));
      const after =
        /,$/.test(token) && /^(?:the|a|an)$/i.test(tokens[i + 1] ?? '') && close >= 0
          ? tokens.slice(i + 2, i + 3 + close)
          : [];
      for (const word of [...before, ...after])
        if (/^\p{Ll}+,?$/u.test(word)) for (const term of contentTerms(word)) given.add(term);
    });
  }
  return given;
}

/**
 * A story without titles takes its headline from its first point (summarize-story.ts), so a
 * first point naming someone by surname alone introduces them in the headline too.
 */
function leadsUntitled(headline: string, before: readonly number[], point: Standalone | null): boolean {
  return headline === '' && before.length === 0 && point?.person === true;
}

/**
 * Selected and ordered points whose every "The …" subject the reader can place: a point that
 * cannot stand where it falls is left out and selection runs again without it, a few times.
 */
export function choosePoints(
  model: StoryModel,
  budget: Budget,
  headline: string,
  taken?: Taken,
  headlineArticle = -1,
): number[] {
  const excluded = new Set<number>();
  // Selection skips what cannot be placed after the points chosen before it, so that the check in
  // reading order below rarely has to run selection again (each round is a full pass).
  // What the headline places, read once per story and only when a point needs it.
  let headlineGives: Set<string> | null = null;
  const placed = (): Set<string> => {
    headlineGives ??= headlineTerms(model, headline);
    return headlineGives;
  };
  const named = new Map<number, Set<string>>();
  const placeable = (index: number, shown: readonly number[]): boolean => {
    const point = standaloneOf(model, index);
    const needs = point?.needs ?? null;
    if (needs === null || leadsUntitled(headline, shown, point)) return true;
    if (placed().has(needs)) return true;
    return shown.some((other) => {
      let terms = named.get(other);
      if (terms === undefined) {
        terms = new Set(contentTerms(standaloneOf(model, other)?.text ?? model.sentences[other]?.text ?? ''));
        named.set(other, terms);
      }
      return terms.has(needs);
    });
  };
  const guided: Taken = { ...(taken ?? { vectors: [], words: 0 }), placeable };
  let ordered: number[] = [];
  for (let round = 0; round < 3; round++) {
    ordered = orderSentences(
      model,
      extractSentences(model, budget, guided, excluded, headlineArticle),
      headline,
      placed,
    );
    const { kept, dropped } = placeDefinites(model, ordered, headline, placed);
    if (dropped.length === 0) return kept;
    for (const index of dropped) excluded.add(index);
    ordered = kept;
  }
  return ordered;
}
