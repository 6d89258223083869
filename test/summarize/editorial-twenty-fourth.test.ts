import { articleSentences } from '../../src/shared/text/article-text';
import { junkKind } from '../../src/shared/text/page-junk';
import { describesOutlet } from '../../src/shared/text/page-notes';
import { summarizeStory } from '../../src/summarize';
import { headlineFromText } from '../../src/summarize/headline-text';
import { creditedWire } from '../../src/summarize/wire-credit';
import { doc } from './fixture-doc';

// Shapes from the twenty-fourth round of labelled sets (test/fixtures/editorial-twenty-fourth).

describe('a long line with no verb', () => {
  it('is no point: a cause given as a fragment, past the short-line limit', () => {
    const report = doc(
      'r',
      'Velmar Power Desk',
      '2027-10-14T09:00:00Z',
      'Grid restored after substation fire',
      [
        'Power was restored across the capital and nine provinces by 9:50 p.m., more than 11 hours after a fire at a substation knocked out the southern grid, the state utility said.',
        'About 2.1 million customer accounts lost power during the outage, the utility said.',
        'A transformer fire at the GS-4 substation south of the capital, according to the state utility.',
        'Hospitals switched to generators, and no patients were harmed, the health ministry said.',
      ],
    );
    const points = summarizeStory([report], { maxPoints: 5 }).points.map((point) => point.text);
    expect(points).toContain(
      'Hospitals switched to generators, and no patients were harmed, the health ministry said.',
    );
    expect(points.some((point) => point.startsWith('A transformer fire at'))).toBe(false);
  });
});

describe('a group that tells of one person', () => {
  const page = (told: string) =>
    doc('live', 'Velmar Live', '2027-10-27T16:20:00Z', 'Floods in Velmar: evacuations rise to 460', [
      'The number of people evacuated from flooded homes in Velmar has risen to 460, the civil protection headquarters said.',
      'The harbourmaster called off the search for the night for a 63-year-old fisherman who went out on Tuesday night to secure his boat.',
      told,
      'Schools in Velmar and Trogor will stay closed on Wednesday and Thursday, the county said.',
    ]);
  it('does not tell of them as a point: the "he" is someone a sentence before described', () => {
    const told =
      'Neighbours told Velmar Live he had kept a small wooden boat in the harbour for more than 30 years.';
    const points = summarizeStory([page(told)], { maxPoints: 5 }).points.map((point) => point.text);
    expect(points).toHaveLength(2);
    expect(points).not.toContain(told);
  });
  it('while a person whose surname ends so tells of himself', () => {
    const story = doc(
      'mayor',
      'Velmar Live',
      '2027-10-27T16:20:00Z',
      'Floods in Velmar: evacuations rise to 460',
      [
        'The number of people evacuated from flooded homes in Velmar has risen to 460, the civil protection headquarters said.',
        'Mayor Tom Peters visited the flooded districts of Gomila and Sucur on Wednesday afternoon.',
        'Peters told reporters he had asked the government to send army trucks to clear the mud from the streets.',
      ],
    );
    const points = summarizeStory([story], { maxPoints: 5 }).points.map((point) => point.text);
    expect(points.some((point) => point.startsWith('Peters told reporters he had asked'))).toBe(true);
  });
});

describe("a page's own lines", () => {
  it.each([
    ["Hello and welcome to The Cave Mouth, I'm Tess Morrow.", 'transcript'],
    ['Renata Solórzano writes on politics and the economy every Sunday.', 'bio'],
  ])('are furniture: %s', (line, kind) => {
    expect(junkKind(line)).toBe(kind);
  });
  it('include the outlet telling what it charges', () => {
    expect(
      describesOutlet(
        'Pitch In Pacific charges no platform fee; payment processing fees apply.',
        'Pitch In Pacific',
      ),
    ).toBe(true);
    expect(describesOutlet('Pitch In Pacific raised $4,000 for the families.', 'Pitch In Pacific')).toBe(
      false,
    );
  });
});

