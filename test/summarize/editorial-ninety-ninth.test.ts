import { unlikeHeadline } from '../../src/edition/latest-burst';
import { trimSentence } from '../../src/shared/text/furniture';
import { junkKind } from '../../src/shared/text/page-junk';
import { articleParagraphs } from '../../src/shared/text/paragraphs';
import { otherLanguageSentences, sentenceLanguage } from '../../src/shared/text/sentence-language';
import { isLiveTitle, withoutLiveMark, withoutPageKind } from '../../src/shared/text/wire-tags';
import { opensAsFeature } from '../../src/summarize/feature-openings';
import { withoutRelativeDays } from '../../src/summarize/relative-days';
import { summarizeStory } from '../../src/summarize/summarize-story';
import { creditedWire } from '../../src/summarize/wire-credit';
import { doc, morningPoints, morningStory, pointsAt } from './fixture-doc';

// Shapes from the ninety-ninth round of labelled sets (docs/summarization.md, "Ninety-ninth to
// hundred-and-second rounds"). Outlets, people, firms and places of the news are fictional.

const SET = 'editorial-ninety-ninth';

describe("a page's sentences in another language than its English ones", () => {
  it('are read as such by their function words, names aside', () => {
    expect(
      sentenceLanguage(
        'Le pont Jules Hoebeke, qui enjambe le canal à Anderlecht, est rouvert aux piétons et aux cyclistes depuis ce jeudi.',
      ),
    ).toBe('other');
    expect(
      sentenceLanguage(
        'De Jules Hoebekebrug over het kanaal in Anderlecht is sinds donderdag opnieuw open voor voetgangers en fietsers.',
      ),
    ).toBe('other');
    expect(
      sentenceLanguage(
        'The trawler Nossa Senhora da Luz III sank off Peniche with seven men on board, the authority said.',
      ),
    ).toBe('en');
  });

  it('give no key point of a trilingual release', () => {
    const points = morningPoints(SET, 'belgium-anderlecht-canal-bridge-closure', '2030-10-18T06:00:00Z');
    expect(points.length).toBeGreaterThan(1);
    for (const point of points) expect(sentenceLanguage(point)).not.toBe('other');
  });

  it('are kept in an article with no English sentence', () => {
    const texts = [
      'Le pont a été fermé lundi soir après la découverte de fissures dans une poutre.',
      'Des étançons ont été posés mardi et mercredi sous la poutre endommagée.',
      'La circulation reste interdite au moins jusqu’en janvier, selon la région.',
    ];
    expect(otherLanguageSentences(texts).size).toBe(0);
    expect(otherLanguageSentences(['The bridge reopened on Thursday, the region said.', ...texts]).size).toBe(
      0,
    );
    expect(
      otherLanguageSentences([
        'The bridge reopened to cyclists on Thursday, the region said.',
        'Cars will have to wait until January, when the girder has been repaired.',
        ...texts,
      ]).size,
    ).toBe(3);
  });
});

describe("a wire's own report under its accented name", () => {
  it('is not shown "via" its own initials', () => {
    const story = morningStory(SET, 'ireland-ringaskiddy-pharma-plant-closure', '2030-10-16T06:00:00Z');
    const own = story.sources.filter((source) => source.outlet === 'Éire Press Wire');
    expect(own).toHaveLength(1);
    expect(own[0]?.via).toBeNull();
  });
});

describe("a live page's title", () => {
  it('is told by no entry that shares a word or two with it', () => {
    // "Saqr Hospital says the three rescued hikers are in stable condition." under "…fourth hiker found alive".
    const points = morningPoints(
      SET,
      'uae-jebel-jais-hikers-rescue',
      '2030-10-25T06:00:00Z',
      '2030-10-24T12:00:00Z',
    );
    expect(points[0]).toMatch(/^All four hikers who went missing on Jebel Jais/);
  });

  it("is read as live under the outlet's own language's label, which no headline keeps", () => {
    const title = 'DIRECTO | Fire on the Ciudad de Ronda: ferry towed into Algeciras, nine treated - RTC';
    expect(isLiveTitle(title)).toBe(true);
    expect(withoutLiveMark('AO MINUTO | Peniche sinking: two fishermen found alive in life raft')).toBe(
      'Peniche sinking: two fishermen found alive in life raft',
    );
    const story = morningStory(SET, 'spain-algeciras-ferry-engine-fire', '2030-10-15T06:00:00Z');
    expect(story.headline).not.toMatch(/DIRECTO/);
  });

  it("entry's label after its time goes with the time", () => {
    expect(
      trimSentence(
        '17:58 — More detail: the Air Force EH-101 crew spotted an orange life raft about 19 nautical miles south-west of where the trawler sank.',
      ),
    ).toMatch(/^The Air Force EH-101 crew spotted/);
  });
});

