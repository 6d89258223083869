import { openingOf, sameEventGroups } from '../../src/edition/same-event';
import { otherItems } from '../../src/shared/text/digest';
import { junkKind } from '../../src/shared/text/page-junk';
import { namesPage } from '../../src/shared/text/page-titles';
import { isDiscussionThread } from '../../src/shared/text/threads';
import type { StorySummary } from '../../src/shared/types';
import { summarizeStory } from '../../src/summarize';
import { headlineFromText } from '../../src/summarize/headline-text';
import { prepareArticles } from '../../src/summarize/prepare';
import { standaloneOf } from '../../src/summarize/standalone';
import { buildStoryModel } from '../../src/summarize/story-model';
import { doc, storySummary } from './fixture-doc';

// Shapes from the forty-first round of labelled sets (docs/summarization.md, "Forty-first
// round"). Outlets, people, ships and places are fictional.

describe("a page's lines on itself", () => {
  it.each([
    'Transcript generated automatically and lightly edited; it may contain errors.',
    'This transcript was produced by speech recognition software and may contain mistakes.',
    "Sponsored by Brannock Marine & Outdoors, Tarnby's boat people since 1987.",
    'Mayor Ilse Rourke joins host Dan Keogh to explain what happens next.',
    "The headlines: a wildfire near Vellmar, the new harbour promenade, and Vellmar United's new coach.",
    'Coming up: the ferry timetable, and the weekend weather.',
    'Lighting fires in or within 200 metres of a forest is prohibited from 1 June to 31 October.',
    'Camping on the dunes is not permitted at all times.',
    'Mayor Rourke is on the line.',
    'Harbour Morning airs weekdays 6 to 9 a.m. and Sundays 8 to 10 a.m. on Tarnby Radio 97.1.',
    'The Vellmar Museum of Local History holds more than 12,000 objects from the upper valley, from the Bronze Age to the twentieth century.',
    'Masters are reminded to keep a continuous listening watch on VHF channel 16.',
    'The Directorate is responsible for maintaining navigable depths and pilotage on the lower river.',
  ])('are not news: %s', (line) => {
    expect(junkKind(line)).not.toBeNull();
  });

  it.each([
    'Sponsored by the government, the programme trains 500 nurses a year.',
    'Canada joins Norway to sanction the shipping company.',
    'The headline figure rose to 4.1% in June.',
    'Lighting fires in forests is prohibited from 1 June to 31 October 2028, the governor said.',
    'Fishing is banned from 1 June to 31 October in 2028 to let stocks recover.',
    'The transcript shows the minister knew of the leak in May.',
    'The museum now holds more than 12,000 objects after the donation.',
    'Police said the gunman is on the line with negotiators.',
    'The warehouse holds 4,000 tonnes of grain.',
    'Residents are advised to boil tap water until further notice.',
    'Investigators said the contractor is responsible for maintaining the bridge.',
  ])('stay news: %s', (line) => {
    expect(junkKind(line)).toBeNull();
  });
});

