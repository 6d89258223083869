/**
 * Whether a sentence reports what someone said rather than what happened: the lead never opens a
 * story with one (lead.ts; docs/summarization.md, "The lead point"). Quotation marks around a name,
 * a defined term or a phrase of a few words are not a quotation.
 */

/** Sentences opening a quotation, or holding one, report what someone said, not what happened. */
const QUOTE = /["“”]/;
/**
 * A nickname in quotation marks between a given name and a surname ("Cuthbert “Bertie” Samuel,
 * the night watchman, died…"): a name, not a quotation.
 */
const QUOTED_NAME = /(?<=\p{Lu}\p{Ll}+\s)["“]\p{Lu}\p{Ll}+["”](?=\s\p{Lu})/gu;
/**
 * A defined term in brackets, as filings write them ("…of Kgalagadi Copper Holdings Limited
 * ("Kgalagadi")…", "(the "Proposed Transaction")", "(“Zahrat Energy” or “the Company”)"): a name,
 * not a quotation.
 */
const DEFINED_TERM =
  /\(\s*(?:the\s+)?["“][^"”]{1,60}["”](?:\s*(?:,|or|and)\s*(?:the\s+)?["“][^"”]{1,60}["”])*\s*\)/g;
/**
 * A name or a term in quotation marks after the words that give one ("…alias “El Bagre”, the
 * leader of…", "…in the style known as “black mummies.”", "Operation “Marea Baja”", "the
 * so-called “golden visa”"), or a name of capitalized words that goes on from a name ("the Hospital
 * Nacional de Niños “Dr. Carlos Sáenz Herrera”"): what a thing is called, not what anyone said.
 * Any quoted run of capitalized words was tried: on Multi-News dev it cost ROUGE-1 0.02 and ROUGE-2
 * 0.03, letting a sentence that quotes a film's or a song's title lead.
 */
const CALLED =
  /(?<=\b(?:alias|aka|known as|called|dubbed|nicknamed|named|codenamed|so-called|termed|[Oo]peration|[Pp]roject)\s)["“‘](?:[\p{L}\p{N}'’.-]+\s){0,3}[\p{L}\p{N}'’.-]+[,.]?["”’]|(?<=\p{Lu}[\p{L}'’.-]*\s)["“‘](?:\p{Lu}[\p{L}'’.-]*\s){0,4}\p{Lu}[\p{L}'’.-]*["”’](?![^"“”]*["”])/gu;
/**
 * A word or three quoted after "says" or "said" inside a statement ("Bassline Energy says a gas
 * leak on one of its platforms is "under control" after 54 workers were flown to shore"): the
 * outlet's report of what happened, in a phrase of the speaker's, not a quotation. Any quoted
 * phrase was tried: on Multi-News dev it moved ROUGE-1 from 42.88 to 42.78 (docs/summarization.md,
 * "Fiftieth to fifty-second rounds").
 */
const QUOTED_PHRASE =
  /(?<=\b(?:says?|said)\b[^"“”]{1,120}\s)["“](?:[\p{L}\p{N}'’-]+\s){0,2}[\p{L}\p{N}'’-]+["”](?!\s*,)/gu;

/** Whether a sentence opens or holds a quotation, once names, terms and phrases in quotation marks are left out. */
export function holdsQuotation(text: string): boolean {
  // Leaving spans out adds no quotation mark: a sentence without one holds no quotation.
  if (!QUOTE.test(text)) return false;
  return QUOTE.test(
    text.replace(DEFINED_TERM, '').replace(QUOTED_NAME, '').replace(CALLED, '').replace(QUOTED_PHRASE, ''),
  );
}
