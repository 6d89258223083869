import { BoxEntries, opensWithCheckLabel } from './box-labels';
import { keptItemsTitle, otherItems } from './digest';
import { trimSentence, withoutLeadIn } from './furniture';
import { blockJunkKind, endsAsSentence, junkKind, SUMMARY_BOX_LABEL } from './page-junk';
import { describesOutlet } from './page-notes';
import { articleParagraphs } from './paragraphs';
import { splitSentences } from './sentences';
import { stem, wordCount, words } from './terms';

/** A sentence opening with a photo credit in brackets: "(Photo: Jo Ree AP)", "(AP Photo/Jo Ree)". */
const CREDIT_OPENING = /^\((?:AP |Reuters |AFP )?(?:Photo|Photograph|Image|Picture|Credit)s?\s*[:/]/;

/**
 * Longest line, in words, read as a label when it does not end as a sentence in a body of
 * sentences: topic tags, "Image source, Agency", a byline "Name, City", "Follow us on Telegram",
 * "14 View comments", a related headline. News is written in sentences; a body that is not
 * (a tweet, a list) keeps its lines.
 */
const LABEL_LINE_WORDS = 30;
/** A summary box's label on a line of its own: "Key points", "What we know:". */
const SUMMARY_BOX_HEADING = new RegExp(`^${SUMMARY_BOX_LABEL}\\s*:?$`, 'u');
/**
 * A box's item told as a clause, with its verb's auxiliary or a saying ("The fourth porter is
 * still missing", "…, Emergency Management Service says"); a key fact's telegram ("About 2,600 MW
 * of generation offline, household supply cut to 8-10 hours a day") is not.
 */
const BOX_ITEM_CLAUSE = /\b(?:is|are|was|were|has|have|had|been|will|would|could|can|says|said|say)\b/;
/** Fewest words of a summary box's item that tells something ("The fourth porter is still missing"). */
const BOX_ITEM_WORDS = 5;

/**
 * A heading that opens a page's closing boilerplate: "About Ratana Foods Group", "About
 * Arnarfjörður Lax hf.", "About the author". A press release ends with such sections (the
 * companies' self-descriptions, disclaimers, media contacts), a column with its author's bio; a
 * news report has no heading of this shape before its last paragraph, so the body ends there.
 */
const ABOUT_HEADING =
  /^About (?:the author|(?:the )?\p{Lu}[\p{L}\p{N}&'’.-]*(?: (?:\p{Lu}[\p{L}\p{N}&'’.-]*|of|and|&|for|de|du|la|[a-z]{1,4}\.)){0,7})\s*[.:]?$/u;

/**
 * The same heading run in before its text: "About MRL: Mono River Logistics SA operates…", "About
 * the United Lanka Front: The ULF is a centre-left alliance…".
 */
const ABOUT_RUN_IN =
  /^About (?:the )?\p{Lu}[\p{L}\p{N}&'’.-]*(?: (?:\p{Lu}[\p{L}\p{N}&'’.-]*|of|and|&)){0,5}:\s+\p{Lu}/u;

/** An agency's credit closing a paragraph: "… (Associated Press)", "… (AP Photo/Jo Ree)", "… (Reuters)". */
const CLOSING_CREDIT = /\((?:Associated Press|AP|AFP|Reuters|(?:AP|AFP|Reuters) Photo\/[^)]{1,40})\)\s*$/;

/** A gallery's counter on a line of its own: "Image 3 of 6", "Photo 2/12", "4 of 9". */
const GALLERY_COUNTER = /^\s*(?:(?:image|photo|picture|slide)\s+)?\d{1,3}\s*(?:of|\/)\s*\d{1,3}\s*$/i;

/**
 * Longest line, in words, read as the caption of the picture whose counter it follows: a
 * gallery's caption may have neither a credit nor a date ("Kayaks pulled up on the limestone
 * at the lake entrance.").
 */
const GALLERY_CAPTION_WORDS = 30;

/**
 * A page's closing line that says who someone is: "Costanza Ferretti-Bacci is lead entomologist
 * at the Istituto di Biospeleologia Adriatica.", "Jane Roe is a senior fellow in the Forum's
 * energy programme." An interview or a column ends on its guest's or writer's job; as the
 * body's last paragraph it is no news ("… is the new chief executive of …" is).
 */
