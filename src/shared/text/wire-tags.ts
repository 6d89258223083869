/**
 * A wire's desk slug before a title, in capitals and joined by a hyphen ("UPDATE 2-",
 * "EXCLUSIVE-", "REFILE-UPDATE 1-") or in brackets ("(LEAD) ", "(2nd LD) ", "(URGENT) "), a flash
 * label ("BREAKING: "), and its attribution tag after it, glued to a hyphen
 * (" -sources", " -WSJ"): written for editors' screens, not for readers, and no word of the
 * event. Headlines (summarize/headline.ts) and clustering's headline terms both drop them.
 */
const WIRE_SLUG =
  /^(?:(?:UPDATE|WRAPUP|REFILE|CORRECTED|RPT|EXCLUSIVE|ANALYSIS|FACTBOX|INSIGHT|PREVIEW|TIMELINE|FEATURE|BREAKINGVIEWS)(?: ?\d{1,2})?-)+(?=\S)/;
const ATTRIBUTION_TAG = /\s-(?=\p{L})[\p{L}.'’ ]{1,24}$/u;
/** A desk's tag in brackets or a flash label before a title: "(LEAD) ", "(2nd LD) ", "(URGENT) ", "BREAKING: ". */
const DESK_TAG =
  /^(?:\((?:LEAD|[1-9](?:st|nd|rd|th) LD|URGENT|FLASH|News Focus|News Analysis|Interview|EDITORIAL)(?:,\s*[^)]{1,20})?\)|(?:BREAKING|Breaking|JUST IN|Just in)\s*[:|])\s+(?=\S)/;

export function withoutWireTags(title: string): string {
  const untagged = title.replace(DESK_TAG, '').replace(WIRE_SLUG, '');
  const cut = untagged.replace(ATTRIBUTION_TAG, '');
  return cut.split(/\s+/).length >= 3 ? cut : untagged;
}
