/**
 * Pages of many voices: a discussion thread, a chat's export, a community group's post with its
 * comments, a fundraising appeal. Their sentences are users' claims and chatter or an organiser's
 * telling, no outlet's report (summarize/secondhand.ts; docs/summarization.md, "Method").
 */

/**
 * A post's header in a discussion thread: a user's handle (one word) and when they posted ("lamin_kotu
 * · Sep 18, 2027, 09:14", "Reply from Denzil_R · 9:02 am", "DrNudibranch · Aug 19", "MarinM · Posted
 * Mon 17 Jul 2028, 07:02", "#412 mod_sunbae · Aug 6, 7:45 PM"), maybe with a role ("mod_aslan ·
 * Moderator · Posted 9 August 2028"). A byline names a person in words, and a page has one.
 */
const POST_HEADER =
  /^(?:#\d{1,6}\s+)?(?:(?:posted by|reply from|replied by)\s+)?[\p{L}\d][\p{L}\d._-]{2,30}\s+·\s+(?:\p{Lu}\p{Ll}+(?: \p{Lu}?\p{Ll}+){0,2}\s+·\s+)?(?:(?:posted|replied|wrote|edited)\s+(?:on\s+)?)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\p{Ll}*,?\s+)?(?:\d{1,2}[:.]\d{2}|\d{1,2}\s+\p{L}{3}|\p{L}{3,9}\.?\s+\d{1,2}\b|\d+\s*(?:h|m|d|min|hr)s?\b|yesterday|today)/iu;

/**
 * A chat's exported message header: "[26/10/2027 23:48] Admin Marko:", "[23:48, 26/10/2027] Ivana
 * S.:" (WhatsApp, Viber, Telegram exports). A group's messages are its members' chatter too.
 */
const CHAT_HEADER =
  /^\[(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}:\d{2}(?::\d{2})?,?\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})\]\s+[^:\n]{1,60}:/;

/**
 * A community group's post and its comments: the group's line ("Tenaru Villages Community
 * Noticeboard · Public group · 6.2K members") among the page's first lines, and comments written
 * "Name Surname: …" ("Ellen Tovua: Same at Koleula, river like cement.") or under action bars
 * ("1h · Like · Reply · 31").
 */
const GROUP_LINE = /\b(?:Public|Private) group\s+·\s+[\d.,]+\s*[KkM]?\s+members\b/;
const COMMENT_LINE = /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}: \S/u;

/** A comment's action bar under its text: "1h · Like · Reply · 31". */
const ACTION_BAR = /\bLike\s+·\s+Reply\b/;

function isGroupPost(lines: readonly string[]): boolean {
  if (!lines.slice(0, THREAD_OPENS_WITHIN).some((line) => GROUP_LINE.test(line))) return false;
  return (
    lines.filter((line) => COMMENT_LINE.test(line)).length >= 2 ||
    lines.filter((line) => ACTION_BAR.test(line)).length >= 2
  );
}

/**
 * A microblog post with its replies: the poster's name and handle among the page's first lines
 * ("Kome (Hanamaki) @hanamaki_kome", "Wambui Gathoni @wambuigathoni · Director, The Salt Road") and
 * two replies or more written "@handle: …", "Kenya Filmmakers Guild @KEFilmGuild · Replying to
 * @wambuigathoni: …" or under a handle ("Otieno_Reels: …", "mamake_lamu: …"). A resident's "There
 * is a BEAR inside the Fresh Mart by the bypass." is a user's word, as a group's post is.
 */
const HANDLE_LINE = /(?:^|\s)@[\p{L}\d_.]{2,30}(?:$|\s+·\s)/u;
const REPLY_LINE =
  /^(?:@[\p{L}\d_.]{2,30}|[^:\n]{1,60}·\s+Replying to @[\p{L}\d_.]{2,30}|[\p{L}\d.]*_[\p{L}\d_.]*|\p{Ll}[\p{Ll}\d.]{2,30}\d*):\s+\S/u;

function isMicroblogPost(lines: readonly string[]): boolean {
  if (!lines.slice(0, THREAD_OPENS_WITHIN).some((line) => HANDLE_LINE.test(line))) return false;
  return lines.filter((line) => REPLY_LINE.test(line)).length >= 2;
}

/** A thread opens on its first post: a header among its first lines, before any report. */
const THREAD_OPENS_WITHIN = 4;

/**
 * Whether the page is a discussion thread: it opens on a post's header and holds three or more,
 * or it is a group's post or a microblog post with their comments and replies.
 * Its sentences are its users' claims and chatter, no outlet's report, so they give no points
 * (summarize/extract.ts); they still count as support for what they say. An article followed by
 * its readers' comments opens on the article, and stays a report.
 */
export function isDiscussionThread(text: string): boolean {
  const grouped = text.includes(' group ');
  const dotted = text.includes(' · ');
  const handled = text.includes('@');
  if (!grouped && !dotted && !handled && !text.includes('] ')) return false;
  const lines = text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean);
  if (grouped && isGroupPost(lines)) return true;
  if (handled && isMicroblogPost(lines)) return true;
  const header = (line: string) => (dotted && POST_HEADER.test(line)) || CHAT_HEADER.test(line);
  if (!lines.slice(0, THREAD_OPENS_WITHIN).some(header)) return false;
  return lines.filter(header).length >= 3;
}

/**
 * Marks of a fundraising page: its progress widget ("E 23,450 raised of E 180,000 goal · 96
 * donors"), its organiser and beneficiary, its buttons and its report link.
 */
const FUNDRAISER_MARKS = [
  /\braised (?:of|out of|towards?)\b[^\n]{0,30}\b(?:goal|target)\b/i,
  /(?:^|\n)\s*(?:Organi[sz]er|Organi[sz]ed by|Beneficiary|Fundraiser by)\s*:/i,
  /\b\d[\d,.]*\s+(?:donors|donations|supporters)\b/i,
  /(?:^|\n)\s*Donate(?: now)?\s*(?:·|\||$)/im,
  /\bReport this (?:fundraiser|campaign|appeal)\b/i,
  /\b(?:donated|gave)\s+\p{Sc}?\s?[A-Z]{0,3}\s?\d[\d,.]*\s*·/u,
];

/**
 * Whether the page is a fundraising appeal (two marks or more): its organiser's telling of what
 * befell them, in their words, no outlet's report. Like a discussion thread it gives no points and
 * still supports what it says (summarize/extract.ts).
 */
export function isFundraiser(text: string): boolean {
  let marks = 0;
  for (const mark of FUNDRAISER_MARKS) if (mark.test(text) && ++marks >= 2) return true;
  return false;
}
