/**
 * A programme item: a feed entry that announces an episode of a podcast or a show ("The World
 * Tonight podcast, episode 412: tremors, treaties and tunnels"), or a roundup of several stories
 * ("The week in business: mergers, strikes and a wobble in oil", "Morning briefing: …"), rather
 * than reporting an event.
 * Its title lists several of the day's topics, so it resembles whichever story shares one of
 * them; it is its own story, and no report joins it (docs/clustering.md, "Programme items").
 */
const PROGRAMME_TITLE =
  /\b(?:podcast|episode|ep\.)\s*,?\s*(?:episode\s*)?(?:no\.\s*)?#?\d{1,4}\b|^(?:podcast|listen|watch live|newsletter|quiz)\s*[:|–—-]|^the (?:week|weekend|day|month|year) in [\p{L} -]{2,30}[:|–—-]|\b(?:news|morning|evening|daily|weekly|weekend) (?:roundup|round-up|briefing|digest)\s*[:|–—-]/u;

export function isProgrammeTitle(title: string): boolean {
  // Lower-cased: a case-insensitive Unicode pattern runs several times slower (docs/clustering.md).
  return PROGRAMME_TITLE.test(title.toLowerCase());
}
