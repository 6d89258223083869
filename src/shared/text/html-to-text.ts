import { compile, type HtmlToTextOptions } from 'html-to-text';
import sanitizeHtml from 'sanitize-html';

/**
 * Feed HTML → plain text. sanitize-html first keeps only harmless structure (no attributes,
 * so no links, handlers or styles) and drops the *contents* of script, style, media, forms and
 * captions; html-to-text then turns blocks into lines and decodes entities. Nothing that could
 * become markup again survives: see finish().
 */
const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    ...['p', 'br', 'div', 'span', 'section', 'article', 'blockquote', 'pre', 'code'],
    ...['b', 'strong', 'i', 'em', 'u', 'small', 'sub', 'sup', 'a', 'abbr', 'q', 'cite'],
    ...['ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tr', 'td', 'th'],
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
  ],
  allowedAttributes: {},
  disallowedTagsMode: 'discard',
  // Elements whose text is never part of the story: code, media fallbacks, form controls,
  // image captions and credits (figcaption), related-links boxes (aside, nav).
  nonTextTags: [
    ...['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math'],
    ...['audio', 'video', 'canvas', 'form', 'textarea', 'select', 'option', 'button'],
    ...['title', 'head', 'figcaption', 'aside', 'nav'],
  ],
};

const TO_TEXT: HtmlToTextOptions = {
  wordwrap: false,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, options: { uppercase: false } })),
    { selector: 'ul', options: { itemPrefix: ' ' } },
    { selector: 'ol', options: { itemPrefix: ' ' } },
  ],
};

/**
 * The converter, built once: `convert` merges the options and compiles the selectors on every
 * call, which was half the CPU of ingesting 22,500 articles (npm run bench:ingest profile).
 */
const htmlToTextLines = compile(TO_TEXT);

/**
 * Longest HTML converted. Sanitizing and converting cost roughly 1 ms per KB of HTML on a busy
 * 2-core machine, and only the lead is kept, so a whole article pasted into one item is cut
 * before the work rather than after.
 */
const MAX_HTML_CHARS = 64 * 1024;

/** A "<" that could open a tag, comment or declaration. */
const TAG_OPENER = /<(?=[A-Za-z/!?])/g;
const TAG_LIKE = /<\/?[A-Za-z][^<>]*>|<!--[\s\S]*?-->/g;
const HAS_TAG = /<\/?[A-Za-z][^<>]*>|<!--/;
/** Control and format characters (zero-width, bidi overrides, soft hyphen, BOM), tab and newlines aside. */
const INVISIBLE = /[^\P{Cc}\t\n\r]|\p{Cf}/gu;

const READ_MORE =
  '(?:read more|continue reading|keep reading|read the full (?:story|article)|read the rest(?: of (?:this|the) (?:story|article))?|full story)';
/** A whole block that is only a "Read more" link or similar. */
const READ_MORE_LINE = new RegExp(String.raw`^\W*${READ_MORE}\b.{0,60}$`, 'i');
/** A whole block that is an image or video credit ("Photo: Jane Doe/Agency"). */
const CREDIT_LINE = /^\W*(?:photo(?:graph)?|image|picture|illustration|video|credit)s?(?: credit)?\s*[:|]/i;
/** Paywall and sign-up teasers ("Subscribe to read the full story."). */
const PAYWALL_LINE =
  /^\W*(?:subscribe|subscribers?|sign up|sign in|log in|register)\b.{0,40}\b(?:read|continue|full|access|unlock)\b/i;
/** WordPress appends "The post <title> appeared first on <site>." to every excerpt. */
const WORDPRESS_TAIL = /^The post .{1,400} appeared first on .{1,120}$/;
/** A "Read more" tail starting a sentence at the very end ("… approved. Continue reading »"). */
const READ_MORE_TAIL = new RegExp(
  String.raw`(?:^|(?<=[.!?…"”’)\]])|\s[-–—|•])\s*\[?\s*${READ_MORE}\b[^\]\n]{0,60}?\]?\s*(?:»|›|→|>>)?\s*$`,
  'i',
);
/** The same tail without punctuation before it, recognised by its capital letter. */
const READ_MORE_TAIL_CAPITALISED =
  /\s+\[?(?:Read [Mm]ore|READ MORE|Continue [Rr]eading|Keep [Rr]eading|Read the full (?:story|article)|Full [Ss]tory)\b[^\]\n]{0,60}?\]?\s*(?:»|›|→|>>)?\s*$/;
/**
 * Where a "Read more" tail can start: its words (at most 29 characters) end at most 65 characters
 * before the end of a line whose spaces are collapsed (60 of link text, "]", " >> ").
 */
