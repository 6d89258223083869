import { articlePeople } from './article-people';
import { peopleIn } from './people';
import type { StoryModel } from './story-model';

/**
 * A quotation spoken by "the company" is shown with the company's name when the sentences just
 * before, in the same article, name it as the one speaking or acting: in 'Valmonte said the leak
 * was contained within 40 minutes. "We deeply regret this incident," the company said…' the
 * point reads '…," Valmonte said…'. docs/summarization.md ("Points that stand alone").
 */

/** "the company said", "said the firm": a quote's speaker named by what kind of firm it is. */
const FIRM_SPEAKER =
  /\b(?:(the (?:company|firm|group|miner|airline|carrier|operator|lender|insurer|retailer|carmaker|automaker|manufacturer|developer|producer|exporter|shipper|utility|organi[sz]ation|charity|association|federation|foundation|network|coalition|alliance|chamber))\s+(?:said|says|added|told|wrote|stated)|(?:said|says|added)\s+(the (?:company|firm|group|miner|airline|carrier|operator|lender|insurer|retailer|carmaker|automaker|manufacturer|developer|producer|exporter|shipper|utility|organi[sz]ation|charity|association|federation|foundation|network|coalition|alliance|chamber)))\b/;
/**
 * A name opening a sentence as its subject, before its verb: "Valmonte said…", "Ferrocap Resources
 * estimated…", also after a short lead-in ("In a statement, Tasman Lithium said…").
 */