describe('a report under a title opening on a quote', () => {
  it('leads when its opening is dated and attributed', () => {
    const points = morningPoints(SET, 'uae-jebel-jais-hikers-rescue', '2030-10-25T06:00:00Z');
    expect(points[0]).toMatch(/Ras Al Khaimah Police said\.$/);
  });

  it("does not when its opening is a feature's way in, or is told by the people it meets", () => {
    const match = morningPoints(
      'editorial-eleventh',
      'west-indies-bangladesh-odi',
      '2027-05-10T06:00:00Z',
      '2027-05-09T00:00:00Z',
    );
    expect(match[0]).toMatch(/^Bangladesh captain Saiful Alam Rony took the blame/);
    // "‘We found out on WhatsApp’: …" over "Staff at Ghaf's hypermarket … learned …, three employees said."
    const exit = morningPoints('editorial-seventy-eighth', 'ghaf-retail-saudi-exit', '2030-02-09T06:00:00Z');
    expect(exit[0]).toMatch(/^Ghaf Retail Group will close all 11 of its hypermarkets/);
  });
});

describe("a notice's answer to the news", () => {
  it('does not lead the story of what it answers', () => {
    const points = morningPoints(SET, 'jordan-amman-ponzi-scheme-arrests', '2030-10-23T06:00:00Z');
    expect(points.length).toBeGreaterThan(1);
    expect(points[0]).not.toMatch(/wishes to clarify/);
    expect(points[0]).toMatch(/^Police in Amman have detained the founder/);
  });

  it('while a notice telling the news leads', () => {
    const points = morningPoints(
      'editorial-eighty-fifth',
      'reunion-piton-fournaise-eruption',
      '2030-05-10T06:00:00Z',
    );
    expect(points[0]).toMatch(
      /^The Prefect of Réunion informs the public that the national road RN2 will be closed/,
    );
  });

  it("has a title that tells no other event than its story's", () => {
    expect(
      unlikeHeadline('Warning to the public regarding Al-Waha Trading and Investment', [
        'Founder of Amman investment firm detained over suspected pyramid scheme',
      ]),
    ).toBe(false);
    expect(
      unlikeHeadline('Crane collapse at Daeyang’s Geoje shipyard kills 2, injures 4', [
        'Daeyang Heavy wins record order for 12 LNG carriers',
      ]),
    ).toBe(true);
  });
});

describe("a report whose second statement's figure a newer report calls old", () => {
  it('leads no longer: the newer figure does', () => {
    // The wire's "Four people were treated…" under its opening; the evening's live page: "…nine
    // people were treated, up from the four reported this morning."
    const points = morningPoints(SET, 'spain-algeciras-ferry-engine-fire', '2030-10-15T06:00:00Z');
    expect(points[0]).toMatch(/^Salvamento Marítimo now says nine people were treated/);
  });

  it('but a report that itself tells its first estimate as old still leads', () => {
    const points = morningPoints('editorial-forty-eighth', 'uco-valley-hailstorm', '2029-01-30T06:00:00Z');
    expect(points[0]).toMatch(/^Mendoza’s government declared an agricultural emergency/);
  });
});

describe('a day named as today after a clock time', () => {
  it('goes from what was done', () => {
    expect(
      withoutRelativeDays(
        'The National Maritime Authority (AMN) announces that the active search for the missing crew member was suspended at 12:00 today.',
      ),
    ).toMatch(/was suspended at 12:00\.$/);
  });

  it('stays in a plan', () => {
    const plan = 'The minister will meet the unions at 10:00 today.';
    expect(withoutRelativeDays(plan)).toBe(plan);
  });

  it("lets the communiqué's news lead the next morning", () => {
    const points = morningPoints(
      SET,
      'portugal-peniche-trawler-sinking',
      '2030-10-20T06:00:00Z',
      '2030-10-19T00:00:00Z',
    );
    expect(points[0]).toMatch(/^The National Maritime Authority \(AMN\) announces that the active search/);
  });
});

describe("a body's communiqué named in its title", () => {
  it('heads a story by its topic', () => {
    expect(withoutPageKind('STM communiqué: agreement at Naviera Alborán — strike called off')).toBe(
      'Agreement at Naviera Alborán — strike called off',
    );
    expect(
      withoutPageKind(
        'Communiqué: suspension of active search for missing crew member of the fishing vessel Nossa Senhora da Luz III',
      ),
    ).toMatch(/^Suspension of active search/);
  });
});

