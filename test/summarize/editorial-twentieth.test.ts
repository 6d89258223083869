import { cleanArticleText } from '../../src/shared/text/article-text';
import { junkKind } from '../../src/shared/text/page-junk';
import { describesOutlet, isNewsletterIssue } from '../../src/shared/text/page-notes';
import { isDiscussionThread } from '../../src/shared/text/threads';
import { isBroadcastTitle, isFeatureTitle } from '../../src/shared/text/wire-tags';
import { summarizeStory } from '../../src/summarize';
import { tollOf } from '../../src/summarize/counts';
import { cleanTitle } from '../../src/summarize/headline';
import { headlineFromText } from '../../src/summarize/headline-text';
import { creditedWire } from '../../src/summarize/wire-credit';
import { doc } from './fixture-doc';

/** Rules written from the twentieth round of labelled sets (docs/summarization.md, "Twentieth round"). */

const REPORT = [
  'A fire destroyed about 90 stalls at the Korlu covered market early on Tuesday, the city fire service said.',
  'Nobody was hurt, but traders said they had lost stock worth about 40 million francs.',
  'The fire started in a storeroom at about 2 a.m. and was put out by 5 a.m., the fire service said.',
];

describe('a broadcast’s and a podcast’s words about themselves', () => {
  it.each([
    'Mālō e lelei, talofa lava and good morning, this is Moana Nius Radio at seven o’clock.',
    'Good evening, you are listening to Radio Korlu on 98.2.',
    'Support Layers on our members’ page and get ad-free episodes.',
  ])('is a page note: %s', (line) => {
    expect(junkKind(line)).not.toBeNull();
  });

  it.each([
    "This is Freetown's worst disaster since 2017, the mayor said on Thursday.",
    'The union said it would support traders on Monday.',
  ])('while news that reads like one is news: %s', (line) => {
    expect(junkKind(line)).toBeNull();
  });

  it('cuts a speaker’s label that says how the voice was heard', () => {
    const text = cleanArticleText(
      [
        'ANCHOR ANA TUI: The runway is closed after the swell.',
        'TAFIA (recorded): The water came over the seawall just after high tide.',
        'ANCHOR ANA TUI: Flights are cancelled until Friday.',
        'REPORTER SIONE LAUTI: Volunteers are clearing the rocks.',
      ].join('\n\n'),
    );
    expect(text).toContain('\n\nThe water came over the seawall just after high tide.');
  });

  it('reads a presenter’s "Big news from a small country:" as a lead-in', () => {
    expect(cleanArticleText('Big news from a small country: 612 Roman coins were found in Schaan.')).toBe(
      '612 Roman coins were found in Schaan.',
    );
  });
});

describe('an interview in questions and answers', () => {
  const interview = [
    'The chief vet spoke to us on Friday, a day after the outbreak was confirmed.',
    'Q: When did you know?',
    'A: We had the laboratory result on Wednesday night, and I called the minister.',
    'Q: Will the ban be extended?',
    'A: We will decide that after the vaccination round.',
  ].join('\n\n');

  it('keeps its introduction and neither its questions nor its guest’s unnamed answers', () => {
    const text = cleanArticleText(interview);
    expect(text).toContain('The chief vet spoke to us on Friday');
    expect(text).not.toMatch(/laboratory result|vaccination round|When did you know/);
  });

  it('while one answer on a page is the page’s own text', () => {
    const text = cleanArticleText('Q: What happened?\n\nA: A fire destroyed 90 stalls on Tuesday.');
    expect(text).toContain('A fire destroyed 90 stalls on Tuesday.');
  });
});

describe('a newsletter that counts its items', () => {
  it('is an issue, no report of any one of them', () => {
    const text = [
      'Three things today: a Monaco boardroom drama takes a new turn, container rates slip again, and a berth dispute.',
      'Monaco’s prosecutor has opened an inquiry into the tanker owner.',
    ].join('\n\n');
    expect(isNewsletterIssue('The Morning Hawser', text)).toBe(true);
    expect(isNewsletterIssue('The Morning Hawser', text.split('\n\n')[1] ?? '')).toBe(false);
  });
});

