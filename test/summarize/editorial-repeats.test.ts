import type { ContentDoc } from '../../src/shared/types';
import { summarizeStory } from '../../src/summarize';
import { shownPoint } from '../../src/summarize/clauses';
import { prepareArticles } from '../../src/summarize/prepare';
import { repeatsShown, restatesShown } from '../../src/summarize/repeats';
import { restatesRoughCount } from '../../src/summarize/rough-counts';
import { heldInUnion } from '../../src/summarize/sentence-words';
import { buildStoryModel } from '../../src/summarize/story-model';
import { restatesToll } from '../../src/summarize/tolls';
import { doc } from './fixture-doc';

// The repeat rules of docs/summarization.md (step 8), on stories of fictional places and people
// shaped like real reports: the same fact told by several outlets in their own words.

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

  it('reads a toll past an abbreviation, from a spelled figure several words before "died", and after "bringing the toll to"', () => {
    // The second sentence of one article against the first, shown before it.
    const restates = (earlier: string, later: string): boolean =>
      restatesToll(
        buildStoryModel(
          prepareArticles([
            doc('t1', 'Harbour Wire', '2026-07-14T03:00:00Z', 'Toll rises', [earlier, later]),
          ]),
        ),
        1,
        [0],
      );
    expect(
      restates(
        "The death toll from a crane collapse at Averne Heavy Industries Co.'s Osk shipyard rose to three on Friday after an injured worker died in hospital.",
        'Three workers have now died after the jib crane failed while lifting a hull block on Wednesday.',
      ),
    ).toBe(true);
    expect(
      restates(
        'The disaster office says three more bodies have been recovered on Efate, bringing the confirmed death toll to 14.',
        'Cyclone Marah has killed 14 people in Vanuatu, according to the latest figures.',
      ),
    ).toBe(true);
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

  it('counts once what one report gave roughly and another exactly', () => {
    const storm = [
      doc('y1', 'Veldor Post', '2026-07-24T06:00:00Z', 'Typhoon makes landfall in Norland', [
        'A typhoon came ashore on the Norland coast late on Friday with winds of 150 km/h, and tens of thousands of people spent the night in shelters.',
      ]),
      doc('y2', 'Meridian Ledger', '2026-07-24T07:00:00Z', 'Typhoon weakens over Norland', [
        'The typhoon weakened into a tropical storm over the hills above Osk on Saturday morning.',
        'Authorities had moved more than 30,000 people to shelters before it arrived.',
      ]),
    ];
    const points = pointsOf(storm);
    expect(points.filter((text) => /shelters/.test(text))).toHaveLength(1);
  });
});

describe('the same news told twice in one cycle', () => {
  const heist = (secondAt: string): ContentDoc[] => [
    doc(
      't',
      'Daily Clarion',
      '2026-12-05T20:00:00Z',
      'Six-minute heist: thieves snatch tiara from Veldor palace',
      [
        'Masked raiders used builders’ scaffolding to break into a Veldor palace museum and snatch a priceless tiara in a heist that took less than six minutes.',
        'The heist has echoes of the 2003 theft of the Saliera, a golden salt cellar by the sculptor Aldo Verrin, from another Veldor museum.',
      ],
    ),
    doc('e', 'Euronova', secondAt, 'Tiara stolen from Veldor museum', [
      'Thieves broke into the Lindenau Palace Museum in central Veldor early on Saturday and escaped with a diamond tiara and a necklace, police said.',
      'In 2003, a thief stole Aldo Verrin’s golden salt cellar, the Saliera, from Veldor’s Museum of Art History; it was recovered three years later.',
    ]),
  ];
  const restated = (articles: ContentDoc[], index: number, shown: number): boolean =>
    restatesShown(buildStoryModel(prepareArticles(articles)), index, [shown]);

  it('reads a second opening of the same news cycle as the first told again in other words', () => {
    const openings = (secondAt: string): ContentDoc[] => [
      doc('r', 'Daily Clarion', '2026-12-05T20:00:00Z', 'Raiders snatch Habsburg tiara', [
        'Raiders smashed their way into Veldor’s Lindenau Palace Museum on Saturday and took the Habsburg tiara.',
      ]),
      doc('n', 'Euronova', secondAt, 'Tiara stolen from Veldor museum', [
        'Thieves broke into the Lindenau Palace Museum in central Veldor early on Saturday and escaped with the Habsburg tiara, police said.',
      ]),
    ];
    expect(restated(openings('2026-12-05T16:00:00Z'), 1, 0)).toBe(true);
    // A day and more apart, an opening is the next development, judged by the other rules.
    expect(restated(openings('2026-12-07T16:00:00Z'), 1, 0)).toBe(false);
  });

  it('reads the same dated fact about the same named things as one fact, whatever the details around it', () => {
    expect(restated(heist('2026-12-07T16:00:00Z'), 1, 3)).toBe(true);
  });
});

describe('a toll a newer report replaced', () => {
  it('reads "the number of people killed … rose to 17" as a toll, out of date beside a newer 23', () => {
    const story = [
      doc('old', 'Pacific Wire Service', '2026-12-11T12:00:00Z', 'Veldor bridge collapse toll rises to 17', [
        'The number of people killed when a section of an elevated highway collapsed during the evening rush hour in Veldor rose to 17 on Friday.',
      ]),
      doc('new', 'Heraldo Andino', '2026-12-13T12:00:00Z', 'Engineer arrested over Veldor bridge collapse', [
        'Police arrested the chief engineer of the builder on Sunday, three days after the collapse of the viaduct, which killed 23 people in Veldor.',
      ]),
    ];
    expect(repeatsShown(buildStoryModel(prepareArticles(story)), 0, [1])).toBe(true);
  });
});

