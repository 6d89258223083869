import { openingOf, sameEvent, sameEventGroups } from '../../src/edition/same-event';
import type { ContentDoc, StorySummary } from '../../src/shared/types';
import { summarizeStory } from '../../src/summarize';
import { headlineFromText } from '../../src/summarize/headline-text';
import { prepareArticles } from '../../src/summarize/prepare';
import { type Standalone, standaloneOf } from '../../src/summarize/standalone';
import { buildStoryModel } from '../../src/summarize/story-model';
import { doc, storySummary } from './fixture-doc';

// Stories of fictional places and people, shaped like real reports (docs/summarization.md):
// pronoun-led sentences, quotes, wire copy carried word for word, a story told over two days.

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
  const summary = summarizeStory(KORVIN, { maxPoints: 5 });

  it('opens no point with a pronoun whose referent is not named in it', () => {
    expect(summary.points.length).toBeGreaterThanOrEqual(2);
    for (const point of summary.points) expect(point.text).not.toMatch(PRONOUN);
  });

  it('shows a quote only with its named speaker', () => {
    for (const point of summary.points.filter((p) => /[“"]/.test(p.text))) {
      expect(point.text).toMatch(/Korvin|Reyl/);
    }
  });

  /** Each sentence of one untitled article as a point reads on its own (standalone.ts), or null. */
  const points = (paragraphs: string[]): (Standalone | null)[] => {
    const model = buildStoryModel(
      prepareArticles([doc('one', 'Veldor Post', '2026-05-12T14:00:00Z', '', paragraphs)]),
    );
    return model.sentences.map((_, index) => standaloneOf(model, index));
  };
  const shown = (paragraphs: string[]): (string | null)[] =>
    points(paragraphs).map((point) => point?.text ?? null);

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

  it('names the holder of a role written as initials ("the CS said")', () => {
    const [, quote] = shown([
      'Cabinet Secretary Joseph Mwangangi said the cost would be met from the fuel levy.',
      '“This is not a subsidy, it is a pause,” the CS said.',
    ]);
    expect(quote).toMatch(/the CS, Mwangangi, said/);
  });

  it('gives "said the Uzbek minister" to the minister the qualifier points to, and to nobody when it points to none', () => {
    const signed =
      'The agreement was signed by the two countries’ ministers, Dana Abenova of Kazakhstan and Bakhtiyor Rakhmatov of Uzbekistan.';
    const [, uzbek] = shown([
      signed,
      '“Water must unite our peoples, not divide them,” said the Uzbek minister.',
    ]);
    expect(uzbek).toMatch(/divide them,” said the Uzbek minister, Rakhmatov\.$/);
    const [, kazakh] = shown([
      signed,
      '“Our farmers will know in February what they get in July,” the Kazakh minister said.',
    ]);
    expect(kazakh).toMatch(/the Kazakh minister, Abenova, said/);
    const [, neither] = shown([signed, '“This is a good day for the region,” said the Turkmen minister.']);
    expect(neither).toBeNull();
  });

  it('drops a pronoun that a link word hides ("But they added…") and a prompt to read on', () => {
    const [, linked, contracted, readOn] = shown([
      'Carinth’s ministers met the unions in Veldor on Tuesday to discuss the port strike.',
      'But they added that no formal offer had been made to the dockworkers so far.',
      'But it’s also possible that the strike will spread to the airports next week.',
      'Read on for the reactions of Tomas Reyl, Alda Korvin, the shipping lines and others.',
    ]);
    expect(linked).toBeNull();
    expect(contracted).toBeNull();
    expect(readOn).toBeNull();
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
    expect(korea).toMatch(/records,” Kang said\.$/);
  });

  it('reads the head of a description past its numbers and words such as "other"', () => {
    const model = buildStoryModel(
      prepareArticles([
        doc('h', 'Veldor Post', '2026-07-25T10:00:00Z', 'Carinth army frees 14 bus hostages', [
          'Soldiers freed 14 of the 20 bus passengers abducted in northern Carinth on Monday, the army said.',
          'The six other hostages are still being held, army spokesman Col. Idris Baba said.',
        ]),
      ]),
    );
    expect(standaloneOf(model, 1)?.needs).toBe('hostag');
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

  it('never reads a pronoun as the person its own sentence names, nor as the spokesman of a role subject', () => {
    const [, identified] = shown([
      'The man was detained at Veldor airport as he was about to board a flight, police spokesman Lukas Brandl said.',
      'He was identified from DNA found on a glove left on the scaffolding, Brandl said.',
    ]);
    expect(identified).toBeNull();
  });

  it('reads a sentence led by a description ("The 41-year-old died…") as naming someone, so a pronoun after it is no one named further back', () => {
    const [, , , death] = shown([
      'Musician Brad Fischetti is mourning the death of his band mate Devin Lima.',
      'Fischetti continued, “Devin was an extraordinary talent and a doting father.”',
      'The 41-year-old died on Wednesday after a yearlong battle with cancer.',
      'His death comes eight years after band mate Rich Cronin died at age 36.',
    ]);
    expect(death).toBeNull();
  });

  it('reads names as news writes them: long titles, "Secretary of State", "al-", "Sr.", possessives, and no titles of things', () => {
    const [, moallem, , clinton, , kunz, , rivlin] = shown([
      'As the toll climbs, Syrian Foreign Minister Walid Moallem vowed to defend his country.',
      '“We will defend our sovereignty and independence,” he told reporters.',
      'In Washington, US Secretary of State Hillary Clinton has said that President Bashar al-Assad fits the definition of a war criminal.',
      'She told a Senate hearing that an argument could be made for charging the Syrian leader.',
      'DeOrr Kunz Sr. says the search for his son was suspended.',
      'He believes his son is no longer on the mountain.',
      'Rivlin’s office quotes the letter as saying the court overstated his role.',
      '“I was not a responsible leader,” he adds.',
    ]);
    expect(moallem).toMatch(/,” Moallem told reporters\.$/);
    expect(clinton).toMatch(/^Clinton told a Senate hearing/);
    expect(kunz).toMatch(/^Kunz believes/);
    expect(rivlin).toBeNull();
    const [, , delaware, , , infamous, , leeuwenhoek] = shown([
      'Cara Longacre was in a master’s programme at the University of Pennsylvania.',
      'When she signed her Miss Delaware contract, she notified both groups.',
      'Now that she has been stripped of her title, she is unsure if they will take her back.',
      'The remix comes from the duo’s second album, The Infamous, for the show.',
      'Critics loved the album.',
      'He thrives on the classic New York hip-hop sound.',
      'Cloth was the business of Antoni van Leeuwenhoek, but microscopy his passion.',
      'He’d had five children already by his first wife.',
    ]);
    expect(delaware).toMatch(/^Now that she has been stripped of her title, Longacre is unsure/);
    expect(infamous).toBeNull();
    const [, started] = shown([
      'Last summer, Business Insider spoke with the 21-year-old founder of Oculus, Palmer Luckey, about how he came up with the device.',
      'He got started at a young age, tinkering with all kinds of headsets.',
    ]);
    expect(started).toMatch(/^Luckey got started/);
    expect(leeuwenhoek).toBeNull();
  });

  it('never takes a name from a line in Title Case, nor a name that only owns what follows', () => {
    const [, , shocked, , , declined] = shown([
      'Michelle Obama gave an interview to iVillage on Tuesday.',
      'Kardashian Fam Shocked by Obama Diss on Reality Show.',
      'The family read the interview, in which she said, “Barack does not like it when the girls watch that show.”',
      'Enoch Peinovich ran a podcast for years.',
      'Peinovich’s downfall began in December when a vlogger named Mike Cernovich hinted at a scandal.',
      'He declined to say who he meant.',
    ]);
    expect(shocked).toBeNull();
    expect(declined).toMatch(/^Cernovich declined/);
  });

  it('never takes a name inside a quotation for the speaker a pronoun stands for', () => {
    const [, said] = shown([
      '“Lena Ortiz could have been me 30 years ago,” Mr. Ruud said at the memorial on Friday.',
      'He said there are “very few people in this town who have not felt that fear at night.”',
    ]);
    expect(said).toMatch(/^Ruud said there are/);
  });

  it('never reaches past someone the sentence before names, even as an object, and reads "spokeswoman" as she', () => {
    const opening = 'Bryan Voss, 24, was found dead at his home in Serdova on Thursday, prosecutors said.';
    const statement =
      '“No signs of foul play were found at the scene,” Petra Lind, a spokeswoman for the prosecutor, said in a statement.';
    const [, , , charged] = shown([
      opening,
      statement,
      'A grand jury issued six indictments against Voss on November 19.',
      'He was charged with calling in a bomb threat and making a false police report.',
    ]);
    expect(charged).toBeNull();
    const [, , chargedNext] = shown([
      opening,
      statement,
      'He was charged with calling in a bomb threat and making a false police report.',
    ]);
    expect(chargedNext).toMatch(/^Voss was charged/);
  });

  it('names the referent of a pronoun after a short opening without a comma, and drops a source told by "it said"', () => {
    const [, , checked, since, water] = shown([
      'Carl Reyes, a student at Serdova University, was found safe on Friday, police said.',
      'His girlfriend, Daisha Lind, said she was supposed to meet him on campus on Wednesday.',
      'When she and friends checked his apartment they found some clothes missing.',
      'Since then he has told police he does not remember where he was.',
      'Water surrounded the buildings at the plant, it said in a statement.',
    ]);
    expect(checked).toMatch(/^When Lind and friends checked/);
    expect(since).toBeNull();
    expect(water).toBeNull();
  });

  it('names who told a sentence ending "…, he added." from the sentences before, and leaves one its own sentence names', () => {
    const [, , stains, woke] = shown([
      'Arnold Demoski told Channel 2 News that he struck the teams with his snowmobile.',
      'He checked his snowmobile the next morning and knew he had done it.',
      'The snowmobile was missing a part and had rust-colored stains, he said.',
      'When Ana Stinson woke up in the park, her son was gone, she told police.',
    ]);
    expect(stains).toMatch(/rust-colored stains, Demoski said\.$/);
    expect(woke).toMatch(/she told police\.$/);
    const [, slept] = shown([
      'Arnold Demoski told Channel 2 News that he struck the teams with his snowmobile.',
      'He did not know what had happened until sleeping off a night of drinking, he said.',
    ]);
    expect(slept).toBe(
      'Demoski did not know what had happened until sleeping off a night of drinking, he said.',
    );
  });

  it('names the firm a quote says "the company" said, from the sentence before that names it speaking', () => {
    const [, regret, , spokesman] = shown([
      'Valmonte said the leak at its Las Lomas plant was contained within 40 minutes.',
      '“We deeply regret this incident,” the company said in a statement.',
      'Company spokesman Diego Arce said the pipeline would stay shut.',
      '“We are working with the authorities,” the company said.',
    ]);
    expect(regret).toMatch(/,” Valmonte said in a statement\.$/);
    expect(spokesman).toMatch(/,” the company said\.$/);
  });

  it('never takes a plural noun opening the sentence before ("Senators voted…") for the firm that speaks', () => {
    const [, welcome] = shown([
      'Senators voted 27 to 16 for the Halvard concession, which now goes to the Chamber of Deputies.',
      'In a statement, the company said it “welcomes the confidence shown by the Senate” and looked forward to the debate.',
    ]);
    expect(welcome).toMatch(/^In a statement, the company said it/);
  });

  it('drops "That …" and "This time, …", which point back to what the reader has not seen', () => {
    const [, coup, time] = shown([
      'The film Harbour Lights passed 1 billion dollars at the box office on Sunday, its studio said.',
      'That coup let the film squeak past the previous record of 19 days.',
      'This time, the aide was discussing a video the studio shared of the premiere.',
    ]);
    expect(coup).toBeNull();
    expect(time).toBeNull();
    const [, first, unclear] = shown([
      'Ghana raised its fuel levy by 20 pesewas a litre in the 2027 budget on Wednesday.',
      'It is the first increase in fuel taxes since 2023.',
      'It is unclear whether parliament will approve the levy.',
    ]);
    expect(first).toBeNull();
    expect(unclear).toBe('It is unclear whether parliament will approve the levy.');
    const [, money, seem] = points([
      'The government moved 3.6 billion dollars of seized drug money to the border fund on Friday.',
      'That money is in a separate category because it never belonged to taxpayers.',
      'That may seem like a lot, but the wall will cost far more.',
    ]);
    expect(money?.needs).toBe('money');
    expect(seem).toBeNull();
  });

  it('reads a description of a person by names or an age as needing a referent, not one of an institution', () => {
    const needs = points([
      'The Valmora Illustrated swimsuit model, 23, and the Serdova Tigers pitcher have been together three years.',
      'The 25-year-old Ukrainian journalist somehow made his way onto the red carpet in Serdova on Saturday.',
      'The 41-year-old died on Wednesday after a yearlong battle with cancer.',
      'The Korvin administration reaffirmed its decision on Wednesday.',
    ]).map((point) => point?.needs ?? null);
    expect(needs.slice(0, 3).every((need) => need !== null)).toBe(true);
    expect(needs[3]).toBeNull();
  });

  it('reads a description whose phrase is itself bare ("The cause of the fire…") as needing its head, not one a name or a measure completes', () => {
    const needs = points([
      'The tower on the hill behind the school has been dark ever since.',
      'The cause of the fire, which was discovered on Sunday, is under investigation.',
      'The former mayor of Tessaly said on Monday he would run again.',
      'The number of people in the shelters rose to 4,300 on Tuesday.',
      'The main ingredient in the tablets was chalk, the court heard.',
    ]).map((point) => point?.needs ?? null);
    expect(needs).toEqual(['tower', 'caus', null, null, 'ingredi']);
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
  const summary = summarizeStory(KORVIN, { maxPoints: 5 });

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

  it('knows a copy restyled to its outlet\'s figures and dates ("percent" for "%", "on Dec 13" for "on Sunday") as the wire\'s text', () => {
    const wire = [
      'CAIRO/VELDOR (PWS) — Carinth’s central bank cut its deposit rate to 18.75% and its lending rate to 19.75% on Sunday.',
      'Urban inflation eased to 11.9% in November from 12.6% in October, and core inflation to 10.2% from 10.9%.',
      'Analysts had expected a cut of 1.5% and the pound was little changed, while yields fell 0.4% to 21.3%.',
    ];
    // The reprints drop the wire's dateline too, as a restyling outlet does: only the text tells.
    const restyle = (unit: string): string[] =>
      wire.map((line) =>
        line
          .replace('CAIRO/VELDOR (PWS) —', 'Cairo —')
          .replace('on Sunday', 'on Dec 13')
          .replace(/(\d)%/g, `$1 ${unit}`),
      );
    const copies = [
      doc('pws', 'Pacific Wire Service', '2026-12-06T16:00:00Z', 'Carinth cuts rates', wire),
      doc(
        'post',
        'Savanna Post',
        '2026-12-06T18:00:00Z',
        'Carinth cuts rates as inflation eases',
        restyle('percent'),
      ),
      doc(
        'times',
        'Straits Times',
        '2026-12-06T19:00:00Z',
        'Carinth central bank cuts rates',
        restyle('per cent'),
      ),
    ];
    const summary = summarizeStory(copies, { maxPoints: 5 });
    expect(summary.reportCount).toBe(1);
    expect(summary.sources.find((source) => source.outlet === 'Savanna Post')?.via).toBe(
      'Pacific Wire Service',
    );
  });

  it('reads a dated dateline and a wire\'s initials taken from inside its name ("ANW", Atlas Newswire)', () => {
    const wire = [
      'VELDOR, 7 December 2026 (ANW) – Police in Veldor on Monday arrested a man suspected of taking part in the theft of a diamond tiara from the Lindenau Palace Museum.',
      'The man was detained at the airport as he was about to board a flight to Istanbul, police spokesman Lukas Brandl said.',
      'The tiara, made in the 1850s for an archduchess, has not been found, and a second man is still being sought.',
    ];
    const summary = summarizeStory(
      [
        doc('anw', 'Atlas Newswire', '2026-12-07T10:00:00Z', 'Police arrest man over museum heist', wire),
        doc(
          'ges',
          'Gulf Evening Star',
          '2026-12-07T12:00:00Z',
          'Man held over Veldor tiara theft',
          wire.map((line) => line.replace('VELDOR, 7 December 2026 (ANW) – ', '')),
        ),
      ],
      { maxPoints: 5 },
    );
    expect(summary.reportCount).toBe(1);
    expect(summary.sources.find((source) => source.outlet === 'Gulf Evening Star')?.via).toBe(
      'Atlas Newswire',
    );
  });

  it('takes a place set apart on its own line ("DAKAR") for a dateline, not a wire', () => {
    const own = doc(
      'frn',
      'Frontline Relief News',
      '2026-12-11T10:00:00Z',
      'Aid workers kidnapped in Niger',
      [
        'DAKAR',
        'Gunmen kidnapped five aid workers in western Niger near the border with Mali, the aid group they work for said on Friday.',
        'The group said it had suspended its work in the region.',
      ],
    );
    expect(summarizeStory([own], { maxPoints: 5 }).sources[0]?.via).toBeNull();
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
    expect(summarizeStory(own, { maxPoints: 5 }).reportCount).toBe(4);
  });
});

describe('a description the reader can place', () => {
  it('shows "The company …" only after the headline or a point names a company, however many articles say it', () => {
    const recall = [
      doc(
        'w1',
        'Pacific Wire Service',
        '2026-12-05T09:00:00Z',
        'Carinth’s Velt recalls 310,000 scooters over battery fires',
        [
          'Carinth’s Velt Motors said on Saturday it would recall about 310,000 of its electric scooters after a series of battery fires.',
          'The company said at least 14 fires had been reported since June and that it had traced the fault to cells from one supplier.',
          'Velt will replace battery packs free of charge from December 14.',
        ],
      ),
      doc('w2', 'Veldor Post', '2026-12-05T11:00:00Z', 'Velt scooter recall hits 310,000 vehicles', [
        'Velt Motors is recalling 310,000 scooters after battery fires, the biggest such recall in Carinth.',
        'The company said owners should stop charging their scooters overnight until they are inspected.',
        'Shares in Velt fell 4% in early trading in Veldor.',
      ]),
      doc(
        'w3',
        'Meridian Ledger',
        '2026-12-05T12:00:00Z',
        'Battery fires force Velt into huge scooter recall',
        [
          'Battery fires have forced Velt Motors to recall 310,000 electric scooters, the Carinth carmaker said on Saturday.',
          'The company said no one had been seriously hurt in any of the fires.',
          'Regulators had asked Velt for an explanation last week.',
        ],
      ),
    ];
    const points = summarizeStory(recall, { maxPoints: 5 }).points.map((point) => point.text);
    points.forEach((text, i) => {
      if (/^The company\b/.test(text))
        expect(points.slice(0, i).some((earlier) => /\bcompany\b/i.test(earlier))).toBe(true);
    });
    expect(points.length).toBeGreaterThanOrEqual(3);
  });
});

describe("a description the articles set beside the headline's name", () => {
  it('places "The airline said…" under "Nordvik Air cancels…" when a title writes "Scandinavian airline Nordvik"', () => {
    const strike = [
      doc(
        'l',
        'Northern Ledger',
        '2026-12-05T08:00:00Z',
        'Nordvik Air cancels 300 flights as cabin crew strike',
        [
          'Nordvik Air cancelled more than 300 flights across Scandinavia on Saturday as cabin crew began a three-day strike over pay.',
          'The strike disrupted travel for about 40,000 passengers, the union said.',
        ],
      ),
      doc(
        'h',
        'Harbour Times',
        '2026-12-05T08:30:00Z',
        'Nordvik Air cancels flights as cabin crew strike over pay',
        [
          'Nordvik Air cancelled more than 300 flights on Saturday as cabin crew began a strike over pay.',
          'Passengers were told to check the company website before travelling.',
        ],
      ),
      doc(
        'p',
        'Pacific Wire Service',
        '2026-12-05T09:00:00Z',
        'Scandinavian airline Nordvik grounds flights',
        [
          'Nordvik cancelled hundreds of flights on Saturday as its cabin crew walked out over pay.',
          'The airline said it had offered a 6% raise and called the strike disproportionate.',
        ],
      ),
    ];
    const points = summarizeStory(strike, { maxPoints: 5 }).points.map((point) => point.text);
    expect(points.some((text) => /^The airline said it had offered/.test(text))).toBe(true);
  });
});

describe('a person the reader can place', () => {
  it('reads a surname after a comma as written alone ("in Boa Vista, Arruda said"), and "Most of it…" as leaning', () => {
    const model = buildStoryModel(
      prepareArticles([
        doc('one', 'Veldor Post', '2026-05-12T14:00:00Z', '', [
          'President Tomas Arruda announced the measures in Boa Vista, a city near the border.',
          'Speaking at an air force base in Boa Vista, Arruda said whoever bought the gold was financing the poisoning of rivers.',
          'Most of it is flown out of the forest on small planes that use clandestine airstrips, the police said.',
        ]),
      ]),
    );
    expect(standaloneOf(model, 1)?.needs).toBe('arruda');
    expect(standaloneOf(model, 2)).toBeNull();
  });

  it('shows a point naming someone by surname alone only after the headline or a point names them', () => {
    const release = [
      doc('m', 'Meridian Press', '2026-12-12T10:00:00Z', 'Two kidnapped aid workers freed in Carinth', [
        'Two drivers kidnapped with three foreign colleagues in western Carinth this week have been released, officials said on Saturday.',
        'The regional governor, Col. Issoufou Garba, told reporters in Veldor that no ransom had been paid for the two men.',
        'Garba said local community leaders had helped secure the drivers’ release after two days of talks.',
        'The three foreign aid workers, a French woman, a Canadian man and a Senegalese man, are still being held.',
      ]),
    ];
    const points = summarizeStory(release, { maxPoints: 5 }).points.map((point) => point.text);
    points.forEach((text, i) => {
      if (/^Garba said/.test(text))
        expect(points.slice(0, i).some((earlier) => /Issoufou Garba/.test(earlier))).toBe(true);
    });
    expect(points.length).toBeGreaterThanOrEqual(2);
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
    const summary = summarizeStory([...dayOne, ...dayTwo], { maxPoints: 5 });
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
    expect(summarizeStory(outage, { maxPoints: 5 }).points[0]?.text).toMatch(/^A failure at Nimbus/);
  });

  it('makes a headline from the lead point when no article has a title', () => {
    const untitled = [...dayOne, ...dayTwo].map((article) => ({ ...article, title: '' }));
    const summary = summarizeStory(untitled, { maxPoints: 5 });
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
    expect(summarizeStory(story, { maxPoints: 5 }).headline).toBe(
      'Norland business confidence steadies in November',
    );
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
  const story = (headline: string, lead: string): StorySummary => storySummary(headline, [lead]);
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
    const world = (summary: StorySummary) => ({ section: 'world', summary });
    expect(sameEvent(world(korvinA), world(korvinB))).toBe(true);
    expect(sameEvent(world(korvinA), world(korvinSpeech))).toBe(false);
    expect(sameEvent(world(korvinA), world(fire))).toBe(false);
    const groups = sameEventGroups([
      { section: 'world', summary: korvinA },
      { section: 'world', summary: fire },
      { section: 'world', summary: korvinB },
      { section: 'business', summary: korvinB },
    ]);
    expect(groups).toContainEqual([0, 2]);
    expect(groups.flat()).toHaveLength(4);
  });

  it('groups stories that give the same count of the same thing and share two names up front', () => {
    const withPoints = storySummary;
    const wire = withPoints('A strike in Veldor hits a Carinth miner', [
      "Talks to end a strike at Halvorsen Copper's Nsansa mine in Veldor broke down on Wednesday.",
      'About 3,200 workers at the Nsansa mine walked off the job on Monday night.',
    ]);
    const agency = withPoints('Government calls for calm, urges dialogue at Nsansa Mine', [
      'Government has called for calm at Nsansa Mine and urged Halvorsen Copper Limited and its workers to resolve their wage dispute.',
      'The minister said the strike by about 3,200 workers has affected production.',
    ]);
    const ruling = withPoints('Court orders Halvorsen to pay villagers over Nsansa spill', [
      'A court ordered Halvorsen Copper to pay $38 million to villagers over an acid spill from its Nsansa mine.',
      'The spill released about 50,000 cubic metres of acidic water in 2024.',
    ]);
    const world = (summary: StorySummary, opening?: ReturnType<typeof openingOf>) => ({
      section: 'world',
      summary,
      opening,
    });
    expect(sameEvent(world(wire), world(agency))).toBe(true);
    // One actor's other event: the same names, no count in common.
    expect(sameEvent(world(wire), world(ruling))).toBe(false);

    // The agency's count only in a sentence no point shows (it opens with "He"): its article's
    // opening still counts it; the same sentence late in a long article does not.
    const shown = withPoints(agency.headline, [agency.points[0]?.text ?? '']);
    const body = (filler: number) =>
      [
        'Government has called for calm at Nsansa Mine and urged Halvorsen Copper Limited and its workers to resolve their wage dispute.',
        ...Array.from(
          { length: filler },
          (_, i) => `The minister met union leaders in Lusaka for talks number ${i + 1}.`,
        ),
        'He said the strike by about 3,200 workers has affected production.',
      ].join('\n\n');
    expect(sameEvent(world(wire), world(shown))).toBe(false);
    expect(sameEvent(world(wire), world(shown, openingOf([{ title: shown.headline, text: body(2) }])))).toBe(
      true,
    );
    expect(sameEvent(world(wire), world(shown, openingOf([{ title: shown.headline, text: body(8) }])))).toBe(
      false,
    );
  });
});
