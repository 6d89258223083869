import { hasVerb, NARRATED } from './scene-captions';

/**
 * A page's boxes write an entry after a label and a colon: a fact-check's "Claim: Hackers have
 * emptied every account…" (the claim it checks, often false) and "Rating: …", a podcast's "Guest:
 * Inés Carrasco, author of…", a bulletin's "Disclaimer: …", a picture's "Map: warning areas
 * shaded red…". A dateline of the same shape names a place ("Dhaka: The death toll…"). So a sentence opening with a label and a colon is a box's
 * entry when the label is one such boxes use (up to three words: "Our finding:"), or one word its
 * article writes in lower case elsewhere, which a place is not, or when what follows the label
 * has no verb ("Track map: forecast track and uncertainty cone for…"): a label over a picture or
 * a list, not a report. docs/summarization.md ("Cleaning").
 */
const LABELLED = /^(\p{Lu}\p{Ll}+(?:[ -]\p{Ll}+){0,2}):\s+\S/u;
const BOX_LABEL =
  /^(?:claims?|rating|verdict|our (?:verdict|rating|ruling|finding)|ruling|fact[ -]check|the (?:claim|facts|verdict)|what was claimed|guests?|hosts?|producers?|episode|featuring|disclaimers?|map|chart|graphic|infographic|table|graph)$/;