describe("a forecast's fields in sentence case", () => {
  const page = [
    'Summary: A cold air mass from the north-east brings the first hard frosts of the season to the basin tonight.',
    'Velmar: tonight clear, minimum −6 °C; Saturday sunny, maximum 4 °C.',
    'Mostar: minimum 2 °C, bora gusts to 60 km/h.',
    'Good timing, at least: the utility says district heating is being switched on from this morning, four days late.',
    'Road conditions: black ice likely on the Igman and Ivan sedlo passes overnight.',
    'Air quality: poor in Velmar under the inversion; sensitive groups should limit time outdoors.',
  ].join('\n\n');
  it("are the page's, and its report is kept", () => {
    const kept = articleSentences(page).flat();
    expect(kept.some((sentence) => sentence.includes('district heating is being switched on'))).toBe(true);
    for (const field of ['Summary:', 'Mostar:', 'Road conditions:', 'Air quality:'])
      expect(kept.some((sentence) => sentence.startsWith(field))).toBe(false);
  });
  it('while a brief that labels its sentences keeps them', () => {
    const brief = [
      'Why it matters: Mejillones ships about 70% of the copper of the region.',
      'The big picture: Nine people are now dead after the storm.',
      'What is next: The port reopens on Monday.',
    ].join('\n\n');
    expect(articleSentences(brief).flat()).toHaveLength(3);
  });
});

describe("a record's numbered items", () => {
  it('lose their number, so the decision reads as a sentence', () => {
    const record = [
      'Conclusion 1: The Government approves the transfer of KM 25 million from the budget reserve to the heating utility.',
      'Conclusion 2: The Ministry of Education shall adjust the timetable of schools until heating is restored.',
    ].join('\n\n');
    expect(articleSentences(record).flat()).toEqual([
      'The Government approves the transfer of KM 25 million from the budget reserve to the heating utility.',
      'The Ministry of Education shall adjust the timetable of schools until heating is restored.',
    ]);
  });
});

describe('a firm written with its legal form', () => {
  it('is nobody a pronoun stands for', () => {
    const record = doc('rec', 'Velmar Record', '2027-11-02T18:00:00Z', 'Heating season postponed in Velmar', [
      'The Director of the Velmar heating utility informed the Government that the supplier Plinara Bosna d.o.o. had suspended gas deliveries over debts of KM 41.2 million.',
      'He stated that around 58,000 households and 1,900 business premises connected to the district network were without heating.',
      'Premier Amra Selimović stated that the citizens could not be made hostages of a dispute between two companies.',
    ]);
    const points = summarizeStory([record], { maxPoints: 5 }).points.map((point) => point.text);
    expect(points.some((point) => /Bosna stated/.test(point))).toBe(false);
  });
});

describe('an opening set long before, or a history told up to now', () => {
  it.each([
    'On a wet night in July 2024, a field team working below the highway in Velmar kept hearing a frog call that none of them could place.',
    'Plans for a deep-water port at Velmar Point have come and gone at least four times since the 1990s, usually with a foreign partner.',
  ])('does not lead: %s', (opening) => {
    const feature = doc('f', 'Velmar Weekly', '2027-10-29T09:00:00Z', '', [
      opening,
      'The Velmar assembly on Thursday approved a 50-year concession for a deep-water port and a new frog reserve.',
      'The concession holder is to start a seabed survey next month, the ministry said.',
    ]);
    expect(summarizeStory([feature], { maxPoints: 3 }).points[0]?.text).toMatch(/^The Velmar assembly/);
  });
  it('while a finding after a long search does', () => {
    const report = doc('r', 'Velmar Science', '2027-08-26T09:00:00Z', 'Olm eggs found in Velmar spring', [
      'Researchers have found what they had searched for since 2016: the eggs of the olm, in a spring in eastern Velmar.',
      'The eggs were found in water about 12 metres below the surface, the team said.',
    ]);
    expect(summarizeStory([report], { maxPoints: 3 }).points[0]?.text).toMatch(/^Researchers have found/);
  });
});

describe('a title in capitals', () => {
  it.each(['PRINT EDITION', 'THE WEEK IN VELMAR'])('heads nothing when it names its page: %s', (title) => {
    const page = doc('p', 'Velmar Ledger', '2027-10-29T09:00:00Z', title, [
      'The Velmar council closed the Zunda sports hall on Friday after part of its ceiling fell onto the court.',
      'Three people were hurt in the collapse on Wednesday evening, the fire service said.',
    ]);
    expect(summarizeStory([page], { maxPoints: 3 }).headline).toMatch(/^The Velmar council closed/);
  });
  it('heads the story when it tells something', () => {
    const page = doc('p', 'Velmar Ledger', '2027-10-29T09:00:00Z', 'VELMAR FERRY: ALL 63 ALIVE', [
      'All 63 people aboard a ferry that drifted for two days after its engine failed have been found alive, police said.',
      'A patrol boat reached it in the afternoon and took it under tow.',
    ]);
    expect(summarizeStory([page], { maxPoints: 3 }).headline).toBe('VELMAR FERRY: ALL 63 ALIVE');
  });
});

