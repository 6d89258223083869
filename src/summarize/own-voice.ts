/**
 * A body's own page speaks of itself in the first person: "More than 1,100 members of our union…
 * stopped work", "Our federation's fact-finding team visited the factory". Read as a key point, "our
 * union" is nobody's; the page's outlet is the body its source line names, so the point says "the
 * union…" ("…members of the union at Bozsuv Kimyo…"; the body's full name is the outlet's, not words
 * of the article, and a point holds only its sources' words). Only where the outlet's name ends in
 * the very kind of body the sentence says ("our union" on a page of the "… Workers' Union"); a
 * newspaper's "our city" stays as written, and a sentence still in the first person after it is no
 * point (candidates.ts inWriterVoice). docs/summarization.md ("Points that stand alone").
 */

/** Kinds of body whose own pages say "our union", "our parish", "our society". */
const BODY_KINDS: ReadonlySet<string> = new Set(
  `union federation association society trust foundation parish church council ministry agency network alliance coalition cooperative co-operative club institute university college school hospital centre center company authority commission department service rescue`.split(
    ' ',
  ),
);

/** The body's name in its outlet: before a dash, a comma or a bracket ("… Union (Facebook page)"). */
function bodyName(outlet: string): string | null {
  const name = outlet.split(/\s+[—–-]\s+|,\s|\s\(/u)[0]?.trim() ?? '';
  const kind = /([\p{L}-]+)$/u.exec(name)?.[1]?.toLowerCase();
  return kind !== undefined && BODY_KINDS.has(kind) && name.split(/\s+/).length >= 2 ? name : null;
}

/** The sentence with "our <kind>" told as "the <kind>", or the sentence as it was. */
export function namedOwnVoice(text: string, outlet: string): string {
  if (!/\b[Oo]ur\s/.test(text)) return text;
  const name = bodyName(outlet);
  if (name === null) return text;
  const kind = name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
  return text.replace(
    new RegExp(`\\b([Oo])ur (${kind})\\b`, 'gi'),
    (_, o: string, word: string) => `${o === 'O' ? 'The' : 'the'} ${word}`,
  );
}
