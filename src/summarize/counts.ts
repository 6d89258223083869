import { isYear } from '../shared/text/counted';
import { analyzeText, isNumber, SPELLED_FIGURES, stem, words } from '../shared/text/terms';

/**
 * The counts a sentence gives, read from its words alone: its death toll and the "figure state"
 * pairs ("30 missing", "40 injured") that tolls.ts compares across a story's reports.
 * docs/summarization.md, step 8.
 */

/** Ordinals up to the twentieth, each standing for its index plus two ("seventh": 7). */
const ORDINALS = (
  'second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth ' +
  'fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth'
).split(' ');

/**
 * The death toll a sentence gives: "killing at least 17 people", "At least nine miners were
 * killed", "Three workers have now died", "the death toll rose to 26", "kills 7", "The number of
 * people killed when… rose to 17", "…, bringing the confirmed death toll to 14", "41 people have
 * now been confirmed dead", "At least six people, three of them children, lost their lives", "The
 * number of the victims of the flash floods… rose to 12", "The number of inmates killed in the riot
 * at the El Oro No. 1 prison has risen to 17", "Civil Protection raised the death toll
 * from the Nueva Esperanza landslide to 14", "confirmed a seventh heat-related death".
 * Spelled-out figures are read by the toolkit, ordinals here.
 */
const TOLLS = [
  // A toll said to have changed comes first: "The death toll … rose to 23 on Tuesday after four more
  // injured passengers died overnight" gives 23, not the four who died overnight.
  /\btoll\b(?:[^.;]|\.(?=\S)){0,90}?\b(?:rose|rises|risen|climbed|climbs|reached|reaches|stood|stands|jumped|hit|hits|tops|topped|is|was)\s+(?:to\s+|at\s+)?(?:at least\s+)?([\d,]+|[a-z]+)\b/gi,
  /\bnumber of (?:the )?(?:(?:[a-z]+ )?(?:killed|dead|who (?:have |had )?(?:died|drowned|perished))|victims|deaths|fatalities)\b(?:[^.;]|\.(?=\S|\s\d)){0,140}?\b(?:rose|rises|risen|climbed|climbs|reached|reaches|stood|stands|jumped|hit|hits|tops|topped|is|was)\s+(?:to\s+|at\s+)?(?:at least\s+)?([\d,]+|[a-z]+)\b/gi,
  /\btoll\s+of\s+(?:at least\s+)?([\d,]+|[a-z]+)\b/gi,
  // "…, bringing the death toll to 14", "Civil Protection raised the death toll from the landslide to 14".
  /\b(?:bringing|taking|pushing|raising|putting|raised|raises|revised|revises|put|puts)\s+(?:the\s+)?(?:[a-z]+\s+)?(?:death\s+)?toll\s+(?:from\s+[^.;,]{1,60}?\s+)?(?:to|at)\s+(?:at least\s+)?([\d,]+|[a-z]+)\b/gi,
  /\b(?:killing|killed|kills|kill)\s+(?:at least\s+|more than\s+|some\s+|about\s+)?([\d,]+|[a-z]+)\b/gi,
  /\b([\d,]+|[a-z]+)\s+(?:[a-z]+\s+)?(?:were|are|was|(?:have|had)\s+(?:now\s+|so far\s+|already\s+)?been)\s+(?:now\s+)?(?:killed|dead|confirmed dead|martyred)\b/gi,
  /\b([\d,]+|[a-z]+)\s+(?:[a-z]+\s+){0,3}?(?:died|dead|deaths|drowned|perished|lost their lives)\b/gi,
  // With an aside after the counted noun ("At least six people, three of them children, lost…"):
  // the figure must be one, or the match would start at the first word.
  new RegExp(
    String.raw`\b([\d,]+|${SPELLED_FIGURES.join('|')})\s+[a-z]+,[^,.;]{1,40},\s+(?:died|drowned|perished|lost their lives)\b`,
    'gi',
  ),
  // "…grief and anger at the death of 13 workers in the boiler explosion".
  /\bdeaths?\s+of\s+(?:at least\s+|more than\s+|some\s+|about\s+)?([\d,]+|[a-z]+)\s+(?:[a-z]+\s+)?(?:people|persons|workers|miners|passengers|children|civilians|soldiers|residents|villagers|migrants|patients|tourists|pilgrims|fishermen|crew|students|men|women)\b/gi,
  // A death counted by its place in the toll: "the coroner's office has confirmed a seventh
  // heat-related death", "police said a fifth victim had died in hospital", "Storm Ilse has
  // claimed a third life".
  new RegExp(
    String.raw`\b(?:a|the)\s+(${ORDINALS.join('|')})\s+(?:[\w-]+\s+)?(?:death|victim|fatality)\b`,
    'gi',
  ),
  new RegExp(
    String.raw`\b(?:claimed|claims|claiming|took|takes|taken)\s+(?:a|its)\s+(${ORDINALS.join('|')})\s+life\b`,
    'gi',
  ),
  // A headline's "Two killed as…", "12 people killed in…", "At least eight killed as…", "Bannu: six
  // police martyred in…" (as South Asian outlets write of police and soldiers killed).
  /(?:^|:\s+)(?:(?:at least|more than|nearly|almost|about|some|over)\s+)?([\d,]+|[a-z]+)\s+(?:[a-z]+\s+)?(?:killed|martyred)\b/gi,
];

