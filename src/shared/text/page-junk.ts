import { isInterfaceLine, PLAYER_HINT, playerWords } from './interface-words';
import { noteKind } from './page-notes';
import { ANY_VERB, isSceneCaption, isVerblessCaption, MONTH, WEEKDAY } from './scene-captions';
import { TextMemo } from './text-memo';
import { isClockAndYear, isTimestampLine } from './timestamp-lines';

/**
 * Page furniture that scrapers and full-content feeds deliver inside an article body: photo
 * captions and credits, galleries, video-player and share widgets, bylines and author bios,
 * newsletter and subscription prompts, "Read more"/"Related" lines, datelines and timestamps
 * on their own, copyright and correction notices, broadcast-transcript labels, social-media
 * embeds, site notices. Each rule reads the *shape* of such a line (a credit closing it, a label
 * and a colon opening it, a line made only of interface words or of date tokens, a name
 * followed by a newsroom job, a scene told in the present tense with its date), so it holds
 * for outlets never seen; none is a list of sentences from one site. docs/summarization.md
 * ("Cleaning") lists the kinds with examples.
 *
 * Patterns that must read capitals (names, credits) carry no `i` flag: with it, `\p{Lu}`
 * matches lower case too. `anyCase` spells out the case variants of plain words instead.
 */

export type JunkKind =
  | 'caption'
  | 'credit'
  | 'gallery'
  | 'player'
  | 'byline'
  | 'bio'
  | 'prompt'
  | 'related'
  | 'dateline'
  | 'timestamp'
  | 'copyright'
  | 'correction'
  | 'transcript'
  | 'social'
  | 'notice';

/** Lower-case, capitalized and upper-case forms of words, as a regex alternation. */
function anyCase(words: string): string {
  // One group, so that what follows it applies to every alternative ("FILE PHOTO", "ADDITIONAL reporting").
  const alternatives = words
    .split('|')
    .map((word) => `[${word[0]?.toUpperCase()}${word[0]}]${word.slice(1)}|${word.toUpperCase()}`)
    .join('|');
  return `(?:${alternatives})`;
}

/** Who takes and sells news pictures: such a name in a trailing group or opening a line marks a credit. */
const PICTURE_SOURCES =
  'AP|AFP|Reuters|REUTERS|EPA|EFE|EPA-EFE|Getty(?: Images)?|Shutterstock|Alamy|Xinhua|Kyodo|Yonhap|ANSA|dpa|DPA|Anadolu|TASS|Sputnik|PA(?: Wire| Images| Media)?|AAP|Bloomberg|NurPhoto|SOPA(?: Images)?|ZUMA(?: Wire| Press)?|Sipa(?: USA)?|Rex(?: Features)?|REX|Eyevine|Redux|Polaris|Splash(?: News)?|Backgrid|Newscom|Landov|Corbis|Abaca(?: Press)?|MCT|Handout|HANDOUT|Pool|POOL|Supplied|Courtesy|iStock|Unsplash|Wikimedia(?: Commons)?|Twitter|Facebook|Instagram|TikTok|YouTube|Telegram';
const PICTURE_WORD = `(?:${anyCase('photo|photograph|image|picture|pic|credit|illustration|graphic|video|footage|screengrab|screenshot|still')})s?`;
const STILL_WORD = `(?:${anyCase('photo|photograph|image|picture|credit')})s?`;

/** "(Jane Doe/Reuters)", "(AP Photo/Jane Doe)", "(Jane Doe/Agency via AP)", "[Photo/Agencies]", "(Photo: Getty Images)", "(File photo)". */
const TRAILING_CREDIT = new RegExp(
  String.raw`[([]\s*(?:[^()[\]]{0,60}\p{Lu}[^()[\]/]{0,40}\/\s*\p{Lu}[^()[\]]{0,60}|[^()[\]]{0,60}\bvia (?:${PICTURE_SOURCES})\b[^()[\]]{0,30}|${PICTURE_WORD}\s*(?:${anyCase('credit')})?\s*:\s*[^()[\]]{1,80}|${anyCase('file')}(?: ${anyCase('photo')})?)\s*[)\]]\s*\.?\s*$`,
  'u',
);
/** A credit with no brackets closing a line: "… Photo: Jane Doe/Agency", "… REUTERS/Jane Doe", "… AFP via Getty Images" ("The big picture: …" is a brief's label). */
const BARE_TRAILING_CREDIT = new RegExp(
  String.raw`(?:(?<![Bb]ig )\b${STILL_WORD}\s*(?:${anyCase('credit')})?\s*(?::|\bby\b)\s*\p{Lu}[^.!?]{0,80}|\b(?:${PICTURE_SOURCES})(?: Photo| PHOTO)?\s*\/\s*\p{Lu}[\p{L}.' -]{1,40}|\bvia (?:Getty Images|AP|Reuters|AFP)|\b(?:Getty Images|Shutterstock|Alamy))\s*\.?\s*$`,
  'u',
);
/**
 * A line that opens with a credit before the caption: "Getty Images Firefighters battle…",
 * "AP:Associated Press Women…", "Lumen Images Tugboats guided…" (any picture agency's name).
 */
