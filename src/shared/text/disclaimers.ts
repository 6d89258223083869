import type { JunkKind } from './page-junk';
import { isVerbless } from './scene-captions';

/**
 * A page's disclaimer on what it shows (docs/summarization.md, "Cleaning"): "Information is
 * provided for guidance only and may not reflect conditions on the ground.", "Cause lists are
 * reproduced for information only…", "Lists may change without notice; confirm with the Registrar
 * before attending.". What the page shows may be news; its word on how far to trust it is not.
 */
const FOR_INFORMATION_ONLY =
  /\b(?:provided|published|reproduced|given|offered|shown|listed|intended|posted) (?:here )?for (?:general )?(?:guidance|information|reference|illustration)(?: purposes)? only\b|^for (?:general )?(?:guidance|information|reference)(?: purposes)? only\b/i;
/** "Status information is provided for convenience; check with the operator before travelling." */
const FOR_CONVENIENCE =
  /\b(?:provided|shown|given|offered|published) (?:for|as a) (?:your )?(?:convenience|courtesy)\b/i;
/**
 * A results or data page's word that it guarantees nothing and that the official figures live
 * elsewhere: "Data provided without warranty.", "Official results are published by the organiser.".
 */
const WITHOUT_WARRANTY =
  /\b(?:provided|supplied|offered|given|published|shown)\s+(?:["“]?as is["”]?,?\s+(?:and\s+)?)?without (?:any )?(?:warrant(?:y|ies)|guarantee)\b|^(?:the )?official (?:results|figures|data|standings|times|scores|rankings|statistics|counts) (?:are|is|will be) (?:published|issued|released|posted|available|kept)\s+(?:by|from|on|at|with)\b/i;
/**
 * A booking page's standing terms: "Cancellation policy: full refund up to 48 hours before
 * departure.", "Cancellations made less than 24 hours before the booking are charged in full.",
 * "Reservations open 30 days in advance at 10:00.", and a page's word that it follows its own
 * terms ("Refunds for cancelled events are made in line with the BiletExpres Terms and Conditions").
 */
const BOOKING_TERMS =
  /^(?:[\p{L}-]+\s+){1,6}(?:are|is|remain)\s+(?:made|published|processed|handled|payable|issued|given|charged)\b[^.!?]{0,80}\bin (?:line|accordance|keeping) with (?:the |our |its )?(?:[\p{L}&-]+ ){0,4}(?:terms|conditions|T&Cs|policy|policies)\b|^(?:cancell?ation|refund|booking|reservation|deposit|returns?|exchange|dress|age) (?:policy|policies|terms|rules?)\s*:|^(?:cancell?ations?|no-shows?|late cancell?ations?)\b[^.!?]{0,80}\b(?:charged|non-refundable|forfeit(?:ed)?)\b|^(?:reservations|bookings|tickets|online booking)\s+(?:open|close|are accepted|can be made|are taken|must be made|are released)\b[^.!?]{0,60}\b(?:in advance|ahead|beforehand)\b/iu;
const CHANGES_WITHOUT_NOTICE =
  /\b(?:may (?:change|be changed|be updated|be amended|be cancelled|be withdrawn|vary)|(?:is|are) subject to (?:change|alteration|amendment|revision)) (?:at any time )?without (?:prior |further )?notice\b/i;
const MAY_NOT_REFLECT =
  /\bmay not (?:reflect|match|show) (?:the )?(?:current |actual |latest |live |real-time )?(?:conditions|situation|position|status|times?|state)\b/i;

/**
 * A tracker's word on its own figures: "Waiting times are estimated from driver reports and traffic
 * cameras and are not official data of the Border Police or Customs Service.", "Data is received
 * from terrestrial and satellite AIS and may be delayed or inaccurate.". "Flights may be delayed"
 * is news: the subject must be the page's data.
 */
