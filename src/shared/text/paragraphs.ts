/**
 * Normalizes an article body before sentence splitting: removes HTML remnants the sources
 * stage may have let through, decodes entities, collapses spaces but keeps paragraph breaks
 * (a sentence never spans two paragraphs), and caps the length so one huge body cannot
 * stall a batch.
 */

/**
 * Longest body read, in characters. Leads carry the news (First-3 alone scores R-1 39 on
 * Multi-News dev), and 20,000 characters (~3,300 words) covers 682 of the 690 dev articles
 * whole; points never come from beyond the 40th sentence anyway (candidates.ts).
 */
export const MAX_ARTICLE_CHARS = 20_000;

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  eacute: 'é',
  copy: '©',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const hex = body[1] === 'x' || body[1] === 'X';
      const code = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

function stripMarkup(text: string): string {
  return text
    .replace(/<(script|style|noscript|iframe)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<\/?(p|div|br|li|h[1-6]|blockquote|tr|section|article)\b[^>]*>/gi, '\n')
    .replace(/<\/?[a-z][a-z0-9-]*(\s[^<>]*)?\/?>/gi, ' ');
}

function capLength(text: string): string {
  if (text.length <= MAX_ARTICLE_CHARS) return text;
  const cut = text.slice(0, MAX_ARTICLE_CHARS);
  const lastBreak = cut.lastIndexOf('\n');
  return lastBreak > MAX_ARTICLE_CHARS / 2 ? cut.slice(0, lastBreak) : cut;
}

/** Control characters except newline and tab, and invisible format characters (soft hyphen, zero-width, bidi). */
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;
const keepLayout = (char: string): string => (char === '\n' || char === '\t' ? char : '');
/** The same characters without newline and tab: most bodies hold none, and skip the pass. */
const HAS_INVISIBLE = /[^\P{Cc}\n\t]|\p{Cf}/u;
/**
 * Runs of spaces to collapse into one: every run but a lone plain space, which is already what
 * the collapse would give (most gaps between words; replacing each with itself cost a match each).
 */
const SPACE_RUN =
  /[\t\u00a0\u2000-\u200a\u202f\u205f\u3000][ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]*| [ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;

const EMPTY_BRACKETS = /[ \t]*(?:\(\)|\[\])/g;

/** Plain paragraphs of an article body, in order, without empty ones. */
export function articleParagraphs(raw: string): string[] {
  // Markup is removed on a bounded prefix: tags inflate length, so allow twice the cap.
  let text = raw.length > MAX_ARTICLE_CHARS * 2 ? raw.slice(0, MAX_ARTICLE_CHARS * 2) : raw;
  // Most bodies arrive as plain text: skip the markup and entity passes when they cannot apply.
  if (text.includes('<')) text = stripMarkup(text);
  if (text.includes('&')) text = decodeEntities(text);
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  if (HAS_INVISIBLE.test(text)) text = text.replace(INVISIBLE, keepLayout);
  // Brackets left empty where a link or an image was cut out ("the black leopard ().While…").
  if (text.includes('()') || text.includes('[]')) text = text.replace(EMPTY_BRACKETS, '');
  let plain = text.replace(SPACE_RUN, ' ');
  if (plain.includes('- ')) plain = joinBrokenWords(plain);
  const lines = capLength(plain)
    .split(/\n+/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0);
  return plain.includes(':') ? withListsJoined(lines) : lines.map((line) => line.replace(LIST_MARK, ''));
}

/**
 * A sentence that a list completes: "The agreement, reached at 04:50 this morning after eleven
 * hours of talks, includes:", then "• The recruitment of 44 sailors before 31 March 2031." Its
 * items are its objects, not statements ("A joint committee to review rest periods…"): they are
 * read as the one sentence they make. A list under "Here is what we know:" is of statements.
 */
const TAKES_LIST =
  /^(?:\S+\s+){4,}(?:includes?|including|included|provides?(?: for)?|calls? for|requires?|sets? out|covers?|comprises?|contains?|such as|namely|are|were|will be|would be)\s*:$/iu;

function withListsJoined(lines: readonly string[]): string[] {
  const out: string[] = [];
  let open = -1;
  for (const line of lines) {
    const mark = LIST_MARK.exec(line);
    if (mark === null) {
      open = line.endsWith(':') && TAKES_LIST.test(line) ? out.length : -1;
      out.push(line);
      continue;
    }
    const item = line.slice(mark[0].length).replace(/[.;,]\s*$/, '');
    const intro = out[open];
    if (intro === undefined) {
      out.push(line.slice(mark[0].length));
      continue;
    }
    const object = /^(?:The|A|An)\s/.test(item) ? item.charAt(0).toLowerCase() + item.slice(1) : item;
    out[open] = intro.endsWith(':') ? `${intro} ${object}.` : `${intro.slice(0, -1)}; ${object}.`;
  }
  return out;
}

/**
 * A word a printed page broke at its line end, as an e-paper's text gives it: "the re- storer was
 * sen- tenced on Wednes- day". A suspended hyphen ("pre- and post-war", "short- to medium-term")
 * goes on with a joining word and stays; so does a lone "word- word", a writer's dash as often as a
 * break: a body holding two or more breaks was set in print columns.
 */
const BROKEN_WORD = /(?<=\p{L}\p{Ll})- (?!(?:and|or|to|nor|as|than|versus|vs|und|et|ou|y|e|o)\b)(?=\p{Ll})/gu;

function joinBrokenWords(text: string): string {
  BROKEN_WORD.lastIndex = 0;
  let breaks = 0;
  while (breaks < 2 && BROKEN_WORD.exec(text) !== null) breaks++;
  BROKEN_WORD.lastIndex = 0;
  return breaks < 2 ? text : text.replace(BROKEN_WORD, '');
}

/**
 * A list item's bullet ("• At least 31 people have died…"): the item is a sentence once it is
 * off. A dash of dialogue ("— We will appeal, he said.") is the quote's mark and stays, and so
 * does a plain-text hyphen or asterisk, which marks a page's link lists as often as its items.
 */
const LIST_MARK = /^[•●▪◦‣∙]\s+/;

/** Collapses whitespace and strips markup in a one-line field such as a title. */
export function cleanInline(raw: string): string {
  return decodeEntities(stripMarkup(raw.slice(0, 2_000)))
    .replace(/\s+/g, ' ')
    .trim();
}