const LEADING_CREDIT = new RegExp(
  String.raw`^(?:(?:${PICTURE_SOURCES})(?::[\p{L} ]{2,30})?|[\p{L}.-]+\.(?:com|co\.uk|net|org)|(?:\p{Lu}[\p{L}-]+\s+){1,2}(?:Images|Photos|Pictures|Photography|Photo|Pool|Picture Agency))\s+(?=[\p{Lu}\p{N}])`,
  'u',
);
/** A whole line that is only a credit: "Photo: Jane Doe/Agency", "Jane Doe/Reuters", "Getty Images". */
const CREDIT_ONLY = new RegExp(
  String.raw`^(?:${PICTURE_WORD}(?: ${anyCase('credit')})?\s*[:|/]|(?:${PICTURE_SOURCES})(?:\s*(?:Photo|PHOTO|Images|\/|:|$))|\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}\s*\/\s*\p{Lu}[\p{L}.&'’/ -]{1,60}$)`,
  'u',
);
/** An agency credit inside a sentence: "REUTERS/Jane Doe", "AFP/Getty". */
const INLINE_CREDIT = /\b(?:REUTERS|AFP|AP|EPA|Getty Images)\/[A-Z]/;
/** Words that tell a caption: "Image alt: …", "(pictured)", "(left)", "in this undated photo", "FILE - In this … photo". */
const CAPTION_MARK =
  /^(?:[A-Z]{2,6} )?(?:photo|picture|image)s?(?:\s+(?:alt|alt text|description))?\s*:\s|^alt(?: text)?\s*:\s|^(?:image|media) caption\b|\((?:pictured|pictured (?:left|right|above|below|centre|center|top|bottom|here|with [^)]{1,40})|left|right|centre|center|above|below|top|bottom|inset|main|file|file photo|far (?:left|right)|second (?:left|right|from (?:left|right)))\)|\bpictured\b|\bin (?:this|these) (?:undated |recent |handout |file |aerial |still |video )*(?:photo|photograph|image|picture|file photo|video grab|screengrab|still|handout)s?\b|\bin an? (?:undated |handout |file )+(?:photo|photograph|image|picture)s?\b|\b(?:photo|image|picture|video still|handout)s? (?:taken|released|provided|issued|obtained|distributed|made available|shared)\b|\bseen in this (?:photo|picture|image|video)\b|^(?:pictured|above|below|top|main|left|right|inset|main (?:image|picture|photo)|top (?:image|picture|photo))\s*:|^(?:file\s*[-–—]\s*)?in this\b(?:[^.,]|,(?=\s*(?:\d|(?:file|photo|image|picture|handout)\b))|(?<=\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec))\.){0,140}\b(?:photo|image|picture|file photo|handout|video)\b/i;
/**
 * Wire photo captions end with place and date and no preposition: "… speaks at a hotel in
 * Kathmandu, Nepal May 30, 2016." (Reuters style), unlike "… takes effect on Jan. 1, 2018."
 */
const CAPTION_ENDING = new RegExp(
  String.raw`(?<!\b(?:[Oo]n|[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil|[Bb]efore|[Aa]fter|[Ff]rom|[Tt]o|[Oo]f))\s\p{Lu}[\p{L}.'’-]+,?\s${MONTH}\.?\s\d{1,2},\s\d{4}\.$`,
  'u',
);
/**
 * AP captions end with the day, the full date and the place: "… left many schools closed for
 * the day, Thursday, Dec. 20, 2012, in Urbandale, Iowa." A report says "on Thursday".
 */
const WIRE_CAPTION_HINT = /\d{4},\s(?:in|at|near|outside)\s/;
const WIRE_CAPTION_ENDING = new RegExp(
  String.raw`,\s(?:${WEEKDAY},\s)?${MONTH}\.?\s\d{1,2},\s\d{4},\s(?:in|at|near|outside)\s\p{Lu}[^.!?]{0,60}\.$`,
  'u',
);
/** Gallery and lightbox text: "Photos: …", "Hide Caption 3 of 8", "1 of 12", "Enlarge this image". */
const GALLERY =
  /^(?:photos?|gallery|in pictures|slideshow|images?)\s*:|\bhide caption\b|\btoggle caption\b|\benlarge this image\b|\bclick to enlarge\b|\b(?:previous|next) (?:slide|image|photo)\b|\b(?:view|launch|open) (?:the )?(?:gallery|slideshow)\b|^\s*(?:image|photo|slide)?\s*\d{1,3}\s*(?:of|\/)\s*\d{1,3}\s*$/i;
