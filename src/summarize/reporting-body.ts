import type { StoryModel } from './story-model';

/** "It says 41 people have now been confirmed dead…": a body reporting, named in the sentence before. */
const BODY_TELLS =
  /^(It)\s+(?:says|said|reports|reported|adds|added|confirms|confirmed|announced|estimates|estimated)\b/;

/**
 * The body the sentence before names just before its verb ("Turkey's disaster management agency
 * AFAD has just updated its figures."), in the same article: an acronym or a name of two or more
 * capitalized words, so "It says…" can be shown as "AFAD says…". Null when there is none.
 */
const BODY_SUBJECT =
  /^[^.!?]*?\b(\p{Lu}{2,}|\p{Lu}[\p{L}&.-]*(?:\s+(?:of\s+|for\s+|and\s+)?\p{Lu}[\p{L}&.-]*)+)\s+(?:has|have|had|is|was|said|says|announced|reported|updated|released|issued|confirmed|published|revised)\b/u;

function bodyBefore(model: StoryModel, index: number): string | null {
  const before = model.sentences[index - 1];
  if (before === undefined || before.article !== model.sentences[index]?.article) return null;
  const body = BODY_SUBJECT.exec(before.text)?.[1];
  if (body === undefined || /^(?:A|An|This|That|These|Those)\b/.test(body)) return null;
  return body;
}

/** The sentence with its opening "It" shown as the body it stands for (standalone.ts), or null. */
export function bodyTells(model: StoryModel, index: number, text: string): string | null {
  const told = BODY_TELLS.exec(text);
  if (told === null) return null;
  const body = bodyBefore(model, index);
  return body === null ? null : `${body}${text.slice(told[1]?.length ?? 0)}`;
}
