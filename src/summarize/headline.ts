import { isChronicle, isMachineTranslated } from '../shared/text/page-notes';
import { namesNoAct, namesPage } from '../shared/text/page-titles';
import { cleanInline } from '../shared/text/paragraphs';
import { CLAUSE_VERB, hasVerb } from '../shared/text/scene-captions';
import { upperFirst } from '../shared/text/sentences';
import { contentTerms, initialsOf } from '../shared/text/terms';
import {
  isBroadcastTitle,
  isFeatureTitle,
  isKindOnlyTitle,
  SERIAL_ENTRY,
  withoutLiveMark,
  withoutPageKind,
  withoutWireTags,
} from '../shared/text/wire-tags';
import { inWriterVoice, SINGLE_QUOTED } from './candidates';
import { newestTime, RECENCY_WEIGHT, recency } from './lead';
import { hostOf } from './outlets';
import { recountedTitle } from './recounted';
import { searchOverTitle } from './search-ended';
import { secondhandArticles } from './secondhand';
import { standaloneOf } from './standalone';
import type { StoryModel } from './story-model';
import { outdatedTitle } from './tolls';
import { cosine, tfidfVector } from './vectors';

/**
 * The story headline: the most representative article title, without the outlet's name
 * (" - BBC News", " | Reuters") or section labels. Stories without titles get one cut from
 * their first point.
 */

/** A title's verb of saying outside its quote: the quote's first person is then the speaker's. */
const SAYS = /\b(?:says|said|tells|told|vows|warns|insists|admits|declares|pledges)\b/;
const SEPARATOR = /\s+([|•·»:]|::|[-–—]{1,2})\s+/gu;
const PIPE_LIKE = /^(?:[|•·»]|::)$/u;
const OUTLET_WORD =
  /\b(?:news|times|post|journal|guardian|reuters|ap|associated press|afp|bbc|cnn|npr|nbc|abc|cbs|fox|herald|tribune|telegraph|independent|press|daily|gazette|chronicle|magazine|online|tv|radio|network|agency|wire|standard|observer|express|mail|mirror|economist|politico|bloomberg|[a-z0-9-]+\.(?:com|org|net|co\.uk|news))\b/i;
const LABEL_PREFIX =
  /^(?:live(?: updates| blog| coverage)?|watch|video|breaking|alert|news alert|update|updated|exclusive|opinion|analysis|explainer|photos?|photo (?:essay|story|gallery)|picture (?:essay|story)|gallery|official|confirmed)(?: \d{1,2})?\s*(?::|\||[-–—])\s+/i;
/**
 * A programme's name before what its item tells: "Morning Report: Nine hurt in … ferry grounding".
 * Before a dash and a date ("Evening Bulletin — 20 July 2028") the name is the page's own title
 * (cluster/programme.ts), and stays.
 */
const PROGRAMME_PREFIX =
  /^(?:[Mm]orning|[Mm]idday|[Ee]vening|[Nn]ight|[Bb]reakfast|[Dd]rive|[Ww]eekend) (?:[Rr]eport|[Ee]dition|[Bb]ulletin|[Bb]riefing|[Bb]rief|[Ss]how|[Nn]ews)\s*:\s+(?=.*?\s\p{Ll}.*?\s\p{Ll})/u;

