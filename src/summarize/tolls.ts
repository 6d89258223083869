import { isYear } from '../shared/text/counted';
import { baseForm } from '../shared/text/irregular-forms';
import { analyzeText, isNumber, namesIn, SPELLED_FIGURES, stem, words } from '../shared/text/terms';
import { isPointCandidate } from './candidates';
import { perSentence, type SentenceMemo, type StoryModel } from './story-model';

/**
 * The repeat rules about counts (repeats.ts): a death toll a newer report replaced, the same
 * toll given again, a count of the missing or injured a newer report gives differently.
 * docs/summarization.md, step 8.
 */

/**
 * The death toll a sentence gives: "killing at least 17 people", "At least nine miners were
 * killed", "Three workers have now died", "the death toll rose to 26", "kills 7", "The number of
 * people killed when… rose to 17", "…, bringing the confirmed death toll to 14", "41 people have
 * now been confirmed dead", "At least six people, three of them children, lost their lives", "The
 * number of the victims of the flash floods… rose to 12", "Civil Protection raised the death toll
 * from the Nueva Esperanza landslide to 14".
 * Spelled-out figures are read by the toolkit.
 */
const TOLLS = [
  /\b(?:killing|killed|kills|kill)\s+(?:at least\s+|more than\s+|some\s+|about\s+)?([\d,]+|[a-z]+)\b/gi,
  /\b([\d,]+|[a-z]+)\s+(?:[a-z]+\s+)?(?:were|are|was|(?:have|had)\s+(?:now\s+|so far\s+|already\s+)?been)\s+(?:now\s+)?(?:killed|dead|confirmed dead)\b/gi,
  /\b([\d,]+|[a-z]+)\s+(?:[a-z]+\s+){0,3}?(?:died|dead|deaths|drowned|perished|lost their lives)\b/gi,
  // With an aside after the counted noun ("At least six people, three of them children, lost…"):
  // the figure must be one, or the match would start at the first word.
  new RegExp(
    String.raw`\b([\d,]+|${SPELLED_FIGURES.join('|')})\s+[a-z]+,[^,.;]{1,40},\s+(?:died|drowned|perished|lost their lives)\b`,
    'gi',
  ),
  /\btoll\b(?:[^.;]|\.(?=\S)){0,90}?\b(?:rose|rises|risen|climbed|climbs|reached|reaches|stood|stands|jumped|hit|is|was)\s+(?:to\s+|at\s+)?(?:at least\s+)?([\d,]+|[a-z]+)\b/gi,
  /\bnumber of (?:the )?(?:(?:people |those |persons )?(?:killed|dead|who (?:have |had )?(?:died|drowned|perished))|victims|deaths|fatalities)\b[^.;]{0,140}?\b(?:rose|rises|risen|climbed|climbs|reached|reaches|stood|stands|jumped|hit|is|was)\s+(?:to\s+|at\s+)?(?:at least\s+)?([\d,]+|[a-z]+)\b/gi,
  /\btoll\s+of\s+(?:at least\s+)?([\d,]+|[a-z]+)\b/gi,
  // "…grief and anger at the death of 13 workers in the boiler explosion".
  /\bdeaths?\s+of\s+(?:at least\s+|more than\s+|some\s+|about\s+)?([\d,]+|[a-z]+)\s+(?:[a-z]+\s+)?(?:people|persons|workers|miners|passengers|children|civilians|soldiers|residents|villagers|migrants|patients|tourists|pilgrims|fishermen|crew|students|men|women)\b/gi,
  // A headline's "Two killed as…", "12 people killed in…".
  /^([\d,]+|[a-z]+)\s+(?:[a-z]+\s+)?killed\b/gi,
  // "…, bringing the death toll to 14", "Civil Protection raised the death toll from the landslide to 14".
  /\b(?:bringing|taking|pushing|raising|putting|raised|raises|revised|revises|put|puts)\s+(?:the\s+)?(?:[a-z]+\s+)?(?:death\s+)?toll\s+(?:from\s+[^.;,]{1,60}?\s+)?(?:to|at)\s+(?:at least\s+)?([\d,]+|[a-z]+)\b/gi,
];

/** A digit or a spelled-out figure: most sentences have neither, and count nothing. */
const FIGURE_HINT = new RegExp(`\\d|\\b(?:${SPELLED_FIGURES.join('|')})\\b`, 'i');

/** The death toll a text gives ("…death toll rises to 14 as aftershocks rattle…"), or null. */
export function tollOf(text: string): string | null {
  if (!FIGURE_HINT.test(text)) return null;
  // Each pattern over the whole sentence: a match may hold a word where the figure should be, and
  // the figure starts a later match ("…have now died"), or a later word of the same one ("At least
  // nine people have died" first matches at "least"), so the next try starts a word on.
  for (const pattern of TOLLS) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      const figure = match[1];
      pattern.lastIndex = match.index + 1;
      // "Four of the dead were Indian nationals": a part of the toll, not the toll.
      if (figure === undefined) continue;
      if (match[0].startsWith(figure) && /^\S+\s+of\s+(?:the|those|them)\b/i.test(match[0])) continue;
      const term = analyzeText(figure).terms[0];
      if (term !== undefined && isNumber(term)) return term;
    }
  }
  return null;
}

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

