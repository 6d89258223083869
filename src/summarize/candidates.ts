import { endsAsSentence } from '../shared/text/page-junk';
import { hasVerb, isVerbless, MONTH } from '../shared/text/scene-captions';
import { TextMemo } from '../shared/text/text-memo';
import type { SourceSentence } from './prepare';

/** A point a reader can take in at a glance; longer sentences are not offered as points. */
export const MAX_POINT_WORDS = 60;

/**
 * Shortest sentence offered as a point. Below 10 words sentences are mostly headers, captions
 * and fragments; on Multi-News dev, minimums of 8, 10, 12 and 15 words scored within 0.1 R-1.
 */
export const MIN_POINT_WORDS = 10;

/**
 * Leads carry the news: without this cap, 28 of 1,944 sentences picked on Multi-News dev came
 * from beyond an article's 40th sentence, and R-1 was 44.34 against 44.36 with it. The cap
 * bounds the work on very long bodies at no cost in quality.
 */
export const MAX_CANDIDATE_POSITION = 40;

/** At most 60 words counted either way: by spaces, and by word tokens ("30-year-old" is 3). */
function withinPointLength(sentence: SourceSentence): boolean {
  return sentence.words <= MAX_POINT_WORDS && sentence.tokens <= MAX_POINT_WORDS;
}

/** A capital or a figure opens a sentence; a list's number ("1) Qua speech…") or a dash does not. */
const STARTS_LIKE_SENTENCE = /^(?!\d{1,2}[).]\s)["'“‘(]?[\p{Lu}\p{N}]/u;

/** Headers and shouted captions ("JUST WATCHED …"); a character loop, as Unicode regexes cost 6% of the bench. */
function mostlyUppercase(text: string): boolean {
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) {
      letters++;
      upper++;
    } else if (code >= 97 && code <= 122) {
      letters++;
    } else if (code > 127) {
      const char = text[i] ?? '';
      const lower = char.toLowerCase();
      if (lower !== char.toUpperCase()) {
        letters++;
        if (char !== lower) upper++;
      }
    }
  }
  return letters > 0 && upper / letters > 0.6;
}

function looksTruncated(text: string): boolean {
  return /(?:…|\.\.\.)["'”’)]*$/.test(text);
}

function count(text: string, char: string): number {
  let found = 0;
  for (let at = text.indexOf(char); at >= 0; at = text.indexOf(char, at + 1)) found++;
  return found;
}

/**
 * A quotation opened in an earlier sentence or closed in a later one leaves a dangling mark
 * ('They recognized it was a collector's item," usher Leon Thomas told the AP.'): shown alone
 * it misleads on who said what, so such sentences are not points.
 */
export function hasBalancedQuotes(text: string): boolean {
  return count(text, '"') % 2 === 0 && count(text, '“') === count(text, '”');
}

/** Quoted words: someone else's voice. */
const QUOTED = /“[^”]*”|"[^"]*"|‘[^’]*’(?=\W|$)/g;
/** The same in straight single quotes ("'Each litre saved now is a litre we will have in August,' she said."). */
export const SINGLE_QUOTED = /(?<=^|[\s:(])'(?:[^']|(?<=[A-Za-z])'(?=[A-Za-z]))+'(?=\W|$)/g;
/**
 * The writer speaking of themselves, or of their site ("we may not have crawled…", "I spoke to…");
 * "I" only before a lower-case word, so "World War I" and "Elizabeth I" are not.
 */