function squash(text: string): string {
  return text
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

function namesOutlet(tail: string, outlet: string, url: string): boolean {
  const tailKey = squash(tail);
  if (tailKey.length === 0) return false;
  const outletKey = squash(outlet);
  if (outletKey.length > 0 && (tailKey.includes(outletKey) || outletKey.includes(tailKey))) return true;
  // The outlet's name in its own language, spelling the initials it goes by ("Bankowy Fundusz
  // Gwarancyjny" of the "Bank Guarantee Fund (BFG)").
  const goesBy = new Set(outlet.match(/\b\p{Lu}{3,}\b/gu)?.map((acronym) => acronym.toLowerCase()));
  if ([...initialsOf(tail.split(/\s+/))].some((initials) => goesBy.has(initials))) return true;
  // …or its initials before the name of one of its services ("MPA English" of the Marmara Press Agency).
  const [initials = '', ...service] = tail.split(/\s+/);
  if (
    /^\p{Lu}{3,}$/u.test(initials) &&
    service.length <= 2 &&
    service.every((word) => /^\p{Lu}\p{Ll}+$/u.test(word)) &&
    initialsOf(outlet.split(/\s+/)).has(initials.toLowerCase())
  )
    return true;
  const host = hostOf(url);
  const hostCore = squash(
    host
      .split('.')
      .slice(0, -1)
      .join('.')
      .replace(/\.(?:co|com)$/, ''),
  );
  return hostCore.length >= 2 && (tailKey.includes(hostCore) || hostCore.includes(tailKey));
}

/** A name of up to four capitalized words and no count: "Asia Today", "World at One". */
const PROGRAMME_NAME =
  /^(?!.*\b(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Dozens?|Hundreds?|Thousands?)\b)\p{Lu}[\p{L}'’]*(?:\s+(?:\p{Lu}[\p{L}'’]*|at|of|the|and|&)){0,3}$/u;

/** A headline that tells something, in three words or more of lower case ("… ousted over coal railway deal"), not a page's name. */
const tells = (head: string): boolean => (head.match(/\s\p{Ll}/gu)?.length ?? 0) >= 3;

function looksLikeOutlet(tail: string): boolean {
  const tailWords = tail.split(/\s+/);
  if (tailWords.length > 4) return false;
  const capitalized = tailWords.every((word) => /^(?:[\p{Lu}\p{N}]|the$|of$|and$|&$)/u.test(word));
  return capitalized && OUTLET_WORD.test(tail);
}

/** A title without outlet suffixes, label prefixes and live markers; whitespace collapsed. */
export function cleanTitle(rawTitle: string, outlet = '', url = ''): string {
  const untagged = withoutWireTags(cleanInline(rawTitle));
  const unlabelled = untagged.replace(LABEL_PREFIX, '').replace(PROGRAMME_PREFIX, '');
  // What followed a label starts the title ("Watch: collared leopard released…"); "iPhone" stays.
  let title = withoutLiveMark(
    unlabelled !== untagged && /^\p{Ll}{2}/u.test(unlabelled) ? upperFirst(unlabelled) : unlabelled,
  );
  // A colon with a space before it ends a section's name before the outlet's ("… after mass
  // jailbreak : Americas Now : PPR"); French titles write one before what the title tells
  // ("Incendie à Paris : trois morts"), so it is cut only after an outlet's tail was.
  let cutColon = false;
  // Likewise a programme's or section's name before the outlet's, after a dash ("… over coal
  // railway deal - Asia Today - Asia Radio Network"): cut only once the outlet's was.
  let cutOutlet = false;
  for (let round = 0; round < 3; round++) {
    const match = [...title.matchAll(SEPARATOR)].pop();
    if (match === undefined || match.index === undefined) break;
    const head = title.slice(0, match.index).trim();
    const tail = title.slice(match.index + match[0].length).trim();
    const separator = match[1] ?? '';
    const outletTail =
      namesOutlet(tail, outlet, url) ||
      looksLikeOutlet(tail) ||
      // A wire's initials after a dash, on a copy that carries its title ("… found torn – SNA").
      /^\p{Lu}{2,6}$/u.test(tail);
    const strip =
      separator === ':'
        ? outletTail || (cutColon && tail.split(/\s+/).length <= 4)
        : outletTail ||
          (PIPE_LIKE.test(separator) && tail.split(/\s+/).length <= 6) ||
          (cutOutlet && PROGRAMME_NAME.test(tail) && tells(head));
    if (!strip || head.split(/\s+/).length < 2) break;
    if (separator === ':') cutColon = true;
    cutOutlet = outletTail && !cutOutlet;
    title = head;
  }
  // Once the outlet's suffix is gone ("… — Full coverage | Newsfold"), what the title says of its page's kind.
  return withoutPageKind(title.trim());
}