const NOT_OFFICIAL =
  /\b(?:is|are) not (?:an? )?official (?:data|figures?|statistics|sources?|information|counts?|estimates?|advice|records?)\b/i;
/** "…; FronteraWait is not affiliated with any customs or police authority.", "Times are estimates from user reports…". */
const NOT_AFFILIATED =
  /\b(?:is|are) not (?:affiliated|associated|connected) with (?:any|the)\b|^(?:[\p{L}-]+ ){0,2}?(?:times|figures|data|positions|queues?|counts) are (?:estimates|estimated|approximate|crowd-sourced|crowdsourced)\b/u;
const MAY_BE_INACCURATE =
  /^(?:[\p{L}-]+ ){0,3}?(?:data|information|positions?|times|figures|estimates|readings|details|timings|counts)\b[^.!?]{0,100}?\bmay be (?:delayed|inaccurate|incomplete|out of date|outdated|approximate|wrong)\b/iu;

/**
 * A company's standard caution on its own forecasts: "Actual results may differ materially from
 * those expressed in such statements.", "This release contains forward-looking statements…",
 * "The Company undertakes no obligation to update them.".
 */
const FORWARD_LOOKING =
  /\bforward[- ]looking (?:statements?|information|remarks)\b|\bactual (?:results|outcomes|events|performance|developments)\b[^.!?]{0,60}?\b(?:may|could|might|will) (?:differ|vary) materially\b|\bundertakes? no (?:obligation|duty) to (?:publicly )?(?:update|revise)\b|\bspeak only as (?:of|at) the date\b/i;

