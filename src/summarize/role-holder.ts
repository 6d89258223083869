import { type ArticlePeople, articlePeople } from './article-people';
import { type Person, peopleIn } from './people';
import type { StoryModel } from './story-model';

/** A role written as its initials: "the CS said" (Cabinet Secretary), "the PM", "the CEO". */
const INITIALS = /^[A-Z]{2,4}$/;

/**
 * Whether the text around a person names them with `word`: the word itself near the name, or,
 * for initials, the capitalized title just before the name ("Cabinet Secretary Joseph Mwangangi"
 * for "the CS", "CS Joseph Mwangangi" too; docs/summarization.md, "Points that stand alone").
 */
function holds(text: string, person: Person, word: string): boolean {
  // "the 41-year-old" holds "Claudine Uwase, 41," or "Uwase (41)": an age after the name.
  const age = /^(\d{1,3})-year-old$/.exec(word)?.[1];
  if (age !== undefined) {
    const after = text.slice(person.at + person.name.length, person.at + person.name.length + 12);
    return new RegExp(`^(?:,\\s*|\\s*\\(\\s*(?:aged\\s+)?)${age}\\b`).test(after);
  }
  if (!INITIALS.test(word)) {
    const around = text.slice(Math.max(0, person.at - 40), person.at + person.name.length + 50);
    return around.toLowerCase().includes(word.toLowerCase());
  }
  const before = text.slice(Math.max(0, person.at - 60), person.at);
  if (new RegExp(`\\b${word}\\s+$`).test(before)) return true;
  const title = /((?:\p{Lu}[\p{L}-]*\s+){2,5})$/u.exec(before)?.[1] ?? '';
  const initials = title
    .trim()
    .split(/\s+/)
    .map((part) => part.charAt(0))
    .join('');
  return initials.includes(word);
}

/**
 * The one person the sentences just before name with a role ("Transport Minister Marta
 * Ibarrola" for "the minister"), within the same reach (`lookBack`) as a pronoun's referent.
 */
export function roleHolder(model: StoryModel, index: number, role: string, lookBack: number): Person | null {
  const sentence = model.sentences[index];
  const word = role.split(/\s+/).pop() ?? '';
  if (sentence === undefined || word.length === 0) return null;
  const first = model.firstSentence[sentence.article] ?? index;
  const { known, alone } = articlePeople(model, index);
  const qualifiers = qualifiersOf(role);
  if (qualifiers.length > 0)
    return qualifiedHolder(model, { first, index, lookBack, word, known, alone }, qualifiers);
  const holders = new Map<string, Person>();
  for (let i = Math.max(first, index - lookBack); i < index; i++) {
    const text = model.sentences[i]?.text ?? '';
    for (const person of peopleIn(text, known, alone)) {
      if (holds(text, person, word)) holders.set(person.surname, person);
    }
  }
  const [only, ...others] = [...holders.values()];
  return only !== undefined && others.length === 0 ? only : null;
}

/** Letters of a qualifier a place name must open with: "Uzbe" for "the Uzbek minister" and "Uzbekistan". */
const QUALIFIER_STEM = 4;
/** How near a person's name the place must be written. */
const QUALIFIER_REACH = 25;

/** The capitalized words between "the" and the role ("Uzbek" in "the Uzbek minister"), cut to their stems. */
function qualifiersOf(role: string): string[] {
  return role
    .split(/\s+/)
    .slice(1, -1)
    .filter((word) => /^\p{Lu}\p{Ll}/u.test(word) && word.length >= QUALIFIER_STEM)
    .map((word) => word.slice(0, QUALIFIER_STEM));
}

/** Where to look for a role's holder, and the article's people as `articlePeople` read them. */
type HolderSearch = { first: number; index: number; lookBack: number; word: string } & Pick<
  ArticlePeople,
  'known' | 'alone'
>;

/**
 * A role with a capitalized qualifier ("the Uzbek minister") is held by the one person, of the
 * sentences just before that name the role at all, whose name is written nearest a word opening
 * as the qualifier does ("…ministers, Dana Abenova of Kazakhstan and Bakhtiyor Rakhmatov of
 * Uzbekistan": Rakhmatov), when no other is as near; otherwise it stays ambiguous.
 */
function qualifiedHolder(
  model: StoryModel,
  { first, index, lookBack, word, known, alone }: HolderSearch,
  qualifiers: string[],
): Person | null {
  const nearest = new Map<string, { person: Person; gap: number }>();
  for (let i = Math.max(first, index - lookBack); i < index; i++) {
    const text = model.sentences[i]?.text ?? '';
    if (!text.toLowerCase().includes(word.toLowerCase())) continue;
    const places = [...text.matchAll(/\p{Lu}\p{L}+/gu)].filter((place) =>
      qualifiers.some((stem) => place[0].startsWith(stem)),
    );
    for (const person of peopleIn(text, known, alone)) {
      for (const place of places) {
        const end = person.at + person.name.length;
        const gap = place.index >= end ? place.index - end : person.at - (place.index + place[0].length);
        const seen = nearest.get(person.surname);
        if (gap >= 0 && gap <= QUALIFIER_REACH && (seen === undefined || gap < seen.gap))
          nearest.set(person.surname, { person, gap });
      }
    }
  }
  const [best, next] = [...nearest.values()].sort((a, b) => a.gap - b.gap);
  return best !== undefined && (next === undefined || next.gap > best.gap) ? best.person : null;
}