/** A file's name given as a page's title: "FMD-public-notice-19-08-2027.pdf", "…_news_en.srt — Navro TV…". */
const FILE_NAME =
  /^\S+\.(?:pdf|docx?|xlsx?|pptx?|odt|rtf|txt|html?|aspx?|php|jsp|srt|vtt|csv|json|xml|mp[34]|wav|jpe?g|png|zip)(?:\s+[—–|-]\s.*)?$/i;
/** A forum's or a channel's post as its title: "Anybody else’s NCB card not working??", "…CLOSED!!". */
const POSTED = /!!|\?\?|^(?:Anybody|Anyone|Does anyone|Has anyone|Is anyone|Is it just me)\b/i;
/** What a page's title says of the page beside its outlet's name: "Nauru Community Noticeboard - Posts". */
const PAGE_WORDS = new Set(
  contentTerms(
    'posts page home feed channel timeline newsroom latest news updates live blog group forum board media',
  ),
);
/** A listed company's filing named by the rule it is filed under: "Inside information pursuant to Article 17 of Regulation (EU) No 596/2014". */
const FILING_LABEL =
  /^(?:inside|regulated) information\b|^ad[- ]hoc (?:announcement|release|disclosure)\b|\bpursuant to (?:article|art\.)\s*\d+/i;
/**
 * A title naming its page, not news: a meeting's minutes or record ("Minutes: Sport and Property
 * Committee, …"), a graphic ("Map: Where the lights went out"), a wiki's page ("Portal:Current events/2027 September 28"), a numbered bulletin
 * ("No. 41 — Blizzard — …", "NAV WARNING 117/27 — Canouan", "… Hazard Bulletin No. 41/2027 — issued
 * …", "Weather and marine bulletin, 7am Friday"), a page's own note on its text ("… SMS (full text
 * + translation)", "… (excerpt, unofficial English translation)", "… 13 October 2027 — extract"), a
 * file's reference ("CAPH-2027-003 — Bathymetric and geotechnical survey…"), a text message by its time
 * ("SONEDE — SMS 08/11/2027 19:47"), a court's case by its number ("… v Minister of Finance (Civil
 * Cause No. 412 of 2027) — ruling…"), a press review by its day ("Kazakhstan press review — 13
 * November 2027").
 */
const PAGE_NAME =
  /^(?:minutes|agenda|order paper|hansard|record of proceedings|sentencing remarks|judg(?:e)?ment|reasons for (?:judg(?:e)?ment|decision|sentence)|decision summary)\b\s*(?::|of\b|[—–-])|^(?:map|chart|graphic|infographic)\s*:|^\p{Lu}\p{L}+:\p{Lu}[^/\s:]*(?:\s[^/\s:]+)*\/|^(?:no\.|nr\.|#)\s*\d+\s*[—–-]|\b\p{Lu}{3,} (?:WARNING|BULLETIN|ADVISORY|NOTICE) \d+\/\d+\b|\((?:full text|excerpt|transcript|unofficial (?:english )?translation)\b[^)]*\)|\b(?:bulletin|report|sitrep|update|advisory|warning) no\.?\s*\d|[—–-]\s*(?:extract|excerpt|full text|transcript)\s*$|^(?:weather|marine|shipping|weather and marine)\s+bulletin\b|^(?:area |marine |aviation |regional )?forecast discussion\b|\b\d{2}(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\d{2}\s+\d{4}Z\b|\bSMS\b[^\n]{0,20}\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\((?:civil|criminal|commercial|constitutional|family|labour|land)? ?(?:cause|case|appeal|application|petition) no\.\s*\d|(?:^|\s)(?:press|newspaper|papers|media) review\s*[—–:|-]/iu;
/** A notice's code in capitals and its number: "NAVWARN SOY 27/114", "MSLP A1187/27", "CAPH-2027-003 — …". */
const NOTICE_CODE =
  /^\p{Lu}{4,}(?:\s+\p{Lu}{2,5})?\s+\p{Lu}?\d+\/\d+\b|^(?:\p{Lu}{2,8}[-/]){1,4}\d{2,4}[-/]\d{1,4}\s*[—–:-]/u;
/** A name, not a sentence: up to six words, each capitalized, a number or a little word ("The Sunday Wharf", "Ticker & Tide"). */
const NAME_LIKE =
  /^(?:(?:\p{Lu}[\p{L}'’.-]*|\p{N}+|&|the|of|and|on|at|in|under|for|from|to|with|by|a|an|de|du|da|la|le|y['’]\p{Lu}[\p{L}-]*)(?:\s+|$)){1,6}$/u;

/**
 * A few words in capitals with no figure and no verb: a page's or a column's name ("PRINT
 * EDITION", "THE WEEK IN MANAGUA"). A headline in capitals tells something ("TEKERAOI: ALL 63
 * ALIVE", "FLOODS HIT KAŠTELA").
 */
function shoutedName(title: string): boolean {
  // A board's name and its route, between separators ("ESTADO DEL SERVICIO / SERVICE STATUS — SAN
  // JORGE ⇄ MOYOGALPA"), may be longer.
  const parted = /\s[/|—–⇄↔]\s/u.test(title);
  if (
    !/^[\p{Lu}\s&'’./|—–⇄↔-]+$/u.test(title) ||
    /\d/.test(title) ||
    title.split(/\s+/).length > (parted ? 14 : 5)
  )
    return false;
  // A board's parts are names: only an auxiliary or a past makes one a clause ("STATUS" is no verb).
  return parted ? !CLAUSE_VERB.test(title.toLowerCase()) : !hasVerb(title.toLowerCase());
}

/**
 * A section's path: one or two capitalized words, then a bar or an arrow and up to three more
 * ("Markets | Bahrain", "World › Africa"); a headline says something in lower case.
 */
const SECTION_PATH =
  /^\p{Lu}[\p{L}&'’-]*(?: \p{Lu}[\p{L}&'’-]*)?(?:\s+[|›»>/]\s+\p{Lu}[\p{L}&'’-]*(?: \p{Lu}[\p{L}&'’-]*){0,2}){1,2}$/u;