describe('lines out of a report', () => {
  const story = (lines: string[]) =>
    summarizeStory(
      [
        doc('t', 'Velmar Ledger', '2027-10-28T19:30:00Z', 'Velmar shrimp plant to close', [
          'The shrimp plant on Velmar harbour is to close after more than four decades, its owner said on Thursday.',
          'The company said the plant had been running at about 48% of capacity, and 85 jobs would go.',
          ...lines,
        ]),
      ],
      { maxPoints: 8 },
    ).points.map((point) => point.text);
  it.each([
    'January 2027 – The shrimp quota for the year is cut by a fifth off the west coast of Velmar.',
    'Oct 11, about 01:30 — A hillside gives way above the camp, burying dormitories where about 25 people are asleep.',
    '31 Oct · A builder from Nhlambeni has offered his labour for free to fix the roof of the school.',
    'Suspend the issuing of new concessions in areas claimed by villages until a law on land rights is passed.',
    'Here is how the closure of the plant unfolded.',
  ])('are no points: %s', (line) => {
    expect(story([line])).not.toContain(line);
  });
  it("include a timeline entry's second sentence", () => {
    const points = story([
      'Oct 13 — Fifteen dead, 10 missing. An online appeal for the families passes 400 million kip.',
    ]);
    expect(points.some((point) => point.includes('online appeal'))).toBe(false);
  });
  it.each([
    ['Payment processing fees apply.', 'notice'],
    ['Approved by the chair on 29 October 2027.', 'notice'],
  ])('and a page note is furniture: %s', (line, kind) => {
    expect(junkKind(line)).toBe(kind);
  });
});

describe("a chat group's exported messages", () => {
  it('are no report: a story of them alone has no points', () => {
    const chat = doc('chat', 'Velmar Neighbours (Viber community)', '2027-10-27T05:45:00Z', '', [
      'Pinned by admin · Velmar Neighbours · 1,284 members',
      '[26/10/2027 23:48] Admin Marko:',
      'Water coming over the wall of the torrent next to the bakery, do NOT park there!!',
      '[27/10/2027 01:15] Ivana S.:',
      'Power out in Luksic and Stari, anyone else? Whole street is dark here since midnight.',
      '[27/10/2027 07:20] Admin Marko:',
      'Civil protection just said on the radio it is about 180 people moved out of their homes so far.',
    ]);
    expect(summarizeStory([chat], { maxPoints: 3 }).points).toHaveLength(0);
  });
});

describe('a fundraising appeal', () => {
  const appeal = doc('a', 'Velmar Giving', '2027-11-01T09:00:00Z', 'Fix the roof at Velmar Primary School', [
    'E 23,450 raised of E 180,000 goal · 96 donors · 13%',
    'Donate now · Share',
    'Organiser: Nomsa Dlamini, Head Teacher, Velmar Primary School',
    'On Saturday afternoon a hailstorm took the roofs off four classrooms at the school in Velmar.',
    'Right now the Grade 6 and Grade 7 classes are learning under a tent lent by the church next door.',
    'Report this fundraiser',
  ]);
  it('gives no points: its organiser tells what befell them, no outlet reports it', () => {
    expect(summarizeStory([appeal], { maxPoints: 3 }).points).toHaveLength(0);
  });
  it("while a report's points stand beside it", () => {
    const report = doc('r', 'Velmar Post', '2027-11-01T07:00:00Z', 'Hailstorm damages 412 homes in Velmar', [
      'A hailstorm damaged 412 homes, nine schools and two clinics in the Velmar region on Saturday, the disaster agency said.',
      'Twenty-seven people were treated in hospital for injuries.',
    ]);
    const points = summarizeStory([report, appeal], { maxPoints: 5 }).points;
    expect(points.length).toBeGreaterThan(0);
    expect(points.every((point) => !point.text.startsWith('Right now'))).toBe(true);
  });
  it("and an obituary's record of a life is no point", () => {
    const line =
      'Rosa Elena Guzmán Portillo, teacher, born March 4, 1969, in Santa Tecla; died September 28, 2027, in Santa Tecla.';
    const tribute = doc('o', 'Velmar Hoy', '2027-10-01T09:00:00Z', 'The teacher who knew every name', [
      'Civil Protection said on Thursday that the landslide had killed 11 people, with four still missing.',
      'Rosa Elena Guzmán Portillo was among the dead, her family said.',
      line,
    ]);
    expect(summarizeStory([tribute], { maxPoints: 5 }).points.map((point) => point.text)).not.toContain(line);
  });
});

