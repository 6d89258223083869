/**
 * The words of video players, share bars and page chrome: page-junk.ts reads whole lines and
 * sentences with them, furniture.ts cuts a run of them off the front of a sentence
 * (docs/summarization.md, "Cleaning").
 */

/** Interface words of players, share bars and page chrome. */
const UI_WORD =
  /^(?:close|replay|play|pause|mute|unmute|watch|video|videos|now|playing|up|next|more|autoplay|skip|in|share|shares|this|copy|link|tweet|email|print|save|comments?|listen|to|article|story|min|mins|minutes?|read|reading|tap|click|here|scroll|continue|continues|continued|below|loading|advertisement|advert|ad|sponsored|just|watched|must|fullscreen|full|screen|captions?|cc|settings|volume|live|audio|podcast|follow|subscribe|sign|on|off|facebook|twitter|x|whatsapp|linkedin|reddit|messenger|pinterest|the|a|of|and|or|with|expand|collapse|show|hide|transcript|download|embed|toggle|back|top|menu|home|news|world|opens|new|window|tab|main|content|image|photo|caption|playback|open|app|key|events|only|text|size|gift|popular|most|s)$/i;
const DURATION = /^\(?\d{1,2}:\d{2}(?::\d{2})?\)?$/;

export function stripEdgePunctuation(token: string): string {
  // Most tokens are words that open and close on an ASCII letter or digit: nothing to strip.
  if (
    token.length > 0 &&
    isAsciiAlphanumeric(token.charCodeAt(0)) &&
    isAsciiAlphanumeric(token.charCodeAt(token.length - 1))
  )
    return token;
  return token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * Whether a line is made only of interface words and durations ("CLOSE", "Replay", "0:45",
 * "Listen to this article · 4 min", "Share this", "Now playing", "Skip in 5").
 */
export function isInterfaceLine(line: string): boolean {
  const tokens = line.split(/[\s·•|/–—-]+/).filter((token) => token.length > 0);
  if (tokens.length === 0 || tokens.length > 10) return false;
  return tokens.every((token) => {
    const bare = stripEdgePunctuation(token);
    return bare === '' || DURATION.test(token) || /^\d{1,2}$/.test(bare) || UI_WORD.test(bare);
  });
}

/** Words only a player or a share bar writes: a run of interface words holding one is chrome. */
const PLAYER_ONLY = /^(?:close|replay|autoplay|skip|embed|share|unmute|mute|fullscreen)$/i;
const CHROME_FIRST =
  /^(?:close|replay|autoplay|skip|embed|share|unmute|mute|fullscreen|email|print|save|tweet)$/i;
const SHARE_BUTTON = /^(?:Email|Share|Print|Tweet|Save) [Tt]his$/;
/** Capitalized little words that open a sentence after the chrome: "… Share A former officer…". */
const OPENER = /^(?:A|An|The|This|In|On|At|After|As)$/;

/**
 * Length of a video player's or share bar's words glued before a sentence ("CLOSE Skip in Skip x
 * Embed x Share A former police officer…"): three or more interface words, one of them a word
 * only a player writes, up to the sentence that follows. 0 when there are none.
 */
export function interfacePrefixLength(sentence: string): number {
  // Chrome opens with a player's or a share button's word; most sentences do not: decide on it first.
  const first = stripEdgePunctuation(/^\S+/.exec(sentence)?.[0] ?? '');
  if (!CHROME_FIRST.test(first)) return 0;
  const tokens = [...sentence.slice(0, 200).matchAll(/\S+/g)];
  let end = 0;
  let playerOnly = false;
  while (end < tokens.length && end < 16) {
    const token = tokens[end]?.[0] ?? '';
    const bare = stripEdgePunctuation(token);
    if (!(bare === '' || DURATION.test(token) || /^\d{1,2}$/.test(bare) || UI_WORD.test(bare))) break;
    if (PLAYER_ONLY.test(bare)) playerOnly = true;
    end++;
  }
  // A share button's label ("Email This", "Share this") before a sentence.
  const button = end >= 2 && SHARE_BUTTON.test(`${tokens[0]?.[0] ?? ''} ${tokens[1]?.[0] ?? ''}`);
  if (button) playerOnly = true;
  if (end < tokens.length && end > (button ? 2 : 0) && OPENER.test(tokens[end - 1]?.[0] ?? '')) end--;
  // A single player word in capitals is chrome too: "CLOSE Bone-chilling cold gripped…".
  const shouted =
    end >= 1 && /^[A-Z]{4,}$/.test(tokens[0]?.[0] ?? '') && PLAYER_ONLY.test(tokens[0]?.[0] ?? '');
  if (shouted && end < 3) end = 1;
  if ((end < 3 && !shouted && !button) || !playerOnly || end >= tokens.length) return 0;
  // What follows must open a sentence: "Share this story with a friend." is one whole.
  const rest = tokens[end]?.[0] ?? '';
  return /^["“‘(]?[\p{Lu}\d]/u.test(rest) ? (tokens[end]?.index ?? 0) : 0;
}

export const PLAYER_HINT = /[Ss]kip|[Ee]mbed|CLOSE|[Rr]eplay|[Aa]utoplay/;

/** How many words only a player writes a sentence holds ("AP 3 of 68 Skip in Skip x Embed x Share CLOSE …"). */
export function playerWords(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/)) if (PLAYER_ONLY.test(stripEdgePunctuation(token))) count++;
  return count;
}
