import { CALENDAR_WORDS, RELATIVE_DAY_WORDS } from '../shared/text/calendar';
import { contentTerms, namesIn } from '../shared/text/terms';
import { statedCounts } from './counts';
import { perArticle, perSentence, type SentenceMemo, type StoryModel, textIds } from './story-model';
import { centroid, cosine } from './vectors';

/**
 * A point must be about the story: a page of several items (a school's newsletter, a church's
 * notice sheet, a meeting's resolutions, a programme's rundown) holds the event's item among
 * others ("Congratulations to Barwon House, who won the athletics carnival…", "Harbour dues for
 * 2029: deferred to the Michaelmas Meeting."), and no shape tells those from news. What tells them
 * is that no one else writes of them: a point shares at least `SHARED_TERMS` words, each with some
 * sentence of another article of the story that tells its article's subject. One common word is
 * not enough, as a page's standing lines share one with any story (a utility's "Customers can
 * report problems on the 24-hour line…" beside a report that told customers to boil water); a
 * name the story writes ("Solberg", "Norvale") is its subject itself and is enough alone. Figures,
 * days, months and reporting verbs are shared by items on any subject and do not count.
 * docs/summarization.md ("Points about the story").
 */

/** Words a point must share with the other articles that tell its subject (a name counts for all). */
export const SHARED_TERMS = 2;

const CALENDAR: ReadonlySet<string> = new Set(
  contentTerms([...CALENDAR_WORDS, ...RELATIVE_DAY_WORDS, 'year'].join(' ')),
);

/** Per vocabulary id: 1 when the term tells nothing of a subject (a figure, a day, a reporting verb). */
const SUBJECTLESS: WeakMap<StoryModel, Uint8Array> = new WeakMap();

function subjectless(model: StoryModel): Uint8Array {
  let flags = SUBJECTLESS.get(model);
  if (flags !== undefined) return flags;
  flags = new Uint8Array(model.vocabulary.ids.size);
  for (const [term, id] of model.vocabulary.ids)
    if (model.isNumberTerm[id] === 1 || model.isReportingTerm[id] === 1 || CALENDAR.has(term)) flags[id] = 1;
  SUBJECTLESS.set(model, flags);
  return flags;
}

/**
 * Cosine between two articles' centroids under which they are not read as telling one subject: a
 * scraped page with no story on it (a video's player, an archive's notice) shares nothing with the
 * report beside it, and a sentence of the report is not held to it.
 */
export const LINKED_COSINE = 0.05;

/** Fewest sentences the other articles that tell an article's subject must hold for the test to be read. */
export const MIN_ELSEWHERE = 6;

const LINKED: SentenceMemo<Int32Array[]> = new WeakMap();

/** Per article: the other articles that tell its subject (see LINKED_COSINE). */
function linkedArticles(model: StoryModel): Int32Array[] {
  return perArticle(LINKED, model, -1, () => {
    const size = model.vocabulary.ids.size;
    const centroids = model.articles.map((article) => {
      const start = model.firstSentence[article.index] ?? 0;
      const own = model.vectors.slice(start, start + article.sentences.length);
      return own.length > 0 ? centroid(own, size) : null;
    });
    return centroids.map((own, a) => {
      const linked: number[] = [];
      let sentences = 0;
      centroids.forEach((other, b) => {
        if (own === null || other === null || a === b || cosine(own, other) < LINKED_COSINE) return;
        linked.push(b);
        sentences += model.articles[b]?.sentences.length ?? 0;
      });
      // A brief of a sentence or two beside it leaves most of an article's own details unshared.
      return sentences >= MIN_ELSEWHERE ? Int32Array.from(linked) : new Int32Array(0);
    });
  });
}

const TOLD_ELSEWHERE: SentenceMemo<boolean> = new WeakMap();

/**
 * Whether a sentence may be a point of the story as far as its subject goes (see above): it
 * shares `SHARED_TERMS` words, or a name, with sentences of other articles that tell its article's
 * subject. An article that no other article tells (the story's only one, or one beside pages
 * about nothing or a brief of a sentence or two) keeps every point it had. `shown`: the point as
 * it would be shown, a leading pronoun replaced by its name ("Solberg has promised…" for "She has
 * promised…").
 */
export function aboutTheStory(model: StoryModel, index: number, shown?: string): boolean {
  const own = model.sentences[index]?.text;
  if (shown !== undefined && shown !== own) return toldElsewhere(model, index, shownIds(model, shown));
  return perSentence(TOLD_ELSEWHERE, model, index, () =>
    toldElsewhere(model, index, Array.from(model.vectors[index]?.ids ?? [])),
  );
}

/** The vocabulary ids of a point as shown ("Solberg has promised…" for "She has promised…"). */
function shownIds(model: StoryModel, text: string): number[] {
  const ids: number[] = [];
  for (const term of contentTerms(text)) {
    const id = model.vocabulary.ids.get(term);
    if (id !== undefined) ids.push(id);
  }
  return ids;
}

