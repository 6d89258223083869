import { junkKind } from '../../src/shared/text/page-junk';
import { namesPage } from '../../src/shared/text/page-titles';
import { isDiscussionThread } from '../../src/shared/text/threads';
import { summarizeStory } from '../../src/summarize';
import { isPointCandidate } from '../../src/summarize/candidates';
import { cleanTitle } from '../../src/summarize/headline';
import { prepareArticles } from '../../src/summarize/prepare';
import { doc } from './fixture-doc';

// Shapes from the forty-second round of labelled sets (docs/summarization.md, "Forty-second
// round"). Outlets, people, ships and places are fictional.

describe("a page's standing lines", () => {
  it.each([
    'Lists are subject to change without notice.',
    'Names of accused persons may be subject to suppression orders.',
    'Publishing suppressed information is a criminal offence.',
    'Harvesting shellfish from a closed area is an offence and can result in fines of up to $100,000.',
    'Tarvin Heritage Museum Ltd is a not-for-profit company limited by guarantee.',
    'If other high-risk products are recalled, SafeFood Tarvin will notify the public through updated food recall warnings.',
    'ShipTrace accepts no liability for its accuracy.',
    'Noticeboard rules: no politics, no advertising, be respectful.',
    'Thanks to our sponsors: Rhodope Outfitters, Varna Municipality, and everyone who carried bags to the entrance.',
  ])('are not news: %s', (line) => {
    expect(junkKind(line)).not.toBeNull();
  });

  it.each([
    'Selling the drug is now an offence after parliament passed the law.',
    'Feeding bears is illegal, rangers said.',
    'The Kiva Trust is a charity that lost its funding on Monday.',
    'Thanks to the rain, the fire was contained on Sunday.',
    'The shipping lists are subject to change after the strike, the port said.',
    'Prosecutors said the names of the accused are subject to a suppression order until the trial.',
  ])('stay news: %s', (line) => {
    expect(junkKind(line)).toBeNull();
  });
});

describe('sentences no key point is made of', () => {
  const sentences = prepareArticles([
    doc('a', 'Procurement Notices West', '2028-08-22T10:00:00Z', 'Contract award notice', [
      'II.1.4 Short description: Operation of the ferry crossings Utne–Kvanndal and Jondal–Tørvikbygd with zero-emission vessels for ten years from 1 January 2030.',
      'V.2.3 Name and address of the contractor: Fjordline Ferries ASA, Bergen.',
      'Consumers should not consume, and retailers should not sell or serve, the recalled products described below.',
      'The county awarded the ten-year ferry contract to Fjordline Ferries on Tuesday, officials said.',
    ]),
  ])[0]!.sentences;
  const candidate = (start: string) => {
    const sentence = sentences.find((s) => s.text.startsWith(start));
    if (sentence === undefined) throw new Error(start);
    return isPointCandidate(sentence);
  };
  it("a form's numbered field and a line pointing at its page", () => {
    expect(candidate('II.1.4')).toBe(false);
    expect(candidate('V.2.3')).toBe(false);
    expect(candidate('Consumers should not')).toBe(false);
    expect(candidate('The county awarded')).toBe(true);
  });
});