const GALLERY_COUNT = /\b\d{1,3} of \d{1,3}\s*$/;
const GALLERY_HINT =
  /aption|nlarge|allery|lide| of \d|^\S*\s*\d|^(?:[Pp]hotos?|PHOTOS?|[Ii]mages?|IMAGES?|[Ii]n [Pp]ictures)\b/;
/** A label and a colon or dash opening a line that points elsewhere: "Watch: …", "Read more: …", "Related: …". */
/** "Heard on Morning Edition", "As seen on TV": a programme's credit line. */
/** "Source: Lumen Images": a credit line naming where a picture or a chart came from. */
const SOURCE_LINE = /^(?:Source|Sources|SOURCE|Credit|CREDIT)\s*(?::|\.{3}|…)\s*\p{Lu}[^.!?]{0,60}$/u;
const HEARD_ON = /^(?:[Aa]s )?(?:[Hh]eard|[Ss]een|[Ff]eatured) on [A-Z][^.!?]{0,40}$/;
const POINTER_LABEL =
  /^(?:\[[^[\]]{1,20}\]\s*)?(?:watch|video|listen|live|podcast|audio|read more|read also|also read|more|see also|see|related(?: coverage| stories| articles| content| links| topics)?|more on (?:this|that)(?: story| topic)?|more from [^:]{1,40}|further reading|go deeper|recommended(?: for you)?|you may also like|you might also like|don't miss|dont miss|must read|trending(?: now)?|most (?:read|popular|viewed|shared)|top stories|latest(?: news| stories)?|editor'?s picks?|also on [^:]{1,30}|explainer|analysis|opinion|sponsored|advertisement|promoted|partner content)\s*(?::|\||—|–|-|»|›)\s*/i;
/**
 * A summary box's label before its first bullet: "Story Highlights Parts of Iowa and Wisconsin hit
 * with more than a foot of snow", "Key points Flights grounded across Spain". Its bullets repeat the
 * body in headline style, without a stop. A label before a whole sentence ("What we know so far:
 * Cyclone Oriana has killed 14 people…") is cut off it instead (furniture.ts).
 */
export const SUMMARY_BOX_LABEL =
  '(?:[Ss]tory [Hh]ighlights|[Hh]ighlights|[Kk]ey [Pp]oints|[Kk]ey [Tt]akeaways|[Kk]ey [Ff]acts|[Ii]n [Bb]rief|[Aa]t a [Gg]lance|[Qq]uick [Rr]ead|TL;DR|[Ww]hat [Ww]e [Kk]now(?: [Ss]o [Ff]ar)?|STORY HIGHLIGHTS|HIGHLIGHTS|KEY POINTS|KEY TAKEAWAYS|IN BRIEF|AT A GLANCE|WHAT WE KNOW(?: SO FAR)?)';
const SUMMARY_BOX = new RegExp(`^${SUMMARY_BOX_LABEL}\\s*[:|—–-]?\\s+(?=[\\p{Lu}\\d])`, 'u');

function isSummaryBox(text: string): boolean {
  return SUMMARY_BOX.test(text) && !ENDS_AS_SENTENCE.test(text);
}

/** Reader-directed prompts: subscribe, sign up, follow, download, share, tips, comments, forms. */
const PROMPT =
  /^(?:(?:please |just |simply )?(?:sign up|subscribe|register|log in|login|sign in|join|follow|download|get|share|click|tap|scroll|enter|visit|open|check out|read|listen|watch|support|become|donate|contribute|send|email|tell|text|call|save|bookmark|republish|reprint|fill (?:in|out))\b[^.!?]{0,140}\b(?:newsletters?|inbox|mailing list|alerts?|app|podcast|channel|account|subscription|subscriber|membership|journalism|tips?|details|form|(?:this|our|the full) (?:article|story|page|video|website|site|podcast|report)|(?:our|your) (?:website|site|page|feed|updates|email)|slideshow|gallery|photos|digest|briefing|bulletin|wrap\b|never miss|delivered (?:every|each|daily|weekly)|(?:the )?(?:link|clip|video|player) (?:below|above)|below|above|(?:to )?(?:find out|learn) more\b|reading list|read (?:it )?later)\b|follow (?:us|@)|(?:follow (?:our |the )?live (?:updates|coverage|blog)|subscribers can (?:read|listen to|watch)\b|this (?:article|story|report|piece) is part of (?:our|a|an|the)\b|we pay for your stories|(?:got|have) a (?:news )?(?:story|tip)|do you have a (?:news )?(?:story|tip)|(?:our|this|independent) (?:journalism|reporting|newsroom) (?:relies|depends|is funded) (?:on|by) (?:you|readers|your support)|become a (?:member|subscriber|supporter|patron)\b|have you got a story|share your (?:story|views|thoughts)|have your say|join the (?:conversation|discussion|debate)|comments? (?:are|have been) (?:closed|open)|already a (?:subscriber|member)|you have (?:\d+|one|no) free articles?|enjoyed this (?:article|story)|want more (?:stories|news) like this|this (?:feature|content|video|page) is (?:not|no longer|currently not) available|please try again later|this (?:article|story|page|report|content) is (?:also )?available in\b|(?:this|the) (?:article|story|post|report) (?:was )?(?:originally|first) (?:appeared|published|ran) (?:on|in)))/i;
