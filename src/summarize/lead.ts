import { isChronicle } from '../shared/text/page-notes';
import { isFeatureTitle } from '../shared/text/wire-tags';
import { breadthBonus, type ClaimTracker } from './claim-groups';
import { statedCounts } from './counts';
import { holdsQuotation } from './lead-quotes';
import { ANNOUNCED_UPDATE, SELF_ANNOUNCED, UNNAMED_ACTOR } from './opening-voice';
import { recountedOld } from './recounted';
import { opensAsScene } from './scene-openings';
import { endsOpeningSearch } from './search-ended';
import { standaloneOf } from './standalone';
import { isTeaser, LEAD_POSITIONS, LIVE_POSITIONS, statementRank, TOLL_POSITIONS } from './statement-rank';
import { perSentence, type SentenceMemo, type StoryModel } from './story-model';
import { stalePlan } from './superseded';
import { DATED_REPORT, titleStatement } from './title-statement';
import { staleSecondCount, supersededCount, updatesOpening } from './tolls';
import { cosine } from './vectors';

/**
 * The first point says what happened: the newest central fact of the event. News states it in its
 * opening sentences, so the lead is chosen among the articles' first sentences (and, below them, a
 * title's toll or the newest figure of a count that another report's opening gives out of date),
 * by how central the sentence is to the story (cosine to its centroid), how recent its article is
 * (a story told over days leads with the latest development, not the first report that wire copies
 * repeat), whether its article's title is the headline, and how many outlets report it. Quotes, and
 * sentences that lean on a referent the reader has not been given or continue something said
 * before never lead. docs/summarization.md ("The lead point").
 */

/** Hours over which an article's recency weight falls to 1/e. */
export const RECENCY_HOURS = 24;
/**
 * Weight of recency against centrality. Within a day every article weighs about the same;
 * between a first report and the next day's update the difference (≈0.3) outweighs the usual
 * spread of cosines to the centroid among leads, so the update leads unless it is off the
 * story's subject.
 */
export const RECENCY_WEIGHT = 0.5;
/**
 * Bonus of an article's very first sentence over its second: the inverted pyramid puts the news
 * there, and the second sentence usually gives a detail of it (the toll, the missing).
 */
export const FIRST_SENTENCE_BONUS = 0.1;
/**
 * Bonus of the opening of the article whose title became the headline: the headline is the
 * title the other titles agree with most, and its outlet wrote it for that very opening, so the
 * two say the same news ("Suez Canal reopens after grounded container ship is freed" over
 * "Traffic through the Suez Canal resumed…"), not the first report that more articles repeat
 * ("A container ship ran aground…") or a later side story.
 */
export const HEADLINE_ARTICLE_BONUS = 0.15;
/**
 * An opening that continues something said before ("Once again, …", "But …", "Meanwhile, …",
 * "In one incident …", "According to these reports, …"): a second step of a story, never its first.
 */
export const CONTINUES =
  /^(?:once again|again|however|but|except|sure|of course|and|also|still|instead|yet|even so|nevertheless|nonetheless|meanwhile|moreover|furthermore|in addition|similarly|likewise|then|otherwise|in one (?:case|incident|instance)|for (?:example|instance)|in (?:another|a separate|a similar) |according to (?:these|those|this|that|such)\b)\b/i;

/** A consequence of what came before ("The school will therefore be CLOSED on Monday…"): never a first point. */
const FOLLOWS_FROM = /^[^,;:.]{0,80}?\b(?:therefore|hence|consequently|accordingly|thus)\b(?! far\b)/i;

/**
 * Sentences that lean on an earlier one ("He…", "But…", "Also…", "There was a moment, …", "Across
 * from it, …") cannot open a story: the lead skips them, and so does the reading order (extract.ts).
 */