/** A section's name of two topics joined by an ampersand: "Fleet & Operations", "Arts & Culture". */
const SECTION_PAIR = /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)? & \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?$/u;

/**
 * Whether a title may name the news rather than its page. It may not when it is a file's name
 * ("…notice-19-08-2027.pdf"), the rule a filing is made under, a post's cry or only its page's
 * kind ("Media Statement", "Statement of the press service of the Ministry"), when it says
 * nothing beyond its outlet's name and page words ("Seef Online", "News | Neretva Karst Research
 * Centre"), or when it is a name its own text uses as one: a programme, a newsletter or a podcast
 * names itself in its running text ("…welcome to Evening Tide.", "MTM Weekly Market Pulse is for
 * subscribers' information only", "Ticker & Tide is produced by…"), where news would write its
 * headline's words in lower case. docs/summarization.md (Method, 9. Headline).
 */
function namesNews(model: StoryModel, title: string, article: number): boolean {
  const trimmed = title.trim();
  if (
    FILE_NAME.test(trimmed) ||
    FILING_LABEL.test(trimmed) ||
    POSTED.test(trimmed) ||
    PAGE_NAME.test(trimmed) ||
    NOTICE_CODE.test(trimmed) ||
    namesPage(trimmed) ||
    SERIAL_ENTRY.test(trimmed) ||
    isKindOnlyTitle(trimmed) ||
    // A title with no capital letter is a clip's or a file's name ("yacht fire monaco port hercule 07 04 2028 4K" has one only in its tag).
    !/\p{Lu}/u.test(trimmed.replace(/\b(?:4K|HD|UHD)\b/g, '')) ||
    // One word is a column's or a section's name ("Dockside", "Letters"), never a headline.
    !/\s/u.test(trimmed) ||
    shoutedName(trimmed) ||
    SECTION_PATH.test(trimmed) ||
    SECTION_PAIR.test(trimmed)
  )
    return false;
  const doc = model.articles[article]?.doc;
  const outletTerms = new Set(
    contentTerms(`${doc?.outlet ?? ''} ${hostOf(doc?.url ?? '').split('.')[0] ?? ''}`),
  );
  if (contentTerms(trimmed).every((term) => outletTerms.has(term) || PAGE_WORDS.has(term))) return false;
  if (!NAME_LIKE.test(trimmed)) return true;
  const text = doc?.text ?? '';
  // Used as a name: written inside a longer line of its own text.
  return !text
    .split('\n')
    .some((line) => line.includes(trimmed) && /[\p{L}\p{N}]/u.test(line.replace(trimmed, '')));
}