describe('a list that completes the sentence before it', () => {
  it('is read as that sentence', () => {
    const paragraphs = articleParagraphs(
      [
        'The agreement, reached at 04:50 this morning after eleven hours of talks, includes:',
        '• The recruitment of 44 sailors before 31 March 2031.',
        '• A joint committee to review rest periods every six months.',
        'Members will vote on the agreement by 24 October.',
      ].join('\n'),
    );
    expect(paragraphs).toEqual([
      'The agreement, reached at 04:50 this morning after eleven hours of talks, includes: the recruitment of 44 sailors before 31 March 2031; a joint committee to review rest periods every six months.',
      'Members will vote on the agreement by 24 October.',
    ]);
  });

  it('is not when its items are statements', () => {
    const paragraphs = articleParagraphs(
      [
        'Here is what we know so far:',
        '• At least 31 people have died in the floods.',
        '• Rail services are suspended.',
      ].join('\n'),
    );
    expect(paragraphs).toEqual([
      'Here is what we know so far:',
      'At least 31 people have died in the floods.',
      'Rail services are suspended.',
    ]);
  });

  it('gives no fragment as a key point', () => {
    const page = doc('s1', 'Seafarers Union', '2030-10-18T08:15:00Z', 'Agreement signed: strike called off', [
      'The Seafarers Union has signed an agreement with Strait Ferries that ends the strike called for 17, 18 and 19 October.',
      'The agreement, reached at 04:50 this morning at the mediation service after eleven hours of talks, includes:',
      '• The recruitment of 44 sailors before 31 March 2031.',
      '• A joint committee to review rest periods on the Algeciras–Ceuta route every six months.',
      'The agreement will be put to a vote of all members, which will close on 24 October.',
    ]);
    const points = pointsAt([page], '2030-10-19T06:00:00Z');
    expect(points.some((point) => /^A joint committee/.test(point))).toBe(false);
    const story = summarizeStory([page], { maxPoints: 5, readAt: new Date('2030-10-19T06:00:00Z') });
    expect(story.points.map((point) => point.text)).toContainEqual(
      expect.stringMatching(
        /includes: the recruitment of 44 sailors before 31 March 2031; a joint committee/,
      ),
    );
  });
});

// Shapes from the hundredth round, read once its held-out figures were taken.
describe("a feature's ways in, from the hundredth round", () => {
  it.each([
    'At six on Wednesday morning, Meena Wanjari sat on a plastic chair outside her one-room house in Bharatwada, holding a photograph of her son.',
    'Mrs. Funmilayo Adeyinka walked her son to the gate of Apete Community High School on Tuesday morning, stopped, and then walked him to the door of his new classroom.',
    'Santosh, 34, had loaded crates of oranges at the Varhadi Cold Chain unit in Kalamna for 11 years.',
  ])('is a scene: %s', (text) => {
    expect(opensAsFeature(text)).toBe(true);
  });

  it.each([
    'At six on Wednesday morning, police arrested the owner of the cold store.',
    'Mr. Kothekar was arrested on Tuesday and remanded in custody for seven days.',
    'Santosh, 34, had been taken to hospital on Sunday night and died on Monday.',
  ])('is news: %s', (text) => {
    expect(opensAsFeature(text)).toBe(false);
  });

  it('leads no story of the morning after, whose news is the arrest', () => {
    const points = morningPoints(
      'editorial-hundredth',
      'india-nagpur-kalamna-ammonia-leak',
      '2030-10-30T06:00:00Z',
    );
    expect(points[0]).not.toMatch(/^At six on Wednesday morning|^Santosh, 34, had loaded/);
  });

  it("gives way to a report's news at a school's reopening", () => {
    const points = morningPoints(
      'editorial-hundredth',
      'nigeria-ibadan-classroom-roof-collapse',
      '2030-11-06T06:00:00Z',
      '2030-11-05T00:00:00Z',
    );
    expect(points[0]).not.toMatch(/^Mrs\. Funmilayo Adeyinka walked her son/);
  });
});

describe('an anecdote told on one day of a month long before the article', () => {
  it("is a scene: '…at 6:12 one morning in August.' in late October", () => {
    const story = morningStory(
      'editorial-hundredth',
      'indonesia-danakilat-lender-licence-revoked',
      '2030-10-30T06:00:00Z',
      '2030-10-29T00:00:00Z',
    );
    expect(story.points[0]?.text).not.toMatch(/one morning in August/);
  });
});

