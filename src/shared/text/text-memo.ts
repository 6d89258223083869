/**
 * What a rule read off a text, kept per text: a sentence comes back in every outlet's copy of a
 * wire story, under several rules that each ask about it, and on every morning its story runs
 * again (docs/summarization.md "Speed"). At most `limit` texts are kept; the memo is emptied when
 * full. Only for readings that depend on the text alone.
 */
export class TextMemo<T> {
  private readonly known = new Map<string, T>();

  constructor(private readonly limit = 20_000) {}

  read(text: string, compute: (text: string) => T): T {
    const known = this.known.get(text);
    if (known !== undefined) return known;
    const value = compute(text);
    if (this.known.size >= this.limit) this.known.clear();
    this.known.set(text, value);
    return value;
  }
}