/** A digit or a spelled-out figure: most sentences have neither, and count nothing. */
const FIGURE_HINT = new RegExp(`\\d|\\b(?:${[...SPELLED_FIGURES, ...ORDINALS].join('|')})\\b`, 'i');

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
      const place = ORDINALS.indexOf(figure.toLowerCase());
      if (place >= 0) return String(place + 2);
      const term = analyzeText(figure).terms[0];
      if (term !== undefined && isNumber(term)) return term;
    }
  }
  return null;
}

/** What a count of people says became of them, besides the toll: "19 people are still missing". */
const STATES: ReadonlySet<string> = new Set(
  `missing injured wounded hurt trapped evacuated displaced homeless arrested detained rescued hospitalized hospitalised unaccounted cases infections ill sick poisoned`.split(
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
  String.raw`\bnumber of ([^.;:]{1,100}?)\b(?:has |have |had )?(?:risen|rose|climbed|increased|grown|grew|jumped|reached|fallen|fell|dropped)(?: to)? (\d[\d,.]*\d|\d|(?:${SPELLED_FIGURES.join('|')})\b)`,
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

/** COUNT_ROSE's verbs, a cheap test before it. */
const RISE_WORD = /\b(?:ris|rose|climb|reach|jump|grow|grew|increas)/i;

/** A count of cases told as tests: "Six people, including two doctors and a nurse, have tested positive". */
const TESTED_POSITIVE = new RegExp(
  String.raw`\b(\d[\d,]*|${SPELLED_FIGURES.join('|')})\s+(?:[\p{L}-]+(?=[\s,]))?\s*(?:,[^,.;]{1,80},\s+)?(?:have\s+|has\s+|had\s+)?(?:now\s+)?tested positive\b`,
  'iu',
);

/** A time of day ("in the 6:15 a.m. blast", "at 9 p.m."), whose hour counts nothing. */
const CLOCK_TIME = /\b\d{1,2}:\d{2}\b(?:\s*[ap]\.?m\b\.?)?|\b\d{1,2}(?:\.\d{2})?\s*[ap]\.?m\b\.?/gi;

/** What ends a clause between a state and a figure: a semicolon, a comma, a dash set apart. */
const CLAUSE_BREAK = /;|,\s|\s[—–]\s/;

const PART_OF: ReadonlySet<string> = new Set(['the', 'those', 'these', 'them', 'whom']);
/** "Three more cases…": what was added to a count, not the count. */
const ADDED: ReadonlySet<string> = new Set(['more', 'additional', 'further', 'extra', 'new']);

/** A total a sentence brings a count to: "Three more cases have been confirmed…, bringing the total to 15". */
const TOTAL_TO = new RegExp(
  String.raw`\b(?:bringing|taking|pushing|raising|lifting|putting)\s+(?:the\s+)?(?:total|tally|count)\b([^.;:]{0,40}?)\s+to\s+(?:at least\s+)?(\d[\d,]*|${SPELLED_FIGURES.join('|')})\b`,
  'iu',
);

function totalCount(text: string, tokens: readonly string[]): string | null {
  const total = TOTAL_TO.exec(text);
  if (total === null) return null;
  const state = [...words(total[1] ?? ''), ...tokens].find((word) => STATES.has(word));
  return state === undefined ? null : `${stem(words(total[2] ?? '')[0] ?? '')} ${state}`;
}

/** What people sought when they fell ill: "sought medical care", "sought treatment". */
const SOUGHT_CARE: ReadonlySet<string> = new Set(['medical', 'treatment', 'care', 'hospital']);

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

/** " of the MT Banshkhali Star", " of Karnaphuli Marine Lines": an owner named in capitals. */
const NAMED_OWNER =
  /\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}\p{N}'’.&-]*\s+){0,4}\p{Lu}[\p{L}\p{N}'’.&-]*(?=[\s,;.])/gu;

/** The figure of the part a whole at `i` is taken from: "three" of "Three of the 18 crew", or null. */
function partBefore(tokens: readonly string[], i: number): string | null {
  const of = tokens[i - 1] === 'the' ? i - 2 : i - 1;
  const part = stem(tokens[of - 1] ?? '');
  return tokens[of] === 'of' && isNumber(part) ? part : null;
}

/** Verbs that open a clause's predicate: a state after one is told of the subject, not of a noun. */
const FINITE: ReadonlySet<string> = new Set([
  'is',
  'are',
  'was',
  'were',
  'remain',
  'remains',
  'remained',
  'have',
  'has',
  'had',
]);