/**
 * Site and scraping notices anywhere in a sentence: links, cookies, scripts, archive texts, a
 * player's content warning, an outlet's note that it keeps its reporters' names back.
 */
const NOTICE =
  /https?:\/\/|www\.|(?:enable|turn on) javascript|requires javascript|javascript (?:is )?(?:required|disabled)|your browser|ad ?blocker|cookie (?:policy|settings)|we value your privacy|information on your device|\baccept all\b|manage (?:your )?(?:choices|preferences|consent|cookies)|(?:uses?|use of|accept(?:ing)?|agree to)(?: our| the)? cookies|newsletter sign|mailing list|sign up (?:for|to) (?:our|the)\b|terms of (?:use|service)|privacy policy|not a robot|tweet with a location|location information to your tweets|embed this tweet|internet archive|wayback machine|web captures?|crawl data|these crawls|web ?wide crawl|seed ?list|crawler configuration|distributed crawling|broken links on the web|crawls? of supported|scope of the crawl|(?:a )?link to the version that was live|transcripts? (?:is|are) (?:created|produced) on a rush deadline|may not be in its final form|accuracy and availability may vary|the authoritative record of\b|\b(?:viewers|readers|listeners) (?:may|might) find (?:it |them |this |these |some )?(?:distressing|disturbing|upsetting|graphic|offensive)\b|viewer discretion (?:is )?advised|\bdoes not (?:name|identify) its (?:correspondents|reporters|journalists|staff|sources)\b/i;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.]{2,}/;
const JOB_WORDS =
  'correspondent|reporter|editor|writer|journalist|columnist|contributor|producer|photographer|photojournalist|videographer|anchor|presenter|commentator|bureau chief|fellow';