/** What a count of people says became of them, besides the toll: "19 people are still missing". */
const STATES: ReadonlySet<string> = new Set(
  `missing injured wounded hurt trapped evacuated displaced homeless arrested detained rescued hospitalized hospitalised unaccounted cases infections`.split(
    /\s+/,
  ),
);

/**
 * Homes and people cut off from a supply, a state that changes by the hour: "about 158,000 homes
 * and businesses remained without electricity", "61,000 customers were still without power",
 * "158,000 remain in the dark".
 * Read further than the other states, past "homes and businesses in the province remained".
 */
const CUT_OFF_WINDOW = 9;
const CUT_OFF: ReadonlyMap<string, string> = new Map([
  ['power', 'power'],
  ['electricity', 'power'],
  ['heat', 'heat'],
  ['heating', 'heat'],
  ['water', 'water'],
]);

/** Words from a figure to the state it counts: "30 people still missing", "19 people are still missing". */
const STATE_WINDOW = 5;

/** A state told before its figure: "injuring at least 40 people", "The crash injured 52 people". */
const STATE_FIRST: ReadonlyMap<string, string> = new Map([
  ['injuring', 'injured'],
  ['injured', 'injured'],
  ['wounding', 'wounded'],
  ['wounded', 'wounded'],
  ['displacing', 'displaced'],
  ['displaced', 'displaced'],
  ['evacuated', 'evacuated'],
  ['arrested', 'arrested'],
  ['detained', 'detained'],
  ['rescued', 'rescued'],
]);

/**
 * A count told as a number that rose or fell: "The number of people evacuated … has risen to
 * 4,850", "the number of confirmed cases rose to 23".
 */
const NUMBER_ROSE = new RegExp(
  String.raw`\bnumber of ([^.;:]{1,80}?)\b(?:has |have |had )?(?:risen|rose|climbed|increased|grown|grew|jumped|reached|fallen|fell|dropped)(?: to)? (\d[\d,.]*\d|\d|(?:${SPELLED_FIGURES.join('|')})\b)`,
  'iu',
);

/**
 * A count that is itself the subject of a rise: "Confirmed cases of Crimean-Congo haemorrhagic
 * fever in Quetta have risen to nine", "…as Congo virus cases reach 13".
 */
const COUNT_ROSE = new RegExp(
  String.raw`(?:^|\b(?:as|and|while|with)\s+)(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(${[...STATES].join('|')})\b(?:\s+(?:of|in|among|at)\s+[^.;:,]{1,60}?)?\s+(?:has\s+|have\s+)?(?:now\s+)?(?:risen|rose|rises|rise|climbed|climbs|reached|reaches|reach|jumped|grown|grew|increased)\s+(?:to\s+)?(?:at least\s+)?(\d[\d,]*|${SPELLED_FIGURES.join('|')})\b`,
  'iu',
);

/** A count of cases told as tests: "Six people, including two doctors and a nurse, have tested positive". */
const TESTED_POSITIVE = new RegExp(
  String.raw`\b(\d[\d,]*|${SPELLED_FIGURES.join('|')})\s+(?:[\p{L}-]+(?=[\s,]))?\s*(?:,[^,.;]{1,80},\s+)?(?:have\s+|has\s+|had\s+)?(?:now\s+)?tested positive\b`,
  'iu',
);

const PART_OF: ReadonlySet<string> = new Set(['the', 'those', 'these', 'them', 'whom']);

/** People told as out of their homes: "380 people are out of their homes", "…who cannot go home". */
function outOfHome(tokens: readonly string[], at: number): boolean {
  const [first, second, third, fourth] = tokens.slice(at, at + 4);
  if (first === 'cannot' && second === 'go' && third === 'home') return true;
  return (
    (first === 'out' || first === 'away') &&
    (second === 'of' || second === 'from') &&
    (third === 'their' || third === 'his' || third === 'her') &&
    (fourth === 'home' || fourth === 'homes')
  );
}

/** One count under two names: "six hurt" and "Eleven people have now been injured". */
const SAME_STATE: ReadonlyMap<string, string> = new Map([
  ['hurt', 'injured'],
  ['homeless', 'displaced'],
  ['hospitalised', 'hospitalized'],
]);

/**
 * The "figure state" pairs a sentence gives ("30 missing", "40 injured"), read with the shared
 * stemmer, and its death toll as "figure dead".
 */