/** Per vocabulary id: 1 when some sentence of the story writes the term as a name ("Solberg"). */
const NAMES: WeakMap<StoryModel, Uint8Array> = new WeakMap();

function storyNames(model: StoryModel): Uint8Array {
  let flags = NAMES.get(model);
  if (flags !== undefined) return flags;
  flags = new Uint8Array(model.vocabulary.ids.size);
  for (const sentence of model.sentences)
    for (const name of namesIn(sentence.text)) {
      const id = model.vocabulary.ids.get(name);
      if (id !== undefined) flags[id] = 1;
    }
  NAMES.set(model, flags);
  return flags;
}

/**
 * Per vocabulary id and article (id × articles + article): -1 when none of the article's
 * sentences holds the term, the text id (textIds) of the one text of its sentences that holds
 * it, or -2 when sentences of several texts do. Read once per story, so a sentence's words are
 * looked up per linked article rather than through every sentence that holds them.
 */
const TERM_TEXTS: WeakMap<StoryModel, Int32Array> = new WeakMap();

function termTexts(model: StoryModel): Int32Array {
  let table = TERM_TEXTS.get(model);
  if (table !== undefined) return table;
  const articles = model.articles.length;
  const texts = textIds(model);
  table = new Int32Array(model.vocabulary.ids.size * articles).fill(-1);
  model.postings.forEach((list, id) => {
    for (const sentence of list.sentences) {
      const article = model.articleOf[sentence] ?? -1;
      if (article < 0) continue;
      const at = id * articles + article;
      const held = table[at] ?? -1;
      const text = texts[sentence] ?? -1;
      if (held === -1) table[at] = text;
      else if (held !== text) table[at] = -2;
    }
  });
  TERM_TEXTS.set(model, table);
  return table;
}

/**
 * Words of a sentence found in a sentence of another article that tells its article's subject,
 * up to `SHARED_TERMS`; a name of the story counts for them all (see above).
 */
function sharedWords(model: StoryModel, index: number, ids: readonly number[], linked: Int32Array): number {
  const flags = subjectless(model);
  const names = storyNames(model);
  const held = termTexts(model);
  const articles = model.articles.length;
  const text = textIds(model)[index] ?? -1;
  let found = 0;
  for (const id of new Set(ids)) {
    if (flags[id] === 1) continue;
    // A copy of the sentence in another outlet's carriage of the same wire text tells nothing.
    for (const article of linked) {
      const other = held[id * articles + article] ?? -1;
      if (other === -2 || (other >= 0 && other !== text)) {
        found += names[id] === 1 ? SHARED_TERMS : 1;
        if (found >= SHARED_TERMS) return SHARED_TERMS;
        break;
      }
    }
  }
  return found;
}

function toldElsewhere(model: StoryModel, index: number, ids: readonly number[]): boolean {
  const article = model.articleOf[index] ?? -1;
  const linked = linkedArticles(model)[article];
  if (linked === undefined || linked.length === 0) return true;
  return sharedWords(model, index, ids, linked) >= SHARED_TERMS || countedElsewhere(model, index, linked);
}

const COUNTED: SentenceMemo<string[]> = new WeakMap();

/** What a sentence counts ("dead", "cases"), its figures aside: statedCounts' "31 dead" is "dead". */
function countedKinds(model: StoryModel, index: number): string[] {
  return perSentence(COUNTED, model, index, () =>
    statedCounts(model.sentences[index]?.text ?? '').map((count) => count.replace(/^\S+\s+/, '')),
  );
}

/**
 * A count of what another article that tells the subject counts is about the story, in whatever
 * words ("On Wednesday the provincial government raised the death toll to 31…" beside "At least
 * 22 people died when an overloaded wooden boat capsized…"): a toll's update shares its kind, not
 * its wording.
 */
function countedElsewhere(model: StoryModel, index: number, linked: Int32Array): boolean {
  const kinds = countedKinds(model, index);
  if (kinds.length === 0) return false;
  for (const other of linked) {
    const counted = articleKinds(model, other);
    if (kinds.some((kind) => counted.has(kind))) return true;
  }
  return false;
}

const ARTICLE_KINDS: SentenceMemo<Set<string>> = new WeakMap();

/** What an article's sentences count, read once per article. */
function articleKinds(model: StoryModel, article: number): Set<string> {
  return perArticle(ARTICLE_KINDS, model, article, () => {
    const start = model.firstSentence[article] ?? 0;
    const end = start + (model.articles[article]?.sentences.length ?? 0);
    const kinds = new Set<string>();
    for (let at = start; at < end; at++) for (const kind of countedKinds(model, at)) kinds.add(kind);
    return kinds;
  });
}
