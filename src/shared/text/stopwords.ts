/**
 * English function words left out of content terms. Kept short on purpose: reporting verbs
 * ("said", "told") and numbers stay, since within-story IDF already discounts what every
 * sentence shares, and numbers are facts a point must not change.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all am an and any are aren't as at be because been before being
  below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down
  during each few for from further had hadn't has hasn't have haven't having he he'd he'll he's her here
  here's hers herself him himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself
  let's me more most mustn't my myself no nor not of off on once only or other ought our ours ourselves
  out over own same shan't she she'd she'll she's should shouldn't so some such than that that's the their
  theirs them themselves then there there's these they they'd they'll they're they've this those through
  to too under until up very was wasn't we we'd we'll we're we've were weren't what what's when when's
  where where's which while who who's whom why why's with won't would wouldn't you you'd you'll you're
  you've your yours yourself yourselves also just may might must shall will s t`.split(/\s+/),
);

/**
 * Words that say nothing about what a text is about, beyond the function words: "say", "see",
 * "first", "several", spelled-out small numbers. Topic matching (clustering) leaves them out too;
 * summarizing keeps them, since "first" and "two" are part of a fact.
 */
export const TOPIC_STOPWORDS: ReadonlySet<string> = new Set([
  ...STOPWORDS,
  ...`across afterwards almost alone along already although always among amongst amount another anyhow
  anyone anything anyway anywhere around back became become becomes becoming beforehand behind beside
  besides beyond bottom call done due eight either eleven else elsewhere empty enough even ever every
  everyone everywhere except fifteen fifty first five former formerly forty four front full get give go
  hence hereafter hereby herein hereupon however hundred indeed keep last latter latterly least less made
  make many meanwhile mine moreover mostly move much name namely neither never nevertheless next nine
  nobody none nothing now nowhere often one onto otherwise part per perhaps please put quite rather
  re really regarding say see seem seemed seeming seems serious several show side since six sixty
  somehow someone something sometime sometimes somewhere still take ten thence thereafter thereby
  therefore therein thereupon third though three throughout thru thus together top toward towards twelve
  twenty two unless upon us used using various via well whatever whence whenever whereas whereby wherein
  wherever whether whoever whole whose within without yet`.split(/\s+/),
]);
