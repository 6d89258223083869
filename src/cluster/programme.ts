/**
 * A programme item: a feed entry that announces an episode of a podcast or a show ("The World
 * Tonight podcast, episode 412: tremors, treaties and tunnels") rather than reporting an event.
 * Its title lists several of the day's topics, so it resembles whichever story shares one of
 * them; it is its own story, and no report joins it (docs/clustering.md, "Programme items").
 */
const PROGRAMME_TITLE =
  /\b(?:podcast|episode|ep\.)\s*,?\s*(?:episode\s*)?(?:no\.\s*)?#?\d{1,4}\b|^(?:podcast|listen|watch live|newsletter|quiz)\s*[:|–—-]/i;

export function isProgrammeTitle(title: string): boolean {
  return PROGRAMME_TITLE.test(title);
}