const CLOSING_ROLE =
  /^(?:(?:Dr|Prof|Professor)\.? )?(?!The )\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3} is (?!(?:(?:a|an|the)\s+)?(?:new|newly|acting|interim)\b)(?:(?:a|an|the)\s+)?(?:(?!\p{Ll}+(?:ing|ed|est)\s)\p{Ll}[\p{L}-]*\s+){1,5}(?:at|of|in|with|for) (?:the )?\p{Lu}[^.!?]{0,80}\.$/u;

/** A character outside Latin-1: text holding one is stored two bytes a character whatever is done. */
const BEYOND_LATIN1 = /[\u0100-\uffff]/;

/**
 * The paragraph as a fresh string when all its characters are Latin-1. V8 keeps a slice of a
 * string in its parent's encoding, so every paragraph of an article with a single dash or curly
 * quote anywhere is two bytes a character, and the furniture and sentence patterns, run on every
 * sentence, read such text markedly slower (articleSentences took a fifth less time on the
 * summarize bench's articles with the copy). The copy holds the same characters.
 */
function compact(paragraph: string): string {
  return BEYOND_LATIN1.test(paragraph) ? paragraph : Buffer.from(paragraph, 'latin1').toString('latin1');
}

/** Letters and digits only, lower-cased: "Floods hit coast" and "FLOODS HIT COAST." compare equal. */
function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The news sentences of an article body, paragraph by paragraph: markup removed, page
 * furniture dropped (whole blocks such as captions and player text, then single sentences such
 * as bylines and prompts; page-junk.ts), datelines and credit tails trimmed (furniture.ts), and
 * a first paragraph that only repeats the headline left out. Every stage reads article text
 * through this, so what is furniture for a summary is furniture for clustering, the email and
 * the pages too. `maxChars` stops once that much text is kept (clustering reads only a lead).
 */
export interface CleanOptions {
  /** The article's headline: a first paragraph repeating it is left out. */
  title?: string;
  /** Stop once this many characters are kept. */
  maxChars?: number;
  /**
   * Keep a dateline opening a sentence ("GENEVA (PWS) — …"): stored text and clustering keep
   * it (the place names the event); key points drop it.
   */
  keepDatelines?: boolean;
  /**
   * Keep a page's numbered updates older than its newest (earlierUpdates): clustering reads
   * them, as they name the event; key points, which tell its current state, do not.
   */
  keepEarlierUpdates?: boolean;
  /** The article's outlet: a sentence in which it describes itself is left out (page-notes.ts). */
  outlet?: string;
}

/** A turn of an interview written as questions and answers: "Q: Why now?", "A: Because…". */
const INTERVIEW_TURN = /^([QA])\s*[:.]\s/;

/**
 * A page of two questions and two answers or more: its answers are its guest's words, which no
 * label names in the sentence, and its questions are no news; neither is read as the page's own
 * statements (a point shows a quote only with its speaker, docs/summarization.md "Points that
 * stand alone"). The page's introduction is.
 */
function isInterview(paragraphs: readonly string[]): boolean {
  let questions = 0;
  let answers = 0;
  for (const paragraph of paragraphs) {
    const turn = INTERVIEW_TURN.exec(paragraph)?.[1];
    if (turn === 'Q') questions++;
    else if (turn === 'A') answers++;
  }
  return questions >= 2 && answers >= 2;
}

/**
 * A numbered update's stamp, alone ("Update 3", "Update 4 — Friday 3 September, 6:00 pm") or
 * opening it ("Update 1 – 10 January, 19:05: …", "Guest Update 2 — Friday 28 January, 21:00 CET: …").
 */
const UPDATE_STAMP =
  /^(?:(?:Guest|Customer|Passenger|Service|Travel|Status|Incident) )?Update (\d{1,2})(?=$|\s*[–—:-])/;

/**
 * Paragraph indexes of a page's numbered updates older than its newest ("Update 1 – 10 January,
 * 19:05: Ashgabat airport is closed due to weather." under "Update 3": the airport has reopened):
 * an alert or a status page keeps its earlier states below the current one. An update alone on
 * its line heads the paragraphs up to the next stamp.
 */
function earlierUpdates(paragraphs: readonly string[]): number[] {
  const stamps = paragraphs.map((paragraph) => Number(UPDATE_STAMP.exec(paragraph)?.[1] ?? Number.NaN));
  const newest = Math.max(...stamps.filter((stamp) => !Number.isNaN(stamp)));
  if (!Number.isFinite(newest)) return [];
  const earlier: number[] = [];
  let current = Number.NaN;
  paragraphs.forEach((paragraph, index) => {
    const stamp = stamps[index] ?? Number.NaN;
    if (!Number.isNaN(stamp)) current = wordCount(paragraph) <= STAMP_WORDS ? stamp : Number.NaN;
    // NaN compares false: a paragraph with no stamp is earlier only under an earlier stamp's line.
    if (stamp < newest || current < newest) earlier.push(index);
  });
  return earlier;
}