/** A newsroom job, optionally qualified ("senior foreign correspondent", "White House Reporter"). */
const NEWSROOM_JOB = `(?:(?:${anyCase('senior|chief|deputy|national|foreign|political|diplomatic|international|staff|special|investigative|contributing|freelance|economics|business|health|science|climate|security|defence|defense|crime|courts|legal|sports|culture|technology|tech|energy|environment|education|europe|asia|africa|washington|london|paris|beijing|moscow|white house|middle east')})\\s+)*(?:${anyCase(JOB_WORDS)})s?`;
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}.'’-]*|and|&|of|de|van|von|da|di|al|bin|el|la|le)`;
const NAME = String.raw`\p{Lu}[\p{L}.'’-]+(?: ${NAME_WORD}){0,4}`;
const PERSON = String.raw`\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}`;
/** "Jane Doe is a senior correspondent…", "Jane Doe covers…", "About the author". */
const BIO = new RegExp(
  String.raw`^${PERSON}\s+(?:is|was|has been|serves as|works as)\s+(?:(?:a|an|the|our|\p{Lu}[\p{L}-]*['’]s)\s+)?[^.!?]{0,60}?\b${NEWSROOM_JOB}\b|^${PERSON}\s+(?:covers|reports on|writes about|writes for|reports for)\s|^${PERSON}\s+(?:is|was)\s+[^.!?]{0,80}?\b(?:who|and) (?:writes|reports|blogs) (?:about|on|for)\b|^(?:[Aa]bout the (?:author|writer|reporter)|The (?:author|writer) is)\b|^(?:He|She|They) (?:covers|reports on|writes about|previously (?:covered|reported (?:on|from))|has (?:reported|written) (?:from|on|about)) (?:the |[\p{Lu}])[^.!?]{0,60}[.!]?$`,
  'u',
);
/** "Follow her on X @…", "Contact the reporter at …", "Reach Jane Doe on Twitter". */
const CONTACT = new RegExp(
  String.raw`\b(?:[Ff]ollow|[Cc]ontact|[Rr]each|[Ee]mail|[Mm]essage) (?:him|her|them|me|the (?:author|reporter|writer|team)s?|${PERSON}) (?:on|at|via)\s+(?:[Tt]witter|X|[Ii]nstagram|[Ff]acebook|[Ll]inked[Ii]n|[Tt]hreads|[Bb]luesky|[Ss]ignal|[Ww]hats[Aa]pp|@|[\w.+-]+@)`,
  'u',
);
/** "By Jane Doe", "By Jane Doe and John Roe, Pacific Wire Service", "Reporting by …; Editing by …", "Jane Doe | Reporter". */
const BYLINE = new RegExp(
  String.raw`^(?:(?:By|BY|Story by|Written by|Words by|Text by|Report by|Compiled by|Interview by)\s+${NAME}(?:\s*(?:,|and|&|\|)\s*${NAME})*(?:\s+in\s+${NAME})?(?:,\s*(?:(?:${NAME_WORD}\s?){1,8}|(?:an? |the )?${NEWSROOM_JOB}(?: (?:for|at) [^.!?]{1,40})?))?\.?$|^\(?(?:${anyCase('additional|further')} )?(?:${anyCase('reporting|writing|editing|research|translation|graphics|production|compiled')}) (?:by|from)\s+\p{Lu}[\p{L}.'’-]*(?: (?:\p{Lu}[\p{L}.'’-]*|in|and|de|van|von))*(?:\s*(?:,|;|and)\s*(?:(?:${anyCase('additional|further')} )?[A-Za-z]+ (?:by|from)\s+)?\p{Lu}[\p{L}.'’-]*(?: (?:\p{Lu}[\p{L}.'’-]*|in|and|de|van|von))*)*\)?\.?$|^${NAME}\s*(?:[|,–—-]|\bfor\b)\s*(?:\p{Lu}[\p{L}'’-]*\s?){0,4}${NEWSROOM_JOB}$|^\p{Lu}\p{Ll}+ \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?(?: and \p{Lu}\p{Ll}+ \p{Lu}[\p{L}'’-]+)? in (?:\p{Lu}[\p{L}'’-]+\s?){1,3}$|^\p{Lu}\p{Ll}+ \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?(?: and \p{Lu}\p{Ll}+ \p{Lu}[\p{L}'’-]+)? in (?:\p{Lu}[\p{L}'’-]+\s?){1,3}$)`,
  'u',
);
/** A newsroom signing as itself: "By the El Golfo Noticias newsroom", "By Staff", "BY THE NEWS DESK". */
const NEWSROOM_BYLINE =
  /^(?:By|BY) (?:the |THE )?(?:[\p{Lu}\d][\p{L}\d.'’&-]* ){0,5}(?:newsroom|news ?desk|desk|staff|team|editors|reporters|NEWSROOM|NEWS ?DESK|DESK|STAFF|TEAM|EDITORS)\.?$/u;
/** "The Associated Press contributed to this report.", "Jane Doe contributed reporting from Kyiv." */
const CONTRIBUTED =
  /\bcontributed(?: reporting)? (?:to )?(?:this|the) (?:report|story|article)\)?\.?$|^[^.!?]{0,80} contributed reporting\b/;
/** "Jane Doe reported from Calapan, the Philippines, and John Roe from Hong Kong.": where each reporter was. */
const PLACE = String.raw`(?:the )?\p{Lu}[\p{L}'’.-]*(?:,? (?:the )?\p{Lu}[\p{L}'’.-]*){0,5}`;
const REPORTED_FROM = new RegExp(
  String.raw`^${PERSON}(?: and ${PERSON})? (?:reported|contributed reporting|contributed) from ${PLACE}(?:,? and ${PERSON} (?:reported |contributed reporting )?from ${PLACE})*\.?$`,
  'u',
);
const BYLINE_START =
  /^(?:By|BY|\(|(?:Additional|Further) \p{Ll}+ (?:by|from) |\p{Lu}\p{Ll}+ \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)? in \p{Lu}|\p{Lu}\p{Ll}+ (?:by|from) |\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,3} ?[|,–—-])/u;
/** "CITY, Country (Agency) —" standing alone, or "(Agency)" alone. */
const DATELINE_ONLY =
  /^(?:[\p{Lu}][\p{Lu}.'’ -]+(?:,\s*[\p{Lu}][\p{L}.' ]+){0,2}\s*(?:\([^()]{1,40}\))?|\([^()]{1,40}\))\s*(?:—|–|--|-|:)?\s*$/u;
const COPYRIGHT =
  /\b(?:reproduction|redistribution|republication|resale|republishing)\b[^.!?]{0,60}\b(?:prohibited|forbidden|not (?:permitted|allowed)|subject to (?:a )?licen[cs]e|without (?:the )?(?:prior |express )?(?:written )?(?:permission|consent))|\bhyperlink to \S+ is (?:required|mandatory|obligatory)|©|\(c\)\s*\d{4}|^copyright\b|\bcopyright\s*(?:©|\(c\)|\d{4})|\bimage copyright\b|all rights reserved|\b(?:available|licen[cs]ed) under (?:a|the) Creative Commons\b|may not be (?:published|reproduced|redistributed)|(?:published|broadcast), rewritten or redistributed/i;