/** Articles with at least one sentence that can be a point on its own (standalone.ts). */
function articlesWithNews(model: StoryModel): Set<number> {
  const found = new Set<number>();
  // A page that gives no points (a thread, an appeal, a review of other papers) heads nothing.
  const secondhand = secondhandArticles(model);
  model.sentences.forEach((sentence, index) => {
    if (found.has(sentence.article) || secondhand.has(sentence.article)) return;
    if (standaloneOf(model, index) !== null) found.add(sentence.article);
  });
  return found;
}

/**
 * The title closest to the story centroid and to the other titles (the one most outlets would
 * write), newer titles first among near equals: a story told over days is headed by its latest
 * development, as its lead is (lead.ts, same recency weight). Once the lead is chosen, the title
 * of the lead's article heads the story when it may head it at all (`leadArticle`): a headline
 * says what the first point says ("Umbila bids $1.55bn for Botswana's Kgalagadi Copper…" had
 * headed "Botswana's Kgalagadi Copper Holdings on Saturday rejected…").
 */
export function pickTitle(model: StoryModel, titles: string[], leadArticle = -1): string {
  const news = articlesWithNews(model);
  const titled = titles
    .map((title, article) => ({ title, article, terms: contentTerms(title) }))
    .filter((entry) => entry.terms.length > 0);
  // A title over no news (a newsletter's "The week in business: mergers, strikes and a wobble in
  // oil" above "Our editors pick the week's most important business stories…") heads nothing
  // while another article's title can.
  const withNews = titled.filter((entry) => news.has(entry.article));
  const usable = withNews.length > 0 ? withNews : titled;
  // A title whose count a newer report gives differently ("…as 158,000 remain without power" when
  // the newest says 61,000), or whose search a newer title tells ended, heads nothing while another
  // title can; it still counts as a peer.
  const stale = usable.map(
    (entry) =>
      outdatedTitle(model, entry.title, entry.article) ||
      recountedTitle(model, entry.title, entry.article) ||
      searchOverTitle(model, entry.title, entry.article),
  );
  // A feature's, an explainer's or a column's title ("What next for Anatolian Skyways after its
  // boss walks out?") heads nothing while a report's title can, as its opening does not lead;
  // nor does a machine's translation's, nor a chronicle's (its opening does not lead either), nor
  // one a body writes of itself in the first person ("We call for independent soil and water tests
  // at Mointy", "Our boat clinic reaches Befandefa…"; a quotation's first person, in guillemets too,
  // is its speaker's; in straight single quotes only when the title tells who says it: "Medora chief
  // says … offer is final: 'We will not chase the price'", not an interview's "Hiba Abdelrahim, out on
  // bail: 'I will keep reporting'"). A title naming only its page's kind ("Media Statement") heads nothing at all (namesNews).
  const feature = usable.map((entry) => {
    const doc = model.articles[entry.article]?.doc;
    const title = doc?.title ?? entry.title;
    return (
      isFeatureTitle(title) ||
      isMachineTranslated(title, doc?.text ?? '') ||
      isChronicle(doc?.text ?? '') ||
      ownRelease(title, doc?.outlet ?? '') ||
      inWriterVoice(title.replace(/«[^»]*»/g, ' '), SAYS.test(title.replace(SINGLE_QUOTED, ' ')))
    );
  });
  const vectors = usable.map((entry) => tfidfVector(entry.terms, model.vocabulary));
  // A title the feed did not give (its text's first sentence, stored as one) says what its
  // outlet reports, as the others' peer, but heads nothing: with no real title, the headline
  // is written from the lead point. A broadcast's programme and date ("Weekend Sport, 27 June
  // 2027 – transcript") names no news either.
  const heads = usable.map(
    (entry, i) =>
      vectors[i] !== undefined &&
      model.articles[entry.article]?.doc.titleDerived !== true &&
      !isBroadcastTitle(entry.title) &&
      namesNews(model, entry.title, entry.article),
  );
  // A stale title heads nothing while any title is current, even one that cannot head (the
  // headline is then written from the lead); a feature's steps aside only for a report's title
  // that can head the story.
  const anyCurrent = stale.includes(false);
  const anyReport = feature.some(
    (isFeature, i) => !isFeature && heads[i] === true && !(anyCurrent && stale[i] === true),
  );
  // A title with no verb ("2028 Rusape bus crash", "Guest notice: internet service update") steps
  // aside for one that says who did what, as a feature's does for a report's.
  const verbless = usable.map((entry) => namesNoAct(entry.title) && !PROGRESSIVE.test(entry.title));
  // …one whose verb shows as written too, unless it is written in Title Case: "Fier Traffic Alerts —
  // channel export" in lower case reads "alerts" as one.
  const anyClause = usable.some(
    (entry, i) =>
      !verbless[i] &&
      (TITLE_CASE.test(entry.title) || !namesNoAct(entry.title, { lower: false })) &&
      heads[i] === true &&
      !(anyCurrent && stale[i] === true) &&
      !(anyReport && feature[i] === true),
  );
  const newest = newestTime(model);
  let best = '';
  let bestScore = Number.NEGATIVE_INFINITY;
  let leads = '';
  usable.forEach((entry, i) => {
    const vector = vectors[i];
    if (vector === undefined || heads[i] !== true) return;
    if (anyCurrent && stale[i] === true) return;
    if (anyReport && feature[i] === true) return;
    if (anyClause && verbless[i] === true) return;
    if (entry.article === leadArticle) leads = entry.title;
    let peers = 0;
    vectors.forEach((other, j) => {
      if (j !== i) peers += cosine(vector, other);
    });
    const score =
      cosine(vector, model.centroid) +
      (usable.length > 1 ? peers / (usable.length - 1) : 0) +
      RECENCY_WEIGHT * recency(model, entry.article, newest);
    if (score > bestScore + 1e-9) {
      bestScore = score;
      best = entry.title;
    }
  });
  return leads || best;
}