describe('titles and lines of posts', () => {
  it.each([
    ['a channel’s name and "Posts"', 'Korlu Community Noticeboard', 'Korlu Community Noticeboard - Posts'],
    ['a forum’s question', 'KorluTalk Forum', 'Anybody else’s market stall burnt??'],
  ])('head no story: %s', (_kind, outlet, title) => {
    const summary = summarizeStory([doc('a', outlet, '2027-09-03T08:00:00Z', title, REPORT)]);
    expect(summary.headline).not.toBe(title);
    expect(summary.headline).toMatch(/^(?:A fire destroyed|Nobody was hurt)/);
  });

  it('gives no point of a post’s diary or its cry', () => {
    const post = doc('p', 'KorluTalk Forum', '2027-09-03T08:00:00Z', 'Korlu market fire', [
      'Tried to buy bread at the market and the whole lane is gone, just ash everywhere.',
      'The fire service says the blaze started in a storeroom at about 2 a.m. on Tuesday and spread along the lane!!',
      ...REPORT,
    ]);
    const points = summarizeStory([post]).points.map((point) => point.text);
    expect(points.join(' ')).not.toMatch(/Tried to buy|!!/);
    expect(points.length).toBeGreaterThan(0);
  });
});

describe('a heading with a code in brackets', () => {
  it('is no wire’s dateline', () => {
    expect(
      creditedWire(
        'Funafuti (FUN) — runway closure\n\nThe runway reopened on Saturday after crews cleared it.',
      ),
    ).toBeNull();
    expect(creditedWire('FUNAFUTI (PWS) — The runway reopened on Saturday after crews cleared it.')).toBe(
      'PWS',
    );
  });
});

describe('a bulletin read by one voice, and titles of pages and voices', () => {
  it('cuts a reader’s one-word label named on every turn', () => {
    const text = cleanArticleText(
      [
        'NEWSREADER: The runway is closed for a second day.',
        'NEWSREADER: Coralwing has cancelled its Wednesday flight.',
        'TAFIA (recorded): The water came over the seawall just after high tide.',
        'NEWSREADER: Volunteers are clearing the rocks.',
        'NEWSREADER: In sport, the national team lost.',
      ].join('\n\n'),
    );
    expect(text).toContain('The runway is closed for a second day.');
    expect(text).not.toMatch(/NEWSREADER|TAFIA/);
  });

  it('keeps a dateline that opens one paragraph', () => {
    expect(
      cleanArticleText(
        'LAHORE: At least two people were killed on Monday.\n\nPolice said the blast hit a market.',
        {
          keepDatelines: true,
        },
      ),
    ).toContain('LAHORE: At least two people');
  });

  it('reads a vox pop’s title as a feature’s, and a page’s version in brackets as no topic', () => {
    expect(isFeatureTitle('Llorts residents: ‘We always knew there was something under there’')).toBe(true);
    expect(isFeatureTitle('Llorts residents fear quarry after paintings find')).toBe(false);
    expect(cleanTitle('Romanesque paintings found in Llorts chapel (English version)')).toBe(
      'Romanesque paintings found in Llorts chapel',
    );
  });

  it.each([
    'This is an English translation of the original Catalan press release.',
    'In case of discrepancy, the Catalan version prevails.',
  ])('reads a translation’s note as no news: %s', (line) => {
    expect(junkKind(line)).not.toBeNull();
  });
});

describe('a toll told as drowned, a desk tag before a dash and a bulletin’s title', () => {
  it('reads "drowned" and "perished" as a toll, so an older count is seen as older', () => {
    expect(tollOf('At least nine people drowned when the boat capsized late on Tuesday.')).toBe('9');
    expect(tollOf('The number of people who drowned has risen to seventeen.')).toBe('17');
    expect(tollOf('Twelve sheep perished in the snow.')).toBe('12');
  });

  it('cuts "URGENT —" and reads a bulletin named by its programme and day as no news', () => {
    expect(cleanTitle('URGENT — Boat capsizes off Luba, at least five dead')).toBe(
      'Boat capsizes off Luba, at least five dead',
    );
    expect(
      isBroadcastTitle(cleanTitle("Amakuru y'Umugoroba — evening bulletin, 18 August (English translation)")),
    ).toBe(true);
    expect(isBroadcastTitle('Kaningo mudslide – day three')).toBe(false);
    expect(cleanTitle('ALERT: Castelmar Shipping chief steps down after board review')).toBe(
      'Castelmar Shipping chief steps down after board review',
    );
    expect(cleanTitle('Alert levels raised at the volcano')).toBe('Alert levels raised at the volcano');
  });
});

