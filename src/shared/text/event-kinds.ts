import { baseForm } from './irregular-forms';
import { stem } from './terms';

/**
 * What kind of thing a headline says happened, read from the general vocabulary news uses for
 * it: harm done (a fire, a crash, a flood, deaths), a labour dispute (a strike, a walkout), a
 * legal step (a court ruling, a fine, an arrest, an inquiry), a transaction (a takeover, a stake,
 * a listing, results). One actor's two events of the same days (an airline's runway accident and
 * its pilots' strike; a retailer's depot fire and its drivers' strike) share the actor's names and
 * the trade's words ("flights", "passengers", "depot"), and each report recalls the other in a
 * line, so their cosine passes the join threshold; their headlines tell kinds of event that do not
 * meet (docs/clustering.md, "One actor's events of other kinds").
 */
type Kind = 'harm' | 'labour' | 'legal' | 'deal';

const KIND_WORDS: Readonly<Record<Kind, string>> = {
  harm:
    'killed kills dead dies death deaths injured injures injuries hurt wounded crash collided ' +
    'collision fire blaze explosion blast derailed derailment collapse collapsed leak spill ' +
    'sinks sank capsized overturned overturns aground skids slides overran overrun excursion accident evacuated evacuation ' +
    'rescued rescue rescuers trapped missing bodies toll flood floods storm quake earthquake landslide cyclone ' +
    'typhoon hurricane drowned outbreak turbulence kidnapped kidnapping kidnappers abducted ' +
    'abduction hostage hostages hijacked',
  labour: 'strike walkout stoppage picket lockout sit-in wage',
  legal:
    'court judge ruling verdict sentenced convicted fined acquitted prosecutors charged ' +
    'arrested detained tribunal lawsuit sues probe investigation inquiry raid jailed',
  // Not "loan": a legal step's headline names it as often as a lender's ("…over Tk 386 crore loan scam").
  deal:
    'buys acquire acquisition takeover bid offer stake merger deal sells sale invest ' +
    'investment ipo debut profit revenue dividend bond contract award tender proposal approach',
};

// Clustering reads a word's base form ("sank" as "sink"), the edition's term lists the word itself.
function wordTable<T extends string>(words: Readonly<Record<T, string>>): ReadonlyMap<string, T> {
  const table = new Map<string, T>();
  for (const [tag, list] of Object.entries(words) as [T, string][])
    for (const word of list.split(' ')) {
      table.set(stem(word), tag);
      table.set(stem(baseForm(word)), tag);
    }
  return table;
}

/** The tags of a word table that the terms hold. */
function tagsIn<T>(table: ReadonlyMap<string, T>, terms: Iterable<string>): Set<T> {
  const tags = new Set<T>();
  for (const term of terms) {
    const tag = table.get(term);
    if (tag !== undefined) tags.add(tag);
  }
  return tags;
}

const KIND_OF = wordTable(KIND_WORDS);

/**
 * What carried the people an incident struck: a coach off a mountain road and a ferry adrift off
 * the same island, on the same days, are two incidents whatever place and harm words they share.
 * Not "car" (a cable car, a car bomb) nor "tanker" (a road's fuel tanker or a ship).
 */
type Mode = 'road' | 'rail' | 'sea' | 'air';

const MODE_WORDS: Readonly<Record<Mode, string>> = {
  road: 'coach coaches bus buses minibus truck trucks lorry lorries motorcycle motorbike taxi',
  rail: 'train trains railway rail tram trams metro locomotive',
  sea: 'ferry ferries ship ships boat boats vessel vessels yacht trawler freighter liner catamaran dhow canoe',
  air: 'plane planes aircraft jet airliner helicopter seaplane flight flights',
};

const MODE_OF = wordTable(MODE_WORDS);

/** The means of transport the terms of a headline (or of a story's headlines) name. */
export function transportModes(terms: Iterable<string>): Set<Mode> {
  return tagsIn(MODE_OF, terms);
}

/**
 * Two incidents: both sides tell harm and name means of transport, none of one side's the
 * other's (a coach's crash against a ferry's fire).
 */
export function otherIncidents(
  kinds: ReadonlySet<string>,
  modes: ReadonlySet<string>,
  otherKindsTold: ReadonlySet<string>,
  otherModes: ReadonlySet<string>,
): boolean {
  return kinds.has('harm') && otherKindsTold.has('harm') && otherKinds(modes, otherModes);
}

/** The kinds of event the terms of a headline (or of a story's headlines) tell. */
export function eventKinds(terms: Iterable<string>): Set<Kind> {
  return tagsIn(KIND_OF, terms);
}

/** Both sides tell a kind of event, and no kind of one is a kind of the other. */
export function otherKinds(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const kind of a) if (b.has(kind)) return false;
  return true;
}