export const LEANS_ON_CONTEXT =
  /^["“‘']?(?:he|she|it|they|we|this|these|that|those|his|her|its|their|but|and|or|however|also|so|then|there(?!\s+(?:are|is|were|was|have been|has been)\s+(?:now\s+)?(?:\d|more|fewer|at least|about|some|over|nearly|almost))|still|yet|now(?!,?\s+therefore\b|\s+(?:in|into)\s+its\b)|meanwhile|(?:since|by|until) then|(?:after|before) that|from then on|(?:soon|shortly) afterwards|(?:[\p{L}\d-]+ )?(?:minutes|hours|days|weeks|months|years|decades|centuries) (?:later|on)|(?:across from|next to|opposite|beside|behind|alongside|inside|beneath|under|unlike|like|against|after|before|with|without|for|from|to|in|at|on|by|near) (?:it|him|her|them)(?=,| \p{Ll}))\b/iu;

export function newestTime(model: StoryModel): number {
  let newest = Number.NEGATIVE_INFINITY;
  for (const article of model.articles) {
    const time = article.doc.publishedAt?.getTime();
    if (time !== undefined && Number.isFinite(time)) newest = Math.max(newest, time);
  }
  return newest;
}

/** e^(−age/RECENCY_HOURS) of an article against the story's newest; 0.5 when either has no time. */
export function recency(model: StoryModel, article: number, newest: number): number {
  const time = model.articles[article]?.doc.publishedAt?.getTime();
  if (time === undefined || !Number.isFinite(time) || !Number.isFinite(newest)) return 0.5;
  return Math.exp(-(newest - time) / (RECENCY_HOURS * 3_600_000));
}

/**
 * The candidate that should open the story, or undefined when no opening sentence may. A
 * feature's, an explainer's or a column's opening (`isFeatureTitle`), or a chronicle's oldest entry
 * (`isChronicle`), leads only when no report's opening may, and then its first statement only
 * when no later one may.
 */
export function chooseLead(
  model: StoryModel,
  candidates: readonly number[],
  claims: ClaimTracker,
  headlineArticle = -1,
  placeable: (index: number) => boolean = () => false,
): number | undefined {
  const features = model.articles.map(
    (article, at) =>
      (isFeatureTitle(article.doc.title ?? '') && !quotedReport(model, at)) || isChronicle(article.doc.text),
  );
  const reported = (index: number) => features[model.sentences[index]?.article ?? -1] !== true;
  if (!features.includes(true)) return bestOpening(model, candidates, claims, headlineArticle, placeable);
  // With no report's opening, a feature's first statement (its scene, its advice, its question)
  // steps aside for the next that may lead ("On Wednesday, police and customs officers found 386
  // kg of cocaine…" after "Yachts arriving in Saint Lucia this season should expect…").
  // A title opening on a quote ("'That is on me': Bangladesh captain…") often heads a report: its
  // opening keeps its place.
  const quoteTitled = model.articles.map((article) => /^["'‘“]/.test((article.doc.title ?? '').trim()));
  const pastOpening = (index: number) => {
    const sentence = model.sentences[index];
    if (sentence === undefined) return false;
    return reported(index) || quoteTitled[sentence.article] === true || statementRank(model, sentence) > 0;
  };
  return (
    bestOpening(model, candidates.filter(reported), claims, headlineArticle, placeable) ??
    bestOpening(model, candidates.filter(pastOpening), claims, headlineArticle, placeable) ??
    bestOpening(model, candidates, claims, headlineArticle, placeable)
  );
}

/**
 * A report under a title that opens on a quote: "‘We heard the helicopter before we saw it’: all
 * four Jebel Jais hikers rescued alive" over "All four hikers who went missing on Jebel Jais on
 * Wednesday have been found alive…, Ras Al Khaimah Police said.". Its opening tells when it
 * happened and who says so, as a report's does; an interview's or a feature's under such a title
 * opens on a scene or a life ("Kirk Padmore gave the Kensington Oval faithful exactly what they came
 * for yesterday.").
 */
function quotedReport(model: StoryModel, article: number): boolean {
  if (!/^["'‘“]/.test((model.articles[article]?.doc.title ?? '').trim())) return false;
  const opening = model.sentences[model.firstSentence[article] ?? -1];
  return opening?.article === article && DATED_REPORT.test(opening.text) && ATTRIBUTED.test(opening.text);
}

/**
 * A report's attribution to a named source or a body: "…, Ras Al Khaimah Police said.", "…,
 * officials said.", "…, according to the ministry."; not to people met ("…, three employees said.").
 */
const ATTRIBUTED =
  /,\s+(?:(?:the\s+)?(?:\p{Lu}[\p{L}'’.&-]*\s+){1,6}|(?:officials|authorities|police|(?:the\s+)?(?:\p{Ll}+\s+)?(?:ministry|company|agency|department|government|coast guard|army|military|authority|service|council|court|prosecutor)\s+))(?:said|says|told|reported|confirmed|announced)\b[^,;:]{0,40}\.$|\baccording to (?:the\s+)?\p{Lu}/u;

/** Read once per story and sentence: the title's statement and both passes of bestOpening ask. */
const barred: SentenceMemo<boolean> = new WeakMap();

/** An opening that leans on what came before or sets a scene, which no story opens with: read as it stands alone. */
const mayNotLead = (model: StoryModel, index: number): boolean =>
  perSentence(barred, model, index, () => {
    const text = standaloneOf(model, index)?.text ?? model.sentences[index]?.text ?? '';
    return (
      CONTINUES.test(text) ||
      UNNAMED_ACTOR.test(text) ||
      SELF_ANNOUNCED.test(text) ||
      ANNOUNCED_UPDATE.test(text) ||
      LEANS_ON_CONTEXT.test(text) ||
      FOLLOWS_FROM.test(text) ||
      opensAsScene(model, index, text)
    );
  });

/**
 * How much less central than a statement just below it an undated opening may be and still be its
 * article's news. An analysis that opens on background ("Health, farming, local roads and markets
 * were handed to elected governors…", then "Late on Wednesday, the Senate removed Nakuru's
 * governor…") or a scene ("By mid-afternoon, the plastic chairs outside … had filled…") tells the
 * story's news a few sentences down; the opening is its preamble, however recent the piece.
 * docs/summarization.md ("An analysis's preamble").
 */
const PREAMBLE_SHARE = 0.6;

function opensBeforeItsNews(model: StoryModel, index: number, text: string): boolean {
  const sentence = model.sentences[index];
  const vector = model.vectors[index];
  // A dated opening, or one giving a count ("Three more cases…, bringing the total to 15"), is news.
  if (
    sentence === undefined ||
    vector === undefined ||
    DATED_REPORT.test(text) ||
    statedCounts(text).length > 0
  )
    return false;
  if (statementRank(model, sentence) >= LEAD_POSITIONS) return false;
  const own = cosine(vector, model.centroid);
  const end =
    (model.firstSentence[sentence.article] ?? 0) + (model.articles[sentence.article]?.sentences.length ?? 0);
  for (let below = index + 1; below < end; below++) {
    const next = model.sentences[below];
    const nextVector = model.vectors[below];
    if (next === undefined || nextVector === undefined) continue;
    const rank = statementRank(model, next);
    if (rank >= TOLL_POSITIONS + 1) break;
    if (rank < LEAD_POSITIONS || isTeaser(next)) continue;
    if (own < PREAMBLE_SHARE * cosine(nextVector, model.centroid)) return true;
  }
  return false;
}

function bestOpening(
  model: StoryModel,
  candidates: readonly number[],
  claims: ClaimTracker,
  headlineArticle: number,
  placeable: (index: number) => boolean,
): number | undefined {
  const newest = newestTime(model);
  const titled = titleStatement(model, candidates, headlineArticle, (index) => mayNotLead(model, index));
  let best: number | undefined;
  let bestScore = Number.NEGATIVE_INFINITY;
  const opened = new Set<number>();
  // An opening, or the statement its title tells, that announces its own message ("Faso Fibre SA
  // provides an updated assessment…"): the statement after it tells the news, and has its bonuses.
  const heirs = new Map<number, { rank: number; titled: boolean }>();
  const stale = staleSecondCount(model, candidates);
  const openings = candidates.filter((index) => {
    const sentence = model.sentences[index];
    return sentence !== undefined && statementRank(model, sentence) === 0;
  });
  for (const index of [...candidates].sort((a, b) => a - b)) {
    const sentence = model.sentences[index];
    const vector = model.vectors[index];
    if (sentence === undefined || vector === undefined || isTeaser(sentence)) continue;
    const rank = statementRank(model, sentence);
    // Below its opening, a statement leads when its title's, or when it gives the newest figure of
    // a count another report's opening gives out of date, or ends a search one tells as going on.
    if (
      rank >= LEAD_POSITIONS &&
      index !== titled &&
      (rank >= LIVE_POSITIONS ||
        (!updatesOpening(model, index, openings) && !endsOpeningSearch(model, index, openings)))
    )
      continue;
    // Read only for the few opening sentences: most candidates are ruled out by place above.
    const point = standaloneOf(model, index);
    if (point === null || (point.needs !== null && !placeable(index)) || holdsQuotation(point.text)) continue;
    if (mayNotLead(model, index)) {
      if ((rank === 0 || index === titled) && ANNOUNCED_UPDATE.test(point.text))
        heirs.set(sentence.article, { rank: rank + 1, titled: index === titled });
      continue;
    }
    // A preamble is a statement: the one after it gets no opening's breadth.
    if (opensBeforeItsNews(model, index, point.text) && opened.add(sentence.article)) continue;
    if (claims.blocked[index] === 1 || stalePlan(model, index)) continue;
    // An opening whose count is old makes its article old news: its next statement is a detail of it.
    if (stale.has(sentence.article)) continue;
    if (supersededCount(model, index) || recountedOld(model, index)) {
      if (rank === 0) stale.add(sentence.article);
      continue;
    }
    // Breadth counts for an opening, or for a second statement whose opening may not lead: a
    // detail the outlets repeat (a cause) does not lead over the opening it details.
    if (rank === 0) opened.add(sentence.article);
    const heir = heirs.get(sentence.article);
    const inherits = heir !== undefined && heir.rank === rank;
    const told = index === titled || (inherits && heir.titled);
    const score =
      cosine(vector, model.centroid) +
      // In the headline article, the statement its title tells is the one written to open it.
      ((titled < 0 || sentence.article !== headlineArticle ? rank === 0 || inherits : told)
        ? FIRST_SENTENCE_BONUS
        : 0) +
      RECENCY_WEIGHT * recency(model, sentence.article, newest) +
      (told ? HEADLINE_ARTICLE_BONUS : 0) +
      (rank === 0 || !opened.has(sentence.article) ? breadthBonus(model, claims, index) : 0);
    if (score > bestScore) {
      bestScore = score;
      best = index;
    }
  }
  return best;
}
