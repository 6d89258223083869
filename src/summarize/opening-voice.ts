/**
 * Openings whose voice is not the news's: an actor told by office alone, a body's words about its
 * own message. Neither leads a story (lead.ts, docs/summarization.md "The lead point").
 */

/**
 * An actor told by office alone as the subject ("In a major relief for the salaried class, the
 * minister announced…", "The company said on Friday…"): which one, the reader of a first point is
 * not told.
 */
export const UNNAMED_ACTOR =
  /^(?:[^,;:"“]{0,80},\s+)?[Tt]he (?:(?:finance |prime |chief )?minister|president|premier|governor|mayor|chancellor|company|firm|spokes(?:man|woman|person))\s+(?:announced|said|says|told|declared|unveiled|confirmed|proposed|presented)\b/;

/** A body's name opening the sentence, up to what it says of its message. */
const BODY = String.raw`^(?:The\s+)?\p{Lu}[^,;:"“]{2,80}? `;
/** A body, perhaps with what it is: "Kazbegi Line Freeride, the Tbilisi company that organised the trip, ". */
const BODY_NAMED = String.raw`^(?:The\s+)?\p{Lu}[^,;:"“]{2,80}?(?:, [^,;:"“]{2,80},)? `;

/**
 * A body's words about its own message before what it tells: a notice's answer to what others
 * report ("The Jordan Securities Commission wishes to clarify that Al-Waha … is not licensed…") or a
 * release's promotion ("Marvel is excited to announce an all-new era for the God of Thunder…"), and
 * an update announced as one (ANNOUNCED_UPDATE). The news is told by the reports. "… is pleased to
 * announce that it has agreed to buy…" and "The Prefect informs the public that the RN2 will be
 * closed…" tell it, and lead.
 */
export const SELF_ANNOUNCED = new RegExp(
  String.raw`${BODY}(?:(?:wishes|would like) to (?:clarify|reassure|remind|stress|reiterate)|hereby (?:clarifies|reminds)|(?:is|are) (?:very |so )?(?:excited|thrilled|delighted|proud|pleased|happy) to (?:announce|unveil|introduce|share)\b(?!,? that\b))`,
  'u',
);

/**
 * An update announced as one ("Faso Fibre SA provides an updated assessment of the fire…", "Boreal
 * Airways provided an update on the security incident…", "The Federal Civil Aviation Agency reports
 * on the progress of the investigation…", "Bluecrest Waterways has spoken for the first time since the
 * accident.", "The Department of Civil Protection wishes to update the nation on the flash floods…",
 * "Kazbegi Line Freeride, the Tbilisi company that organised the trip, has issued its first statement.";
 * not "The ministry issued an update on the floods saying 14 had died"): the statement after it in
 * its release tells what the update is ("After a complete inventory…, the quantity of seed cotton
 * destroyed is now estimated at 5,200 tonnes"), and takes the opening's place (lead.ts); it is no
 * point itself (extract.ts).
 */
export const ANNOUNCED_UPDATE = new RegExp(
  String.raw`${BODY_NAMED}(?:(?:provides|gives|issues|publishes) (?:an? |the |its )?(?:update|updated \p{Ll}+|further information|additional information)\b|(?:provided|gave|issued|published) (?:an? |its )?(?:update|updated \p{Ll}+) on (?:the|its)\b(?![^.]{0,120}\b(?:saying|showing|confirming|reporting)\b)|(?:reports|informs) on the progress of\b|(?:wishes|would like) to update (?:the (?:nation|public)|(?:its|their) \p{Ll}+) on\b|(?:has|have) (?:issued|released|put out|published) (?:its|their|his|her|an?) (?:first |own |brief |short |written |official )?(?:statement|comment|response)(?: on (?:the|its|their) [^,;:"“]{2,40})?\.?$|(?:has|have) (?:spoken|broken (?:its|his|her|their) silence)(?: (?:publicly|out))?(?: for the first time)?(?: since [^,;:"“]{0,60})?\.?$)`,
  'u',
);