/**
 * A title whose subject is its own outlet's name ("Saffron Mobile secures 200 MHz in Pakistan's 5G
 * spectrum auction" on the Saffron Mobile Newsroom): a party's release of its share of the news,
 * which steps aside for a report's title as a feature's does.
 */
function ownRelease(title: string, outlet: string): boolean {
  const subject = /^(?:\p{Lu}[\p{L}\d&'’.-]*\s+){1,4}/u.exec(`${title} `)?.[0].trim();
  if (subject === undefined || !outlet.startsWith(subject)) return false;
  return outlet === subject || OWN_PAGE.test(outlet.slice(subject.length));
}
/** What a party's own page adds to its name: "Newsroom", "Media Centre", "investor centre", "NV". */
const OWN_PAGE =
  /^(?:\s+(?:\(?(?:newsroom|press (?:office|room|releases)|media (?:centre|center|room)|investor (?:centre|center|relations)|investors)\)?|NV|N\.V\.|S\.?A\.?|AG|plc|PLC|Ltd\.?|Limited|Inc\.?|Oyj|ASA|AB|SpA|GmbH|Corp\.?))+$/i;

/**
 * A headline's present progressive without its "are" ("Trains running again over the Arlberg, on
 * one track"): a plural subject and its verb in -ing tell an act, as a caption's would not head a page.
 */
const PROGRESSIVE =
  /^(?:\p{Lu}[\p{L}'’-]*\s+){0,3}?\p{L}{2,}s\s+(?:still\s+|now\s+)?\p{Ll}{2,}ing\s+(?:again|back|normally|once more)\b/u;

/** Most words capitalized: "Marondo Bus Crash Toll Reaches 14". */
const TITLE_CASE = /^(?:\S+\s+)?(?:(?:\p{Lu}\S*|\p{Ll}{1,3}|\d\S*)(?:\s+|$)){3,}$/u;