const LOWER_WORD = /(?<![\p{L}\p{N}])\p{Ll}[\p{Ll}'’-]*/gu;
/**
 * A fact-check's claim or verdict in capitals or numbered ("CLAIM 1: La Prairie beach is now
 * closed…", "VERDICT: FALSE"), read before a dateline is cut: "CLAIM: " has a dateline's shape, and
 * without its label the claim, often false, reads as news.
 */
const CHECK_LABEL =
  /^(?:the |what was )?(?:claim(?:ed|s)?|verdict|rating|ruling)(?: (?:no\.\s?)?\d{1,3})?:\s+\S/i;

export function opensWithCheckLabel(sentence: string): boolean {
  return CHECK_LABEL.test(sentence);
}

/**
 * A brief's label over a sentence of news ("Why it matters: Mejillones ships about 70% of…", "The
 * big picture: Nine people are now dead…", "What's next: …"): a few words, the first capitalized,
 * before a colon and a sentence. A page written so opens two or more sentences with one.
 */
const BRIEF_LABEL =
  /^(\p{Lu}[\p{Ll}'’]*(?: [\p{Ll}'’]+){1,3}|\p{Lu}\p{Ll}+(?: \p{Ll}+){0,2} (?:No\.\s?)?\d{1,3}[a-z]?):\s+(?=[\p{Lu}\p{N}"“‘])/u;
/**
 * A recap's or an update's label over a sentence of news, on any page ("Summary: A glacial outburst
 * flood from Mýrdalsjökull has been running…", "Update: The toll has risen to 12."): the box's
 * word, not the news.
 */
const RECAP_LABEL =
  /^(?:Summary|SUMMARY|Recap|RECAP|In summary|In short|To sum up|Update|UPDATE|Latest|LATEST|The latest)\s*:\s+(?=[\p{Lu}\p{N}"“‘])/u;
/** Numbered items count too: a record's "Conclusion 1: The Government approves…", "Item 2: …". */
const BRIEF_LABELS =
  /(?:^|[.!?]["”’]?\s+|\n)(?:\p{Lu}[\p{Ll}'’]*(?: [\p{Ll}'’]+){1,3}|\p{Lu}\p{Ll}+(?: \p{Ll}+){0,2} (?:No\.\s?)?\d{1,3}[a-z]?):\s+[\p{Lu}\p{N}"“‘]/gmu;
/**
 * A transcript's speaker before what they say ("LUCÍA AROSEMENA: That's well above…", "ANA
 * VILLARREAL, HOST: Good morning…", "MONTAÑO: He says…", "TAFIA (recorded): The water came…", "EFUA
 * MENSIMA (REPORTER): Kwame, the water…"): up
 * to four words in capitals, a role after a comma, how the voice was heard in brackets. A page
 * written so names its speakers three times or more in two words or more; on
 * another page a dateline ("LAHORE: At least two…") is one word and stays.
 */
const HEARD = String.raw`(?: \((?:recorded|on tape|by phone|on the line|translated|voice-over|HOST|CO-HOST|PRESENTER|REPORTER|ANCHOR|CORRESPONDENT|GUEST|CALLER|NEWSREADER|INTERVIEWER|MODERATOR|NARRATOR)\))?`;
const SPEAKER_LABEL = new RegExp(
  String.raw`^\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]+){0,3}(?:, ?\p{Lu}[\p{Lu} ]{1,20})?${HEARD}:\s+(?=\S)`,
  'u',
);
const SPEAKER_LABELS = new RegExp(
  String.raw`(?:^|\n)\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]+){1,3}(?:, ?\p{Lu}[\p{Lu} ]{1,20})?${HEARD}:\s`,
  'gmu',
);

const ONE_WORD_LABELS = /(?:^|\n)\p{Lu}[\p{Lu}'’-]{2,}(?: \([\p{Ll} -]{2,20}\))?:\s/gmu;

/**
 * A bulletin's field in capitals ("AREAS: Khövsgöl, Zavkhan…", "FORECAST: Snow 25–40 cm…",
 * "RAINFALL (72 h to 07:00 ICT 12 Oct): Dakcheung 342 mm; …", "ADVICE TO HERDERS: Bring
 * livestock…"): a label of words the page also writes in lower case, or one of several each named
 * once, so no speaker's name. Its entry is a report only when it has a clause's verb ("SITUATION:
 * A deep low … has brought blizzard conditions…"); a list, a figure or an instruction is the box's.
 */
const FIELD_LABEL = /^(\p{Lu}{3,}(?: \p{Lu}{2,}){0,2})(?: \([^()]{1,40}\))?:\s+/u;
const FIELD_LABELS = /(?:^|\n)(\p{Lu}{3,}(?: \p{Lu}{2,}){0,2})(?: \([^()]{1,40}\))?:\s/gmu;
/**
 * The same in sentence case ("Road conditions: black ice likely on the passes overnight.",
 * "Mostar: minimum 2 °C, bora gusts to 60 km/h.", "Summary: A cold air mass … brings the first
 * hard frosts…"), on a page that opens three lines or more with such a label and no clause after
 * it: a forecast's or a bulletin's fields. A brief's labels ("Why it matters: …") head sentences
 * with their verbs, and a dateline ("Dhaka: The death toll rose…") is one line.
 */
const CASE_LABEL = /^(\p{Lu}[\p{Ll}'’-]+(?: [\p{Ll}'’-]+){0,2})(?: \([^()]{1,40}\))?:\s+/u;
const CASE_LABEL_LINES =
  /(?:^|\n)\p{Lu}[\p{Ll}'’-]+(?: [\p{Ll}'’-]+){0,2}(?: \([^()]{1,40}\))?:\s+([^\n]*)/gu;
/** Lines of fields with no clause that make a page a bulletin of them. */
const CASE_FIELDS = 3;

/** Who speaks in a transcript's label: "HOST:", "REPORTER:" are voices, not fields. */
const ROLE_LABEL =
  /^(?:host|hosts|presenter|reporter|anchor|newsreader|correspondent|caller|guest|interviewer|announcer|narrator|moderator|speaker|voice)$/;
const CLAUSE_VERB =
  /\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should|shall|do|does|did|says|said)\b/i;

/** A label that says who speaks ("He told reporters: …") introduces a quote, not an item. */
const SPEAKS =
  /\b(?:said|says|told|tells|wrote|writes|added|adds|asked|continued|read|reads|reported|announced|warned)\b/;

/** Reads an article's lower-case words once, and only when a sentence opens with a label. */
export class BoxEntries {
  private lower: Set<string> | null = null;
  private briefLabels: number | null = null;
  private speakerLabels: number | null = null;
  private fieldCounts: Map<string, number> | null = null;
  private caseFields: number | null = null;

  constructor(private readonly raw: string) {}

  /** The sentence without a brief's label or a transcript's speaker, when its page labels them so. */
  unlabelled(sentence: string): string {
    // Every label ends on a colon among the first words: most sentences have none there.
    const colon = sentence.indexOf(':');
    if (colon < 0 || colon > 80) return sentence;
    const speaker = SPEAKER_LABEL.exec(sentence)?.[0];
    if (speaker !== undefined) {
      this.speakerLabels ??= Math.max(
        (this.raw.match(SPEAKER_LABELS) ?? []).length,
        // A bulletin's one reader names every turn ("NEWSREADER: …" four times and more).
        (this.raw.match(ONE_WORD_LABELS) ?? []).length >= 4 ? 3 : 0,
      );
      if (this.speakerLabels >= 3) return sentence.slice(speaker.length);
    }
    const recap = RECAP_LABEL.exec(sentence)?.[0];
    if (recap !== undefined && hasVerb(sentence.slice(recap.length))) return sentence.slice(recap.length);
    const label = BRIEF_LABEL.exec(sentence)?.[1];
    if (label === undefined || SPEAKS.test(label)) return sentence;
    this.briefLabels ??= (this.raw.match(BRIEF_LABELS) ?? []).length;
    if (this.briefLabels < 2) return sentence;
    const rest = sentence.slice(sentence.indexOf(':') + 1).trim();
    return hasVerb(rest) ? rest : sentence;
  }

  /** Whether the sentence, as written before its label is cut, is a bulletin's field with no report in it. */
  isField(sentence: string): boolean {
    const field = FIELD_LABEL.exec(sentence);
    if (field === null) return this.isCaseField(sentence);
    if (!this.isFieldLabel(field[1] ?? '')) return false;
    return this.isFieldEntry(sentence.slice(field[0].length));
  }

  private isCaseField(sentence: string): boolean {
    const field = CASE_LABEL.exec(sentence);
    if (field === null || SPEAKS.test(field[1] ?? '') || ROLE_LABEL.test((field[1] ?? '').toLowerCase()))
      return false;
    // A field's advice may follow its reading: "Air quality: poor in Sarajevo; sensitive groups should…".
    if (!this.isFieldEntry(sentence.slice(field[0].length).split(';')[0] ?? '')) return false;
    this.caseFields ??= [...this.raw.matchAll(CASE_LABEL_LINES)].filter((line) =>
      this.isFieldEntry(line[1] ?? ''),
    ).length;
    return this.caseFields >= CASE_FIELDS;
  }

  /** Whether a sentence in a field's paragraph after its first is the field's ("Blizzard conditions until Wednesday."). */
  isFieldEntry(entry: string): boolean {
    return !NARRATED.test(entry) && !CLAUSE_VERB.test(entry);
  }

  private isFieldLabel(label: string): boolean {
    const words = label.toLowerCase().split(' ');
    if (ROLE_LABEL.test(words[0] ?? '')) return false;
    this.lower ??= new Set(this.raw.match(LOWER_WORD) ?? []);
    const lower = this.lower;
    return words.some((word) => word.length > 3 && lower.has(word)) || this.fieldsOnce(label);
  }

  /**
   * Whether the label is one of three or more that each open one line of the page: a bulletin's
   * fields are named once each, a transcript's speakers again and again.
   */
  private fieldsOnce(label: string): boolean {
    if (this.fieldCounts === null) {
      this.fieldCounts = new Map();
      for (const match of this.raw.matchAll(FIELD_LABELS)) {
        const name = match[1] ?? '';
        this.fieldCounts.set(name, (this.fieldCounts.get(name) ?? 0) + 1);
      }
    }
    const once = [...this.fieldCounts.values()].filter((count) => count === 1).length;
    return this.fieldCounts.get(label) === 1 && once >= 3;
  }

  /** Whether the sentence is a box's labelled entry. */
  has(sentence: string): boolean {
    if (sentence.indexOf(':') < 0 || sentence.indexOf(':') > 40) return false;
    const label = LABELLED.exec(sentence)?.[1]?.toLowerCase();
    if (label === undefined) return false;
    if (BOX_LABEL.test(label)) return true;
    const entry = sentence.slice(sentence.indexOf(':') + 1).trim();
    if (entry.split(/\s+/).length >= 3 && !hasVerb(entry) && !/["“”]/.test(entry)) return true;
    // Beyond the known labels only one word: "The page continued: “…”" introduces a quote.
    if (/[ -]/.test(label)) return false;
    this.lower ??= new Set(this.raw.match(LOWER_WORD) ?? []);
    return this.lower.has(label);
  }
}