const WRITER_VOICE = /\b(?:[Ww]e|us|[Oo]ur|ours|me|[Mm]y)\b|\bI(?:['’]\p{Ll}+)?\s+\p{Ll}/u;

/**
 * Whether the sentence speaks in the first person outside quotation marks: a site's notice about
 * itself, a columnist's aside ("while we've extolled the virtues of coffee…"). Not news a reader
 * can take from the point alone, and never a fact of the event. docs/summarization.md.
 */
export function inWriterVoice(text: string, singleQuotes = true): boolean {
  const spoken = text.replace(QUOTED, ' ');
  return WRITER_VOICE.test(singleQuotes ? spoken.replace(SINGLE_QUOTED, ' ') : spoken);
}

/**
 * The reporter's note that someone did not answer them ("The foundation did not respond to a
 * request for comment.", "…declined to comment", "…could not be reached"): it tells the reader how
 * the article was reported, not what happened, and the reply may well be in another outlet's
 * report. Never a key point. A refusal to answer someone else ("Moscow did not respond to the
 * offer of talks") is news and stays.
 */
const NO_COMMENT =
  /\b(?:(?:did not|didn['’]t|has not|hasn['’]t|have not|haven['’]t|had not|hadn['’]t)\s+(?:immediately\s+)?(?:(?:respond|reply)\s+to\s+(?:(?:a|an|our|the|repeated|multiple|several|written|emailed)\s+)*(?:requests?|emails?|messages?|calls?|inquir(?:y|ies)|queries|questions)\b|return(?:ed)?\s+(?:(?:a|an|our|repeated|multiple|several)\s+)*(?:requests?|emails?|messages?|calls?)|(?:immediately\s+)?comment(?:ed)?\b)|declined\s+(?:immediate\s+)?to\s+comment|could\s+not\s+(?:immediately\s+)?be\s+reached|(?:was|were)\s+not\s+(?:immediately\s+)?available\s+for\s+comment|no\s+immediate\s+(?:response|reply|comment)\b)/i;

/**
 * The same for what a source left unsaid ("The prime minister did not say whether she would seek
 * a confidence vote", "It did not give a cause of death"): the absence of a fact, which another
 * outlet's later report often gives.
 */
const NOT_SAID =
  /\b(?:did not|didn['’]t|has not|hasn['’]t|have not|haven['’]t|would not|wouldn['’]t|could not|couldn['’]t)\s+(?:immediately\s+)?(?:say|said|give|given|disclose|disclosed|specify|specified|explain|explained|reveal|revealed|confirm|confirmed|elaborate)\s+(?:whether|if|when|the (?:cause|reason|name|identity)|a (?:cause|reason)|details|further details|any details)\b/i;

/**
 * Who advises on a deal ("Nordvik Partners is acting as financial adviser to Ratana, and …"): a
 * press release's closing formality, not what happened. Never a key point.
 */
const DEAL_ADVISERS =
  /\b(?:is|are|was|were|has been|have been)\s+(?:acting|serving)\s+as\s+(?:the\s+|an?\s+)?(?:(?:sole|lead|exclusive|joint|independent|financial|legal|tax)\s+(?:and\s+)?)*advis[eo]rs?\b/i;

/**
 * A sentence that announces figures it does not give ("Turkey's disaster management agency AFAD
 * has just updated its figures."): a live page's pointer to its next line. With no figure of its
 * own it tells nothing, and is never a point.
 */
const FIGURES_ELSEWHERE =
  /\b(?:updated|released|published|revised|issued|gave|given)\s+(?:its|their|the|new|latest|updated|fresh)\s+(?:latest\s+|new\s+|updated\s+|official\s+)?(?:figures|numbers|data|statistics|tally|count)\b/i;

/**
 * A promise of news to come ("Further information on the medical condition of the riders will be
 * communicated by the teams."): a statement's closing formality, telling nothing yet.
 */
const MORE_TO_COME =
  /^(?:further|more|additional|new)\s+(?:information|details|updates?|news)\b[^.!?]{0,80}\bwill be\s+(?:communicated|provided|given|released|published|announced|shared|issued|made available|posted)\b/i;

/**
 * A fact-check's opening tells the claim it checks ("A message circulating on WhatsApp and
 * Facebook since Thursday claims that…", "A 38-second video of a huge fireball… has been shared
 * thousands of times…"), or how far it went ("One version, shared more than 3,000 times on
 * Facebook, carries…"): the rumour, not the news, and shown alone a reader may take it for the
 * news. Never a key point; what is true comes after it.
 */
const VIRAL_CLAIM =
  /^(?:An?|The)\s+(?:[\p{L}\d'’-]+\s+){0,4}?(?:message|video|clip|post|photo|photograph|image|picture|document|screenshot|claim|rumou?r|audio|recording|letter|circular|graphic|meme)s?\b(?:[^.;]{0,160}?\b(?:(?:has|have|had) been|is being|are being|was|were)\s+(?:widely\s+)?(?:shared|circulat\w*|viewed|forwarded|reposted|spread)\b|\s+(?:circulating|spreading|going around|doing the rounds)\b)|\b(?:shared|viewed|forwarded|reposted|watched|retweeted)\s+(?:more than\s+|over\s+|nearly\s+|almost\s+|about\s+|some\s+)?(?:[\d,.]+(?:\s+(?:million|thousand))?|(?:tens of\s+)?(?:hundreds|thousands|millions))(?:\s+of)?\s+times\b/iu;

/** The words VIRAL_CLAIM needs, found cheaply: most sentences have none. */
const VIRALITY_HINT =
  /shared|circulat|viewed|forwarded|reposted|spread|going around|the rounds|watched|retweeted/i;

function tellsViralClaim(text: string): boolean {
  return VIRALITY_HINT.test(text) && VIRAL_CLAIM.test(text);
}

/**
 * A release that says only that it updates ("Kestrel Ridge Gold Corp. … provides an update on the
 * tailings pipeline incident at its Bremang Hills mine"): what the update is comes after it.
 */
const GIVES_AN_UPDATE =
  /\bprovides? (?:an? |the following |a further )?(?:update|further information) (?:on|regarding|about|in relation to|following|concerning|to (?:shareholders|investors|the market))\b|\b(?:wishes|would like) to (?:update|inform|advise|notify|brief|apprise) (?:the )?(?:general )?(?:public|media|nation|community|members|residents|stakeholders|customers|passengers|parents|market) (?:on|about|regarding|of|concerning|in relation to)\b(?!.*\bthat\b)/i;

function announcesFigures(text: string): boolean {
  return (
    (FIGURES_ELSEWHERE.test(text) && !/\d/.test(text)) ||
    MORE_TO_COME.test(text) ||
    GIVES_AN_UPDATE.test(text)
  );
}

export function isNoComment(text: string): boolean {
  return NO_COMMENT.test(text) || NOT_SAID.test(text);
}

/**
 * A post's diary, its writer left out: "Tried to buy groceries on Cayon Street and it just says
 * DECLINED". News names who did what.
 */
const DIARY_OPENING =
  /^(?:Tried|Went|Got|Came|Saw|Heard|Waited|Queued|Stood|Walked|Drove|Rang|Phoned|Called)\s+(?:to|for|at|in|on|the|my|our|up|out|down|back|home|there|here|this|it)\b/;
/** A post's cry ("…she slid off the reef!!", "card not working??"): not the register of a key point. */
const SHOUTED = /!!|\?\?|!\?|\?!/;

/**
 * A form's numbered field ("II.1.4 Short description: Operation of the ferry crossings…", "V.2.3
 * Name and address of the contractor: …"): a procurement notice's or a register's entry, which a
 * report tells in a sentence; the form's wording is no key point.
 */
const FORM_FIELD = /^(?:[IVX]{1,4}|\d{1,2})(?:\.\d{1,2}){1,3}\)?\s+\p{Lu}[\p{L}\d '’,()/-]{2,60}:\s/u;

/**
 * A sentence that points at its page's layout ("…should not sell, serve or use, the recalled
 * products described below.", "See the table above.", "Status: OFFICIAL (amended … — see Official
 * Notice No. 3)"): it leaves the reader of a point without what it points at.
 */
const POINTS_AT_PAGE =
  /\b(?:described|listed|shown|detailed|set out|given|outlined|pictured|included) (?:below|above)\b|\b(?:see|in) the (?:table|list|chart|map|box|links?) (?:below|above)\b|\bsee (?:official )?(?:notice|note|table|annex|appendix|page|section|item)\b/i;

/**
 * A sentence that ends on a quoted question ("Mere Taufa: “When will the referendum be?”",
 * "“Where are the authorities?”"): an interviewer's, or a cry with no one named; it states nothing
 * a reader can take as a fact. Any quoted question ("“…?” Mansaray said.") was tried: on
 * Multi-News dev it cost 0.05 ROUGE-1 (docs/summarization.md, "Fifty-fifth to fifty-eighth rounds").
 */
const QUOTED_QUESTION = /\?["”’]\s*$/;

/** Whether a sentence reads as a self-contained statement fit to be a key point. */
export function isPointCandidate(sentence: SourceSentence, minWords = MIN_POINT_WORDS): boolean {
  if (sentence.words < minWords || !withinPointLength(sentence)) return false;
  if (sentence.position >= MAX_CANDIDATE_POSITION) return false;
  if (sentence.terms.length < 3) return false;
  return readsAsPoint.read(sentence.text, textReadsAsPoint);
}

/** What the text alone says, read once per text (text-memo.ts). */
const readsAsPoint = new TextMemo<boolean>();

function textReadsAsPoint(text: string): boolean {
  if (!endsAsSentence(text) || !STARTS_LIKE_SENTENCE.test(text)) return false;
  if (FORM_FIELD.test(text) || POINTS_AT_PAGE.test(text)) return false;
  if (
    looksTruncated(text) ||
    text.endsWith('?') ||
    QUOTED_QUESTION.test(text) ||
    !hasBalancedQuotes(text) ||
    isVerbless(text) ||
    attributedFragment(text)
  )
    return false;
  if (inWriterVoice(text) || isNoComment(text) || DEAL_ADVISERS.test(text) || announcesFigures(text))
    return false;
  if (tellsViralClaim(text) || DIARY_OPENING.test(text) || SHOUTED.test(text) || outOfReport(text))
    return false;
  return !mostlyUppercase(text);
}

/**
 * A noun phrase given its source and no verb, past the short-line limit: "A transformer fire at the
 * GS-4 substation south of the capital, according to the state utility." (an explainer's answer).
 * Only so attributed: the verbless test knows no plural present ("Scientists … describe a new
 * species"), and a longer line is read as one only when it ends on its source.
 */
function attributedFragment(text: string): boolean {
  return /,\s+according to [^,;]{3,60}\.$/.test(text) && isVerbless(text, 40);
}

const MONTH_NAME = `${MONTH}\\.?`;
/**
 * A timeline's or an update log's entry: a date, a dash or a dot, then what happened ("January
 * 2027 – The West Greenland shrimp quota for the year is cut.", "31 Oct · A builder has offered
 * his labour for free.", "Oct 15 — The toll reaches 21."): told out of its time, in the present,
 * it is no key point. The news it holds is in the reports.
 */
const TIMELINE_ENTRY = new RegExp(
  String.raw`^(?:(?:Q[1-4]\s+(?:1[89]\d\d|20\d\d)|[HS][12]\s+(?:1[89]\d\d|20\d\d)|\d{1,2}(?:[–-]\d{1,2})?\s+${MONTH_NAME}|${MONTH_NAME}(?:\s+\d{1,2}(?:[–-]\d{1,2})?)?)(?:,?\s+(?:1[89]\d\d|20\d\d))?(?:,\s+(?:(?:about|around|at|after|before|shortly after|shortly before)\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?|(?:1[89]\d\d|20\d\d))\s*[–—·|-]\s+\p{Lu}`,
  'u',
);
/**
 * A demand or an instruction to the reader, in the imperative ("Suspend the issuing of new
 * concessions…", "Support the families…"): a list of demands or an appeal's, not a report.
 */
const IMPERATIVE =
  /^(?:Suspend|Stop|Halt|End|Ensure|Guarantee|Provide|Release|Restore|Recogni[sz]e|Respect|Protect|Publish|Reopen|Repeal|Withdraw|Cancel|Compensate|Pay|Fund|Invest|Support|Donate|Give|Help|Join|Sign|Share|Contact|Visit|Read|Watch|Listen|Subscribe|Follow|Keep|Avoid|Check|Make|Take|Tell|Ask|Send|Bring|Remember|Consider|Create|Establish|Introduce|Adopt|Launch|Allow|Ban|Lift|Drop)\s+(?:the|a|an|all|any|new|our|your|their|this|these|those|them|us|every|more|further|immediately|urgently)\b|^(?:Please|Kindly)\s+\p{Ll}/u;

/**
 * A live page's entry under its count ("Round 9: Salcedo's corner working on his left eye…",
 * "Lap 41 – Safety car out", "Over 38: two more wides"): commentary as it happened, not a fact a
 * reader takes from the story.
 */
const LIVE_ENTRY =
  /^(?:Round|Lap|Over|Set|Game|Stage|Hole|Inning|Innings|Quarter|Half|Period|End|Frame|Heat|Q[1-4])\s+\d{1,3}\s*[:–—-]\s/;

export function isTimelineEntry(text: string): boolean {
  return TIMELINE_ENTRY.test(text) || LIVE_ENTRY.test(text);
}

/** A line that announces what follows ("Here is how the disaster unfolded.", "Here's what we know."). */
const ANNOUNCES =
  /^here(?:['’]s| is| are) (?:what|how|why|where|who|when|the (?:latest|timeline|key))\b[^.!?]{0,60}[.:]$/i;

/** An obituary's record of a life: "Rosa Guzmán, teacher, born March 4, 1969, in Santa Tecla; died September 28, 2027…". */
const LIFE_RECORD =
  /\bborn\s+(?:on\s+)?(?:\p{Lu}\p{Ll}+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{Lu}\p{Ll}+\.?\s+\d{4}|\d{4})\b[^;.]{0,60};\s*died\b/u;

/**
 * A name and its describing clause and nothing more ("The Kasungu Smallholder Tobacco Growers'
 * Union, which argued that only Parliament can impose a tax of this kind."): a list's item or a
 * caption cut from its sentence, no statement.
 */
const DESCRIBED_ONLY = /^(?:The\s+)?(?:\p{Lu}[\p{L}'’&.-]*\s?){1,8},\s+(?:which|who|whose)\s[^,;]+\.$/u;
/**
 * A writer's maxim about any one of a kind ("For a Chinese drugmaker, there is no worse phone call
 * than the one saying the chairman has gone to help the commission with its enquiries."): a
 * column's hook, true of no one event.
 */
const MAXIM =
  /^(?:For (?:a|an|any|most|every|many) [^,]{1,50},\s+)?(?:there (?:is|are|can be|was) (?:no|few|nothing)|few things are|nothing is) (?:\p{Ll}+ )?(?:worse|better|bigger|greater|harder|more \p{Ll}+|less \p{Ll}+)\b[^.]{0,100}\bthan\b/u;

/**
 * An opening that tells a moment through someone who lived it ("When tour guide Ernest Flowers ran
 * his skiff out at first light on Friday, he saw the working lights of a dredger…", "By the time
 * the last of the 96 people on board stepped onto the jetty…, it was nearly 10 p.m."), or what
 * someone took a thing to be ("Zuzana Kmeťová thought the ledger's spine was simply swollen with
 * damp.") or meant to do ("Rosalind Achterberg had planned to spend Thursday walking the bastions of
 * Valletta…"), or what someone did when it came ("When the water reached the second step of the temple…,
 * W. A. Somawathi gathered her grandchildren…"): a feature's scene; the report of what happened follows.
 */
const SCENE_MOMENT =
  /^(?:When|By the time|Just as)\s[^,;:]{10,160},\s+(?:he|she|they|it|there)\s+(?:was|were|saw|had|heard|could|found|felt|knew|noticed|realised|realized)\b|^(?:\p{Lu}[\p{L}'’-]+\s){1,3}(?:thought|assumed|had assumed|believed|had believed|never expected|did not expect|had no idea|never imagined|had planned to|had hoped to|had meant to|had intended to|had been looking forward to)\b|^When\s[^,;:]{10,160},\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:gathered|grabbed|picked up|ran|walked|woke|heard|saw|looked|knew|felt|carried|packed|fled|climbed|waded|rushed)\b/u;
/**
 * A still picture: "At seven o'clock on Monday morning, the buses that normally carry the day shift…
 * sat with their engines off", "The smell of burnt gas still hung over Ndobo when…".
 */
const TABLEAU =
  /^(?:(?:At|By|Just after|Shortly after|Shortly before|Before)\s[^,;:]{3,60},\s+)?(?:The|the|A|a|An|an)\s[^,;:]{0,120}?\b(?:still\s+)?(?:sat|stood|lay|hung)\s+(?:with|in|on|idle|empty|silent|quiet|still|over|outside|along|beside|across)\b/u;

/**
 * A thing left standing, pictured by what is left of it: "At the corner of the lane, Ghulam Rasool's
 * tea stall was still standing on Sunday night, its kettle cold and a film of grey dust on the
 * glasses…".
 */
const LEFT_STANDING =
  /\b(?:was|were)\s+still\s+(?:standing|open|there)\b[^.;:]{0,80},\s+(?:its|their|his|her)\s+\p{Ll}{3,}\s+(?:cold|empty|silent|shut|closed|dark|idle|untouched|unopened|unwashed|still)\b/u;

/** TABLEAU's verbs, looked for first: most sentences have none. */
const STILL_VERB = / (?:sat|stood|lay|hung) /;

/**
 * A moment at an hour of the day through someone named bare, with no office or role, doing
 * something ordinary: "At first light on Tuesday, Živorad Stanković walked down to the bend in the
 * Pek where he has fished for carp since he was a boy, and found the water the colour of rust.",
 * "At 5 a.m. on Friday, Rodelio Aguhob was selling pandesal from a folding table…".
 */
const DAYBREAK_MOMENT =
  /^(?:At|Before|By|Just after|Just before|Shortly after|Shortly before)\s+(?:first light|dawn|daybreak|sunrise|dusk|sunset|nightfall|(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:[:.]\d\d)?\s*(?:o['’]clock|a\.m\.|am|p\.m\.|pm))\b[^,;:]{0,40},?\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:walked|went|drove|stepped|woke|opened|looked|climbed|waded|rowed|cycled|set out|made (?:his|her|their) way)\b|^At\s+(?:\d{1,2}(?:[:.]\d\d)?\s*(?:a\.m\.|am|p\.m\.|pm)|first light|dawn)\s+(?:on\s+)?[^,;:]{0,30},\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:was|were) \p{Ll}{2,}ing\b/u;

/**
 * A picture in waiting, closed by what its people and things were doing: "By eight o'clock on
 * Tuesday morning the line of white taxis outside the cruise terminal… stretched past the fish
 * market, engines off, drivers leaning on their bonnets."
 */
const WAITING_PICTURE =
  /\b(?:stretched|waited|queued|idled|sat|stood)\b[^.;:!?]{0,120},\s+(?:their |its |the )?\p{Ll}{3,}s\s+(?:off|idle|idling|running|leaning|sitting|standing|lying|sleeping|dozing|smoking|chatting|huddled|huddling|resting|staring)\b/u;

/**
 * A picture of how things always go, told as a moment: "On Tuesday morning the queue at Utne quay
 * stretched past the bakery, as it does on most summer days, while the diesel ferry rumbled in…",
 * "…Herminia Cortés sold mangoes from a wheelbarrow, as she has done on the same corner for 31 years.",
 * "…the afternoon lesson begins the way it has for 50 years: …".
 */
const AS_ALWAYS =
  /, as (?:it|they|he|she) (?:does|do|did|always does|always do) (?:on |in |at |every )?(?:most|every|many|all)\b/;
const AS_EVER =
  /(?:, as|\bthe way) (?:it|they|he|she) (?:has|have|had) (?:always )?(?:done\b[^,.;:]{0,40}?\b)?(?:for (?:\d+|[a-z]+) (?:years|decades)|since|every)\b/;

/** WAITING_PICTURE's verbs besides STILL_VERB's, looked for first: most sentences have none. */
const WAITING_VERB = / (?:stretched|waited|queued|idled) /;

/** A feature's scene: a moment through someone who lived it, or a still picture. Never a point. */
export function isSceneTelling(text: string): boolean {
  return (
    SCENE_MOMENT.test(text) ||
    DAYBREAK_MOMENT.test(text) ||
    (STILL_VERB.test(text) && (TABLEAU.test(text) || WAITING_PICTURE.test(text))) ||
    (WAITING_VERB.test(text) && WAITING_PICTURE.test(text)) ||
    AS_ALWAYS.test(text) ||
    // Read only where its words are: isSceneTelling runs on every sentence of a story.
    ((text.includes(', as ') || text.includes('the way ')) && AS_EVER.test(text)) ||
    (text.includes(' still ') && LEFT_STANDING.test(text))
  );
}

/** Whether the sentence is a timeline's entry, an imperative, an announcement, a life's record or a described name: never a point. */
function outOfReport(text: string): boolean {
  return (
    TIMELINE_ENTRY.test(text) ||
    LIVE_ENTRY.test(text) ||
    IMPERATIVE.test(text) ||
    isSceneTelling(text) ||
    ANNOUNCES.test(text) ||
    LIFE_RECORD.test(text) ||
    DESCRIBED_ONLY.test(text) ||
    MAXIM.test(text)
  );
}

/**
 * Looser rule for stories whose text is only feed leads: any statement of a few words that is
 * not a fragment, so a story still gets its points (3 when the text has them).
 */
export function isFallbackCandidate(sentence: SourceSentence): boolean {
  if (sentence.words < 4 || !withinPointLength(sentence)) return false;
  if (sentence.position >= MAX_CANDIDATE_POSITION || looksTruncated(sentence.text)) return false;
  if (sentence.text.endsWith('?') || QUOTED_QUESTION.test(sentence.text) || SHOUTED.test(sentence.text))
    return false;
  if (!STARTS_LIKE_SENTENCE.test(sentence.text) || isNoComment(sentence.text)) return false;
  if (tellsViralClaim(sentence.text) || inWriterVoice(sentence.text) || outOfReport(sentence.text))
    return false;
  // A short line with no verb is a label or a notice ("No archiving or resale."), not a statement.
  if (!hasVerb(sentence.text) || isVerbless(sentence.text)) return false;
  return sentence.terms.length >= 2 && !mostlyUppercase(sentence.text);
}
