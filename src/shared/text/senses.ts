import { stem } from './terms';

/**
 * Words that news copy uses for one another when it tells the same fact in other words ("hundreds
 * of travellers are stuck" and "about 400 passengers were stranded"). Each group's words stand
 * for the same thing or the same happening in a report of an event; a group is only added with the
 * shapes it was found in (docs/summarization.md "Repeats in other words").
 */
const SAME_SENSE: readonly (readonly string[])[] = [
  ['passengers', 'travellers', 'travelers'],
  ['stranded', 'stuck'],
  ['workers', 'employees', 'staff'],
  ['injured', 'hurt', 'wounded'],
  ['trapped', 'buried'],
  ['homes', 'houses'],
  ['soldiers', 'troops'],
  ['vessels', 'ships'],
  ['abducted', 'kidnapped'],
  ['began', 'started'],
  ['researchers', 'scientists'],
];

const SENSE = new Map(
  SAME_SENSE.flatMap((group) => group.map((word) => [stem(word), stem(group[0] ?? word)] as const)),
);

/** The stem that stands for a stem's sense: itself unless a group of SAME_SENSE holds it. */
export function senseOf(stemmed: string): string {
  return SENSE.get(stemmed) ?? stemmed;
}