const NAME_SUBJECT =
  /^(?:(?:In|On|Later|Earlier|Separately|Meanwhile)\b[^,]{0,30},\s+)?((?:\p{Lu}[\p{L}&'’.-]*\s+){0,3}\p{Lu}[\p{L}&'’.-]*)\s+(?:said|says|added|told|estimated|confirmed|announced|reported|denied|declined|stated|insisted|acknowledged|admitted|\p{Ll}+ed)\b/u;
/**
 * A name opening a sentence with what kind of firm it is between commas, before its verb:
 * "Seongho, South Korea's fourth-largest shipbuilder, said the stoppage…". The words say it is a
 * firm, not a person speaking for one ("Kim, a welder at the company, said" is a person: the
 * words before the firm's kind hold no "at", "of", "for"…).
 */
const FIRM_APPOSITIVE =
  /^((?:\p{Lu}[\p{L}&'’.-]*\s+){0,3}\p{Lu}[\p{L}&'’.-]*),\s+(?:(?!\b(?:at|of|for|with|from|in|by|to)\b)[^,;:"“”]){2,80}?\b(?:company|firm|group|conglomerate|maker|builder|shipbuilder|carmaker|automaker|manufacturer|producer|operator|carrier|airline|lender|bank|insurer|retailer|miner|developer|exporter|importer|utility|supplier|contractor|chain|brewer|refiner|shipper|giant|business|owner),\s+(?:said|says|added|told|stated|confirmed|announced|estimated|insisted|acknowledged)\b/u;
/**
 * The firm's kind written just before its name, as a sentence introduces it: "Airport operator
 * Corporación Aeroportuaria Tababela said…", "budget airline Flyjet has…". The kind must be the
 * one the quotation's speaker is called by ("the operator said").
 */
function kindBeforeName(noun: string): RegExp {
  return new RegExp(
    String.raw`(?:^|[\s(])[${noun[0]}${noun[0]?.toUpperCase()}]${noun.slice(1)}\s+((?:\p{Lu}[\p{L}&'’.-]*\s+){0,4}\p{Lu}[\p{L}&'’.-]*)(?=\s+\p{Ll}|,)`,
    'u',
  );
}
const NOT_A_FIRM =
  /^(?:The|A|An|It|He|She|They|We|This|That|Police|Officials|Authorities|Residents|Witnesses)\b/;
/**
 * A firm's statement naming the firm as its own subject: "“Cementos Rímac has always competed
 * fairly…,” the company said", '"Kim Long Land has faced serious cash-flow difficulties…"'.
 */
const QUOTE_OPENS_WITH_NAME =
  /^[“"]((?:\p{Lu}[\p{L}&'’.-]*\s+){0,3}\p{Lu}[\p{L}&'’.-]*)\s+(?:has|had|have|is|was|will|would|remains|continues|never|always|does|did|\p{Ll}+ed)\b/u;

/**
 * Whether a word opening a sentence may be a firm's name: "Senators voted 27 to 16…" opens with a
 * plural noun, capitalized only where it stands. One word in -s is a name only where the story
 * also writes it capitalized inside a sentence.
 */
function mayNameFirm(model: StoryModel, name: string): boolean {
  if (!/^\p{Lu}\p{Ll}+s$/u.test(name)) return true;
  return model.sentences.some(({ text }) => {
    for (let at = text.indexOf(name, 1); at > 0; at = text.indexOf(name, at + 1))
      if (/\s/u.test(text[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[at + name.length] ?? ' ')) return true;
    return false;
  });
}

/**
 * The text with the firm that speaks named, or null when the sentences before name no such firm;
 * `masked` is the text with its quotations blanked out, offsets kept (standalone.ts).
 */
export function withFirmNamed(
  model: StoryModel,
  index: number,
  text: string,
  masked: string,
  lookBack: number,
): string | null {
  const found = FIRM_SPEAKER.exec(masked);
  const kind = found?.[1] ?? found?.[2];
  if (found === null || kind === undefined) return null;
  const sentence = model.sentences[index];
  if (sentence === undefined) return null;
  const { known } = articlePeople(model, index);
  const where = found.index + found[0].indexOf(kind);
  const named = (name: string) => `${text.slice(0, where)}${name}${text.slice(where + kind.length)}`;
  // What the quotations say: the text where its masked copy is blank.
  let quoted = '';
  for (let at = 0; at < text.length; at++) quoted += masked[at] === ' ' ? text[at] : ' ';
  const introduced = kindBeforeName(kind.slice(4));
  for (let back = 1; back <= lookBack; back++) {
    const previous = model.sentences[index - back];
    if (previous === undefined || previous.article !== sentence.article) break;
    const kindNamed = introduced.exec(previous.text)?.[1];
    if (kindNamed !== undefined && !NOT_A_FIRM.test(kindNamed)) return named(kindNamed);
    const described = FIRM_APPOSITIVE.exec(previous.text)?.[1];
    if (described !== undefined && !NOT_A_FIRM.test(described)) return named(described);
    const name = NAME_SUBJECT.exec(previous.text)?.[1];
    if (name === undefined || NOT_A_FIRM.test(name)) continue;
    // A person speaking for the firm ("Ana Ruiz said…", "Ruiz said…") is not the firm, unless the
    // firm's quotation names it as itself ("Serra Verde Alimentos said…", then "“Serra Verde has
    // never used ractopamine…,” the company said").
    const itself = quoted.includes(name.split(/\s+/).slice(0, 2).join(' '));
    // A name that says "it" of itself is no person ("Tasman Lithium said it was deeply saddened").
    const firm =
      itself || previous.text.includes(`${name} said it `) || previous.text.includes(`${name} says it `);
    if (!firm && known.has(name.split(/\s+/).pop() ?? '')) continue;
    if (!firm && peopleIn(previous.text).some((person) => name.includes(person.surname))) continue;
    if (!mayNameFirm(model, name)) continue;
    return named(name);
  }
  const self = selfNamedFirm(model, index, text, known) ?? ownPage(model, index);
  return self === null ? null : named(self);
}

/**
 * On a body's own page, "the organisation said" is the page's outlet: the outlet opens a sentence
 * before it as its subject ("Transparencia Valle takes note of today's decision…", then "“…,” the
 * organisation said."). A newspaper does not write itself so.
 */
function ownPage(model: StoryModel, index: number): string | null {
  const article = model.sentences[index]?.article;
  const outlet = model.articles[article ?? -1]?.doc.outlet ?? '';
  if (outlet.length < 3) return null;
  for (let before = index - 1; before >= 0; before--) {
    const previous = model.sentences[before];
    if (previous === undefined || previous.article !== article) return null;
    if (previous.text.startsWith(`${outlet} `)) return outlet;
  }
  return null;
}

/**
 * The firm a quotation speaks of as itself, when it opens the quotation as its subject, is no
 * person the article names, and the article wrote that name before the quotation; else null.
 */
function selfNamedFirm(
  model: StoryModel,
  index: number,
  text: string,
  known: ReadonlySet<string>,
): string | null {
  const name = QUOTE_OPENS_WITH_NAME.exec(text)?.[1];
  if (name === undefined || NOT_A_FIRM.test(name) || known.has(name.split(/\s+/).pop() ?? '')) return null;
  const article = model.sentences[index]?.article;
  for (let before = index - 1; before >= 0; before--) {
    const previous = model.sentences[before];
    if (previous === undefined || previous.article !== article) return null;
    if (previous.text.includes(name)) return name;
  }
  return null;
}