describe('a count given once exactly and once with a bound', () => {
  it('reads "more than 400 Tamil Nadu fishermen" and "412 Indian fishermen" as one count, either way round', () => {
    const story = [
      doc('st', 'The Straits Chronicle', '2026-12-07T10:00:00Z', 'Navy arrests 23 fishermen', [
        'Nova Terra has arrested 412 Indian fishermen so far in 2026, according to figures from the Indian state of Tamil Nadu.',
      ]),
      doc('ds', 'The Deccan Sentinel', '2026-12-08T12:00:00Z', 'Fishermen held', [
        'With this, more than 400 Tamil Nadu fishermen have been arrested by Nova Terra this year, according to the State Fisheries Department.',
      ]),
    ];
    const model = buildStoryModel(prepareArticles(story));
    expect(restatesShown(model, 1, [0])).toBe(true);
    expect(restatesShown(model, 0, [1])).toBe(true);
  });

  it('reads "close to 400,000 households" and "396,000 households" as one count', () => {
    const story = [
      doc('alp', 'Agence Littorale', '2026-12-23T10:00:00Z', 'Minister under fire over blackout', [
        'Calls for the energy minister to resign grew on Wednesday after a substation fire left close to 400,000 households in Serdova without power or heating.',
      ]),
      doc('eq', 'Equinox News', '2026-12-23T11:00:00Z', 'Fire cuts heating in Serdova', [
        'A fire at a high-voltage substation cut electricity and heating to 396,000 households in Serdova on Wednesday, the grid operator said.',
      ]),
    ];
    const model = buildStoryModel(prepareArticles(story));
    expect(restatesShown(model, 1, [0])).toBe(true);
  });
});

describe('a count told in other words', () => {
  it('reads "hundreds of travellers are stuck" and "about 400 passengers were stranded" as one count', () => {
    const story = [
      doc('tr', 'Tasman Post', '2027-01-20T22:00:00Z', 'Kiwis stranded as airline collapses', [
        'Hundreds of travellers are stuck in Osk after regional carrier Veldor Air went into administration.',
      ]),
      doc('cw', 'Compass Wire', '2027-01-21T02:00:00Z', 'Veldor Air grounds fleet', [
        'About 400 passengers were stranded in Osk, where Veldor Air operates a seasonal service from Port Averne.',
      ]),
    ];
    const model = buildStoryModel(prepareArticles(story));
    expect(restatesRoughCount(shownPoint(model, 1), shownPoint(model, 0))).toBe(true);
    // Another count of the same people is another fact.
    const other = [
      story[0] as ContentDoc,
      doc('cw', 'Compass Wire', '2027-01-21T02:00:00Z', 'Veldor Air grounds fleet', [
        'About 400 passengers were flown home on Thursday on flights chartered by the government.',
      ]),
    ];
    const apart = buildStoryModel(prepareArticles(other));
    expect(restatesRoughCount(shownPoint(apart, 1), shownPoint(apart, 0))).toBe(false);
  });
});

describe('a fact told in words of one sense', () => {
  it('reads "scientists recorded the start of the spawning" as "spawning began, researchers said"', () => {
    const story = [
      doc('gd', 'Dispatch Radio', '2026-11-28T03:00:00Z', 'Coral spawning begins on the Osk reef', [
        'Coral on parts of the Osk reef began its annual mass spawning this week, researchers said, a hopeful sign after recent bleaching.',
      ]),
      doc('sc', 'Southern Chronicle', '2026-11-27T02:15:00Z', 'Coral spawning under way on the Osk reef', [
        'Scientists on Heron Island recorded the start of the annual coral spawning on Thursday night.',
      ]),
    ];
    expect(summarizeStory(story, { maxPoints: 8 }).points).toHaveLength(1);
  });
});

describe('a point a shown point already holds', () => {
  it('is not shown after the point that says it and more, whichever was chosen first', () => {
    const story = [
      doc('ks', 'Gulf Sentinel', '2026-12-23T09:00:00Z', 'Veldor suspends Ferrocap exports', [
        "Osk suspended the company's export permits on Tuesday over what it says are $142 million in unpaid royalties and a stalled refinery project.",
      ]),
      doc('st', 'Samachar Daily', '2026-12-23T10:00:00Z', 'Ferrocap shipments halted', [
        "The West African country on Tuesday halted the London-listed miner's shipments, saying it owed $142 million in royalties.",
      ]),
    ];
    const model = buildStoryModel(prepareArticles(story));
    expect(restatesShown(model, 1, [0])).toBe(true);
    expect(repeatsShown(model, 0, [1])).toBe(true);
  });
});

describe('a sentence the shown points hold between them', () => {
  it('is a repeat though no one point holds it', () => {
    const story = [
      doc('m', 'Meridian Wire', '2026-12-13T10:00:00Z', 'Unions call off strike', [
        'Unions in Veldor called off a general strike on Saturday, its third day, after the government agreed overnight to roll back part of a steep fuel price increase.',
        'Under the deal, the price of a liter of gasoline will fall to 790 francs from Monday, down from the 920 francs set on Dec. 1.',
      ]),
      doc('h', 'Harbour Gazette', '2026-12-13T12:00:00Z', 'Strike suspended after talks', [
        'The unions that had called the general strike suspended it after a night of talks with the government, which agreed to cut the price of gasoline to 790 francs a liter.',
      ]),
    ];
    const model = buildStoryModel(prepareArticles(story));
    expect(heldInUnion(model, 2, [0, 1])).toBe(true);
    expect(heldInUnion(model, 2, [0])).toBe(false);
    expect(repeatsShown(model, 2, [0, 1])).toBe(true);
  });
});
