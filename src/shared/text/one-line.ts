/**
 * Feed text is hostile. Everything that reaches a template goes through `cleanText` (plain text,
 * bounded, no placeholder syntax) and then `escapeHtml` (src/shared/escape-html.ts) for the HTML
 * part. The escape is the security boundary; the tag stripping here is cosmetic, so a reader
 * sees words, not markup.
 */

/** C0/C1 controls and the bidi overrides that can make a headline read backwards (Trojan Source). */
const CONTROL_CHARS = /[\p{Cc}\u202a-\u202e\u2066-\u2069\ufeff]/gu;
/** Something that looks like a tag or comment: `<b>`, `</script>`, `<!-- … -->`, `<img …>`. */
const TAG_LIKE = /<\/?[a-z!][^<>]*>/gi;
/** Two or more opening brackets: the start of a placeholder marker (see markers.ts). */
const MARKER_OPEN = /\[{2,}/g;
const WHITESPACE = /\s+/g;

/**
 * Turns any feed string into one line of plain text of at most `maxChars` characters.
 * Input is cut early so a 2 MB description costs no more than a short one.
 */
export function cleanText(value: unknown, maxChars: number): string {
  if (typeof value !== 'string' || value.length === 0) return '';
  // 8x headroom: tags and whitespace removed below can shrink the text a lot.
  const bounded = value.length > maxChars * 8 ? value.slice(0, maxChars * 8) : value;
  const text = bounded
    .replace(CONTROL_CHARS, ' ')
    .replace(TAG_LIKE, ' ')
    .replace(MARKER_OPEN, '[')
    .replace(WHITESPACE, ' ')
    .trim();
  return truncateAtWord(text, maxChars);
}

/** Cuts at the last space before `maxChars` (if it is not too far back) and adds an ellipsis. */
export function truncateAtWord(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars - 1);
  const space = cut.lastIndexOf(' ');
  const base = space > maxChars * 0.6 ? cut.slice(0, space) : cut;
  // Never end on half a surrogate pair.
  const safe = /[\ud800-\udbff]$/.test(base) ? base.slice(0, -1) : base;
  return `${safe.replace(/[\s,;:.-]+$/, '')}…`;
}