describe('what cannot open a story', () => {
  const lead = (paragraphs: string[]) =>
    summarizeStory(
      [doc('a', 'Harbour Sports Daily', '2028-08-31T10:00:00Z', 'Perfect game in Tarnby', paragraphs)],
      {
        maxPoints: 3,
      },
    ).points[0]?.text;

  it('a day in a year long past', () => {
    expect(
      lead([
        "On June 14, 1997, a 22-year-old named Chen Wei-lun pitched the league's first perfect game, and for 31 years nobody matched him.",
        'Tarnby pitcher Lo Kai-wen retired all 27 batters on Wednesday night, striking out 11 in a 2-0 win.',
        'The game ball will go to the league museum.',
      ]),
    ).toMatch(/^Tarnby pitcher/);
  });

  it('a sentence that counts its time from one before it', () => {
    expect(
      lead([
        'Sixty years later, the Vorna cave has become the longest in the country, its explorers say.',
        'Cavers from the Vorna club surveyed 21.4 km of passages this summer, the club said on Monday.',
        'The federation will check the survey.',
      ]),
    ).toMatch(/^Cavers from/);
  });

  it('a sentence pointing back at a thing named before it, and a picture of how things always go', () => {
    const summary = summarizeStory(
      [
        doc('a', 'Fjord Post', '2028-08-23T08:00:00Z', 'New operator for the fjord ferries', [
          'On Tuesday morning the queue at Orvik quay stretched past the bakery, as it does on most summer days, while the diesel ferry rumbled in.',
          'From 2030 the boats on that crossing will be electric, and they will no longer belong to Vestline.',
          'Vestland County announced on Tuesday that Fjordline Ferries has won the ten-year contract to run four fjord crossings.',
        ]),
      ],
      { maxPoints: 3 },
    );
    expect(summary.points[0]?.text).toMatch(/^Vestland County announced/);
    expect(summary.points.map((point) => point.text).join(' ')).not.toMatch(/queue at Orvik/);
  });
});

describe('a system told down that a newer report tells back', () => {
  it('is no point beside its return', () => {
    const summary = summarizeStory(
      [
        doc('a', 'Border Truckers Association', '2028-08-11T09:00:00Z', 'Association posts', [
          'DRC side system STILL DOWN since yesterday morning, nothing is being cleared except fuel tankers.',
          'About 1,900 trucks are queued for 14 kilometres from the Kasanga border post, drivers said.',
        ]),
        doc('b', 'Single Window Katanga', '2028-08-12T04:30:00Z', 'Single window status — Kasanga', [
          'Service has been restored and customs declarations are being processed at the Kasanga border post.',
          'Declarations lodged during the outage will be processed in order of arrival at the Kasanga post.',
        ]),
      ],
      { maxPoints: 3 },
    );
    const text = summary.points.map((point) => point.text).join(' ');
    expect(text).toMatch(/Service has been restored/);
    expect(text).not.toMatch(/STILL DOWN/);
  });
});

describe("users' pages", () => {
  it('a microblog post whose replies say whom they reply to', () => {
    const post = [
      'Amina Wekesa @aminawekesa · Director, The Long Road',
      'Today the film board told us by letter that THE LONG ROAD may not be shown anywhere in the country.',
      'We will appeal, and if we must, we will go to court.',
      '6:00 PM · Aug 16, 2028 · 212K views',
      'Replies',
      'Filmmakers Guild @FilmGuildTarn · Replying to @aminawekesa: Banning a film about the harm heroin does is absurd.',
      'Otieno_Reels: Saw it in Durban last month, it won the audience award.',
      'mamake_lamu: Who on that board has ever been to the coast?',
    ];
    expect(isDiscussionThread(post.join('\n\n'))).toBe(true);
  });

  it("a forum's posts under headers naming a moderator's role", () => {
    const thread = [
      'FootballTalk › Premier League › Tarnby v Orvik REPLAY ordered',
      'shakhter_forever · Posted 8 August 2028 at 20:14',
      'Bulletin is out: full replay on 23 August, same stadium.',
      'kostanay_kyran · Posted 8 August 2028 at 20:31',
      'He is right, a technical defeat is what the regulations say.',
      'mod_aslan · Moderator · Posted 9 August 2028 at 11:02',
      'Merged with the thread "Tarnby to appeal".',
    ];
    expect(isDiscussionThread(thread.join('\n\n'))).toBe(true);
  });
});

describe('titles naming their page', () => {
  it.each(['Programme — Opening Night', 'Tarnby Community Noticeboard — Telegram'])('%s', (title) => {
    expect(namesPage(title)).toBe(true);
  });
  it('keeps a headline that names a programme among its words', () => {
    expect(namesPage('Programme cut as festival loses funding')).toBe(false);
  });
  it("drops a forum's mark on a merged thread", () => {
    expect(
      cleanTitle('Tarnby v Orvik REPLAY ordered (merged thread) - Page 3 - Premier League - FootballTalk'),
    ).toBe('Tarnby v Orvik REPLAY ordered');
  });
});
