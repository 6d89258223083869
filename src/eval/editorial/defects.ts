import type { EditionStory } from '../../shared/types';
import { checkCitations } from '../citation-check';
import type { LabelledArticle, LabelledSentence } from './fixture';

/**
 * The defects a reader notices in one story of an edition, found from the labels of the
 * editorial set, not from the summarizer's own judgement: a point that maps to a sentence
 * labelled as furniture is junk; a point whose labelled facts earlier points already gave is a
 * repeat; a quote whose labelled speaker the point does not name is speakerless. Dangling
 * openings are read by their shape, and citations by the independent check.
 */

export type DefectKind =
  | 'junk_point'
  | 'duplicate_point'
  | 'dangling_point'
  | 'speakerless_quote'
  | 'unsupported_citation'
  | 'mixed_story'
  | 'duplicate_story'
  | 'lead_not_main'
  | 'junk_headline'
  | 'report_count'
  | 'wire_credit';

export interface Defect {
  kind: DefectKind;
  detail: string;
}

export interface StoryUnderTest {
  story: EditionStory;
  /** The labelled article behind each source of the story, by article id. */
  articles: Map<string, LabelledArticle>;
  /** Main-news facts of the events in the story. */
  main: Set<string>;
}

const WORD = /[\p{L}\p{N}]+/gu;

function wordsOf(text: string): string[] {
  return (fold(text).match(WORD) ?? []) as string[];
}

/**
 * The labelled sentences a point was taken from: those it contains, else the closest one. A line
 * of a few words that the point happens to hold ("About Sorabit Corp." inside a point naming
 * Sorabit Corp.) is no source of it: a contained sentence gives at least a third of its words.
 */
export function mapPoint(point: string, article: LabelledArticle | undefined): LabelledSentence[] {
  if (article === undefined) return [];
  const pointWords = new Set(wordsOf(point));
  const contained = article.sentences.filter((sentence) => {
    const words = wordsOf(sentence.text);
    return (
      words.length > 0 &&
      words.length >= pointWords.size / 3 &&
      words.filter((word) => pointWords.has(word)).length >= 0.8 * words.length
    );
  });
  if (contained.length > 0) return contained;
  let best: LabelledSentence | undefined;
  let bestScore = 0;
  for (const sentence of article.sentences) {
    const words = new Set(wordsOf(sentence.text));
    const shared = [...pointWords].filter((word) => words.has(word)).length;
    const score = shared / Math.max(1, new Set([...pointWords, ...words]).size);
    if (score > bestScore) {
      bestScore = score;
      best = sentence;
    }
  }
  return best !== undefined && bestScore >= 0.5 ? [best] : [];
}

const PRONOUN_OPENING =
  /^(?:he|she|they|it|his|her|their|its|him|them|this|these|those|we|i|such)\b|^(?:since then|by then|until then|after that|before that)\b|^what (?:he|she|they|it|we)\b(?= \p{Ll})/iu;
/**
 * A time before the pronoun, with no comma between: "On Monday they voted again", "Since 2012 it
 * has been known for the mine…".
 */
const TIMED_PRONOUN_OPENING =
  /^(?:(?:(?:early|late|later|earlier)\s+)?(?:on|by|at|last|this|that)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|morning|afternoon|evening|night|week)(?:\s+(?:morning|afternoon|evening|night))?|(?:since|in|by|until)\s+(?:1[89]|20)\d\d|since then|for (?:years|decades|months|weeks|generations|centuries))\s+((?:he|she|they|it|we)\s+\p{Ll}.*)/isu;
/** "This year's crop…", "This week the council…": a time, not a thing pointed back to. */
const THIS_TIME =
  /^this (?:year|week|month|morning|afternoon|evening|weekend|season|spring|summer|autumn|fall|winter)\b/i;
/** "It is unclear…", "It was not known…": no referent needed. */
const EXPLETIVE_IT =
  /^it (?:is|was|remains|remained) (?:not |still |also )?(?:unclear|clear|known|unknown|possible|likely|unlikely|expected|understood|believed|thought|estimated|reported|the (?:first|second|third|fourth|fifth|last|latest) time)\b/i;
const VERBISH =
  /^(?:is|was|were|are|has|had|have|will|would|could|can|may|might|said|says|told|added|did|does|had|been)$|(?:ed|es)$/;
/** Nouns a story's own event gives a referent to, whatever the headline says. */
const EVENT_NOUNS = new Set(
  'government police authorities military army navy president ministry attack fire blast explosion crash accident quake earthquake storm flood floods eruption strike vote election toll death deaths report decision deal agreement statement investigation rescue search operation'.split(
    ' ',
  ),
);

