import { senseOf } from '../shared/text/senses';
import { stem } from '../shared/text/terms';
import { contentStems, type ShownPoint } from './clauses';
import { REPORTING_STEMS } from './story-model';

/**
 * One count given roughly in one point and exactly in another ("tens of thousands of people" and
 * "30,000 people"; "more than 400 Tamil Nadu fishermen" and "412 Indian fishermen"): a repeat
 * rule of repeats.ts, docs/summarization.md step 8.
 */

/** A count given roughly and the exact figures it covers: "tens of thousands of people" and "30,000 people". */
const ROUGH_RANGES: ReadonlyArray<[RegExp, number, number]> = [
  [/\bhundreds of thousands of\s+(?:[a-z]+\s+){0,2}?([a-z]+)/gi, 200_000, 999_999],
  [/\btens of thousands of\s+(?:[a-z]+\s+){0,2}?([a-z]+)/gi, 20_000, 99_999],
  [/(?<!of )\bthousands of\s+(?:[a-z]+\s+){0,2}?([a-z]+)/gi, 2_000, 9_999],
  [/(?<!of )\bhundreds of\s+(?:[a-z]+\s+){0,2}?([a-z]+)/gi, 200, 999],
  [/\bdozens of\s+(?:[a-z]+\s+){0,2}?([a-z]+)/gi, 24, 99],
];

const ROUGH_HINT =
  /\b(?:dozens|hundreds|thousands) of\b|\b(?:more than|over|at least|nearly|almost|about|around|roughly|close to|some|approximately|just under|just over) \d/i;
/**
 * A figure given with a bound ("more than 400 Tamil Nadu fishermen", "almost 1.2 million of its
 * popular SUVs"): its value, the noun, and the range it covers. A figure in millions may count
 * what the sentence names after "of its …" or nothing it names.
 */
const BOUNDED =
  /\b([Mm]ore than|[Oo]ver|[Aa]t least|[Nn]early|[Aa]lmost|[Aa]bout|[Aa]round|[Rr]oughly|[Cc]lose to|[Ss]ome|[Aa]pproximately|[Jj]ust under|[Jj]ust over) (\d[\d,]*(?:\.\d+)?)(?: (million|billion|mln|bln)\b(?: of (?:its|their|the))?)?(?: (?:\p{Lu}[\p{L}-]*\s+){0,2}(\p{Ll}[\p{Ll}-]+))?/gu;

const MULTIPLIERS: Readonly<Record<string, number>> = { million: 1e6, mln: 1e6, billion: 1e9, bln: 1e9 };

/**
 * "People" counted roughly covers people of any kind counted exactly: "dozens of people on the
 * ship fell ill" and "63 passengers and nine crew members have reported symptoms".
 */
const PEOPLE = new Set(['people', 'persons'].map(stem));
const KINDS_OF_PEOPLE = new Set(
  [
    'passengers',
    'travellers',
    'travelers',
    'residents',
    'villagers',
    'workers',
    'employees',
    'staff',
    'crew',
    'children',
    'pupils',
    'students',
    'patients',
    'tourists',
    'guests',
    'migrants',
    'miners',
    'fishermen',
    'civilians',
    'inmates',
    'prisoners',
    'protesters',
  ].map(stem),
);

function countsThing(noun: string, what: string, thing: string): boolean {
  if (noun === '' || senseOf(what) === thing) return true;
  return PEOPLE.has(noun) && KINDS_OF_PEOPLE.has(what);
}

/** A count a text gives roughly: what it counts (a stem) and the exact figures it covers. */
interface RoughCount {
  noun: string;
  low: number;
  high: number;
}

/** The rough counts of a text: the fixed words of ROUGH_RANGES, and each bounded figure it gives. */
function roughCounts(text: string): RoughCount[] {
  const counts: RoughCount[] = [];
  for (const [pattern, low, high] of ROUGH_RANGES)
    for (const match of text.matchAll(pattern))
      counts.push({ noun: stem((match[1] ?? '').toLowerCase()), low, high });
  for (const match of text.matchAll(BOUNDED)) {
    const multiplier = MULTIPLIERS[(match[3] ?? '').toLowerCase()];
    if (match[4] === undefined && multiplier === undefined) continue;
    const value = Number((match[2] ?? '').replace(/,/g, '')) * (multiplier ?? 1);
    if (!Number.isFinite(value) || value < 10) continue;
    const bound = (match[1] ?? '').toLowerCase();
    const [low, high] =
      bound === 'nearly' || bound === 'almost' || bound === 'just under'
        ? [value * 0.8, value - 1]
        : bound === 'more than' || bound === 'over' || bound === 'at least' || bound === 'just over'
          ? [value + (bound === 'at least' ? 0 : 1), value * 1.25]
          : [value * 0.9, value * 1.1];
    // "almost 1.2 million of its popular SUVs": what a sum in millions counts is read from the
    // figure it covers, not from the words after it.
    counts.push({ noun: multiplier === undefined ? stem((match[4] ?? '').toLowerCase()) : '', low, high });
  }
  return counts;
}

/**
 * Whether a shown point gave roughly the count the sentence gives exactly, of the same thing, and
 * they share another word: "Authorities had moved more than 30,000 people to shelters" after "…
 * tens of thousands of people spent the night in shelters". Place names do not count as shared;
 * words of one sense count as the same ("hundreds of travellers are stuck" and "about 400
 * passengers were stranded", senses.ts).
 */
export function restatesRoughCount(own: ShownPoint, point: ShownPoint): boolean {
  const exact = [...own.counted];
  if (exact.length === 0 || !ROUGH_HINT.test(point.text)) return false;
  let senses: Set<string> | null = null;
  for (const { noun, low, high } of roughCounts(point.text)) {
    const thing = senseOf(noun);
    const covered = exact.some((counted) => {
      const [figure = '', what = ''] = counted.split(' ');
      const value = Number(figure);
      return countsThing(noun, what, thing) && value >= low && value <= high;
    });
    if (!covered) continue;
    senses ??= new Set(point.stems.map(senseOf));
    for (const term of contentStems(own.text)) {
      if (/^\d/.test(term) || REPORTING_STEMS.has(term) || own.names.has(term)) continue;
      const sense = senseOf(term);
      if (sense !== thing && senses.has(sense)) return true;
    }
  }
  return false;
}