/** Most words of an update's stamp alone on its line. */
const STAMP_WORDS = 10;

/**
 * A glossary box's question ("What is a glyptodont?", "What are PFAS?", "Who is the Patwari?"):
 * up to four words naming a thing, none of them a verb's form ("What is happening in Quetta?") or
 * a measure of it ("What is a single fish worth?").
 */
const DEFINING_QUESTION =
  /^(?:What|Who)(?: is| are|['’]s) (?:an? |the )?((?:[\p{L}\p{N}'’-]+ ){0,3}[\p{L}\p{N}'’-]+)\?$/u;
const NOT_A_THING =
  /(?:ing|ed)$|^(?:worth|like|about|for|next|new|left|wrong|there|it|this|that|he|she|they|you|we|up|on|in|out)$/;

/** The stem of the thing a glossary question asks about, or null. */
function definedThing(sentence: string): string | null {
  const asked = DEFINING_QUESTION.exec(sentence)?.[1]?.toLowerCase().split(' ');
  if (asked === undefined || asked.some((word) => NOT_A_THING.test(word))) return null;
  return stem(asked.at(-1) ?? '');
}

/** An answer that is only a noun phrase: an article opens it and no auxiliary or saying verb follows. */
const NOUN_PHRASE_ANSWER =
  /^(?:An?|The)\s(?!.*\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|says|said)\b)/;

/**
 * Drops a glossary question and the answer under it when the answer is a bare noun phrase that
 * does not name the thing: "What is a glyptodont? An extinct South American mammal related to
 * armadillos…" is a definition with no subject, not a sentence a reader can take alone; "CCHF is
 * a viral disease…" and "Cancer is caused by changes in a cell's DNA" stay. Returns the thing
 * asked about when the question ends its paragraph, for the next paragraph's answer.
 */
function dropGlossaryAnswers(
  pieces: readonly string[],
  trimmed: string[],
  asked: string | null,
): string | null {
  let open = asked;
  pieces.forEach((piece, i) => {
    if (open !== null && NOUN_PHRASE_ANSWER.test(piece) && !words(piece).some((word) => stem(word) === open))
      trimmed[i] = '';
    open = definedThing(piece);
    if (open !== null) trimmed[i] = '';
  });
  return open;
}

