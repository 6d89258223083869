import { sameEvent, sameEventGroups } from '../../src/edition/same-event';
import type { ContentDoc, StorySummary } from '../../src/shared/types';
import { summarizeStory } from '../../src/summarize';
import { headlineFromText } from '../../src/summarize/headline';
import { prepareArticles } from '../../src/summarize/prepare';
import { standaloneOf } from '../../src/summarize/standalone';
import { buildStoryModel } from '../../src/summarize/story-model';

// Stories of fictional places and people, shaped like real reports (docs/summarization.md):
// pronoun-led sentences, quotes, wire copy carried word for word, a story told over two days.

const doc = (id: string, outlet: string, iso: string, title: string, paragraphs: string[]): ContentDoc => ({
  id,
  outlet,
  url: `https://${outlet.toLowerCase().replace(/\W+/g, '')}.example/${id}`,
  publishedAt: new Date(iso),
  title,
  text: paragraphs.join('\n\n'),
});

const PRONOUN = /^(?:He|She|They|It|His|Her|Their|We|I)\b/;

const WIRE_TEXT = [
  'VELDOR, Carinth (AP) — Carinth’s parliament voted on Tuesday to remove Prime Minister Alda Korvin after a corruption inquiry found that state contracts worth 40 million euros went to her family’s firms.',
  'She denied any wrongdoing and said she would challenge the vote in the constitutional court.',
  '“This is a political execution, and the court will see it,” she told reporters outside parliament.',
  'The speaker of parliament, Tomas Reyl, will lead a caretaker government until elections in March.',
];

const KORVIN: ContentDoc[] = [
  doc(
    'ap',
    'Associated Press',
    '2026-05-12T14:00:00Z',
    'Carinth parliament ousts prime minister over contracts',
    WIRE_TEXT,
  ),
  doc('post', 'Veldor Post', '2026-05-12T15:10:00Z', 'Carinth lawmakers remove Korvin', WIRE_TEXT),
  doc('herald', 'Northern Herald', '2026-05-12T15:30:00Z', 'Carinth PM voted out', WIRE_TEXT),
  doc('ledger', 'Meridian Ledger', '2026-05-12T16:00:00Z', 'Korvin removed as Carinth prime minister', [
    'Lawmakers in Carinth removed Prime Minister Alda Korvin from office on Tuesday, ending a government that had lasted less than two years.',
    'They voted 112 to 41 after an inquiry linked state contracts to companies owned by her brother.',
    'Korvin said the vote was “a political execution” and promised to fight it in court.',
    'Tomas Reyl, the speaker, becomes caretaker prime minister until the March elections.',
  ]),
];

