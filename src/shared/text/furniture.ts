/**
 * Removes what is not news from a sentence: datelines ("DENVER (AP) — "), bylines, photo
 * credits and captions, "Read more" tails, page furniture ("Advertisement", "Story continued
 * below") and scraping notices (embedded-tweet and web-archive texts). Patterns follow the
 * AP Stylebook dateline form and common CMS templates, not any one dataset.
 */

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const AGENCY = '\\((?:[A-Z][\\w.&/ -]{0,30})\\)';
const DASH = '(?:—|–|--|-|:)';

/** "NEW YORK, May 5 (Reuters) - ", "DENVER (AP) — ", "ST. LOUIS, Mo. — ", "LONDON: ". */
const CAPS_DATELINE = new RegExp(
  `^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?` +
    `(?:,? ${MONTH} \\d{1,2})?\\s*(?:${AGENCY})?\\s*${DASH}\\s+`,
);
/** "Paris, France (CNN) -- " needs the dash, so "John Smith (R-Fla.) said" is left alone. */
const PLACE_AGENCY_DATELINE = new RegExp(
  `^[A-Z][\\p{L}.'’-]+(?:[ ,]+[A-Z][\\p{L}.'’-]+){0,3}\\s*${AGENCY}\\s*${DASH}\\s+`,
  'u',
);
/** A bare "(CNN) — " or "(CNN) " opening. */
const AGENCY_DATELINE = new RegExp(`^${AGENCY}\\s*(?:${DASH}\\s*)?`);

const PHOTO_CREDIT_PARENS =
  /\s*\([^()]{0,60}\b(?:Photo|Photograph|Image|Picture|Credit|Video)s?\b[^()]{0,80}\)/gi;
const PHOTO_CREDIT_TAIL =
  /\s*(?:\b(?:AP|AFP|EPA|Reuters|Getty Images)\s+)?(?:Photo|Photograph|Image)\s*(?:\/|:|by)\s*[^.!?]{0,80}$/i;
const READ_MORE_TAIL =
  /\s*(?:…|\.\.\.)?\s*[[(]?\s*(?:read more|continue reading|read the full (?:story|article)|click here\b[^.!?]{0,60}|full story|see more)\b[^.!?]{0,60}[\])]?\s*[.»›>]*\s*$/i;
const FEED_TRUNCATION_TAIL = /\s*\[\+?\d+ chars\]\s*$/i;

/** Cheap tests that say whether the costlier tail patterns can match at all. */
const MAY_HAVE_READ_MORE = /read|continue|click|full story|see more/i;
const MAY_HAVE_CREDIT = /photo|image/i;

/** Sentences that open as page furniture, bylines, timestamps or photo captions. */
const FURNITURE_OPENING =
  /^(?:(?:advertisement|story continued below|continue reading(?: the main story)?|related(?: coverage| stories)?|also|read more|more|watch|video|listen|share|tweet|email|print|comments?|subscribe|sign up|follow us|image|photo|caption|playback)\b.{0,40}$|(?:posted|updated|published|last updated|first published)\b|copyright\b|(?:FILE\s*[-–—]\s*)?(?:In this|This)\b[^.]{0,140}\b(?:photo|image|picture|file photo|handout|video)\b)/i;
/** Sentences addressed to the reader about the page itself: "Sign up for our…", "Fill in your details…". */
const READER_ADDRESS =
  /^(?:just |please |simply )?(?:fill in|fill out|sign up|subscribe|join|follow|download|share|click|tap|register|log in|visit|check out|enter|get)\b[^.!?]{0,120}\b(?:our|your)\b[^.!?]{0,60}\b(?:newsletter|mailing list|inbox|email|details|form|app|page|account|updates|feed|channel|site|website|alerts)\b/i;
const NAME_WORD = "(?:\\p{Lu}[\\p{L}.'’-]*|and|&|of|the)";
/** "By Elena Varga and Tom Reed, Associated Press": capitalized names only, so "By Monday, the water…" stays. */
const BYLINE = new RegExp(
  `^(?:By|BY) \\p{Lu}[\\p{L}.'’-]+(?: \\p{Lu}[\\p{L}.'’-]+){0,3}(?:(?:,| and| &) ${NAME_WORD}(?: ${NAME_WORD}){0,6})*\\.?$`,
  'u',
);

/** Phrases that mark credits, links, site notices and scraping artifacts anywhere in a sentence. */
const FURNITURE_PHRASE =
  /contributed (?:to )?(?:this )?(?:report|story)|all rights reserved|©|may not be (?:published|reproduced), broadcast|https?:\/\/|www\.|pic\.twitter\.com|(?:enable|turn on) javascript|your browser|ad ?blocker|cookie (?:policy|settings)|newsletter sign|mailing list|sign up (?:for|to) (?:our|the)\b|terms of (?:use|service)|privacy policy|not a robot|tweet with a location|location information to your tweets|embed this tweet|internet archive|wayback machine|crawl data|these crawls|web ?wide crawl|seed ?list|crawler configuration|distributed crawling|(?:REUTERS|AFP|AP|EPA|Getty Images)\/[A-Z]/i;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.]{2,}/;

/**
 * Wire photo captions end with place and date and no preposition: "… speaks at a hotel in
 * Kathmandu, Nepal May 30, 2016." (Reuters style), unlike "… takes effect on Jan. 1, 2018."
 */
const CAPTION_ENDING =
  /(?<!\b(?:[Oo]n|[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil|[Bb]efore|[Aa]fter|[Ff]rom|[Tt]o|[Oo]f))\s\p{Lu}[\p{L}.'’-]+,?\s(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s\d{1,2},\s\d{4}\.$/u;

export function isFurniture(sentence: string): boolean {
  if (FURNITURE_OPENING.test(sentence) || FURNITURE_PHRASE.test(sentence)) return true;
  if (READER_ADDRESS.test(sentence)) return true;
  if (/\d{4}\.$/.test(sentence) && CAPTION_ENDING.test(sentence)) return true;
  if ((sentence.startsWith('By ') || sentence.startsWith('BY ')) && BYLINE.test(sentence)) return true;
  return sentence.includes('@') && EMAIL.test(sentence);
}

/** The sentence without dateline, credits and tails; '' when nothing newsworthy is left. */
export function trimSentence(sentence: string): string {
  let text = sentence.replace(CAPS_DATELINE, '');
  // Agency datelines all carry "(": skip both patterns for the many sentences without one early.
  const opening = text.indexOf('(');
  if (opening >= 0 && opening < 80) {
    text = text.replace(PLACE_AGENCY_DATELINE, '');
    text = text.replace(AGENCY_DATELINE, '');
  }
  if (text.includes('(')) text = text.replace(PHOTO_CREDIT_PARENS, '');
  if (text.endsWith(']')) text = text.replace(FEED_TRUNCATION_TAIL, '');
  if (MAY_HAVE_READ_MORE.test(text)) text = text.replace(READ_MORE_TAIL, '');
  if (MAY_HAVE_CREDIT.test(text)) text = text.replace(PHOTO_CREDIT_TAIL, '');
  text = text.trim();
  if (text.length === 0 || isFurniture(text)) return '';
  return text;
}
