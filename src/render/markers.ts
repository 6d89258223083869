/**
 * Per-recipient placeholders in a rendered variant. A marker is `[[mb:name]]`; `cleanText`
 * collapses every `[[` in feed text to `[`, so no feed string can ever form one. A variant
 * is stored and passed around as plain strings with markers; filling them is one scan.
 */

export const PLACEHOLDERS = ['preferencesUrl', 'unsubscribeUrl', 'localDateLabel'] as const;
export type PlaceholderName = (typeof PLACEHOLDERS)[number];

const MARKER_PATTERN = /\[\[mb:(preferencesUrl|unsubscribeUrl|localDateLabel)\]\]/g;

/** The marker for one placeholder, as it appears in the compiled output. */
export function marker(name: PlaceholderName): string {
  return `[[mb:${name}]]`;
}

const OPEN = '[[mb:';
const CLOSE = ']]';

/**
 * Replaces every marker with its value; values are inserted as given (escape them for HTML
 * first) and never re-scanned. indexOf plus concatenation builds a rope in microseconds;
 * a global regex replace must build a new flat string, which for the 96 K-character maxima
 * part measured ~2.5 ms per call (docs/email.md, Figures). The rope is flattened once, by
 * whoever encodes it.
 */
export function fillMarkers(source: string, values: Record<PlaceholderName, string>): string {
  let out = '';
  let from = 0;
  for (;;) {
    const at = source.indexOf(OPEN, from);
    if (at === -1) break;
    const end = source.indexOf(CLOSE, at + OPEN.length);
    const name = end === -1 ? '' : source.slice(at + OPEN.length, end);
    if (!isPlaceholder(name)) {
      out += source.slice(from, at + OPEN.length);
      from = at + OPEN.length;
      continue;
    }
    out += source.slice(from, at) + values[name];
    from = end + CLOSE.length;
  }
  return out + source.slice(from);
}

function isPlaceholder(name: string): name is PlaceholderName {
  return (PLACEHOLDERS as readonly string[]).includes(name);
}

/** Counts the markers of each placeholder, to prove a template kept the ones it must have. */
export function countMarkers(source: string): Record<PlaceholderName, number> {
  const counts: Record<PlaceholderName, number> = { preferencesUrl: 0, unsubscribeUrl: 0, localDateLabel: 0 };
  for (const match of source.matchAll(MARKER_PATTERN)) counts[match[1] as PlaceholderName] += 1;
  return counts;
}
