/**
 * Paragraphs a feed repeats under many of its items ("This article is also available in
 * French", a newsletter footer, a standing disclaimer) are the site's furniture, whatever their
 * wording: no shape rule can list them all, but repetition across unrelated items gives them
 * away. Left in, they make unrelated items of one outlet look alike to the clusterer.
 */

/** Items of one feed that must carry a paragraph before it counts as furniture. */
export const MIN_REPEATS = 3;

/**
 * A byline or a wire's credit ("By TWS", "(AP)", "— Meridian Press", "Source: Atlas Newswire"):
 * kept however often it repeats, as it says whose text each item is (an outlet reprinting one
 * wire under many items carries the same credit under each; src/summarize/reports.ts reads it).
 */
const CREDIT =
  /^(?:By|BY|Source|SOURCE|Credit|CREDIT)\b[^.!?]{0,60}$|^\([\p{Lu}][^()]{0,40}\)$|^[—–-]\s*\p{Lu}[^.!?]{0,40}$/u;

/** Printable ASCII: its letters and digits are [a-z0-9] once lowercased, a cheaper pattern. */
const ASCII = /^[ -~]*$/;

function key(paragraph: string): string {
  const lower = paragraph.toLowerCase();
  return (
    ASCII.test(lower) ? lower.replace(/[^a-z0-9]+/g, ' ') : lower.replace(/[^\p{L}\p{N}]+/gu, ' ')
  ).trim();
}

/**
 * The texts (paragraphs separated by blank lines) without the paragraphs that at least
 * MIN_REPEATS of them carry. Texts without such paragraphs are returned unchanged.
 */
export function dropRepeatedParagraphs(texts: readonly string[]): string[] {
  if (texts.length < MIN_REPEATS) return [...texts];
  const counts = new Map<string, number>();
  const split = texts.map((text) => text.split(/\n{2,}/));
  // Each paragraph's key is computed once: lowercasing and a Unicode regex over every text was
  // about 4 % of the CPU of a first poll when done again for the filter (npm run bench:ingest).
  const keys = split.map((paragraphs) => paragraphs.map(key));
  for (const paragraphKeys of keys) {
    for (const paragraph of new Set(paragraphKeys)) {
      if (paragraph.length > 0) counts.set(paragraph, (counts.get(paragraph) ?? 0) + 1);
    }
  }
  return split.map((paragraphs, i) => {
    const paragraphKeys = keys[i] ?? [];
    const kept = paragraphs.filter(
      (paragraph, j) =>
        (counts.get(paragraphKeys[j] ?? '') ?? 0) < MIN_REPEATS || CREDIT.test(paragraph.trim()),
    );
    return kept.length === paragraphs.length ? (texts[i] ?? '') : kept.join('\n\n');
  });
}