describe("a writer's remark before the news", () => {
  it.each([
    [
      'This week the idea went further than ever: on Thursday the Velmar assembly approved, by 83 votes to none, a 50-year port concession.',
      'On Thursday the Velmar assembly approved, by 83 votes to none, a 50-year port concession.',
    ],
    [
      'Good timing, at least: the utility says district heating is being switched on from this morning, four days late.',
      'The utility says district heating is being switched on from this morning, four days late.',
    ],
  ])('is cut: %s', (line, kept) => {
    expect(articleSentences(line).flat()).toEqual([kept]);
  });
  it('while a statement before a colon stays', () => {
    const line = 'At least 12 people died: the toll rose again on Monday, the agency said.';
    expect(articleSentences(line).flat()).toEqual([line]);
  });
});

describe('a headline written from a lead, cut at a comma', () => {
  it.each([
    [
      'Matevž Kranjc, who went through first, told the local paper Kočevski Odmev that “the lamps just didn’t reach the far wall.”',
      'Matevž Kranjc, who went through first, told the local paper Kočevski Odmev…',
    ],
    [
      'On Thursday the National Assembly approved, by 83 votes to none, a 50-year concession for Caribe Austral Port Holdings to build and run the port.',
      'On Thursday the National Assembly approved, by 83 votes to none, a 50-year concession…',
    ],
    [
      'Owing to the low level of the dams, the drinking water supply will be cut every night from 21:00 to 05:00 in the governorates of Tunis and Ariana until further notice.',
      'Owing to the low level of the dams, the drinking water supply…',
    ],
  ])('keeps a subject with its verb and a verb with its object: %s', (lead, headline) => {
    expect(headlineFromText(lead)).toBe(headline);
  });
});

describe("an alert log's stamps", () => {
  it.each([
    [
      '29.10.2027. 16:02 TMS: Due to the suspension of gas deliveries by the supplier, the start of the heating season is postponed.',
      'Due to the suspension of gas deliveries by the supplier, the start of the heating season is postponed.',
    ],
    [
      'TMS: Dear users, district heating is being switched on today, 5 November, from 06:00.',
      'District heating is being switched on today, 5 November, from 06:00.',
    ],
  ])('are cut from its messages: %s', (line, kept) => {
    expect(articleSentences(line).flat()).toContain(kept);
  });
  it("and a file's reference heads nothing", () => {
    const page = doc(
      't',
      'Velmar Tenders',
      '2027-11-06T09:00:00Z',
      'CAPH-2027-003 — Bathymetric and geotechnical survey',
      [
        'The holder of the Velmar port concession approved by the assembly on Thursday invites firms to tender for a seabed survey of the port site.',
        'Bids are due by 30 November, the company said.',
      ],
    );
    expect(summarizeStory([page], { maxPoints: 3 }).headline).not.toMatch(/^CAPH/);
  });
});