describe("a company's update announced as such", () => {
  it("does not lead: 'Faso Fibre SA provides an updated assessment of the fire…'", () => {
    const points = morningPoints(
      'editorial-hundredth',
      'burkina-bobo-dioulasso-cotton-gin-fire',
      '2030-11-06T06:00:00Z',
      '2030-11-05T00:00:00Z',
    );
    expect(points[0]).not.toMatch(/provides an updated assessment/);
  });
});

describe("a release's promotion of itself", () => {
  it("does not lead: '… is excited to announce an all-new era …'", () => {
    const release = doc(
      'r1',
      'Northwind Comics',
      '2030-10-21T14:00:00Z',
      'An all-new era for Captain Tundra',
      [
        'Northwind Comics is excited to announce an all-new era for Captain Tundra in a brand new series written by Ada Kerr with art from Leo Park.',
        'This December, Northwind Comics evolves once again in one of the most surprising changes ever made to one of its best-known heroes.',
        'The first issue of the series goes on sale on 4 December.',
      ],
    );
    const report = doc('p1', 'Harbour City Ledger', '2030-10-21T09:30:00Z', '', [
      'Captain Tundra, the ice-bound hero of Northwind Comics, is now a woman.',
      'News of the change came on Tuesday morning via a television show, and Northwind Comics now confirms that a woman will carry the frozen shield in a brand-new series starting in December.',
      'Writer Ada Kerr said the new Captain Tundra would keep the name, the frozen shield and the series.',
    ]);
    const points = pointsAt([release, report], '2030-10-22T06:00:00Z');
    expect(points[0]).not.toMatch(/is excited to announce/);
  });
});

// Shapes from the hundred-and-first round.
describe('a point that leans on a question or a time before it', () => {
  it("does not lead with the answer to the page's question", () => {
    expect(
      opensAsFeature(
        'On Friday, for the passengers of the 7.15 a.m. InterRegio, the answer was four hours and ten minutes.',
      ),
    ).toBe(true);
    expect(opensAsFeature('The answer came on Monday, when the ministry reopened the line.')).toBe(true);
    expect(opensAsFeature('The ministry said on Monday that it would answer the union within a week.')).toBe(
      false,
    );
  });

  it("is shown without its 'Since then,'", () => {
    const page = doc(
      'b1',
      'Bucharest Herald',
      '2030-11-08T17:00:00Z',
      'Commuters face buses as line stays shut',
      [
        'The main railway line between the capital and Brașov has been closed since early on Thursday, when a landslide covered both tracks between Posada and Comarnic.',
        'Since then, passengers have had to leave their trains at Câmpina and continue by coach to Sinaia, where other trains wait to take them on.',
        'Freight operators said they were holding trains in Ploiești and Brașov.',
      ],
    );
    const points = pointsAt([page], '2030-11-09T06:00:00Z');
    expect(points).toContain(
      'Passengers have had to leave their trains at Câmpina and continue by coach to Sinaia, where other trains wait to take them on.',
    );
  });
});

describe("a wire's end mark", () => {
  it("is no wire's credit: '(END)'", () => {
    expect(
      creditedWire('A fishing boat capsized off Jeju Island on Wednesday, the coast guard said.\n(END)'),
    ).toBeNull();
  });
});

// Shapes from the hundred-and-second round, read once its held-out figures were taken.
describe('from the hundred-and-second round', () => {
  it("reads a likeness as a scene's picture", () => {
    expect(
      opensAsFeature(
        "On Wednesday morning the rows of Malbec at Lucía Ferreyra's farm in Vista Flores looked as if someone had taken a strimmer to them.",
      ),
    ).toBe(true);
    expect(opensAsFeature('The ministry said the damage looked worse than first thought.')).toBe(false);
  });

  it("reads a paywall's promise to its subscribers as a prompt", () => {
    expect(junkKind('Subscribers get full access to harvest data and bulk wine prices.')).toBe('prompt');
    expect(
      junkKind('Subscribers to the cooperative get access to cold storage at cost, the board said.'),
    ).toBeNull();
  });

  it("reads a ministry's 'Note to the press' line as no wire's credit", () => {
    expect(creditedWire('NOTE TO THE PRESS\nThe Navy reports that the search continues.')).toBeNull();
  });

  it("does not lead with an agency's 'reports on the progress of' its inquiry", () => {
    const points = morningPoints(
      'editorial-hundred-and-second',
      'mexico-volcan-air-guadalajara-runway-excursion',
      '2030-11-22T06:00:00Z',
    );
    expect(points[0]).not.toMatch(/reports on the progress/);
  });
});
