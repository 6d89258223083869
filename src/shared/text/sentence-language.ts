/**
 * Whether a sentence is written in English or in another language, told by its function words:
 * "Le pont Jules Hoebeke … est rouvert aux piétons et aux cyclistes depuis ce jeudi" has des, est,
 * aux, et, ce and no English one. A bilingual or trilingual page (a Brussels agency's "FR — … /
 * NL — … / EN — …" release, a Swiss canton's German and French paragraphs) carries its news once
 * in each language, and the summary is written in English (docs/summarization.md, "Cleaning";
 * read in summarize/prepare.ts).
 *
 * Only lower-case words count, so names ("Le Pont-de-Claix", "Nossa Senhora da Luz") say nothing,
 * and words that are also English ("die", "in", "an", "a", "as", "door", "van", "per", "plus",
 * "met") are in no foreign list, nor English words that are also Dutch ("is", "was", "over") in
 * the English one. No n-gram model is needed: a paragraph of running text in French, Dutch,
 * German, Spanish, Portuguese or Italian holds several of these words in every sentence.
 */

const ENGLISH = new Set(
  `the of and to were are for with that this from by on at has have had been which who said will
  would their its it not but after into than they there about also he she his her`.split(/\s+/),
);

const OTHER = new Set(
  `le la les des du une est et qui dans pour sur au aux avec par ce cette cet sont été ont pas il
  elle ils leur sa ses nous vous être avait était entre après depuis où selon aussi mais sera lors
  het een op te voor niet zijn werd werden naar bij dat als ook nog worden wordt heeft hebben tot uit
  maar deze nadat zal geen onder hij om sinds
  der das und ist nicht mit von zu dem ein eine einem einer eines auf für im sich sind wurde wurden
  wird nach bei aus auch hat haben über unter zum zur
  el los las del y que en por con para es al lo su sus fue fueron ha han más como pero sobre este
  esta desde también tras según hasta
  os da dos das em um uma é na nas foi foram ao à pelo pela mais seu sua não até após
  gli della delle dei di che è nel nella alla sono anche`.split(/\s+/),
);

/** The commonest of them, one of which nearly every sentence of running text in those languages holds. */
const COMMON_OTHER =
  /\b(?:les|des|est|une|dans|pour|avec|sont|het|een|niet|voor|und|der|das|ist|nicht|mit|los|las|del|por|para|una|com|uma|não|della|che|sono)\b/;

/** Lower-case words: a capital opens a name or the sentence, whose first word may be either. */
const LOWER_WORD = /(?<![\p{L}\p{N}'’-])\p{Ll}+(?![\p{L}\p{N}'’-])/gu;

/** Fewest function words that tell a language. */
const ENOUGH = 3;

/**
 * 'en' or 'other' when the sentence's function words say so plainly (at least three, and twice as
 * many as the other side's), else null: a short line, a list of names, an English sentence quoting
 * a French phrase.
 */
export function sentenceLanguage(text: string): 'en' | 'other' | null {
  let english = 0;
  let other = 0;
  for (const [word] of text.matchAll(LOWER_WORD)) {
    if (ENGLISH.has(word)) english++;
    else if (OTHER.has(word)) other++;
  }
  if (english >= ENOUGH && english >= 2 * other) return 'en';
  if (other >= ENOUGH && other >= 2 * english) return 'other';
  return null;
}

/**
 * Which of an article's sentences are in another language while the article also writes English,
 * by index: a trilingual release's French and Dutch paragraphs beside its English one, a quote
 * left untranslated. The summaries are written in English; an article with no English sentence
 * (a French paper in a French section) keeps all of its own.
 */
export function otherLanguageSentences(texts: readonly string[]): Set<number> {
  const found = new Set<number>();
  // Most articles hold none of the commonest foreign function words: one scan of each sentence
  // for them spares reading every word of an English article.
  if (!texts.some((text) => COMMON_OTHER.test(text))) return found;
  const languages = texts.map(sentenceLanguage);
  if (languages.filter((language) => language === 'en').length < 2) return found;
  languages.forEach((language, index) => {
    if (language === 'other') found.add(index);
  });
  return found;
}