const READ_MORE_REACH = 128;
/** Whitespace that is not one plain space. */
const UNCOLLAPSED = /[^\S ]| {2}/;
/** The first word of every READ_MORE phrase. */
const READ_MORE_WORD = /read|continue|keep|full/i;
/** "[…]" or "[...]" that excerpts end with. */
const BRACKETED_ELLIPSIS = /\s*\[\s*(?:…|\.\.\.)\s*\]\s*$/;
/** "(Photo: Jane Doe/Agency)" inside a paragraph. */
const CREDIT_PARENTHESIS = /\s*\((?:photo(?:graph)?|image|picture|credit)s?(?: credit)?:[^()]{1,120}\)/gi;

/**
 * The lines of feed HTML as plain text, one per block (paragraph, list item, heading, line
 * break): tags removed, entities decoded, spaces collapsed within a line, "Read more" tails,
 * WordPress footers and image credits dropped. No line contains a "<" that could open a tag,
 * nor invisible or bidi-control characters.
 */
export function htmlToLines(html: string): string[] {
  let text = toText(html.length > MAX_HTML_CHARS ? html.slice(0, MAX_HTML_CHARS) : html);
  // Feeds that escape their HTML twice ("&amp;lt;p&amp;gt;") yield markup as text: one more pass,
  // each line a block of its own, so a paragraph that only writes a placeholder in brackets ("type
  // HSC <space> board <space> roll") does not run the article's paragraphs into one line.
  if (HAS_TAG.test(text))
    text = toText(
      text
        .split('\n')
        .map((line) => `<p>${line}</p>`)
        .join('\n'),
    );
  return text
    .split('\n')
    .map(finish)
    .filter((line) => line.length > 0);
}

/** Plain text on one line (a title, a summary), cut to `maxLength` at a word boundary. */
export function htmlToPlainText(html: string, maxLength = Number.POSITIVE_INFINITY): string {
  return truncate(htmlToLines(html).join(' '), maxLength);
}

/**
 * An article body as plain paragraphs separated by blank lines, at most `maxLength`
 * characters, cut at a paragraph or word boundary. Page furniture stays in: every reader of
 * article text removes it through article-text.ts, so a better rule applies to articles
 * already stored, and credits ("(AP)", "Reporting by …") still tell whose wire a copy is.
 */
export function htmlToArticleText(html: string, maxLength = Number.POSITIVE_INFINITY): string {
  return truncateText(htmlToLines(html).join('\n\n'), maxLength);
}

/** What html-to-text collapses as whitespace (its `whitespaceCharacters`). */
const HTML_WHITESPACE = /[ \t\r\n\f\u200b]+/g;

function toText(html: string): string {
  // Text with no markup and no entity (most titles) is what the two parsers would give back
  // with its whitespace collapsed: a tenth of the cleaning CPU went to parsing headlines twice.
  if (!html.includes('<') && !html.includes('&')) {
    const line = html.replace(HTML_WHITESPACE, ' ').trim();
    return isBoilerplate(line) ? '' : line;
  }
  const clean = sanitizeHtml(html, SANITIZE);
  const lines = htmlToTextLines(clean).split('\n');
  return lines
    .map((line) => line.trim())
    .filter((line) => !isBoilerplate(line))
    .join('\n');
}

function isBoilerplate(line: string): boolean {
  if (line.length <= 80 && READ_MORE_LINE.test(line)) return true;
  if (line.length <= 160 && CREDIT_LINE.test(line)) return true;
  if (line.length <= 80 && PAYWALL_LINE.test(line)) return true;
  return WORDPRESS_TAIL.test(line);
}

/**
 * Each rule runs only on lines that hold the character it needs: a first poll cleans about 200,000
 * lines, and most have no "<", "(", "[" or "Read more" tail (npm run bench:ingest profile).
 */
function finish(line: string): string {
  let plain = line;
  if (plain.includes('<')) plain = plain.replace(TAG_LIKE, ' ').replace(TAG_OPENER, '‹');
  plain = plain.replace(INVISIBLE, '');
  if (plain.includes('(')) plain = plain.replace(CREDIT_PARENTHESIS, '');
  if (UNCOLLAPSED.test(plain)) plain = plain.replace(/\s+/g, ' ');
  plain = plain.trim();
  if (READ_MORE_WORD.test(plain.slice(-READ_MORE_REACH))) {
    plain = plain.replace(READ_MORE_TAIL, '').replace(READ_MORE_TAIL_CAPITALISED, '');
  }
  if (plain.includes('[')) {
    // "[…]" after a finished sentence adds nothing; after a cut one it marks the cut.
    plain = plain.replace(BRACKETED_ELLIPSIS, (_match, offset: number, whole: string) =>
      /[.!?]["”’)]?$/.test(whole.slice(0, offset)) ? '' : '…',
    );
  }
  return plain.trim();
}

/** Cuts at a word boundary and marks the cut with "…". */
function truncate(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength * 0.6 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/** Cuts paragraphs at the last whole paragraph that fits, or at a word boundary when the first does not. */
function truncateText(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const lastBreak = text.lastIndexOf('\n\n', maxLength);
  if (lastBreak > maxLength * 0.5) return text.slice(0, lastBreak);
  return truncate(text, maxLength);
}
