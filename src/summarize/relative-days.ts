/**
 * A key point is read the morning after its article was written, so a relative day in the
 * writer's words ("The ministry today held a ceremony…", "…lost power at the peak of rolling
 * blackouts this evening") tells the reader the wrong day. The word is left out of the point; the
 * sentence still says what happened, and the source line gives the article's date
 * (docs/summarization.md, "Points that stand alone"). Quotations stay as spoken: "Today the court
 * said…" is someone's words. A day after a preposition ("until today", "from tonight") is part of
 * what is said and stays too, as does a capitalized "Today" inside a sentence (a title: "USA Today").
 */
const RELATIVE_DAY = '(?:today|tonight|yesterday|this (?:morning|afternoon|evening))';
/** "…protested today in Podgorica", "…ordered this evening.": the day with the space before it. */
const INSIDE = new RegExp(
  String.raw`(?<!\b(?:until|till|from|since|of|by|before|after|for|than|as|to|and|or|but)) ${RELATIVE_DAY}(?=[ ,.;:!?]|$)(?!'s|’s)`,
  'g',
);
/** "Today, the ministry…" / "Yesterday the union…" opening the sentence (not "Today Show host…"). */
const OPENING =
  /^(?:Today|Tonight|Yesterday|This (?:morning|afternoon|evening))(?:,\s+(?=\p{L})|\s+(?=\p{Ll}))/u;
/** Quoted spans, left as written. */
const QUOTED = /["“][^"”]*["”]/g;

/** The point's text without the writer's relative days. */
export function withoutRelativeDays(text: string): string {
  if (!/today|tonight|yesterday|this (?:morning|afternoon|evening)/i.test(text)) return text;
  const parts: string[] = [];
  let last = 0;
  for (const quoted of text.matchAll(QUOTED)) {
    parts.push(plain(text.slice(last, quoted.index), last === 0));
    parts.push(quoted[0]);
    last = quoted.index + quoted[0].length;
  }
  parts.push(plain(text.slice(last), last === 0));
  return parts.join('');
}

function plain(span: string, opening: boolean): string {
  let out = span.replace(INSIDE, '');
  if (opening) {
    const found = OPENING.exec(out);
    if (found !== null) {
      const rest = out.slice(found[0].length);
      // "Today the union…" → "The union…"; a name stays as it is.
      out = `${rest.charAt(0).toUpperCase()}${rest.slice(1)}`;
    }
  }
  return out;
}