describe('one event told in other words', () => {
  const candidate = (summary: StorySummary, ...texts: string[]) => ({
    section: 'world',
    summary,
    opening: openingOf(texts.map((text) => ({ title: summary.headline, text }))),
  });
  const report = candidate(
    storySummary('Cruise ship stuck on river sandbank off Varnitsa with 220 on board', [
      'The river cruise ship Corva Lenta ran aground on a sandbank near Varnitsa late on Saturday with 220 passengers and crew on board, the fairway agency said.',
      'Passengers were taken by coach to Dolnik, where the voyage will end.',
    ]),
    'The river cruise ship Corva Lenta ran aground on a sandbank near Varnitsa late on Saturday with 220 passengers and crew on board, the fairway agency said.',
  );
  const notice = candidate(
    storySummary('Grounded passenger vessel CORVA LENTA outside the fairway axis at rkm 557.2', [
      'Reason: grounded passenger vessel CORVA LENTA outside the fairway axis at rkm 557.2 near Varnitsa, right bank side.',
      'Passengers disembarked at Varnitsa and continue to Dolnik by coach; vessels pass one way.',
    ]),
    'Reason: grounded passenger vessel CORVA LENTA outside the fairway axis at rkm 557.2 near Varnitsa, right bank side.',
  );
  const strike = candidate(
    storySummary('Dock strike at Varnitsa port enters third day', [
      'Dockworkers at the port of Varnitsa stayed off the job for a third day on Monday, leaving 14 ships waiting.',
      'The union wants a 12% raise.',
    ]),
    'Dockworkers at the port of Varnitsa stayed off the job for a third day on Monday, leaving 14 ships waiting.',
  );
  const quake = candidate(
    storySummary('Earthquake shakes Ostrel region', [
      'A magnitude 5.2 earthquake shook the Ostrel region on Sunday, damaging old houses.',
    ]),
    'A magnitude 5.2 earthquake shook the Ostrel region on Sunday, damaging old houses.',
  );

  it('makes one story of a notice and the report that name the same ship and place', () => {
    expect(sameEventGroups([report, quake, notice])).toContainEqual([0, 2]);
  });

  it('keeps apart two events of one place', () => {
    expect(sameEventGroups([report, strike, quake]).map((group) => group.length)).toEqual([1, 1, 1]);
  });

  it('reads no institution word as a name', () => {
    const retrial = candidate(
      storySummary('Kellmore District Court grants retrial to man convicted in 1986', [
        "The Kellmore District Court on Monday granted a retrial to an 81-year-old man convicted of a 1986 killing, and the prosecutors' Office asked for time to file a special appeal.",
        'His lawyers gave the court new DNA results.',
      ]),
      "The Kellmore District Court on Monday granted a retrial to an 81-year-old man convicted of a 1986 killing, and the prosecutors' Office asked for time to file a special appeal.",
    );
    const recount = candidate(
      storySummary('Tarnby mayoral candidate asks District Court for a recount', [
        'Losing candidate Graham Pell asked the Tarnby District Court on Monday for a special recount and will file his papers with the electoral Office today.',
        'Special votes gave his rival a 38-vote win.',
      ]),
      'Losing candidate Graham Pell asked the Tarnby District Court on Monday for a special recount and will file his papers with the electoral Office today.',
    );
    expect(sameEventGroups([retrial, recount, quake]).map((group) => group.length)).toEqual([1, 1, 1]);
  });

  it('needs names no other story of the morning has', () => {
    const other = candidate(
      storySummary('Corva Lenta operator cancels Varnitsa sailings', [
        'The operator of the Corva Lenta cancelled its Varnitsa sailings for the season.',
      ]),
      'The operator of the Corva Lenta cancelled its Varnitsa sailings for the season.',
    );
    expect(
      sameEventGroups([report, notice, other]).some((group) => group.includes(0) && group.includes(1)),
    ).toBe(false);
  });
});

describe('a headline written from a lead', () => {
  it.each([
    [
      'Dr Aigul Vessen, regional disease prevention centre: "This is not something that passes from person to person."',
      'Vessen: "This is not something that passes from person to person"',
    ],
    [
      'Governor Dalmar: "We will rebuild the tower, stone by stone."',
      'Dalmar: "We will rebuild the tower, stone by stone"',
    ],
    [
      'The Town of Kellmore, in consultation with the Kellmore District Health Unit, has issued a Do Not Consume Advisory for all properties connected to the municipal water system.',
      'The Town of Kellmore has issued a Do Not Consume Advisory for all properties…',
    ],
    [
      'Desk note (24 MAR 0305 UTC): Tarnby is closed to fixed-wing traffic until at least 31 March after a runway collapse.',
      'Tarnby is closed to fixed-wing traffic until at least 31 March after a runway collapse',
    ],
  ])('%s', (lead, headline) => {
    expect(headlineFromText(lead)).toBe(headline);
  });
});

describe('a figure told against one given before', () => {
  it('leans on the sentence before it and stands alone nowhere', () => {
    const model = buildStoryModel(
      prepareArticles([
        doc('a', 'Skyline Science Desk', '2028-08-03T10:00:00Z', 'Comet smaller than first thought', [
          'Astronomers now put the comet nucleus at 0.8 to 2 kilometres across, the observatory said on Thursday.',
          "Tuesday's figure was up to 15 kilometres.",
          'The earlier estimate relied on a single night of images.',
          'The new toll is 14, the governor said.',
        ]),
      ]),
    );
    const at = (start: string) => model.sentences.findIndex((sentence) => sentence.text.startsWith(start));
    expect(standaloneOf(model, at('Astronomers'))).not.toBeNull();
    expect(standaloneOf(model, at("Tuesday's figure"))).toBeNull();
    expect(standaloneOf(model, at('The earlier estimate'))).toBeNull();
    expect(standaloneOf(model, at('The new toll'))).not.toBeNull();
  });
});

describe("a newsletter's items under a place and its country", () => {
  const page = (items: string[]) => [
    'Caravan Heritage Digest — No. 148',
    ...items,
    'You are receiving this because you subscribed at caravanheritage.example. Unsubscribe',
  ];
  it('leaves out the items on other subjects than the lead', () => {
    const paragraphs = page([
      'Sarvan, Kazakhstan — Conservation of the mud-brick citadel walls has resumed after a two-year pause, with a volunteer camp planned for September.',
      'Vellabad, Tajikistan — A chance find by a farmer near Vellabad has produced a silver bowl with an inscription and 34 silver coins.',
      'The museum dates the hoard to the first half of the eighth century, shortly before the conquest of the city.',
      'The bowl goes on show at the Vellabad town museum on 1 August.',
      'Dostal, Uzbekistan — A new catalogue of Buddhist wall paintings is out in Russian and English.',
    ]);
    expect([...otherItems(paragraphs)].sort()).toEqual([1, 5]);
  });
  it('keeps a report that opens on its dateline once', () => {
    const paragraphs = [
      'Tarnby, Norway — A ferry ran aground off Tarnby on Sunday, the coast guard said.',
      'All 88 passengers were taken ashore.',
      'Divers will inspect the hull on Monday.',
    ];
    expect(otherItems(paragraphs).size).toBe(0);
  });
});