/** Heads that an "of" phrase completes, whatever it names: "The number of people killed…". */
const QUANTITY_HEADS = new Set(['number', 'total', 'share', 'majority', 'rest', 'amount', 'proportion']);

/** The text of a point outside its quotations. */
function unquoted(text: string): string {
  return text.replace(/["“][^"”]*["”]|‘[^’]*’(?=\W|$)/g, ' ');
}

/**
 * A point that leans on a sentence the reader has not seen: it opens (outside a quote) with a
 * pronoun, or with a bare definite description ("The tanker was…") whose head noun neither the
 * headline nor an earlier point names.
 */
export function danglingOpening(point: string, before: string): string | null {
  const text = point.replace(/^[\s"“‘(]+/, '');
  if (/^["“‘]/.test(point.trim())) return null; // A quote opens it; its speaker is checked apart.
  if (EXPLETIVE_IT.test(text)) return null;
  const pronoun = PRONOUN_OPENING.exec(text);
  if (pronoun && !THIS_TIME.test(text)) return `opens with "${pronoun[0]}"`;
  const timed = TIMED_PRONOUN_OPENING.exec(text);
  // "On Saturday night it happened again: a fire at…" tells what "it" is after the colon.
  if (timed && !EXPLETIVE_IT.test(timed[1] ?? '') && !/:\s/.test(timed[1] ?? ''))
    return `opens with a time and "${(timed[1] ?? '').split(/\s+/).slice(0, 2).join(' ')}"`;
  const definite = /^the\s+((?:[a-z][\p{L}'-]*\s+){0,3}?)([a-z][\p{L}'-]*)\s+(\S+)/iu.exec(text);
  if (definite === null || /^\p{Lu}/u.test(definite[2] ?? '')) return null;
  // "The chair of the talks, Colombian diplomat Luis Echeverri, …": the apposition names it.
  if (/^the [^,]{1,60}, (?:[\p{L}-]+ ){0,3}\p{Lu}\p{Ll}+ \p{Lu}/u.test(text.replace(/^The/, 'the')))
    return null;
  const modifiers = (definite[1] ?? '').trim().split(/\s+/).filter(Boolean);
  if (modifiers.some((word) => /^\p{Lu}/u.test(word))) return null;
  let head = definite[2] ?? '';
  if (!VERBISH.test(definite[3] ?? '') && !/^(?:of|in|on|at|for|to|that|who|which)$/.test(definite[3] ?? ''))
    return null;
  head = head.toLowerCase();
  if (EVENT_NOUNS.has(head)) return null;
  // The phrase after it names what it is: "The mayor of Monterrey", "The departure of Finance
  // Minister Jelena Radunovic", "The number of people killed by floods around Durban".
  const after = text.slice((definite.index ?? 0) + definite[0].length).trimStart();
  if (/^(?:of|in|at|for|to|on)$/.test(definite[3] ?? '') && /^[\p{Lu}\p{N}]/u.test(after)) return null;
  // …or a name a few words on: "The derailment of an Ivorel Resources ore train", "The area of
  // eastern Ethiopia infested by desert locusts", "The amendments to the Police and Border Guard Act"
  // ("The departure of the mayor" names nothing).
  if (/^(?:of|in|at|for|to|on)$/.test(definite[3] ?? '') && /^(?:[\p{Ll}'’-]+\s+){1,3}\p{Lu}/u.test(after))
    return null;
  if (QUANTITY_HEADS.has(head) && definite[3] === 'of') return null;
  // …or brings its own referent in: "The body of a storeman missing since Monday's fire…", "The punch
  // that changed the fight…" (a clause that says which one).
  if (definite[3] === 'of' && /^an?\s/.test(after)) return null;
  if (/^(?:that|which)$/.test(definite[3] ?? '') && /^\p{Ll}+(?:ed|s)?\s/u.test(after)) return null;
  const stem = head.slice(0, Math.max(4, head.length - 2));
  if (wordsOf(before).some((word) => word.startsWith(stem))) return null;
  return `opens with "the ${[...modifiers, head].join(' ')}", named in no earlier point`;
}

/** A quotation of four words or more in the point. */
function quotation(text: string): string | null {
  const match = /["“]([^"”]{12,})["”]/.exec(text) ?? /‘([^’]{12,})’(?=\W|$)/.exec(text);
  return match !== null && wordsOf(match[1] ?? '').length >= 4 ? (match[1] ?? '') : null;
}

/**
 * Initials of the capitalized runs of a text: an organisation labelled by its short name
 * ("q:SGT") is named when the point writes it out ("Scheldt Gateway Terminals said…").
 */
function namedInitials(text: string): Set<string> {
  const runs = text.match(/\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)+/gu) ?? [];
  const initials = new Set<string>();
  // Any stretch of the run: "The Mediterranean Cruise Operators Council said…" names MCOC.
  for (const run of runs) {
    const letters = run.split(/\s+/).map((word) => word[0] ?? '');
    for (let from = 0; from < letters.length - 1; from++)
      for (let to = from + 2; to <= letters.length; to++) initials.add(letters.slice(from, to).join(''));
  }
  return initials;
}

/** A word written before a surname that is a rank or an office, not a given name. */
const TITLE_WORD =
  /^(?:Mr|Mrs|Ms|Dr|Gen|Col|Maj|Capt|Lt|Sgt|Insp|Prof|Judge|Justice|President|Minister|Governor|Mayor|Chief|Commissioner|General|Colonel|Captain|Inspector|Sergeant|Major|Lieutenant|Superintendent|Secretary|Director|Chairman|Chairwoman|Senator|Deputy|Officer|Professor|Doctor|Coach|Manager|Leader|Spokesman|Spokeswoman|Councillor|Councilor|Bishop|Father|Sheikh|Prince|King|Queen)$/;

/**
 * The capitalized words an article writes right before a speaker's labelled surname, accents
 * off, ranks and offices aside: "Anuwat" for "Srisombat".
 */
function givenNames(speaker: string, article: LabelledArticle | undefined): string[] {
  if (article === undefined || !/^\p{L}+$/u.test(speaker)) return [];
  const text = withoutAccents(article.paragraphs.join(' '));
  const before = new RegExp(`\\b(\\p{Lu}\\p{Ll}{2,})\\s+${speaker}\\b`, 'gu');
  return [...new Set([...text.matchAll(before)].map((match) => match[1] ?? ''))].filter(
    (name) => !TITLE_WORD.test(name),
  );
}

/** Letters that no accent makes, written as the labels write them in ASCII ("q:Saetre" for "Sætre"). */
const LIGATURES: Record<string, string> = {
  æ: 'ae',
  Æ: 'Ae',
  ø: 'o',
  Ø: 'O',
  œ: 'oe',
  Œ: 'Oe',
  ß: 'ss',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};
const LIGATURE = new RegExp(`[${Object.keys(LIGATURES).join('')}]`, 'g');

function withoutAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(LIGATURE, (letter) => LIGATURES[letter] ?? letter);
}

function fold(text: string): string {
  return withoutAccents(text.toLowerCase());
}

export function storyDefects(subject: StoryUnderTest): Defect[] {
  const { story, articles } = subject;
  const defects: Defect[] = [];
  const shown = new Set<string>();
  let before = story.headline;
  story.points.forEach((point, index) => {
    const origin = articles.get(point.sources[0] ?? '');
    const sentences = mapPoint(point.text, origin);
    const facts = new Set(sentences.flatMap((sentence) => sentence.facts));
    const label = `point ${index + 1} "${point.text.slice(0, 110)}"`;
    if (sentences.length > 0 && sentences.every((sentence) => sentence.junk !== null))
      defects.push({ kind: 'junk_point', detail: `${label} is ${sentences[0]?.junk}` });
    if (facts.size > 0 && [...facts].every((fact) => shown.has(fact)))
      defects.push({ kind: 'duplicate_point', detail: `${label} repeats ${[...facts].join(' ')}` });
    if (
      index === 0 &&
      facts.size > 0 &&
      subject.main.size > 0 &&
      ![...facts].some((f) => subject.main.has(f))
    ) {
      const available = [...articles.values()].some((article) =>
        article.sentences.some((sentence) => sentence.facts.some((fact) => subject.main.has(fact))),
      );
      if (available) defects.push({ kind: 'lead_not_main', detail: `${label} is not the main news` });
    }
    const dangling = danglingOpening(point.text, before);
    if (dangling !== null) defects.push({ kind: 'dangling_point', detail: `${label} ${dangling}` });
    const speakers = sentences.map((sentence) => sentence.speaker).filter((s): s is string => s !== null);
    if (quotation(point.text) !== null && speakers.length > 0) {
      // Labels write a name in ASCII without its hyphens ("q:AsanteDarko" for "Asante-Darko").
      const joined = (text: string): string => fold(text).replace(/[-‐‑'’]/g, '');
      const outside = joined(unquoted(point.text));
      const initials = namedInitials(unquoted(point.text));
      // …or with a hyphen, or joined, where the point writes a space ("q:Ben-Romdhane" for "Hédi Ben
      // Romdhane", "q:BabSahil" for "Bab Sahil").
      const spaced = outside.replace(/\s+/g, '');
      // …or by the given name its article writes before the labelled surname, as Thai usage
      // names "Pol Maj Gen Anuwat Srisombat" as "Anuwat" ("q:Srisombat").
      const cased = withoutAccents(unquoted(point.text));
      const given = (speaker: string): boolean =>
        givenNames(speaker, origin).some((name) => new RegExp(`\\b${name}\\b`, 'u').test(cased));
      const named = (speaker: string): boolean =>
        outside.includes(joined(speaker)) || spaced.includes(joined(speaker)) || given(speaker);
      if (!speakers.some((speaker) => named(speaker) || initials.has(speaker)))
        defects.push({ kind: 'speakerless_quote', detail: `${label} does not name ${speakers[0]}` });
    }
    for (const fact of facts) shown.add(fact);
    before = `${before} ${point.text}`;
  });
  defects.push(...citationDefects(subject), ...sourceDefects(subject));
  return defects;
}

function citationDefects({ story, articles }: StoryUnderTest): Defect[] {
  const texts = [...articles].map(([id, article]) => ({ id, text: article.paragraphs.join('\n') }));
  return checkCitations(texts, story.points).failures.map((failure) => ({
    kind: 'unsupported_citation' as const,
    detail: `"${failure.point.slice(0, 90)}" cites ${articles.get(failure.articleId)?.outlet ?? failure.articleId}, which lacks ${failure.missing.join(', ')}`,
  }));
}

/**
 * Labelled independent reports: articles of one report (a wire text and its copies) count once,
 * and so do an outlet's own reports, as its newsroom is one (docs/summarization.md).
 */
function independentReportCount(articles: readonly LabelledArticle[]): number {
  const keyOf = (article: LabelledArticle): string =>
    article.wire !== null && article.wire !== article.outlet
      ? `report:${article.report}`
      : `outlet:${article.outlet}`;
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    let root = key;
    while ((parent.get(root) ?? root) !== root) root = parent.get(root) ?? root;
    return root;
  };
  for (const article of articles) {
    const own = keyOf(article);
    const report = `report:${article.report}`;
    for (const key of [own, report]) if (!parent.has(key)) parent.set(key, key);
    parent.set(find(own), find(report));
  }
  return new Set(articles.map((article) => find(keyOf(article)))).size;
}

function sourceDefects({ story, articles }: StoryUnderTest): Defect[] {
  const defects: Defect[] = [];
  const labelled = [...articles.values()];
  const events = new Set(labelled.map((article) => article.event));
  if (events.size > 1) defects.push({ kind: 'mixed_story', detail: `mixes ${[...events].join(' + ')}` });
  // Two reports of one outlet are one source, as its newsroom is one (docs/summarization.md).
  const reports = independentReportCount(labelled);
  const shown = story.reportCount ?? story.outletCount;
  if (shown !== reports)
    defects.push({ kind: 'report_count', detail: `says ${shown} sources, ${reports} independent reports` });
  for (const source of story.sources) {
    const article = articles.get(source.articleId);
    if (article === undefined) continue;
    const reprint = article.wire !== null && article.wire !== article.outlet;
    const via = source.via ?? null;
    if (reprint && via === null)
      defects.push({
        kind: 'wire_credit',
        detail: `${article.outlet} carries ${article.wire} text, shown without "via"`,
      });
    if (!reprint && via !== null)
      defects.push({
        kind: 'wire_credit',
        detail: `${article.outlet} shown "via ${via}" for its own report`,
      });
  }
  const junkTitle = labelled.some((article) =>
    article.sentences.some(
      (sentence) => sentence.junk !== null && fold(sentence.text) === fold(story.headline),
    ),
  );
  // An article's own title is no junk for appearing as a related link on another page.
  const ownTitle =
    story.headline.split(/\s+/).length >= 4 &&
    labelled.some((article) => fold(article.title).includes(fold(story.headline)));
  if ((junkTitle && !ownTitle) || story.headline.trim().length === 0)
    defects.push({ kind: 'junk_headline', detail: `headline "${story.headline}"` });
  return defects;
}