export function articleSentences(raw: string, options: CleanOptions = {}): string[][] {
  const kept: string[][] = [];
  const headline = squash(options.title ?? '');
  const maxChars = options.maxChars ?? Number.POSITIVE_INFINITY;
  const keepDateline = options.keepDatelines === true;
  let chars = 0;
  const all = articleParagraphs(raw).map(compact);
  const others = otherItems(all);
  if (options.keepEarlierUpdates !== true) for (const index of earlierUpdates(all)) others.add(index);
  const paragraphs = others.size === 0 ? all : all.filter((_, index) => !others.has(index));
  const boxes = new BoxEntries(raw);
  let prose = 0;
  for (const paragraph of paragraphs) if (prose < 2 && endsAsSentence(paragraph)) prose++;
  const interview = isInterview(paragraphs);
  let afterCounter = false;
  let inSummaryBox = false;
  let asked: string | null = null;
  for (const paragraph of paragraphs) {
    if (chars >= maxChars) break;
    if (interview && INTERVIEW_TURN.test(paragraph)) continue;
    const captioned = afterCounter;
    afterCounter = GALLERY_COUNTER.test(paragraph);
    if (captioned && splitSentences(paragraph).length === 1 && wordCount(paragraph) <= GALLERY_CAPTION_WORDS)
      continue;
    if (
      kept.length > 0 &&
      paragraph.startsWith('About ') &&
      (ABOUT_HEADING.test(paragraph.trim()) || ABOUT_RUN_IN.test(paragraph))
    )
      break;
    // A summary box's items under its own label line ("Key points", then "Three of the four porters
    // missing since Saturday's hailstorm have been found alive near Lava Tower"): an editor's
    // statements of the newest news, written without a stop.
    const boxed = inSummaryBox;
    inSummaryBox =
      SUMMARY_BOX_HEADING.test(paragraph) ||
      (inSummaryBox &&
        !endsAsSentence(paragraph) &&
        wordCount(paragraph) >= BOX_ITEM_WORDS &&
        BOX_ITEM_CLAUSE.test(paragraph));
    const boxItem = boxed && inSummaryBox;
    if (!boxItem && prose >= 2 && !endsAsSentence(paragraph) && wordCount(paragraph) <= LABEL_LINE_WORDS)
      continue;
    const mayRepeatTitle =
      kept.length === 0 && headline.length > 0 && paragraph.length < 2 * headline.length + 20;
    if (mayRepeatTitle && squash(paragraph) === headline) continue;
    if (blockJunkKind(paragraph) !== null) continue;
    // A box's item gets the stop its page left off, as a list's items joined to their sentence do.
    const pieces = splitSentences(boxItem ? `${paragraph.replace(/[;,]\s*$/, '')}.` : paragraph);
    // A one-sentence paragraph has just passed the block rules: do not run them twice. Inside a
    // longer paragraph, furniture blocks sit at its edges (a caption and its credit, a label).
    const last = pieces.length - 1;
    // A bulletin's field goes on past its first sentence ("FORECAST: Snow 25–40 cm. North-west winds…").
    const field = boxes.isField(pieces[0] ?? '');
    const trimmed = pieces.map((piece, i) =>
      // A sentence the splitter parted from its credit ("… on Wednesday. (Photo: Jo Ree AP)")
      // is the caption the credit closes.
      CREDIT_OPENING.test(pieces[i + 1] ?? '') ||
      opensWithCheckLabel(piece) ||
      (field && (i === 0 || boxes.isFieldEntry(piece))) ||
      (i > 0 && boxes.isField(piece))
        ? ''
        : trimSentence(piece, {
            // A few words inside a paragraph may be a block on their own: "ALMATY. December 5. …".
            blockChecked: pieces.length === 1 || (i > 0 && i < last && piece.length > 40),
            keepDateline,
          }),
    );
    asked =
      pieces.length > 0 && (asked !== null || pieces.some((piece) => piece.endsWith('?')))
        ? dropGlossaryAnswers(pieces, trimmed, asked)
        : null;
    // A caption block closed by its agency's credit ("FILE - In this May 24, 2016, file photo, …
    // during a hearing. Police in Houston say they're... (Associated Press)") is all caption: the
    // story's teaser after the picture's description is the caption's too.
    if (
      trimmed[0] === '' &&
      last > 0 &&
      CLOSING_CREDIT.test(pieces[last] ?? '') &&
      junkKind(pieces[0] ?? '', true) === 'caption'
    )
      continue;
    // A writer's bio goes on in pronouns ("In 2022 she revealed…"): the paragraph it opens is all bio.
    if (trimmed[0] === '' && pieces.length > 1 && junkKind(pieces[0] ?? '', true) === 'bio') continue;
    const sentences = trimmed
      .filter(
        (sentence) =>
          sentence.length > 0 && !boxes.has(sentence) && !describesOutlet(sentence, options.outlet ?? ''),
      )
      .map((sentence) => withoutLeadIn(boxes.unlabelled(sentence)));
    if (sentences.length === 0) continue;
    kept.push(sentences);
    chars += paragraph.length;
  }
  const closing = kept.at(-1);
  if (kept.length > 1 && closing?.length === 1 && CLOSING_ROLE.test(closing[0] ?? '')) kept.pop();
  return kept;
}

/** The cleaned body as text, one paragraph per line pair (`\n\n`). */
export function cleanArticleText(raw: string, options: CleanOptions = {}): string {
  return articleSentences(raw, options)
    .map((sentences) => sentences.join(' '))
    .join('\n\n');
}

/**
 * The part of a digest's title that names what its page is filed under: "The Early Balkan:
 * Kardzhali roaster halted; Zagreb tram strike; Danube ice" is "The Early Balkan: Kardzhali
 * roaster halted" once the digest's other items are left out of its text (digest.ts), so the
 * other items' words are gone from clustering and headlines too. Other titles are returned as
 * they are.
 */
export function articleTitle(title: string, raw: string): string {
  if (!title.includes(';')) return title;
  const paragraphs = articleParagraphs(raw).map(compact);
  const others = otherItems(paragraphs);
  if (others.size === 0) return title;
  return keptItemsTitle(
    title,
    paragraphs.filter((_, index) => !others.has(index)),
  );
}