describe('a microblog post with its replies', () => {
  it("is users' words, as a group's post is", () => {
    const post = [
      'Rin (Tarnby) @tarnby_rin',
      'There is a BEAR inside the Fresh Mart by the bypass. Police everywhere, they have taped off the car park.',
      '9:20 AM · Jul 27, 2028 · 48.2K Views',
      '1,204 Reposts 311 Quotes 2,870 Likes',
      '@kellmore_yuki: My sister works there, she says it walked in behind the delivery truck.',
      '@tarnby_rin: Update: police say the bear is still inside, in the storeroom.',
      '@sora_0903: stay safe everyone',
    ];
    expect(isDiscussionThread(post.join('\n\n'))).toBe(true);
  });
  it('while a report that quotes a post stays a report', () => {
    const report = [
      'A bear walked into a supermarket in Tarnby on Thursday morning and injured an employee, police said.',
      'A resident posted a photo of the car park from @tarnby_rin, her account, as officers arrived.',
      'The store was closed for the day.',
      '@tarnby_rin: There is a BEAR inside the Fresh Mart by the bypass.',
    ];
    expect(isDiscussionThread(report.join('\n\n'))).toBe(false);
  });
});

describe("a company's quote after a sentence that names it", () => {
  it('names the company, even when its name reads like a first name and a surname', () => {
    const model = buildStoryModel(
      prepareArticles([
        doc('a', 'Southern Daily Report', '2028-08-02T05:30:00Z', 'Islands run out of petrol', [
          'The Tarn Islands have run out of petrol after the ship that carries their fuel was held up by a gearbox fault.',
          "Kellmore Shipping said on Wednesday the ship's gearbox had been repaired and it planned to sail on Friday.",
          '"We apologise to the island community for the disruption caused by this delay," the company said.',
        ]),
      ]),
    );
    const at = model.sentences.findIndex((sentence) => sentence.text.startsWith('"We apologise'));
    expect(standaloneOf(model, at)?.text).toBe(
      '"We apologise to the island community for the disruption caused by this delay," Kellmore Shipping said.',
    );
  });
});

describe("a section's name of two topics", () => {
  const story = (title: string) =>
    summarizeStory(
      [
        doc('a', 'Tarnby Cruise Trade', '2028-01-25T10:15:00Z', title, [
          'The passenger vessel Corva Serena lost propulsion nine miles north of Tarnby on Tuesday night and was towed into port by two tugs.',
          "The operator cancelled the ship's next sailing and said passengers would be refunded.",
        ]),
      ],
      { maxPoints: 3 },
    ).headline;
  it('heads nothing', () => {
    expect(story('Fleet & Operations')).not.toBe('Fleet & Operations');
    expect(story('Finds & Field Notes')).not.toBe('Finds & Field Notes');
  });
  it('while a title with its verb does', () => {
    expect(story('Corva & Partners ship towed into Tarnby')).toBe('Corva & Partners ship towed into Tarnby');
  });
});

describe("a numbered notice's title", () => {
  it.each([
    'Company announcement no. 19/2028',
    'Notice to Mariners No. 47/2028 — CANCELLED',
    'Notice to Airmen No. 12/2028',
  ])('names its page: %s', (title) => {
    expect(namesPage(title)).toBe(true);
  });
  it.each(['Notice to Mariners No. 47 cancelled as channel reopens', 'Sale No. 25 halted as strike spreads'])(
    'while a headline with its act does not: %s',
    (title) => {
      expect(namesPage(title)).toBe(false);
    },
  );
});

describe("a forum's posts under headers that say 'Posted'", () => {
  it("are users' words", () => {
    const thread = [
      'River Skippers Forum › Lower River › Varnitsa',
      'barge_captain_Dolnik · Posted Sat 15 Jul 2028, 06:12',
      'Big bulker sideways in the Varnitsa bend, bow on one bank and stern nearly on the other.',
      'Dunarea_Veche · Posted Sun 16 Jul 2028, 21:40',
      'Salvage crew came up yesterday with two lighters.',
      'MarinM · Posted Mon 17 Jul 2028, 07:02',
      "She's off!",
    ];
    expect(isDiscussionThread(thread.join('\n\n'))).toBe(true);
  });
});