/** One count under two names: "six hurt" and "Eleven people have now been injured", "12 infected" and "15 cases", "40 fell ill" and "52 cases". */
const SAME_STATE: ReadonlyMap<string, string> = new Map([
  ['hurt', 'injured'],
  ['homeless', 'displaced'],
  ['hospitalised', 'hospitalized'],
  ['infected', 'cases'],
  // "58 children fell ill", "the number of people poisoned rose to 64": an outbreak's cases.
  ['ill', 'cases'],
  ['sick', 'cases'],
  ['poisoned', 'cases'],
]);

/**
 * The "figure state" pairs a sentence gives ("30 missing", "40 injured"), read with the shared
 * stemmer, and its death toll as "figure dead".
 */
export function statedCounts(text: string, subjects = true): string[] {
  if (!FIGURE_HINT.test(text)) return [];
  const clocked = text.includes(':') || /\d\s*[ap]\.?m\b/i.test(text) ? text.replace(CLOCK_TIME, ' ') : text;
  // What the counted belong to, by its name, stands between a figure and its state as no word of the
  // count does: "Three crew members of the MT Banshkhali Star remain missing".
  const read = clocked.includes(' of ') ? clocked.replace(NAMED_OWNER, '') : clocked;
  const tokens = words(read);
  // Which clause each word is in, read only when a state stands before a figure: it counts the
  // figure only in its own clause ("Five other colleagues were injured; two remain in hospital"
  // counts five injured, not two).
  let clauseOf: readonly number[] | null = null;
  const sameClause = (a: number, b: number): boolean => {
    if (clauseOf === null) {
      const clauses = read.split(CLAUSE_BREAK).flatMap((clause, at) => words(clause).map(() => at));
      clauseOf = clauses.length === tokens.length ? clauses : [];
    }
    return clauseOf[a] === clauseOf[b];
  };
  const found: string[] = [];
  const toll = tollOf(text);
  if (toll !== null) found.push(`${toll} dead`);
  const tested = subjects && text.includes('tested positive') ? TESTED_POSITIVE.exec(text) : null;
  if (tested !== null) found.push(`${stem((tested[1] ?? '').toLowerCase())} cases`);
  const rose = risenCount(text, subjects);
  if (rose !== null) found.push(rose);
  const total = totalCount(text, tokens);
  if (total !== null) found.push(total);
  for (let i = 0; i < tokens.length; i++) {
    const figure = stem(tokens[i] ?? '');
    if (!isNumber(figure) || isYear(figure)) continue;
    // "Six of the injured were taken to hospital", "31 people were injured, six of whom…": a part
    // of a count, not a count.
    if (tokens[i + 1] === 'of' && PART_OF.has(tokens[i + 2] ?? '')) continue;
    if (ADDED.has(tokens[i + 1] ?? '')) continue;
    // "Three of the 18 crew are still missing": a state told after a verb is the part's, whose figure
    // stands before the whole's; "Six of the 40 people injured were in hospital" gives the whole's.
    const part = partBefore(tokens, i);
    const from = Math.max(0, i - 3);
    const before = tokens.slice(from, i).find((word, k) => STATE_FIRST.has(word) && sameClause(from + k, i));
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
        const partCounted = part !== null && tokens.slice(i + 1, j).some((word) => FINITE.has(word));
        found.push(`${partCounted ? part : figure} ${tokens[j]}`);
        break;
      }
      // "64 children had sought medical care": an outbreak's cases.
      if (j <= i + STATE_WINDOW && tokens[j] === 'sought' && SOUGHT_CARE.has(tokens[j + 1] ?? '')) {
        found.push(`${figure} cases`);
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
 * The count a text says rose, fell or reached a figure ("the number of confirmed cases rose to 23":
 * "23 cases"; with `subjects`, also "cases reach 13": "13 cases"), or null.
 */
export function risenCount(text: string, subjects = true): string | null {
  const number = NUMBER_ROSE.exec(text);
  // "The number of people infected … has risen to 12": a count of cases. Elsewhere "infected" may
  // name a part of one ("…rise to five, two health workers infected").
  const state = words(number?.[1] ?? '').find((word) => STATES.has(word) || word === 'infected');
  if (number !== null && state !== undefined)
    return sameState(`${stem(words(number[2] ?? '')[0] ?? '')} ${state}`);
  const subject = subjects && RISE_WORD.test(text) ? COUNT_ROSE.exec(text) : null;
  return subject === null
    ? null
    : sameState(`${stem((subject[2] ?? '').toLowerCase())} ${(subject[1] ?? '').toLowerCase()}`);
}

function sameState(pair: string): string {
  const [figure = '', state = ''] = pair.split(' ');
  return `${figure} ${SAME_STATE.get(state) ?? state}`;
}
