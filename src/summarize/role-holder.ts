import { articlePeople } from './article-people';
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
  const holders = new Map<string, Person>();
  const { known, alone } = articlePeople(model, index);
  for (let i = Math.max(first, index - lookBack); i < index; i++) {
    const text = model.sentences[i]?.text ?? '';
    for (const person of peopleIn(text, known, alone)) {
      if (holds(text, person, word)) holders.set(person.surname, person);
    }
  }
  const [only, ...others] = [...holders.values()];
  return only !== undefined && others.length === 0 ? only : null;
}