describe('twenty-first round: notes of columns, shows, reports and threads, and profiles', () => {
  it.each([
    'Musu Kpadeh-Tarr is a public-health researcher and writes Ground Truth every Thursday.',
    'This week on the Dispatch we head to Palau, where a brittle star glows in the dark.',
    'Figures in this report are provisional and drawn from police and provincial sources; they will change.',
    'Please keep this thread on topic; posts with personal numbers will be removed.',
    'Transcript available for members.',
    'Links mentioned: the paper in Pacific Invertebrate Systematics; our 2025 episode on jellyfish lakes.',
  ])('is a page note: %s', (line) => {
    expect(junkKind(line)).not.toBeNull();
  });

  it.each([
    'The figures in the report are higher than the ministry said, the union told reporters.',
    'The minister writes to the governor every Thursday, his office said.',
    'The transcript is available to members of parliament, the clerk said.',
  ])('while news that reads like one is news: %s', (line) => {
    expect(junkKind(line)).toBeNull();
  });

  it('reads an interview’s sitting with the outlet named in full and a day after it', () => {
    expect(
      describesOutlet(
        'His lawyer, Ion Grecu, spoke to Prut Perspectives on Thursday evening.',
        'Prut Perspectives',
      ),
    ).toBe(true);
    expect(
      describesOutlet('The minister spoke to Parliament on Thursday evening.', 'Prut Perspectives'),
    ).toBe(false);
  });

  it('reads "The teacher who…" as a profile’s title', () => {
    expect(isFeatureTitle('The teacher who found a beetle no one had seen')).toBe(true);
    expect(isFeatureTitle('The teacher found a beetle no one had seen')).toBe(false);
  });
});

describe('a discussion thread and a title of only its page’s kind', () => {
  const thread = doc('t', 'KorluTalk Forum', '2027-09-03T08:00:00Z', 'Korlu market fire?', [
    'KorluTalk Forum › Local news',
    'ama_k · Sep 3, 2027, 06:14',
    'A fire destroyed most of the stalls at the Korlu covered market overnight, my cousin says.',
    'kofi.b · Sep 3, 2027, 06:40',
    'The fire service says it started in a storeroom at about 2 a.m. and was out by 5 a.m. this morning.',
    'Moderator · Sep 3, 2027, 07:02',
    'Traders say they lost stock worth about 40 million francs in the blaze at the market.',
  ]);
  const report = doc(
    'r',
    'Korlu Daily',
    '2027-09-03T09:00:00Z',
    'Fire destroys 90 stalls at Korlu market',
    REPORT,
  );

  it('is read from its posts’ headers at its top, and a report with readers’ comments is not one', () => {
    expect(isDiscussionThread(thread.text)).toBe(true);
    const commented = [
      ...REPORT,
      'Comments',
      'ama_k · Sep 3, 06:14',
      'So sad.',
      'kofi.b · Sep 3, 06:40',
      'Terrible.',
      'yaw · Sep 3, 07:02',
      'Pray for them.',
    ];
    expect(isDiscussionThread(commented.join('\n\n'))).toBe(false);
  });

  it('gives no point, alone or beside a report, while it still supports the report’s', () => {
    expect(summarizeStory([thread]).points).toEqual([]);
    const story = summarizeStory([thread, report]);
    expect(story.points.length).toBeGreaterThan(0);
    for (const point of story.points) expect(point.sources).toContain('r');
  });

  it('and a title naming only its page’s kind never heads a story', () => {
    const statement = doc('s', 'Korlu City Council', '2027-09-03T10:00:00Z', 'Media Statement', REPORT);
    expect(summarizeStory([statement]).headline).toMatch(/^A fire destroyed about 90 stalls/);
  });
});

describe('a headline written from a notice’s or a release’s lead', () => {
  it.each([
    [
      'Members are advised that the Bank is experiencing a disruption affecting ATMs and card payments.',
      'The Bank is experiencing a disruption affecting ATMs and card payments',
    ],
    [
      'Brisemar Group S.A. announces that Marc Hoffeld has stepped down as chief executive.',
      'Brisemar Group S.A.: Marc Hoffeld has stepped down as chief executive',
    ],
  ])('leaves the voice and keeps the news: %s', (lead, headline) => {
    expect(headlineFromText(lead)).toBe(headline);
  });

  it('while a report that says who confirmed what stays as written', () => {
    expect(headlineFromText('Police confirm four inmates were recaptured on Saturday.')).toBe(
      'Police confirm four inmates were recaptured on Saturday',
    );
  });
});