const CORRECTION =
  /^(?:correction|corrections|clarification|editor'?s note|note|eds|editors)\s*(?:\(|:|—|–|-)|^(?:update|updated)\s*(?:\(|:|—|–|-)\s*(?:\S+(?:\s+\S+){0,8}$|this (?:article|story|post|piece|report))|^this (?:article|story|post|piece|report) (?:was|has been|is being) (?:amended|updated|corrected|changed|edited|revised)\b|^(?:an earlier|a previous|an older|the original|a prior) version of this (?:article|story|post|report|piece)\b|^(?:this is a (?:developing|breaking) (?:story|news story)|this story (?:is developing|will be updated))|^(?:the |this )?(?:information|story|article|page|report|news) (?:is being|will be) updated\b|^\((?:adds|updates|recasts|rewrites|refiles|corrects|changes|removes|fixes|writes through)\b[^()]*\)$/i;
/** "DAVID GREENE, HOST:", "(SOUNDBITE OF ARCHIVED BROADCAST)", "BYLINE: …", "UNIDENTIFIED PERSON #1:". */
const TRANSCRIPT =
  /^(?:[\p{Lu}][\p{Lu}.'’ -]{2,40}(?:,\s*[\p{Lu}][\p{Lu} ,'’-]{1,40})?(?:\s*#\d+)?:\s*$|\((?:SOUNDBITE|BEGIN|END|LAUGHTER|APPLAUSE|CROSSTALK|MUSIC|BEGIN VIDEO CLIP|END VIDEO CLIP|BEGIN AUDIO CLIP|END AUDIO CLIP)\b[^)]*\)|BYLINE:)/u;
/** Embedded posts: "— Name (@handle) May 28, 2016", "A post shared by …", "pic.twitter.com/…". */
const SOCIAL =
  /pic\.twitter\.com|\(@\w{1,30}\)\s*(?:\p{L}+ \d{1,2}, \d{4}|\d{1,2} \p{L}+ \d{4})|^a post shared by\b|\bview this post on (?:instagram|x|twitter|facebook)\b|\bembedded (?:tweet|post|video)\b/iu;
const BRACKETED_LINE = /^\[[^[\]]{3,200}\]$/;
const ENDS_AS_SENTENCE = /[.!?]["'”’)\]]*\s*$/;

/** Whether a line ends as a sentence does: a stop, a question or an exclamation mark, perhaps inside a quote. */
export function endsAsSentence(line: string): boolean {
  return ENDS_AS_SENTENCE.test(line);
}
/**
 * Cheap gate, tested before the costly unanchored patterns: a sentence with none of these
 * characters or word pieces cannot be a marked caption, a notice, a contact line or a bio.
 * Most news sentences hold none of them.
 */
const CAPTION_HINT =
  /ICTURE|\((?:pictured|left|right|cent|above|below|top|bottom|inset|main|file|far |second)|pictur|hoto|HOTO|mage|MAGE|andout|still|grab|FILE|[Ii]n th(?:is|ese) |[Ii]n an? (?:undated|handout|file) |^(?:Pictured|Above|Below|Top|Main|Left|Right|Inset)\s*:|aption|^[Aa]lt(?: text)?\s*:/;
const COPYRIGHT_HINT =
  /©|\(c\)|opyright|reative Commons|eproduc|edistribut|epublica|esale|yperlink|ights [Rr]eserved|IGHTS RESERVED|ay not be|ewritten or/;
const NOTICE_HINT =
  /http|evice|ccept all|anage|www\.|ava[Ss]cript|roken links|rawls|ersion that was live|rowser|locker|ookie|ewsletter|ailing list|ign up|erms of|rivacy|robot|weet|rchive|ayback|rawl|eb captur|eed ?list|ush deadline|inal form|vailability may vary|uthoritative record|iewers|eaders may|eaders might|isteners|iscretion|oes not (?:name|identify)/;
const BIO_HINT =
  /reviously|eported from|orrespondent|eporter|ditor|riter|ournalist|olumnist|roducer|resenter|nchor|ellow|overs |eports on|rites |uthor|ollow|ontact|each |mail|essage|hotographer/;
const BARE_CREDIT_HINT = /\/|:|\bby |via |Getty|Shutterstock|Alamy/;
const SOCIAL_HINT = /@|witter|post|mbedded/;

/** Word count by whitespace, without allocating. */
function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code === 32 || (code >= 9 && code <= 13) || code === 160;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** A presenter's or a live blog's greeting and thanks: "Good morning.", "Thanks for following along." */
const GREETING =
  /^(?:good (?:morning|afternoon|evening)|thank you|thanks (?:for|very much|so much)|(?:hello and )?welcome (?:back )?to (?:our|the|this) (?:live|coverage|programme|program|show|blog))\b/i;

/** A police appeal to the reader: "Anyone with information … should contact … at 434-263-7050." */
const APPEAL =
  /^anyone with (?:any )?information\b[^.!?]{0,160}\b(?:call|contact|is asked|are asked|is urged|are urged)\b/i;
/**
 * A number to call, given to the reader: "Report a flooded road or a missing person: 031 000 0000
 * (24 hours).", "Helpline: +44 20 7946 0000". A telephone number (seven digits or more in groups)
 * after a colon, in a line opening with an instruction, or beside a helpline's name.
 */
const PHONE_NUMBER =
  /(?<![\d,.])(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,4}\)[ .-]?)?\d{2,4}(?:[ .-]\d{2,5}){1,3}(?![\d,])/;
const PHONE_PROMPT =
  /^(?:call|phone|ring|dial|text|report|contact|reach|for (?:help|information|advice|support)|if you)\b|:\s*(?:\+|\(?\d)|\b(?:helpline|hotline|emergency line|emergency number|call centre|call center|whatsapp|sms|text us|send us|message us|call us|contact us)s?\b/i;

function isPhonePrompt(text: string, words: number): boolean {
  if (words > 30) return false;
  const number = PHONE_NUMBER.exec(text)?.[0];
  if (number === undefined || number.replace(/\D/g, '').length < 7) return false;
  return PHONE_PROMPT.test(text);
}

/**
 * A widget's label and a list of names, no verb anywhere: "Water outage schedule for Wednesday:
 * Phoenix, Verulam, Tongaat, oThongathi.", "Affected routes: N2, M4, R102."
 */
function isLabelledList(text: string): boolean {
  const colon = text.indexOf(':');
  const items = text
    .slice(colon + 1)
    .replace(/[.]\s*$/, '')
    .split(/,\s*|\s+and\s+/);
  if (items.length < 3 || ANY_VERB.test(text)) return false;
  return items.every((item) =>
    /^\s*[\p{Lu}\p{N}]?[\p{L}\p{N}'’.-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}'’.-]*){0,3}\s*$/u.test(item),
  );
}

/**
 * A subscription's price put to the reader: "Subscribe from Rs 175 a month.", "Join for just
 * $1 a week", "Become a member from €4.99 per month": a paywall's offer, whatever the currency.
 */
const SUBSCRIPTION_PRICE =
  /^(?:subscribe|sign up|join|register|become an? (?:member|subscriber|supporter))\b[^.!?]{0,60}?\b(?:from|for|at|only|just)\s+(?:[$€£¥₹]\s?|(?:Rs|R|KSh|N|GH₵|US\$|A\$|C\$|[A-Z]{3})\.?\s?)?\d[\d.,]*\s*(?:[\p{L}$€£]{1,6}\s+)?(?:a|per|\/|every|each)\s*(?:month|week|year|day)\b/iu;

/**
 * What a paywall promises its subscribers: "Subscribers get full access to harvest data and bulk
 * wine prices.", "Members enjoy unlimited access to…".
 */
const SUBSCRIBER_ACCESS =
  /^(?:subscribers|members|premium (?:subscribers|members|readers))\s+(?:get|enjoy|have|receive|gain)\s+(?:full|unlimited|exclusive|early|complete)?\s*access\b/i;

/** A list or a text announced to the reader: "…, here are 20 of Wiig's most memorable bits.", "Below is a quick explanation of…" */
const LISTICLE =
  /\bhere (?:are|is) (?:the |our |some of the )?(?:\d+|[a-z]+teen|twenty|ten|five|seven|a few)\b|^(?:below|above),? (?:is|are|you(?:'ll| will) find)\b/i;

/** A line of parts separated by "|" or "•" (byline | date | reading time), each part furniture. */
function isMetaLine(line: string): boolean {
  if (!/\s[|•·]\s/.test(line)) return false;
  const parts = line.split(/\s[|•·]\s/).map((part) => part.trim());
  if (parts.length > 6) return false;
  return parts.every(
    (part) =>
      isTimestampLine(part) ||
      BYLINE.test(part) ||
      NEWSROOM_BYLINE.test(part) ||
      isInterfaceLine(part) ||
      /^(?:\p{Lu}[\p{L}.'’-]*\s?){1,4}$/u.test(part) ||
      /^\d+\s*min(?:ute)?s?(?: read)?$/i.test(part),
  );
}

/** A photo credit closing the line, bracketed or bare. End-anchored patterns scan from every position, so only the tail is read. */
function endsWithCredit(text: string): boolean {
  const tail = text.length > 160 ? text.slice(-160) : text;
  let end = tail.length - 1;
  while (end >= 0 && (tail[end] === ' ' || tail[end] === '.')) end--;
  if ((tail[end] === ')' || tail[end] === ']') && TRAILING_CREDIT.test(tail)) return true;
  return BARE_CREDIT_HINT.test(tail) && BARE_TRAILING_CREDIT.test(tail);
}

/**
 * Furniture that makes a whole paragraph furniture, whatever else it holds: a credit closing
 * or opening it (a caption block, often of several sentences), gallery text, a label line, a
 * line of interface words, dates or bracketed links. Null when the paragraph is not such a
 * block; its sentences may still be furniture one by one (`junkKind`).
 */
export function blockJunkKind(paragraph: string): JunkKind | null {
  return blocks.read(paragraph, readBlockKind);
}

function readBlockKind(paragraph: string): JunkKind | null {
  const text = paragraph.trim();
  if (text.length === 0) return null;
  const words = countWords(text);
  if (words <= 10 && isInterfaceLine(text)) return 'player';
  if (endsWithCredit(text)) return words <= 8 ? 'credit' : 'caption';
  if (words <= 12 && (CREDIT_ONLY.test(text) || SOURCE_LINE.test(text))) return 'credit';
  if (!ENDS_AS_SENTENCE.test(text) && LEADING_CREDIT.test(text)) return 'caption';
  if (GALLERY_HINT.test(text) && (GALLERY.test(text) || GALLERY_COUNT.test(text.slice(-12))))
    return 'gallery';
  if (POINTER_LABEL.test(text) || BRACKETED_LINE.test(text) || HEARD_ON.test(text) || isSummaryBox(text))
    return 'related';
  if (CORRECTION.test(text)) return 'correction';
  if (TRANSCRIPT.test(text)) return 'transcript';
  if (words <= 16 && (isTimestampLine(text) || isMetaLine(text) || isClockAndYear(text, words)))
    return 'timestamp';
  if (words <= 8 && DATELINE_ONLY.test(text)) return 'dateline';
  return null;
}

/** The sentence rules read anywhere in a sentence, each behind its own cheap gate: most sentences pass none. */
function markedKind(text: string, words: number): JunkKind | null {
  if (CAPTION_HINT.test(text) && CAPTION_MARK.test(text)) return 'caption';
  if (text.includes('/') && INLINE_CREDIT.test(text)) return 'credit';
  if (COPYRIGHT_HINT.test(text) && COPYRIGHT.test(text)) return 'copyright';
  if (SOCIAL_HINT.test(text) && SOCIAL.test(text)) return 'social';
  if (NOTICE_HINT.test(text) && NOTICE.test(text)) return 'notice';
  if (text.includes('@') && EMAIL.test(text)) return 'notice';
  if (words <= 60 && BIO_HINT.test(text) && (BIO.test(text) || CONTACT.test(text))) return 'bio';
  return null;
}

/**
 * The kind of page furniture a sentence (or a one-line paragraph) is, or null for news text:
 * the block rules (unless the caller has just applied them to this very text), then what
 * marks a single sentence: caption words, a scene in the present tense, a wire caption's
 * place-and-date ending, notices, bylines, bios, prompts.
 */
export function junkKind(line: string, blockChecked = false): JunkKind | null {
  return blockChecked
    ? checkedLines.read(line, (text) => readJunkKind(text, true))
    : lines.read(line, (text) => readJunkKind(text, false));
}

/** A sentence's kind depends on its text alone: it is read once (text-memo.ts). */
const lines = new TextMemo<JunkKind | null>();
const checkedLines = new TextMemo<JunkKind | null>();
const blocks = new TextMemo<JunkKind | null>();

function readJunkKind(line: string, blockChecked: boolean): JunkKind | null {
  const block = blockChecked ? null : blockJunkKind(line);
  if (block !== null) return block;
  const text = line.trim();
  if (text.length === 0) return null;
  const words = countWords(text);
  const marked = markedKind(text, words);
  if (marked !== null) return marked;
  if (isSceneCaption(text, words) || isVerblessCaption(text, words)) return 'caption';
  if (text.endsWith('.') && /\d{4}\.$/.test(text) && CAPTION_ENDING.test(text)) return 'caption';
  if (text.endsWith('.') && WIRE_CAPTION_HINT.test(text) && WIRE_CAPTION_ENDING.test(text)) return 'caption';
  if (words <= 20 && BYLINE_START.test(text) && (BYLINE.test(text) || NEWSROOM_BYLINE.test(text)))
    return 'byline';
  if (text.includes('ontribut') && words <= 40 && CONTRIBUTED.test(text)) return 'byline';
  if (words <= 30 && text.includes(' from ') && REPORTED_FROM.test(text)) return 'byline';
  if (words <= 60 && PROMPT.test(text)) return 'prompt';
  if (words <= 60 && (APPEAL.test(text) || LISTICLE.test(text))) return 'prompt';
  if (words <= 30 && (SUBSCRIPTION_PRICE.test(text) || SUBSCRIBER_ACCESS.test(text))) return 'prompt';
  const note = words <= 60 ? noteKind(text) : null;
  if (note !== null) return note;
  if (isPhonePrompt(text, words)) return 'prompt';
  if (words <= 20 && text.includes(':') && isLabelledList(text)) return 'notice';
  if (words <= 30 && GREETING.test(text)) return 'transcript';
  // A short lead-in to what the page shows next ("Get more The Tonight Show Starring Jimmy Fallon:").
  if (words <= 12 && text.endsWith(':')) return 'prompt';
  if (PLAYER_HINT.test(text) && playerWords(text) >= 3) return 'player';
  return null;
}

/** Whether a sentence or line is page furniture of any kind. */
export function isPageJunk(line: string): boolean {
  return junkKind(line) !== null;
}