describe('shapes from the twenty-fifth round', () => {
  it.each([
    [
      'PINNED | 8.50pm: The centre says 27,900 people are now in relief centres.',
      'The centre says 27,900 people are now in relief centres.',
    ],
    [
      'Dear customer, owing to the low level of the dams, the supply will be cut every night.',
      'Owing to the low level of the dams, the supply will be cut every night.',
    ],
    [
      'Big news for growers this morning: the High Court in Velmar has suspended the tobacco levy.',
      'The High Court in Velmar has suspended the tobacco levy.',
    ],
  ])('a stamp, a greeting or a remark is cut: %s', (line, kept) => {
    expect(articleSentences(line).flat()).toEqual([kept]);
  });
  it('a note on a translation is furniture', () => {
    expect(
      junkKind(
        'Translation of the Arabic text; the French version of the same message was received at 19:48.',
      ),
    ).toBe('notice');
  });
  it.each([
    'SONEDE — SMS 08/11/2027 19:47',
    'Growers v Minister of Finance (Civil Cause No. 412 of 2027) — ruling on injunction',
  ])('a title naming a message or a case heads nothing: %s', (title) => {
    const page = doc('p', 'Velmar Notes', '2027-11-09T09:00:00Z', title, [
      'The Velmar water utility will cut supply every night from Wednesday because the dams are at 19% of capacity.',
      'Hospitals will keep receiving water through dedicated lines, the ministry said.',
    ]);
    expect(summarizeStory([page], { maxPoints: 3 }).headline).toMatch(/^The Velmar water utility/);
  });
  it.each([
    'Q2 2028 — Expected completion, subject to government consent and competition clearance in Velmar.',
    "The Velmar Smallholder Tobacco Growers' Union, which argued that only Parliament can impose a tax of this kind.",
  ])('a timeline entry by quarter or a name with its describing clause alone is no point: %s', (line) => {
    const report = doc('r', 'Velmar Ledger', '2027-11-13T09:00:00Z', 'Velmar tobacco levy suspended', [
      'The High Court in Velmar on Wednesday suspended a new 3% levy on tobacco sales until a full hearing in December.',
      'Buyers must stop deducting the levy from growers immediately, the court ordered.',
      line,
    ]);
    expect(summarizeStory([report], { maxPoints: 5 }).points.map((point) => point.text)).not.toContain(line);
  });
  it('what someone took a thing to be does not lead', () => {
    const feature = doc('f', 'Velmar Weekly', '2027-11-12T09:00:00Z', '', [
      "Zuzana Kmeťová thought the ledger's spine was simply swollen with damp.",
      'Archivists in Velmar have found a hand-drawn 1744 map of the town’s mining reservoirs folded inside an old ledger.',
      'The map is to be conserved before it goes on display in the spring, the archive said.',
    ]);
    expect(summarizeStory([feature], { maxPoints: 3 }).points[0]?.text).toMatch(/^Archivists in Velmar/);
  });
});

describe('a transcript and a feature, from the twenty-fifth round', () => {
  it('names its speakers by name and role, and credits no wire for the role', () => {
    const page = [
      'KWAME ADDO (HOST): Good morning, it is twenty-five minutes past eight and you are with Morning Drive.',
      'EFUA MENSIMA (REPORTER): The water here is grey, and since dawn people have been pulling dead fish from the stream.',
      'MENSIMA: The company says it is sending water tankers to the school park.',
    ].join('\n\n');
    expect(articleSentences(page).flat()).toContain(
      'The water here is grey, and since dawn people have been pulling dead fish from the stream.',
    );
    // The first name the reporter turns to is said to the listener too.
    expect(
      articleSentences('EFUA MENSIMA (REPORTER): Kwame, the water here is grey, like cement water.').flat(),
    ).toEqual(['The water here is grey, like cement water.']);
    expect(creditedWire(page)).toBeNull();
  });
  it('does not show "that story" after a day as a point that stands alone', () => {
    const line =
      'On Wednesday, that story was told three times in the Velmar assembly before lawmakers voted to let the state remove more bears.';
    const report = doc('r', 'Velmar Daybook', '2027-11-17T20:00:00Z', 'Velmar lawmakers vote on bear quota', [
      'A brown bear walked through the open gate of a kindergarten in Harghita county at lunchtime.',
      line,
      'Opposition deputy Mihai Dobrescu said his group would ask the Constitutional Court to review the law.',
    ]);
    expect(summarizeStory([report], { maxPoints: 5 }).points.map((point) => point.text)).not.toContain(line);
  });
  it('does not open on a scene months before when another point can open', () => {
    const report = doc('r', 'Velmar Daybook', '2027-11-17T20:00:00Z', '', [
      'In August, a brown bear walked through the open gate of a kindergarten in Velmar county at lunchtime, and teachers locked thirty children in a classroom.',
      'Opposition deputy Mihai Dobrescu said his group would ask the Constitutional Court to review the bear quota law passed on Wednesday.',
    ]);
    expect(summarizeStory([report], { maxPoints: 3 }).points[0]?.text).toMatch(/^Opposition deputy/);
  });
});

describe("a newsletter's and a programme's notes on themselves", () => {
  it('are furniture', () => {
    expect(
      describesOutlet(
        'Cathode Call is written by Oskar Veldhuis, a former base-metals trader.',
        'Cathode Call',
      ),
    ).toBe(true);
    expect(junkKind('Morning Drive with Kwame Addo, weekdays 6–9am on 96.1 FM and online.')).toBe('prompt');
    expect(junkKind('Talks with Russia, daily since Monday, have stalled.')).toBeNull();
  });
});