function statedCounts(text: string, subjects = true): string[] {
  if (!FIGURE_HINT.test(text)) return [];
  const tokens = words(text);
  const found: string[] = [];
  const toll = tollOf(text);
  if (toll !== null) found.push(`${toll} dead`);
  const tested = subjects ? TESTED_POSITIVE.exec(text) : null;
  if (tested !== null) found.push(`${stem((tested[1] ?? '').toLowerCase())} cases`);
  const rose = risenCount(text, subjects);
  if (rose !== null) found.push(rose);
  for (let i = 0; i < tokens.length; i++) {
    const figure = stem(tokens[i] ?? '');
    if (!isNumber(figure) || isYear(figure)) continue;
    // "Six of the injured were taken to hospital", "31 people were injured, six of whom…": a part
    // of a count, not a count.
    if (tokens[i + 1] === 'of' && PART_OF.has(tokens[i + 2] ?? '')) continue;
    const before = tokens.slice(Math.max(0, i - 3), i).find((word) => STATE_FIRST.has(word));
    if (before !== undefined) {
      found.push(`${figure} ${STATE_FIRST.get(before)}`);
      continue;
    }
    for (let j = i + 1; j < tokens.length && j <= i + CUT_OFF_WINDOW; j++) {
      if (isNumber(stem(tokens[j] ?? ''))) break;
      const cut =
        tokens[j] === 'without'
          ? CUT_OFF.get(tokens[j + 1] ?? '')
          : tokens[j] === 'dark' && tokens[j - 1] === 'the' && tokens[j - 2] === 'in'
            ? 'power'
            : undefined;
      if (cut !== undefined) {
        found.push(`${figure} without-${cut}`);
        break;
      }
      if (j <= i + STATE_WINDOW && STATES.has(tokens[j] ?? '')) {
        found.push(`${figure} ${tokens[j]}`);
        break;
      }
      if (j <= i + STATE_WINDOW && outOfHome(tokens, j)) {
        found.push(`${figure} displaced`);
        break;
      }
    }
  }
  return found.map(sameState);
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

const newestCounts = new WeakMap<StoryModel, Map<string, { figure: string; time: number }[]>>();

/** Every count of a state in the story, with the time of the article that gives it. */
function countsByState(model: StoryModel): Map<string, { figure: string; time: number }[]> {
  const known = newestCounts.get(model);
  if (known !== undefined) return known;
  const byState = new Map<string, { figure: string; time: number }[]>();
  model.sentences.forEach((sentence, index) => {
    const time = model.writtenAt[sentence.article] ?? Number.NaN;
    if (!Number.isFinite(time)) return;
    for (const pair of countsOf(model, index)) {
      const [figure = '', state = ''] = pair.split(' ');
      const list = byState.get(state) ?? [];
      list.push({ figure, time });
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
  return outdated(model, countsOf(model, index), sentence.article);
}

/**
 * Whether a sentence gives the death toll its article's title gives, or the count the title says
 * rose: "…as Congo virus cases reach 13" is told by "The number of confirmed … cases in Quetta
 * rose to 13 on Friday…". Other counts of a title ("…kills one, injures 31") are details the
 * opening need not give.
 */
export function tellsTitleCount(title: string, text: string): boolean {
  const toll = tollOf(title);
  if (toll !== null && tollOf(text) === toll) return true;
  const rose = risenCount(title);
  return rose !== null && statedCounts(text).includes(rose);
}

/**
 * The count a text says rose, fell or reached a figure ("the number of confirmed cases rose to 23":
 * "23 cases"; with `subjects`, also "cases reach 13": "13 cases"), or null.
 */
function risenCount(text: string, subjects = true): string | null {
  const number = NUMBER_ROSE.exec(text);
  const state = words(number?.[1] ?? '').find((word) => STATES.has(word));
  if (number !== null && state !== undefined)
    return sameState(`${stem(words(number[2] ?? '')[0] ?? '')} ${state}`);
  const subject = subjects ? COUNT_ROSE.exec(text) : null;
  return subject === null
    ? null
    : sameState(`${stem((subject[2] ?? '').toLowerCase())} ${(subject[1] ?? '').toLowerCase()}`);
}

function sameState(pair: string): string {
  const [figure = '', state = ''] = pair.split(' ');
  return `${figure} ${SAME_STATE.get(state) ?? state}`;
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

function outdated(model: StoryModel, pairs: readonly string[], article: number): boolean {
  const time = model.writtenAt[article] ?? Number.NaN;
  if (!Number.isFinite(time) || pairs.length === 0) return false;
  const byState = countsByState(model);
  return pairs.some((pair) => {
    const [figure = '', state = ''] = pair.split(' ');
    const counts = byState.get(state) ?? [];
    // A newer report's figure that an older one gave too is told back ("when six people were
    // reported hurt"), not a newer count.
    return counts.some(
      (other) =>
        other.time - time >= NEWER_REPORT_MS &&
        other.figure !== figure &&
        !counts.some((earlier) => earlier.figure === other.figure && earlier.time <= time),
    );
  });
}
