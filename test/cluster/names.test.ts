import { DEFAULT_TUNING, extractTerms } from '../../src/cluster';
import { Conflict, type NameView, namesConflict } from '../../src/cluster/name-conflict';

const options = { ...DEFAULT_TUNING };

function names(title: string, lead: string, outlet = '') {
  const terms = extractTerms(title, lead, options, outlet);
  return {
    names: [...terms.names].sort(),
    headline: [...terms.headlineNames].sort(),
    capitals: [...terms.capitals].sort(),
  };
}

function view(text: { names: string[]; headline?: string[]; capitals?: string[] }): NameView {
  return {
    names: text.names,
    headlineNames: text.headline ?? [],
    capitals: new Set([...text.names, ...(text.capitals ?? [])]),
  };
}

describe('names read from capitals', () => {
  it('takes words capitalized inside a sentence, and acronyms, as names', () => {
    const read = names(
      'Ferry passengers rescued after engine fire off central Philippines',
      'MANILA — The Philippine coast guard rescued all 142 passengers from a ferry off Bohol on Friday.',
    );
    expect(read.names).toEqual(['bohol', 'manila', 'philippin']);
    expect(read.headline).toEqual(['philippin']);
    // Sentence starts are capitalized but prove nothing; weekdays are names of no event.
    expect(read.capitals).toContain('ferri');
    expect(read.capitals).not.toContain('friday');
  });

  it('falls back on sentence starts when no name sits inside a sentence', () => {
    const read = names(
      'Cairo’s first monorail line opens to passengers',
      'Cairo’s first monorail line opened.',
    );
    expect(read.names).toEqual(['cairo']);
  });

  it('reads nothing from Title Case headlines, lower-cased text or a text without a lead', () => {
    expect(
      names('Mortgage Rates Fall to Lowest Level Since Spring', 'The rate fell this week.').names,
    ).toEqual([]);
    expect(names('nairobi open commuter rail line', 'new line link central nairobi').names).toEqual([]);
    expect(names('I love Khloe Kardashian and KKTN', '').names).toEqual([]);
  });

  it('takes a first word that owns or labels what follows as a name ("Carinth\'s central bank", "Norland:")', () => {
    expect(
      names(
        "Carinth's central bank raises rates",
        'The bank raised its main rate on Monday to 10.25 percent.',
      ).headline,
    ).toEqual(['carinth']);
    expect(
      names('Norland: Central bank cuts rates', 'The bank cut its main rate on Sunday by two points.')
        .headline,
    ).toEqual(['norland']);
    expect(
      names("Women's march fills the capital", 'Thousands marched through the city centre on Saturday.')
        .headline,
    ).toEqual([]);
  });

  it('reads no name from a wire\'s desk slug ("UPDATE 1-")', () => {
    const read = names(
      'UPDATE 1-Death toll in Carinth mine collapse rises to 27',
      'The toll rose on Sunday, officials in Veldor said.',
    );
    expect(read.headline).not.toContain('updat');
    expect(read.headline).not.toContain('death');
  });

  it('reads no name from month abbreviations, titles before a name or continents', () => {
    const read = names(
      'Miners trapped after collapse at copper mine',
      'CHINGOLA, Carinth, Dec 6 — Thirty-one miners were trapped on Saturday, Mines Minister Chanda Mwale said, in Africa’s second-biggest copper producer, the National Union of Mineworkers said.',
    );
    expect(read.names).not.toContain('dec');
    expect(read.names).not.toContain('minist');
    expect(read.names).not.toContain('africa');
    expect(read.names).not.toContain('nation');
    expect(read.names).toEqual(expect.arrayContaining(['chanda', 'mwale']));
  });

  it('reads no name from the words institutions, rivers and holidays are named with', () => {
    const read = names(
      'Search for Kadavu fishermen missing since Good Friday',
      'SUVA — The Maritime Rescue Coordination Centre said on Sunday the navy had searched the Rewa River, and the Reserve Bank of Fiji gave the fishermen’s families money for Holy Week.',
    );
    for (const word of ['center', 'river', 'bank', 'good', 'holi'])
      expect([...read.names, ...read.headline]).not.toContain(word);
    expect(read.names).toEqual(expect.arrayContaining(['kadavu', 'rewa', 'fiji', 'coordin']));
    // Two takeover bids an ocean apart: the companies' legal words and their exchanges' are no names.
    const bid = names(
      'Coralstone rejects Kairi Cement bid',
      'BRIDGETOWN — Coralstone Holdings Limited, listed on the Barbados Stock Exchange, rejected the offer of Kairi Cement Group on Monday.',
    );
    for (const word of ['hold', 'limit', 'stock', 'exchang', 'group'])
      expect([...bid.names, ...bid.headline]).not.toContain(word);
    expect(bid.names).toEqual(expect.arrayContaining(['barbado', 'kairi', 'bridgetown']));
    // Two airlines' strikes: "Air" names neither.
    const strike = names(
      'Zuma Air engineers call off strike',
      'LAGOS — Engineers at Zuma Air called off their strike on Monday.',
    );
    expect(strike.names).toContain('zuma');
    expect(strike.names).not.toContain('air');
  });

  it('drops the outlet’s own name from names and terms', () => {
    const terms = extractTerms(
      'Nations agree global plastics treaty',
      'GENEVA (Pacific Wire) — Negotiators agreed early on Saturday on the text of a treaty.',
      options,
      'Pacific Wire Service',
    );
    expect(terms.counts.has('pacif')).toBe(false);
    expect(terms.counts.has('wire')).toBe(false);
    expect([...terms.names]).toEqual(['geneva']);
  });

  it('drops the outlet’s initials from a dateline, and keeps an acronym that is not its own', () => {
    const fire = extractTerms(
      'Fire at landfill near Bucharest blankets city in smoke',
      'BUCHAREST, March 25 (CEPA) — A fire broke out at a landfill in Chiajna on Monday, the ISU said.',
      options,
      'Central European Press Agency',
    );
    expect(fire.names.has('cepa')).toBe(false);
    expect(fire.names.has('isu')).toBe(true);
    const times = extractTerms(
      'Rain floods Mumbai suburbs',
      'MUMBAI (TOI) — Heavy rain flooded the suburbs of Mumbai on Monday, the BMC said.',
      options,
      'The Times of India',
    );
    expect(times.names.has('toi')).toBe(false);
    expect(times.names.has('bmc')).toBe(true);
  });
});

describe('namesConflict', () => {
  it('sees no conflict when a name is shared, or when one side names nothing', () => {
    expect(namesConflict(view({ names: ['nairobi'] }), view({ names: ['nairobi', 'kenya'] }))).toBe(
      Conflict.None,
    );
    expect(namesConflict(view({ names: [] }), view({ names: ['lahor'] }))).toBe(Conflict.None);
  });

  it('counts a name found capitalized at a sentence start on the other side', () => {
    const palais = view({ names: ['palai', 'nation'] });
    const nationsAgree = view({ names: ['geneva'], capitals: ['nation'] });
    expect(namesConflict(palais, nationsAgree)).toBe(Conflict.None);
  });

  it('grades a conflict by whether the headlines disagree too', () => {
    const bhutan = view({ names: ['paro', 'bhutan'], headline: ['paro'] });
    const addis = view({ names: ['addi', 'ababa'], headline: ['addi', 'ababa'] });
    expect(namesConflict(bhutan, addis)).toBe(Conflict.Headlines);
    expect(namesConflict(view({ names: ['greec'] }), view({ names: ['istanbul'] }))).toBe(Conflict.Names);
  });
});