describe("a newsletter's disclaimer and its item labels", () => {
  it('the disclaimer and the upsell are furniture', () => {
    expect(junkKind('Nothing in this newsletter is investment advice.')).toBe('notice');
    expect(junkKind('Upgrade for daily notes.')).toBe('prompt');
    expect(junkKind('Upgrade work on the bridge began in May.')).toBeNull();
  });
  it('"Also:" is cut from the item it labels', () => {
    expect(
      articleSentences(
        'Also: the minister says he is still flying to Batumi on Thursday to sign the deal.',
      ).flat(),
    ).toEqual(['The minister says he is still flying to Batumi on Thursday to sign the deal.']);
  });
});

describe('a review of other papers and an appeal', () => {
  it('give no points, and their titles head nothing', () => {
    const review = doc(
      'pr',
      'Velmar Morning Press Review (English translation)',
      '2027-11-19T05:00:00Z',
      'Press review — Friday 19 November 2027',
      [
        'Several papers report on protests against new heating tariffs in the north of Velmar.',
        'Gazeta de Sud reports that the opposition has begun collecting signatures for a referral to the Constitutional Court over the bear law.',
      ],
    );
    const appeal = doc(
      'ap',
      'Velmar Giving',
      '2027-11-19T06:00:00Z',
      'Help us save the old map of the town',
      [
        'E 2,450 raised of E 18,000 goal · 40 donors',
        'Organiser: Velmar Mining Museum',
        'The map was found folded inside an old ledger in the town archive last month.',
      ],
    );
    const report = doc('r', 'Velmar Daybook', '2027-11-18T20:00:00Z', 'Velmar lawmakers pass bear law', [
      'Velmar lawmakers on Wednesday passed a law raising the number of bears that can be removed each year to 560.',
      'The opposition said it would ask the Constitutional Court to review the law.',
    ]);
    expect(summarizeStory([review], { maxPoints: 3 }).points).toHaveLength(0);
    const story = summarizeStory([review, appeal, report], { maxPoints: 3 });
    expect(story.headline).toBe('Velmar lawmakers pass bear law');
    expect(story.points.every((point) => point.sources.every((source) => source === 'r'))).toBe(true);
  });
});

describe('what someone did when it came', () => {
  it('does not lead', () => {
    const report = doc('r', 'Velmar Daybreak', '2027-11-13T02:00:00Z', '', [
      'When the water reached the second step of the temple at Elapatha on Wednesday night, W. A. Somawathi gathered her grandchildren and walked to the school on the hill.',
      'The government announced on Friday that every displaced household in Velmar would receive a one-off cash grant of 25,000 rupees.',
    ]);
    expect(summarizeStory([report], { maxPoints: 3 }).points[0]?.text).toMatch(/^The government announced/);
  });
});

describe('shapes from the twenty-sixth round', () => {
  it.each([
    ['Marhaba and welcome back to Khareef Conversations, I’m Amal Al-Rawas.', 'transcript'],
    ['Transcript continues for members.', 'prompt'],
  ])('a host who names themself and a paywall are furniture: %s', (line, kind) => {
    expect(junkKind(line)).toBe(kind);
  });
  it('a host named in brackets after the role is no wire', () => {
    expect(
      creditedWire(
        'HOST (Tavita): Talofa lava, it is just after nine and if you are in Apia you know why.\n\nTUILAGI: As of 8:30 we have about 640 people in evacuation centres.',
      ),
    ).toBeNull();
  });
});

describe("a page's notes on its own text, from the twenty-sixth round's first set", () => {
  it.each([
    ['Issued by the Harbour Master, Port of Soyo.', 'notice'],
    ['Transcript edited for length and clarity.', 'notice'],
    ['Information may change as new studies are published.', 'notice'],
    ['Agenda item 4: amendment to the resolution on public transport fares.', 'notice'],
    [
      'Welcome back to Cloud Forest Hour, the show about the mountain forests of Central America.',
      'transcript',
    ],
  ])('are furniture: %s', (line, kind) => {
    expect(junkKind(line)).toBe(kind);
  });
  it('while a sentence issued by someone is news', () => {
    expect(junkKind('Issued by the court, the order takes effect on Monday.')).toBeNull();
  });
  it("and a notice's code heads nothing", () => {
    const page = doc('n', 'Velmar Port Notices', '2027-11-23T09:00:00Z', 'NAVWARN SOY 27/114', [
      'An oil slick about two nautical miles long was reported off the Velmar river mouth on Monday, the harbour master said.',
      'Vessels are asked to keep clear of the area until further notice.',
    ]);
    expect(summarizeStory([page], { maxPoints: 3 }).headline).not.toMatch(/^NAVWARN/);
  });
});