/** A page's word on what it links to: "Mano River Mic is not responsible for the content of external sites." */
const NOT_RESPONSIBLE =
  /\b(?:(?:is|are) not|cannot be|can(?:no|')t be|will not be) (?:held )?(?:responsible|liable) for (?:the )?(?:content|contents|accuracy|availability|views)\b[^.!?]{0,40}?\b(?:external|third[- ]party|linked|other|outside) (?:sites|websites|links|pages|content|services)\b/i;

/**
 * A page's caution on what it is not: "The Harbour Hour is for information only and is not
 * financial or legal advice.", "Skyline Weather is a private service and does not replace official
 * warnings.", "The agency accepts no liability for decisions taken on the basis of it.".
 */
const NOT_ADVICE =
  /\b(?:is|are) (?:intended )?for (?:general )?(?:information|informational|educational|entertainment|guidance|reference)(?: purposes)? only\b|\b(?:is|are|does) not (?:constitute |intended as |a substitute for )?(?:an? )?(?:financial|legal|investment|medical|tax|professional)(?:,? (?:or |and )?(?:financial|legal|investment|medical|tax|professional))* advice\b|\bdoes not replace (?:the )?(?:official|professional)\b|\baccepts? no (?:liability|responsibility) (?:whatsoever )?for (?:any )?(?:decisions|errors|omissions|reliance|use|actions|inaccuracies|(?:its|their|the) (?:accuracy|completeness|reliability|contents?))\b|\baccepts? no (?:liability|responsibility) (?:whatsoever )?for (?:any )?(?:loss|losses|damage|damages|delays?|costs|consequences)\b[^.!?]{0,30}?\b(?:arising|resulting|caused|incurred|suffered|howsoever)\b/i;

/** "Scores are provisional until confirmed by the head judge.", "Results are UNOFFICIAL and will not be ratified." */
const PROVISIONAL =
  /\b(?:are|is) (?:provisional|unofficial|preliminary)\b[^.!?]{0,40}?\b(?:until|unless|and will not be|and may be|and are subject to|subject to)\b[^.!?]{0,40}?\b(?:confirmed|ratified|verified|validated|certified|approved|official|change|revision)\b/i;

/** "Magnitude and location may change as additional data are processed." */
const REVISED_AS_DATA =
  /\bmay (?:change|be revised|be updated|be refined|be corrected)\b[^.!?]{0,20}?\bas (?:additional|more|further|new|later) (?:data|information|readings|reports|records)\b/i;

/**
 * An order's or a court list's standing words: "Contravention of this order is punishable under
 * Section 92 of the Act.", "Counsel and litigants are to be seated by 8:45 a.m.", "Matters not
 * reached will be adjourned in chambers.", a register's "Vessels are removed from the list when the
 * detention is lifted.". What the order orders is news; what any order says of itself is not.
 */
const STANDING_WORDS =
  /^(?:any )?(?:contravention|breach|violation|non-compliance|failure to comply)(?: of| with)? (?:this|the above|these) (?:order|notice|direction|directions|regulation|rules?|requirements?|conditions?)\b[^.!?]{0,40}?\b(?:is|are|shall be|will be) (?:punishable|an offence|an offense|liable)\b|^(?:all )?(?:counsel|litigants|parties|lawyers|advocates|witnesses)(?: and (?:counsel|litigants|parties|lawyers|advocates|witnesses))? (?:are to|must|should|shall|are requested to|are asked to) (?:be seated|be present|be in court|appear|arrive|report)\b|^matters not (?:reached|called|heard)\b|\b(?:are|is) (?:removed from|taken off|deleted from) (?:the|this) (?:list|register|page)\s+(?:when|once|after|as soon as)\b/i;

/**
 * What a list or a register says of itself and of the law around it, the same on every page: "Names
 * of accused persons may be subject to suppression orders.", "Publishing suppressed information is
 * a criminal offence.", "Harvesting shellfish from a closed area is an offence and can result in
 * fines of up to $100,000.". An act someone is charged with, or a law that changes, is told with
 * its doer or its date ("Selling the drug is now an offence…").
 */
const SUBJECT_TO_ORDERS =
  /\bmay be subject to (?:an? )?(?:suppression|non-publication|publication|reporting|name)[- ](?:orders?|restrictions?)\b/i;
const STANDING_OFFENCE =
  /^\p{Lu}\p{Ll}+ing\b(?![^.!?]*\b(?:now|no longer|since|became|become|will|new)\b)[^.!?]{0,100}?\b(?:is|are) (?:an? )?(?:(?:criminal|serious|federal|summary|indictable) )?(?:offen[cs]e|illegal|unlawful|against the law)\b(?:\s+(?:and|which) (?:can|may|could|carries|attracts)\b[^.!?]{0,80})?\.?$/u;

/** A body's standing status, told by its own page: "Eureka Goldfields Museum Ltd is a not-for-profit company limited by guarantee." */
const NOT_FOR_PROFIT =
  /^(?:The )?(?:\p{Lu}[\p{L}\p{N}'’&.-]*\s+){1,6}(?:is|are) (?:an? )?(?:registered |independent |local )?(?:not-for-profit|non-profit|nonprofit|charitable|charity)\b(?![^.!?]*\b(?:that|which|who|whose|was|were|has|have|had|will)\b)[^.!?;]{0,60}\.?$/u;

/**
 * A firm's standing regulatory status, printed at the foot of its pages: "Pwani Trust Bank Limited is
 * regulated by the Bank of Tanzania.", "Dilmun Talent Partners is licensed by the Labour Market
 * Regulatory Authority.". A named firm, present tense, and the named body that licenses it; a ship
 * "registered in Vanuatu" or boilers "regulated by a government inspectorate" are not this.
 */
const REGULATED_BY =
  /^(?:\p{Lu}[\p{L}\p{N}'’&.-]*\s+){0,6}\p{Lu}[\p{L}\p{N}'’&.-]*\s+(?:is|are)\s+(?:(?:duly|fully|also)\s+)?(?:licensed|regulated|authori[sz]ed|supervised|registered)\s+(?:by|with)\s+(?:the\s+)?\p{Lu}/u;

/** A notice's promise to its readers, the same on every notice: "If other high-risk products are recalled, FoodAlert Canada will notify the public…". */
const WILL_NOTIFY =
  /^If (?:any )?(?:other|more|further|additional|new)\b[^,]{0,80},\s+(?:\p{Lu}[\p{L}\p{N}&'’.-]*\s+){1,5}(?:will|shall) (?:notify|inform|alert|advise|update|tell) (?:the )?(?:public|consumers|customers|residents|subscribers|users|readers|members|you)\b/u;

/** A group's or a board's house rules ("Noticeboard rules: no politics, no advertising, be respectful."), and its thanks to its sponsors. */
const HOUSE_RULES =
  /^(?:[\p{L}-]+\s+){0,2}(?:rules|guidelines|etiquette)\s*:\s*(?:no|please|be|keep|do not|don['’]t|stay|respect)\b|^(?:(?:many|special|huge|big|with)\s+)?thanks(?: (?:also )?(?:to|go to))? (?:all )?(?:of )?(?:our |the )?(?:sponsors?|partners?|supporters?|funders?|donors?)\b\s*[:,]/iu;

/**
 * A filing's preamble, which announces what it discloses: "Pursuant to the Law on Securities and the
 * Listing Rules of the Macedonian Stock Exchange, Pelagon Constructions AD Skopje hereby informs the
 * public of the following."
 */
const HEREBY_INFORMS =
  /\bhereby (?:informs?|notif(?:y|ies)|announces?|discloses?)\b[^.!?]{0,60}?\b(?:the following|as follows)\s*[.:]?$/i;
/**
 * A filing's word on the rule it is made under ("This announcement is made by Qinglan
 * Pharmaceutical Co., Ltd. pursuant to Rule 13.09(2)(a) of the Rules Governing the Listing…"), and
 * the exchange's disclaimer printed above it ("Hong Kong Exchanges and Clearing Limited … take no
 * responsibility for the contents of this announcement…"), or that it gives a period's results
 * ("Aurelle Air Group plc announces its unaudited results for the six months ended 30 September
 * 2027."): what the filing discloses comes after.
 */
const FILING_BASIS =
  /^(?:(?:\p{Lu}[\p{L}&.,'’()-]*|plc|ltd\.?|inc\.?)\s+){1,8}(?:\([^()]{1,60}\)\s+)?(?:today\s+)?(?:announces|reports|publishes) (?:its|their) (?:(?:unaudited|audited|preliminary|provisional|condensed|consolidated|interim|half[- ]year(?:ly)?|full[- ]year|annual|quarterly|final|first[- ]quarter|second[- ]quarter|third[- ]quarter|fourth[- ]quarter)\s+)*(?:financial )?results for (?:the )?[^.!?]{0,60}\.?$|^This (?:announcement|release|notice|statement|disclosure|circular) is (?:made|issued|published|released)\b.{0,160}?\bpursuant to\b|\btakes? no responsibility for the contents? of this (?:announcement|document|release|notice|circular|statement)\b/iu;

/**
 * A record's standing lines: "A certified version of this Report can be obtained from the Hansard
 * Editor, Senate.", "The minutes of the Midsummer Meeting of 5th July 2028 were approved.", "The
 * meeting closed at 4.12 pm.", a motion's outcome alone ("Carried without a division."), and a show's
 * rights line: "Music in this episode is used with
 * permission of Bethel Methodist Chapel…".
 */
const CERTIFIED_COPY =
  /^(?:an? |the )?(?:certified|official|full|signed) (?:version|copy|text|record) of (?:this|the) (?:report|record|transcript|document|minutes|hansard|judgment|order)\b[^.!?]{0,20}?\b(?:can|may) be (?:obtained|requested|ordered|had)\b/i;
const MINUTES_ROUTINE =
  /^(?:Carried|Agreed|Adopted|Approved|Lost|Defeated|Negatived)(?: (?:unanimously|without (?:a )?(?:division|vote|dissent)|nem\.? ?con\.?|on a show of hands|on the voices))?\.?$|^(?:The )?minutes of the (?:[\p{L}\d'’-]+ ){0,8}?(?:meeting|session|sitting)\b[^.!?]{0,60}?\b(?:were|was) (?:approved|adopted|confirmed|signed)\b[^.!?]{0,30}\.?$|^The (?:meeting|session|sitting|hearing) (?:closed|ended|rose|adjourned|was closed)(?: at \d{1,2}[.:]\d{2}(?:\s*[ap]\.?m\.?)?)?\.?$/iu;
const USED_WITH_PERMISSION =
  /^(?:(?:theme |the )?music|audio|images?|photos?|photographs|footage|clips?|archive (?:audio|footage|recordings?)) (?:in|for|on|used in) (?:this|today['’]s) (?:episode|programme|program|show|podcast|video|broadcast|film)\b[^.!?]{0,20}?\b(?:is|are) (?:used|reproduced|included)\b[^.!?]{0,20}?\b(?:with|by) (?:the )?(?:kind )?permission\b/i;

/**
 * A page's notes on how it works and how it is made: "Data refreshes every 5 minutes.", "Notes:
 * Times are Central Africa Time.", "Report a power cut: call 2727 (toll-free) or use the … app.",
 * "Minutes are published within seven days of the session.", "The Union reminds member clubs
 * that…", a show's "The Ledger Hour is produced by Savanna Ledger in Nairobi." and "Heritage Walk
 * is an independent podcast about the places and people of George Town.".
 */
const REFRESHED =
  /^(?:the )?(?:data|page|figures|information|status|map|times|positions?|readings|this page)(?: on this page)? (?:is |are )?(?:refresh(?:es|ed)?|updat(?:es|ed)|reload(?:s|ed)?) (?:automatically )?every \d+ (?:seconds?|minutes?|mins?|hours?)\.?$/i;
/**
 * A page's note on where its own figures come from and how it keeps them: "Figures are taken from
 * the daily police summaries and updated every evening.", "Records are compiled from public
 * sources and may contain errors.", "Prices and times are set by organisers and may change."
 * ("Figures released on Monday showed…" and "Prices are set to rise…" stay news.)
 */
const DATA_NOTE =
  /^(?:notes?:\s*)?(?:all |the )?(?:figures|data|records|numbers|totals|statistics|prices|times|prices and times|times and prices)(?: (?:on|in|of) this (?:page|table|list|tracker|register|site|database))? (?:are|is) (?:taken|compiled|drawn|sourced|collected|gathered|set by|updated)\b/i;
const TIMES_ARE =
  /^(?:notes?:\s*)?(?:all )?times (?:shown )?(?:are|are given in|are in) (?:local time|\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+){0,3} (?:time|Time)|\(?[A-Z]{2,5}\)?)\.?$/iu;
const REPORT_A =
  /^(?:to )?report (?:a|an) [\p{L} -]{2,30}:?\s*(?:call|phone|ring|text|email|use|visit|dial)\b/iu;
const PUBLISHED_WITHIN =
  /^(?:the )?(?:minutes|results|transcripts?|records?|recordings?|decisions) (?:are|will be) (?:published|posted|made available|available|circulated) within (?:\d+|one|two|three|four|five|six|seven|ten|fourteen) (?:working )?(?:days|weeks)\b/i;
const REMINDS =
  /^(?:The )?(?:\p{Lu}[\p{L}'’-]*\s+){1,5}(?:again )?reminds (?:all )?(?:[\p{L}-]+ ){0,3}(?:that|to)\b/u;
const SHOW_ITSELF =
  /^(?:The )?(?:\p{Lu}[\p{L}'’&-]*\s+){1,4}is (?:(?:an?|the) (?:(?:independent|weekly|daily|monthly|fortnightly|award-winning|local|free)\s+)*(?:podcast|show|radio show|programme|program|newsletter|series|digest)\b|(?:produced|made|presented|hosted|published) by\b)/u;

/** A show's or a newsletter's sponsor: "The Machair Podcast is supported by a community broadcasting grant." */
const SPONSORED =
  /^(?:the )?(?:[\p{L}&'’-]+ ){0,5}(?:podcast|show|programme|program|newsletter|series|digest|bulletin|briefing|broadcast|channel|site|website|blog)\b (?:is|are) (?:supported|funded|sponsored|made possible|brought to you|produced with (?:the )?support)\b(?: in part)? by\b/iu;

/** A sponsor's line with no clause of its own: "Sponsored by Lakeside Marine & Powersports, Kenora's boat people since 1987." */
const SPONSOR_LINE = /^(?:sponsored|supported|underwritten|presented|brought to you) by\s+([^"“”]+)$/i;

/**
 * A standing ban, the same every year: "Lighting fires in or within 200 metres of a forest is
 * prohibited from 1 June to 31 October.". A ban with its year, or someone's word on it, is news.
 */
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const STANDING_BAN = new RegExp(
  `\\b(?:is|are) (?:prohibited|forbidden|banned|not (?:permitted|allowed))\\b[^.!?]{0,40}?(?:\\bfrom (?:\\d{1,2} )?${MONTH}(?: \\d{1,2})? (?:to|until|through) (?:\\d{1,2} )?${MONTH}\\b|\\bat all times\\b|\\b(?:every|each) year\\b|\\ball year(?: round)?\\b)`,
  'i',
);
const YEAR = /\b(?:19|20)\d\d\b/;

/**
 * A court list's house rules, the same every day: "Members of the public attending court must bring
 * photo identification and pass through security screening.", "Mobile phones must be switched off
 * in all courtrooms.", "Recording of proceedings is prohibited.".
 */
const HOUSE_RULES_OF_COURT =
  /^(?:members of the public|all persons|persons|parties|litigants|visitors)\b[^.!?]{0,60}?\b(?:must|shall|should|are required to)\s+(?:bring|carry|show|present|pass through|switch off|turn off|arrive|be seated)\b|^(?:all\s+)?(?:mobile\s+)?(?:phones|devices|electronic devices)\b[^.!?]{0,30}\bmust be (?:switched|turned) off\b|^(?:the\s+)?(?:recording|photography|filming|audio recording|video recording)\b[^.!?]{0,40}\b(?:is|are) (?:strictly )?(?:prohibited|forbidden|not (?:allowed|permitted))\b/i;

/**
 * A notice's standing reminder to its readers: "Masters are reminded to keep a continuous listening
 * watch on VHF channel 16…", "Passengers are reminded that…". What is ordered now is told otherwise.
 */
const REMINDED =
  /^(?:all )?(?:[\p{L}-]+ ){0,3}(?:are|is) (?:again |once again |kindly )?reminded (?:to|that)\b/iu;

/**
 * An institution's standing remit, told by its own page: "The Directorate is responsible for
 * maintaining navigable depths, aids to navigation and pilotage on the Maritime Danube…".
 */
const REMIT =
  /^(?:The )?(?:\p{Lu}[\p{L}'’-]*\s+){1,6}(?:is|are) (?:also )?responsible for (?:the )?\p{Ll}+ing\b/u;

/**
 * A page's line naming its publisher and nothing else: "Published by the Office of the Chief
 * Registrar, High Court of Justice, Ilorin.", "Published by order of the Chief Registrar.", "By order
 * of the Board".
 */
const PUBLISHED_BY =
  /^(?:(?:[Pp]ublished|[Ii]ssued|[Cc]ompiled|[Mm]aintained) by (?:order of\s+)?|By order of\s+)(?:(?:the|of|and|for|in|at|on|de|la|du|des|del|&)\s+|\p{Lu}[\p{L}\d'’.&-]*,?(?:\s+|$))+\.?$/u;

/**
 * A booking page's word on its prices: "Prices include port taxes and fuel surcharge.", "Fares do
 * not include airport fees.". A change of price is news; what a price is made of, told on its own,
 * is the page's.
 */
const PRICES_INCLUDE =
  /^(?:all )?(?:prices|fares|rates|tariffs|rooms|tickets)(?: shown| quoted| listed)? (?:include|includes|exclude|excludes|do not include|are inclusive of|are exclusive of)\b[^.!?]{0,80}?\b(?:tax|taxes|vat|fees?|surcharges?|charges|gratuities|service)\b[^.!?]{0,40}\.?$/i;

/**
 * A page's standing rules and routine: "Hearings are public unless the court orders otherwise.",
 * "Rôle du Jour publishes the next day's listings every weekday at 10:00.".
 */
const STANDING_RULE =
  /^(?:all )?(?:hearings|proceedings|sessions|meetings|sittings) are (?:held )?(?:in )?(?:public|open to the public|held in public)\b[^.!?]{0,20}\bunless\b/i;
const ROUTINE =
  /^\p{Lu}[^.!?]{0,60}?\b(?:publishes|posts|updates|issues|releases|sends out|puts out)\b[^.!?]{0,60}?\b(?:every|each) (?:weekday|day|morning|evening|night|week|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b[^.!?]{0,20}?\bat \d{1,2}(?:[:.]\d{2})?\b[^.!?]{0,20}\.?$/u;

/**
 * A list's line on itself, with no verb of its own: "Daily cause lists compiled from court notice
 * boards.", "Daily cause lists of the Supreme Court and subordinate courts, compiled from official
 * notices.".
 */
const COMPILED_FROM =
  /^(?:(?!\b(?:is|are|was|were|has|have|had|said|says|will)\b)[^.!?;]){3,120}?\b(?:compiled|collected|gathered|sourced|drawn|aggregated) from (?:[\p{L}-]+ ){0,4}(?:notices?|notice ?boards?|sources|reports|records|announcements|releases|feeds|filings|listings)\.?$/u;

/**
 * A writer's regular slot, which tells who they are, not what happened: "Aurélie Chan Kye checks
 * claims circulating on Mauritian social media every Saturday." (a column's "writes … every week"
 * is page-notes.ts's COLUMNIST).
 */
const REGULAR_SLOT =
  /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3} (?:checks|fact-checks|reviews|answers|rounds up|looks at|explains|unpacks|tests|presents|hosts)\b[^.!?]{0,120}\b(?:every|each) (?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|day|week|weekday|weekend|fortnight|month|morning|evening)\.?$/u;

/**
 * A line that sends the reader elsewhere for the text itself: "The full half-year report is
 * available on the company's website, section Investors > Financial reports.", "A live webcast
 * and replay will be available on the Company's investor relations website.", "Further
 * information will be published on this page as soon as it is available." A service back on an
 * app ("Balance checks are available again on the app") is news.
 */
const FOUND_ELSEWHERE =
  /^(?![^.!?]*\b(?:again|now|no longer)\b)[^.!?]{3,120}? (?:is|are|will be) available (?:to [^.!?]{1,40} )?(?:on|at|from|via) (?:the |its |their |our |this )?(?:[\p{L}'’-]+ ){0,4}(?:website|web site|webpage|web page|portal|page|app)\b(?:, [^.!?]{0,80})?\.?$|\b(?:is|are|will be) (?:published|posted|updated|announced) on this (?:page|site|website)\b/u;

/** Words without which none of the above can match: most sentences have none. */
const HINT =
  /\bonly\b|without|hereby|pursuant|results for|refresh|updates every|updated every|times|report a|within|reminds|podcast|show|programme|program|newsletter|series|digest|produced by|made by|presented by|hosted by|certified|official|minutes|closed|ended|rose|adjourned|permission|^(?:carried|agreed|adopted|approved|lost|defeated|negatived)|subject to|illegal|unlawful|against the law|profit|charit|^If |rules|guidelines|etiquette|thanks|may not|may be|official|affiliated|associated|connected|estimat|approximate|crowd|convenience|courtesy|from|every|each|responsible|responsibility|liable|liability|advice|forward|materially|obligation|speak only|clude|unless|provisional|unofficial|preliminary|as (?:additional|more|further|new|later)|punishable|offen[cs]e|liable|seated|present|appear|arrive|not (?:reached|called|heard)|list|register|supported|funded|sponsored|made possible|brought to you|support|underwritten|presented by|prohibited|forbidden|banned|permitted|allowed|reminded|published by|issued by|compiled by|maintained by|licensed|regulated|supervised|authori[sz]ed|registered|cancel|reservations|bookings|tickets|polic(?:y|ies)|in (?:line|accordance|keeping) with|members of the public|available|this (?:page|site|website)|phones|devices|recording|photography|filming|parties|persons|litigants|by order of/i;
/** A report of what someone said is news, whatever it says ("The ministry said timetables may change without notice."). */
export const REPORTED = /\b(?:said|says|told|according to)\b/;

/** The kind of disclaimer or slot line a sentence is, or null. */
export function disclaimerKind(text: string): JunkKind | null {
  if (!HINT.test(text) || REPORTED.test(text)) return null;
  // Two patterns read the lower-cased text (a case-insensitive Unicode pattern is slow: docs/clustering.md).
  const lower = text.toLowerCase();
  if (
    FOR_INFORMATION_ONLY.test(text) ||
    CHANGES_WITHOUT_NOTICE.test(text) ||
    MAY_NOT_REFLECT.test(text) ||
    NOT_OFFICIAL.test(text) ||
    NOT_AFFILIATED.test(lower) ||
    FOR_CONVENIENCE.test(text) ||
    MAY_BE_INACCURATE.test(text) ||
    COMPILED_FROM.test(lower) ||
    NOT_RESPONSIBLE.test(text) ||
    FORWARD_LOOKING.test(text) ||
    NOT_ADVICE.test(text) ||
    PROVISIONAL.test(text) ||
    PRICES_INCLUDE.test(text) ||
    STANDING_RULE.test(text) ||
    ROUTINE.test(text) ||
    REVISED_AS_DATA.test(text) ||
    STANDING_WORDS.test(text) ||
    SPONSORED.test(text) ||
    PUBLISHED_BY.test(text) ||
    (STANDING_BAN.test(text) && !YEAR.test(text)) ||
    REMINDED.test(text) ||
    HOUSE_RULES_OF_COURT.test(text) ||
    REMIT.test(text) ||
    SUBJECT_TO_ORDERS.test(text) ||
    STANDING_OFFENCE.test(text) ||
    NOT_FOR_PROFIT.test(text) ||
    REGULATED_BY.test(text) ||
    WITHOUT_WARRANTY.test(text) ||
    BOOKING_TERMS.test(text) ||
    WILL_NOTIFY.test(text) ||
    HOUSE_RULES.test(text) ||
    HEREBY_INFORMS.test(text) ||
    FILING_BASIS.test(text) ||
    CERTIFIED_COPY.test(text) ||
    MINUTES_ROUTINE.test(text) ||
    USED_WITH_PERMISSION.test(text) ||
    REFRESHED.test(text) ||
    DATA_NOTE.test(text) ||
    TIMES_ARE.test(text) ||
    REPORT_A.test(text) ||
    PUBLISHED_WITHIN.test(text) ||
    REMINDS.test(text) ||
    SHOW_ITSELF.test(text) ||
    FOUND_ELSEWHERE.test(lower)
  )
    return 'notice';
  const sponsor = SPONSOR_LINE.exec(text)?.[1];
  if (sponsor !== undefined && isVerbless(sponsor)) return 'notice';
  return REGULAR_SLOT.test(text) ? 'bio' : null;
}