describe('points stand alone', () => {
  const summary = summarizeStory(KORVIN);

  it('opens no point with a pronoun whose referent is not named in it', () => {
    expect(summary.points.length).toBeGreaterThanOrEqual(2);
    for (const point of summary.points) expect(point.text).not.toMatch(PRONOUN);
  });

  it('shows a quote only with its named speaker', () => {
    for (const point of summary.points.filter((p) => /[“"]/.test(p.text))) {
      expect(point.text).toMatch(/Korvin|Reyl/);
    }
  });

  const shown = (paragraphs: string[]): (string | null)[] => {
    const model = buildStoryModel(
      prepareArticles([doc('one', 'Veldor Post', '2026-05-12T14:00:00Z', '', paragraphs)]),
    );
    return model.sentences.map((_, index) => standaloneOf(model, index)?.text ?? null);
  };

  it("names the referent of a pronoun or a quote's speaker from the sentences before, in the same article", () => {
    const [, denial, quote] = shown([
      'Prime Minister Alda Korvin lost a confidence vote in Carinth’s parliament on Tuesday.',
      'She denied any wrongdoing and said she would challenge the vote in court.',
      '“This is a political execution,” she told reporters outside parliament.',
    ]);
    expect(denial).toMatch(/^Korvin denied any wrongdoing/);
    expect(quote).toMatch(/execution,” Korvin told reporters/);
  });

  it('drops a pronoun that could name two people or only the object of a verb, and a quote nobody in the article said', () => {
    const [, ambiguous] = shown([
      'After a long meeting at the presidential palace in Veldor on Tuesday, Alda Korvin and Tomas Reyl agreed on a caretaker government.',
      'He said the elections would be held in March.',
    ]);
    expect(ambiguous).toBeNull();
    const [, governed] = shown([
      'Parliament voted on Tuesday to remove Prime Minister Alda Korvin after an inquiry.',
      'She denied any wrongdoing.',
    ]);
    expect(governed).toBeNull();
    const [, advice, horoscope] = shown([
      'A comet discovered in June has brightened a hundredfold in a week, astronomers said on Monday.',
      'Look low in the east before sunrise to catch the comet before it fades next week.',
      'You can expect the comet to be visible with binoculars for about ten more days.',
    ]);
    expect(advice).toBeNull();
    expect(horoscope).toBeNull();
    const [unnamed] = shown(['“We will not back down,” he said after the vote on Tuesday.']);
    expect(unnamed).toBeNull();
  });

  it('never takes a thing, a group or a place for the person a pronoun stands for', () => {
    const [, alert] = shown([
      'Police issued an Amber Alert for the two children on Sunday night.',
      'She told reporters the children had been found safe.',
    ]);
    expect(alert).toBeNull();
    const [, korea] = shown([
      '“South Korea has not had its own records of the camps,” said Kang Min-ho, a historian on the team.',
      '“It is crucial for South Korea to have our own records,” he said.',
    ]);
    expect(korea).not.toMatch(/Korea said/);
  });

  it('gives a speaker in full before a point that names them by surname alone', () => {
    const rates = [
      doc(
        'r1',
        'Veldor Post',
        '2026-07-16T10:00:00Z',
        'Carinth raises interest rates to 5.25% to fight inflation',
        [
          'Carinth’s central bank raised its main interest rate by a quarter point to 5.25% on Thursday, its third increase this year, as inflation stayed well above target.',
          'Banks are expected to pass the rise on to variable-rate borrowers within weeks.',
          'Governor Piet Haas said further increases could not be ruled out.',
        ],
      ),
      doc('r2', 'Meridian Ledger', '2026-07-16T11:00:00Z', 'Carinth central bank hikes again', [
        'The Bank of Carinth lifted borrowing costs for the third time this year on Thursday, taking its benchmark rate to 5.25%.',
        '“Inflation is proving more stubborn than we expected,” Haas told a news conference.',
      ]),
    ];
    const points = summarizeStory(rates, { maxPoints: 5 }).points.map((point) => point.text);
    const full = points.findIndex((text) => text.includes('Piet Haas'));
    const bare = points.findIndex((text) => text.includes('Haas told'));
    expect(full).toBeGreaterThanOrEqual(0);
    expect(bare).toBeGreaterThan(full);
  });

  it('reads "he" past a sentence about a woman, told by the "she" that follows her name', () => {
    const [, , denial] = shown([
      'Carinth’s defence minister, Tomas Reyl, resigned on Thursday after a recording leaked of him discussing a contract with an arms dealer.',
      'Prime Minister Alda Korvin accepted his resignation and said she would name a successor on Monday.',
      'He said in a statement that he had done nothing illegal.',
    ]);
    expect(denial).toMatch(/^Reyl said in a statement/);
  });
});

describe('independent reports', () => {
  const summary = summarizeStory(KORVIN);

  it('counts one wire text carried by three outlets as one report', () => {
    expect(summary.outletCount).toBe(4);
    expect(summary.reportCount).toBe(2);
    expect(summary.singleSource).toBe(false);
  });

  it('lists every outlet and says "via" the wire named in the text for the reprints', () => {
    const via = new Map(summary.sources.map((source) => [source.outlet, source.via]));
    expect(via.get('Veldor Post')).toBe('Associated Press');
    expect(via.get('Northern Herald')).toBe('Associated Press');
    expect(via.get('Associated Press')).toBeNull();
    expect(via.get('Meridian Ledger')).toBeNull();
  });

  it('counts outlets with their own words as independent reports', () => {
    const own = KORVIN.map((article, index) =>
      index < 3
        ? {
            ...article,
            text: `${article.outlet} reports: ${article.title}. ${article.title} after a vote in parliament on Tuesday.`,
          }
        : article,
    );
    expect(summarizeStory(own).reportCount).toBe(4);
  });
});

describe('the lead point', () => {
  const dayOne = [
    doc('d1-a', 'Veldor Post', '2026-06-01T08:00:00Z', 'Wildfire forces evacuations near Brenna', [
      'A wildfire forced the evacuation of 3,000 residents near the town of Brenna on Monday as strong winds pushed the flames toward the coast.',
      'Firefighters from three regions were sent to the area, the civil protection agency said.',
    ]),
    doc('d1-b', 'Meridian Ledger', '2026-06-01T09:30:00Z', 'Brenna wildfire: thousands evacuated', [
      'Some 3,000 people were evacuated from villages around Brenna on Monday as a wildfire spread toward the coast.',
      'The civil protection agency said firefighters from three regions had been deployed.',
    ]),
  ];
  const dayTwo = [
    doc('d2-a', 'Northern Herald', '2026-06-02T07:00:00Z', 'Brenna wildfire contained after two days', [
      'Firefighters contained the wildfire near Brenna on Tuesday after it burned 4,200 hectares, and evacuated residents began returning home.',
      'The fire had forced 3,000 people from their homes on Monday.',
    ]),
    doc('d2-b', 'Veldor Post', '2026-06-02T08:15:00Z', 'Residents return as Brenna fire is contained', [
      'The Brenna wildfire was contained on Tuesday after burning 4,200 hectares, the civil protection agency said, and residents were allowed back.',
      'On Monday, 3,000 people had been evacuated.',
    ]),
  ];

  it('says the newest central fact of a story told over two days', () => {
    const summary = summarizeStory([...dayOne, ...dayTwo]);
    expect(summary.points[0]?.text).toMatch(/contained/);
  });

  it('leads with the newest count, told by a description its "of" phrase identifies, and drops the older counts', () => {
    const outbreak = [
      doc('c1', 'Veldor Post', '2026-07-20T08:00:00Z', 'Cholera outbreak in Norland camps kills 17', [
        'A cholera outbreak has killed 17 people in camps for displaced people in eastern Norland, the health ministry said on Tuesday.',
        'More than 600 suspected cases have been recorded since July 1.',
        'A passenger train crash nearby had earlier left the camps short of supplies, injuring at least 40 people.',
      ]),
      doc('c2', 'Meridian Ledger', '2026-07-21T08:00:00Z', 'Norland cholera deaths rise to 23', [
        'The number of people killed by cholera in eastern Norland has risen to 23, the health ministry said on Wednesday, as the outbreak spread to a second province.',
        'More than 850 suspected cases have been recorded.',
        'The train crash injured 52 people, officials said.',
      ]),
    ];
    const points = summarizeStory(outbreak, { maxPoints: 8 }).points.map((point) => point.text);
    expect(points[0]).toMatch(/^The number of people killed by cholera/);
    expect(points.some((text) => /\b(?:17 people|600 suspected|at least 40)\b/.test(text))).toBe(false);
  });

  it("leads with an article's opening over the cause its second sentence gives, however many repeat it", () => {
    const outage = [
      doc(
        'n1',
        'Veldor Post',
        '2026-07-22T18:00:00Z',
        'Nimbus cloud outage knocks out banks and airlines for hours',
        [
          'A failure at Nimbus, one of the world’s largest cloud computing providers, knocked thousands of websites and apps offline for about five hours on Monday, including banks, airlines and the Norland tax office.',
          'Nimbus said a faulty software update to its network configuration was to blame.',
        ],
      ),
      doc('n2', 'Meridian Ledger', '2026-07-22T19:00:00Z', 'Nimbus shares fall after outage', [
        'Shares in Nimbus fell 3.1% on Monday after an outage at its cloud service disrupted online banking, flight check-ins and government websites across Europe.',
        'Analysts said the outage was the company’s longest since 2021.',
        'Nimbus said a bad software update was to blame.',
      ]),
    ];
    expect(summarizeStory(outage).points[0]?.text).toMatch(/^A failure at Nimbus/);
  });

  it('makes a headline from the lead point when no article has a title', () => {
    const untitled = [...dayOne, ...dayTwo].map((article) => ({ ...article, title: '' }));
    const summary = summarizeStory(untitled);
    expect(summary.headline.length).toBeGreaterThan(10);
    expect(summary.headline.split(/\s+/).length).toBeLessThanOrEqual(16);
    expect(summary.points[0]?.text.toLowerCase()).toContain(
      summary.headline.split(/\s+/).slice(0, 3).join(' ').toLowerCase().replace(/…$/, ''),
    );
  });
});

describe('a headline over news', () => {
  it('is never the title of an article with no news in it, such as a newsletter', () => {
    const story = [
      doc(
        'n1',
        'Northern Ledger',
        '2026-07-13T02:00:00Z',
        'The week in business: Norland confidence, strikes and a wobble in oil',
        ['Our editors pick the week’s most important business stories and explain what they mean for you.'],
      ),
      doc('n2', 'Coast Wire', '2026-07-13T01:00:00Z', 'Norland business confidence steadies in November', [
        'Business confidence in Norland held steady in November as a pick-up in services offset gloom among manufacturers, a monthly survey showed.',
      ]),
    ];
    expect(summarizeStory(story).headline).toBe('Norland business confidence steadies in November');
  });
});

describe('a headline written from the lead point', () => {
  it('starts at the main clause, and keeps an opening phrase the subject points back to', () => {
    expect(
      headlineFromText(
        'Ignoring calls from farmers to delay the ban, the Valmora government said on Monday it would phase out coal heating by 2030.',
      ),
    ).toBe('The Valmora government said on Monday it would phase out coal heating by 2030');
    expect(
      headlineFromText(
        'Hours after her agent confirmed the news, the actress arrived at the festival in Tarvin and spoke to reporters about her new film.',
      ),
    ).toMatch(/^Hours after her agent/);
  });

  it('does not cut inside a list of modifiers', () => {
    const headline = headlineFromText(
      'The young woman who says a Tarvin councillor began a months-long, sexually explicit exchange with her has gone to the police.',
    );
    expect(headline.endsWith('months-long')).toBe(false);
  });
});

describe('one story per event in an edition', () => {
  const story = (headline: string, lead: string): StorySummary => ({
    headline,
    points: [{ text: lead, sources: ['a'] }],
    outletCount: 2,
    reportCount: 2,
    singleSource: false,
    sources: [],
  });
  const korvinA = story(
    'Carinth parliament ousts Prime Minister Korvin',
    'Carinth’s parliament voted to remove Prime Minister Alda Korvin after a corruption inquiry.',
  );
  const korvinB = story(
    'Korvin ousted by Carinth parliament over contracts',
    'Lawmakers in Carinth removed Prime Minister Alda Korvin from office after an inquiry into state contracts.',
  );
  const korvinSpeech = story(
    'Korvin gives New Year address in Veldor',
    'Prime Minister Alda Korvin promised lower energy prices in her New Year address on Thursday.',
  );
  const fire = story(
    'Brenna wildfire contained',
    'Firefighters contained the wildfire near Brenna on Tuesday.',
  );

  it('groups stories that tell one event and keeps apart events that share an actor', () => {
    expect(sameEvent(korvinA, korvinB)).toBe(true);
    expect(sameEvent(korvinA, korvinSpeech)).toBe(false);
    expect(sameEvent(korvinA, fire)).toBe(false);
    const groups = sameEventGroups([
      { section: 'world', summary: korvinA },
      { section: 'world', summary: fire },
      { section: 'world', summary: korvinB },
      { section: 'business', summary: korvinB },
    ]);
    expect(groups).toContainEqual([0, 2]);
    expect(groups.flat()).toHaveLength(4);
  });
});

describe('no fact twice', () => {
  const pointsOf = (articles: ContentDoc[]): string[] =>
    summarizeStory(articles, { maxPoints: 8 }).points.map((point) => point.text);

  // Each outlet says the main facts its own way; the later sentences restate one of them with
  // details: the same subject doing the same thing ("has frozen" / "froze"), a description that
  // points back to someone ("The man … died"), a pronoun ("She has pledged" after "who vowed"),
  // an exact count for a rough one ("dozens of homes" / "41 homes").
  const articles = [
    doc('a', 'Veldor Post', '2026-07-06T08:00:00Z', 'Norland freezes assets of timber smugglers', [
      'Norland has frozen the bank accounts and trucks of an alleged network of timber smugglers accused of stripping the Brenna forest reserve.',
      'Interior Minister Sela Dovik, who vowed to drive the smugglers out of the reserve, announced the measures in Veldor.',
      'A forest ranger has died and dozens of homes have been destroyed as fires set to clear the land spread through villages near the reserve.',
    ]),
    doc('b', 'Meridian Ledger', '2026-07-06T09:00:00Z', 'Norland targets timber smuggling network', [
      'Norland’s government on Sunday froze the assets of more than 20 companies and individuals it accused of smuggling timber cut illegally from the Brenna forest reserve.',
      'The man, a 51-year-old member of the reserve’s patrol service, died when a burning tree fell on his truck near the village of Osk.',
      'At least 41 homes have been reduced to ash near the reserve, according to the fire service.',
    ]),
    doc('c', 'Northern Herald', '2026-07-06T10:00:00Z', 'Norland acts against timber smugglers', [
      'Interior Minister Sela Dovik said the smugglers had turned the Brenna reserve into a private quarry.',
      'She has pledged to drive the smugglers out of the reserve and to put rangers on every road into it.',
      'Timber exports from the region fell by a third last year, customs figures show.',
    ]),
  ];

  it('shows a fact once even when another outlet restates it with details', () => {
    const points = pointsOf(articles);
    const says = (pattern: RegExp): number => points.filter((text) => pattern.test(text)).length;
    expect(says(/\bfro(?:zen|ze)\b/)).toBe(1);
    expect(says(/\bdied\b/)).toBe(1);
    expect(says(/\b(?:vowed|pledged)\b/)).toBe(1);
    expect(says(/\bhomes\b/)).toBe(1);
    expect(points.length).toBeGreaterThanOrEqual(4);
  });

  it('shows once what one speaker is reported to say twice', () => {
    const said = [
      doc('s1', 'Veldor Post', '2026-07-08T08:00:00Z', 'Norland court ruling leaves timber exports legal', [
        'A court in Veldor struck down Norland’s timber export rules on Tuesday, leaving the trade briefly unregulated.',
        'Interior Minister Sela Dovik stressed that raw logs still could not be exported from the province.',
      ]),
      doc('s2', 'Meridian Ledger', '2026-07-08T09:00:00Z', 'Norland rushes to restore timber rules', [
        'Norland’s parliament will sit late on Tuesday to restore the timber export rules a court struck down that morning.',
        'Sela Dovik, however, said the ban on exporting raw logs remains, and only licensed mills may buy timber cut in the province.',
      ]),
    ];
    const points = pointsOf(said);
    expect(points.filter((text) => /\braw logs\b/.test(text))).toHaveLength(1);
  });

  it('drops an effort told as under way once a newer report says it was done', () => {
    const stuck = (publishedAt: string): ContentDoc[] => [
      doc('t1', 'Veldor Post', publishedAt, 'Ferry aground off Osk', [
        'A car ferry ran aground off the port of Osk on Friday morning after losing power, the port authority said.',
        'Tugs were working to free the 120-metre vessel, the Brenna Star.',
        'The 200 passengers were taken ashore by lifeboat.',
      ]),
      doc('t2', 'Meridian Ledger', '2026-07-10T18:00:00Z', 'Ferry refloated off Osk', [
        'Ferry services to Osk resumed on Friday evening after tugs pulled the Brenna Star off the sandbank.',
        'Inspectors found no damage to the hull.',
      ]),
    ];
    expect(pointsOf(stuck('2026-07-10T09:00:00Z')).some((text) => /were working to free/.test(text))).toBe(
      false,
    );
    // Told at the same time, the effort is not known to be over.
    expect(pointsOf(stuck('2026-07-10T18:00:00Z')).some((text) => /were working to free/.test(text))).toBe(
      true,
    );
  });

  it('gives a death toll once, and keeps a sentence that adds how they died', () => {
    const quake = [
      doc('k1', 'Coastal Tribune', '2026-07-11T06:00:00Z', 'Strong quake hits Norland coast, killing two', [
        'A magnitude 7.1 earthquake struck the Norland coast early on Tuesday, killing at least two people and cutting power to tens of thousands of homes, officials said.',
        'Interior Minister Rodrigo Salas said the two victims were killed when a wall collapsed in Osk.',
      ]),
      doc('k2', 'Global Wire', '2026-07-11T07:00:00Z', 'Norland ports reopen after quake', [
        'Norland reopened its three main ports on Tuesday afternoon after inspectors found no damage to the quays.',
        'The quake killed two people in the coastal town of Osk.',
      ]),
      doc('k3', 'Andes Daily', '2026-07-11T08:00:00Z', 'Norland quake toll at two', [
        'Schools across the Norland coast will stay closed until Friday while engineers inspect them.',
        'The death toll from the quake rose to two on Tuesday afternoon as rescuers pulled a second body from the rubble of a house in Osk.',
      ]),
    ];
    const points = pointsOf(quake);
    expect(points.some((text) => /^The quake killed two people/.test(text))).toBe(false);
    expect(points.some((text) => /death toll from the quake rose to two/.test(text))).toBe(false);
    expect(points.some((text) => /wall collapsed/.test(text))).toBe(true);
  });

  it('shows once that the same thing was done to the same thing, and keeps two towns apart', () => {
    const vote = [
      doc('v1', 'Capital Post', '2026-07-12T08:00:00Z', 'Norland premier survives no-confidence vote', [
        'Norland Prime Minister Marten Dovik survived a no-confidence vote in parliament on Tuesday, after two coalition partners rallied behind his asylum law.',
        'Farmers blocked roads around Osk in protest at the law.',
      ]),
      doc('v2', 'Lowlands Herald', '2026-07-12T09:00:00Z', 'Dovik holds on as motion fails', [
        'The Norland government survived a confidence vote on Tuesday as lawmakers rejected an opposition motion against Prime Minister Marten Dovik by 81 to 69.',
        'Students blocked roads in Veldor, where the law is unpopular.',
      ]),
    ];
    const points = pointsOf(vote);
    expect(points.filter((text) => /survived a (?:no-)?confidence vote/.test(text))).toHaveLength(1);
    expect(points.filter((text) => /blocked roads/.test(text))).toHaveLength(2);
  });

  it('keeps a sentence that does something else to the same subject', () => {
    const gunman = [
      doc('g1', 'Veldor Post', '2026-07-07T08:00:00Z', 'Gunman kills five in Osk market', [
        'A gunman killed five people at a market in Osk on Monday before fleeing in a stolen car.',
        'The gunman was killed by police at a roadblock outside the town two hours later.',
      ]),
      doc('g2', 'Meridian Ledger', '2026-07-07T09:00:00Z', 'Five dead in Osk market shooting', [
        'Five people were shot dead at a market in Osk on Monday, police said.',
        'Officers set up roadblocks on every road out of the town.',
      ]),
    ];
    const points = pointsOf(gunman);
    expect(points.some((text) => /gunman was killed by police/.test(text))).toBe(true);
  });
  it('introduces the main event once when several outlets open on it, and keeps another one introduced', () => {
    const storm = [
      doc('c1', 'Veldor Post', '2026-07-13T06:00:00Z', 'Cyclone hits Norland coast', [
        'A cyclone came ashore on the Norland coast late on Sunday with winds of 160 km/h, and thousands of people spent the night in school halls.',
        'Ferries between Osk and Veldor were cancelled.',
      ]),
      doc('c2', 'Meridian Ledger', '2026-07-13T07:00:00Z', 'Cyclone weakens over Norland', [
        'A cyclone weakened into a tropical storm after making landfall on the Norland coast on Sunday night, bringing heavy rain to the hills above Osk.',
        'A second storm is forming over the gulf and could reach the coast by Friday, forecasters said.',
      ]),
      doc('c3', 'Northern Herald', '2026-07-13T08:00:00Z', 'Norland discovery', [
        'A compound made by a fungus found in Norland bogs killed drug-resistant strains of two bacteria in lab dishes, researchers reported.',
      ]),
      doc('c4', 'Coastal Tribune', '2026-07-13T09:00:00Z', 'Bog fungus yields new antibiotic', [
        'A molecule produced by a fungus living in bog soil kills several drug-resistant germs, researchers in Veldor reported on Sunday.',
      ]),
    ];
    const points = pointsOf(storm);
    expect(points.filter((text) => /^A cyclone/.test(text))).toHaveLength(1);
    expect(points.filter((text) => /^A (?:compound|molecule)/.test(text))).toHaveLength(1);
    expect(points.some((text) => /^A second storm/.test(text))).toBe(true);
  });
  it('gives a count two openings share once, and a step a description points back to once', () => {
    const court = [
      doc(
        'j1',
        'Harbour Times',
        '2026-12-02T10:00:00Z',
        'Former mayor of Tessaly jailed for seven years over bribes',
        [
          'By Anna Kormos, Courts Correspondent',
          'Updated 10:32 a.m. ET, Wed December 2, 2026',
          'A former mayor of Tessaly was sentenced to seven years in prison on Wednesday for taking bribes from builders in exchange for planning permits.',
          'Judge Miriam Osei said Pavel Grint had "sold the city piece by piece" during his two terms.',
          'He had denied all charges.',
          'Pavel Grint arrives at court in Tessaly on Wednesday. (Photo: Lena Berg/Harbour Times)',
          'Sign up for our Morning Courts newsletter and never miss a verdict.',
          'Prosecutors said Grint received at least 2.4 million euros between 2018 and 2024.',
          'Read more: How Tessaly’s building boom turned sour',
        ],
      ),
      doc('j2', 'Continental Wire', '2026-12-02T11:00:00Z', 'Ex-Tessaly mayor gets 7 years for corruption', [
        'TESSALY (CW) — Pavel Grint, who ran Tessaly for eight years, was jailed for seven years on Wednesday after a court found him guilty of accepting bribes worth 2.4 million euros.',
        'Grint, 61, showed no emotion as the sentence was read.',
        'His lawyer, Tomas Hald, said he would appeal.',
        '“We believe the court ignored key evidence,” Hald told reporters.',
        'Three builders were given suspended sentences.',
        '© 2026 Continental Wire. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
      ]),
      doc('j3', 'Evening Standardbearer', '2026-12-02T12:30:00Z', 'Tessaly ex-mayor Grint sentenced', [
        'The former mayor of the port city of Tessaly will spend seven years behind bars for corruption, a court ruled on Wednesday.',
        'Share this article',
        'Copy link',
        'The court said the bribes were paid in cash and through a consultancy owned by Grint’s nephew.',
        'It is the longest sentence handed to a Tessaly official in modern times.',
        'Anna Kormos is the Harbour Times courts correspondent. She has covered the Grint trial since 2024.',
      ]),
    ];
    expect(pointsOf(court).filter((text) => /\bseven years\b/.test(text))).toHaveLength(1);
    const profit = [
      doc('f1', 'Capital Post', '2026-07-14T12:00:00Z', 'Brenna Foods shares slide', [
        'Shares in Brenna Foods fell 8% on Tuesday after the chocolate maker cut its annual profit forecast again, blaming record cocoa prices.',
        'Net income dropped to 412 million crowns in the quarter.',
      ]),
      doc('f2', 'Lowlands Herald', '2026-07-14T13:00:00Z', 'Brenna Foods profit falls', [
        'Brenna Foods will raise the price of its chocolate bars by 9% in January, the company said on Tuesday.',
        'The company cut its full-year forecast for the second time this year.',
      ]),
    ];
    expect(pointsOf(profit).filter((text) => /\bcut its\b/.test(text))).toHaveLength(1);
  });
  it('reads the subject past a title and a full name, and a verb that ends the sentence', () => {
    const obituary = [
      doc(
        'm1',
        'Veldor Post',
        '2026-07-15T09:00:00Z',
        'Mara Tell, Norland’s first female president, dies at 88',
        [
          'Mara Tell, who became Norland’s first female president in 1991 and led it through a painful transition to democracy, has died.',
          'Tell served two terms and later led the country’s truth commission.',
        ],
      ),
      doc('m2', 'Meridian Ledger', '2026-07-15T10:00:00Z', 'Former Norland president Tell dies', [
        'VELDOR (ML) — Former Norland President Mara Tell died on Tuesday at the age of 88, her family said.',
        'President Ines Caro declared three days of national mourning.',
      ]),
    ];
    expect(pointsOf(obituary).filter((text) => /\b(?:has )?died\b/.test(text))).toHaveLength(1);
  });
  it('drops a count of the missing that a newer report gives differently, shown or not', () => {
    const flood = [
      doc('w1', 'Veldor Post', '2026-07-18T08:00:00Z', 'Floods kill 12 in northern Norland', [
        'At least 12 people were killed when flash floods swept through villages in northern Norland on Saturday, officials said.',
        'Rescuers were searching for 30 people still missing.',
        'The floods followed three days of torrential rain.',
      ]),
      doc('w2', 'Meridian Ledger', '2026-07-19T09:00:00Z', 'Norland flood toll rises to 31', [
        'OSK (ML) — The death toll from flash floods in northern Norland rose to 31 on Sunday as rescuers recovered more bodies from collapsed homes, the interior ministry said.',
        'Nineteen people are still missing.',
        'More than 4,000 people have been moved to temporary shelters.',
        'Interior Minister Rafa Oort said the army had been deployed to help.',
      ]),
      doc(
        'w3',
        'Northern Herald',
        '2026-07-19T15:00:00Z',
        'Norland declares emergency as flood deaths mount',
        [
          'Norland declared a state of emergency in three northern provinces on Sunday after floods that have killed at least 31 people.',
          'President Ines Caro, who cut short a visit to Geneva, said the government would pay for the reconstruction of every destroyed home.',
          'Meteorologists warned that more rain was expected on Tuesday.',
        ],
      ),
    ];
    expect(pointsOf(flood).some((text) => /\b30 people still missing\b/.test(text))).toBe(false);
  });
});
