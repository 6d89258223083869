import { WEEKDAY } from '../shared/text/scene-captions';
import { loneCapitals, type Person, peopleIn } from './people';
import { perArticle, type SentenceMemo, type StoryModel } from './story-model';

/**
 * What an article says of its people, read once per article (standalone.ts): who it names in
 * full before each sentence, their genders, the capitalized words it writes alone, and a cheap
 * first reading of whether a sentence names someone by surname alone. docs/summarization.md
 * ("Points that stand alone").
 */

export interface ArticlePeople {
  /** Surnames of people the article names in full before the sentence. */
  known: Set<string>;
  /** What courtesy titles ("Mr.", "Ms.") say of a surname anywhere in the article. */
  gender: Map<string, 'he' | 'she'>;
  /** Capitalized words the article (title included) writes on their own. */
  alone: Set<string>;
}

/** What an article says of its people, read once per article: who is named in full before each sentence, genders, lone capitals. */
interface ArticleReading {
  /** Surnames named in full before each of the article's sentences (by offset), and after the last. */
  knownBefore: Set<string>[];
  gender: Map<string, 'he' | 'she'>;
  alone: Set<string>;
}

const readings: SentenceMemo<ArticleReading> = new WeakMap();

function readArticle(model: StoryModel, of: number): ArticleReading {
  const article = model.articles[of];
  const texts = (article?.sentences ?? []).map((own) => own.text);
  const alone = loneCapitals([article?.doc.title ?? '', ...texts]);
  const known = new Set<string>();
  const knownBefore: Set<string>[] = [];
  const gender = new Map<string, 'he' | 'she'>();
  texts.forEach((text) => {
    knownBefore.push(new Set(known));
    const people = dedupe(peopleIn(text, known, alone));
    for (const person of people) {
      if (person.name !== person.surname) known.add(person.surname);
      if (person.gender !== null) gender.set(person.surname, person.gender);
    }
    // "Lena Voss accepted his resignation and said she would…": the one person a sentence names
    // is the "she" after the name ("his" may be someone else's).
    const only = people.length === 1 ? people[0] : undefined;
    if (only !== undefined && !gender.has(only.surname)) {
      const after = text.slice(only.at + only.name.length);
      const he = /\bhe\b/i.test(after);
      const she = /\bshe\b/i.test(after);
      if (he !== she) gender.set(only.surname, he ? 'he' : 'she');
    }
  });
  knownBefore.push(known);
  return { knownBefore, gender, alone };
}

/** What the article of sentence `index` says of its people, as known before that sentence. */
export function articlePeople(model: StoryModel, index: number): ArticlePeople {
  const of = model.sentences[index]?.article ?? -1;
  const reading = perArticle(readings, model, of, () => readArticle(model, of));
  const offset = Math.max(0, index - (model.firstSentence[of] ?? index));
  const known = reading.knownBefore[Math.min(offset, reading.knownBefore.length - 1)] ?? new Set<string>();
  return { known, gender: reading.gender, alone: reading.alone };
}

const lastNamesOf: SentenceMemo<ReadonlySet<string>> = new WeakMap();

/**
 * Every word an article writes as the last of two capitalized words: a cheap superset of its
 * full names' surnames. What `/\p{Lu}[\p{L}'’.-]*\s+(?=(\p{Lu}[\p{L}'’-]+))/gu` captures, read
 * by hand: that pattern tries the Unicode classes at every position, which costs several times
 * more on text stored as two bytes a character (any text with a curly quote or a dash).
 */
export function lastNames(model: StoryModel, article: number): ReadonlySet<string> {
  return perArticle(lastNamesOf, model, article, () => {
    const found = new Set<string>();
    for (const sentence of model.articles[article]?.sentences ?? []) addSecondNames(sentence.text, found);
    return found;
  });
}

const UPPER = /\p{Lu}/u;
const LETTER = /\p{L}/u;
const SPACE = /\s/;

function isUpper(code: number): boolean {
  return code < 128 ? code >= 65 && code <= 90 : UPPER.test(String.fromCodePoint(code));
}

function isLetter(code: number): boolean {
  return code < 128
    ? (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
    : LETTER.test(String.fromCodePoint(code));
}

function isSpace(code: number): boolean {
  return code < 128 ? code === 32 || (code >= 9 && code <= 13) : SPACE.test(String.fromCharCode(code));
}

/** Where a run of letters, apostrophes and hyphens (and full stops, with `dots`) starting at `from` ends. */
function wordEnd(text: string, from: number, dots: boolean): number {
  let at = from;
  while (at < text.length) {
    const code = text.codePointAt(at) ?? 0;
    if (!(isLetter(code) || code === 39 || code === 0x2019 || code === 45 || (dots && code === 46))) break;
    at += code > 0xffff ? 2 : 1;
  }
  return at;
}

/** A word without a closing "'s" or "’s". */
function withoutPossessive(word: string): string {
  const end = word.length;
  return end >= 2 && word[end - 1] === 's' && (word[end - 2] === "'" || word[end - 2] === '’')
    ? word.slice(0, end - 2)
    : word;
}

/** Adds the second word of each pair of capitalized words in `text`, without a closing "'s". */
function addSecondNames(text: string, found: Set<string>): void {
  let at = 0;
  while (at < text.length) {
    const code = text.codePointAt(at) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    if (isUpper(code)) {
      const first = wordEnd(text, at + width, true);
      let next = first;
      while (next < text.length && isSpace(text.charCodeAt(next))) next++;
      const initial = next > first && next < text.length ? (text.codePointAt(next) ?? 0) : 0;
      if (isUpper(initial)) {
        const start = next + (initial > 0xffff ? 2 : 1);
        const end = wordEnd(text, start, false);
        if (end > start) {
          found.add(withoutPossessive(text.slice(next, end)));
          at = next;
          continue;
        }
      }
    }
    at += width;
  }
}

/** Courtesy and rank titles: "Mr Adomako", "Col. Garba" still name someone by surname alone. */
const COURTESY =
  /(?:^|\s)(?:Mr|Mrs|Ms|Dr|Prof|Col|Gen|Lt|Capt|Sgt|Supt|Sen|Rep|Gov|Rev|Sir|Dame|Maj|Cmdr|Adm)\.?\s+$/;
const WORD_BEFORE = /(\S+)\s+$/;
/** A weekday before a surname is no first name: "Since Monday Alemayehu has queued…". */
const WEEKDAY_WORD = new RegExp(`^${WEEKDAY}$`);

/**
 * Whether a text writes one of those words without a first name before it: most sentences name
 * no one that way, and the article's people are read (articlePeople) only for the rest.
 */
export function mayNameBare(text: string, surnames: ReadonlySet<string>): boolean {
  for (const surname of surnames) {
    for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
      const next = text.charCodeAt(at + surname.length);
      if (at > 0 && /[\p{L}]/u.test(text[at - 1] ?? '')) continue;
      if (next >= 97 && next <= 122) continue;
      const before = text.slice(Math.max(0, at - 24), at);
      // A first name sits right before the surname, with no comma between ("…in Boa Vista, Arruda said").
      const previous = WORD_BEFORE.exec(before)?.[1] ?? '';
      if (!/^\p{Lu}[^,;:]*$/u.test(previous) || COURTESY.test(before) || WEEKDAY_WORD.test(previous))
        return true;
    }
  }
  return false;
}

export function dedupe(people: Person[]): Person[] {
  const seen = new Set<string>();
  return people.filter((person) => !seen.has(person.surname) && seen.add(person.surname));
}
