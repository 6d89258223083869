import { articleSentences } from '../../src/shared/text/article-text';
import { junkKind } from '../../src/shared/text/page-junk';
import { isNewsletterIssue } from '../../src/shared/text/page-notes';
import { words } from '../../src/shared/text/terms';
import { isFeatureTitle } from '../../src/shared/text/wire-tags';
import { summarizeStory } from '../../src/summarize';
import { shownPoint } from '../../src/summarize/clauses';
import { prepareArticles } from '../../src/summarize/prepare';
import { repeatsShown } from '../../src/summarize/repeats';
import { restatesRoughCount } from '../../src/summarize/rough-counts';
import { standaloneOf } from '../../src/summarize/standalone';
import { buildStoryModel } from '../../src/summarize/story-model';
import { stalePlan } from '../../src/summarize/superseded';
import { supersededCount } from '../../src/summarize/tolls';
import { creditedWire } from '../../src/summarize/wire-credit';
import { doc } from './fixture-doc';

/** Rules written from the tenth round of labelled sets (docs/summarization.md, "Tenth round"). */

describe('a sentence opening with "Yes," or "No,"', () => {
  it('answers a question asked before it and makes no point', () => {
    const model = buildStoryModel(
      prepareArticles([
        doc('y', 'Briefly', '2027-04-14T09:00:00Z', 'Port strike', [
          'Dock workers at the port of Velmar walked out on Tuesday over a pay offer of 3 percent.',
          'Yes, the same operator: Castell Ports is the company whose crane collapsed there last month.',
          'Castell Ports is the company whose crane collapsed at the port last month.',
        ]),
      ]),
    );
    expect(standaloneOf(model, 1)).toBeNull();
    expect(standaloneOf(model, 2)).not.toBeNull();
  });
});

describe('a sum written with its currency letter', () => {
  it('is read as its figure; a name of a letter and one or two digits stays whole', () => {
    expect(words('a P612.4-million drainage contract')).toEqual([
      'a',
      '612.4',
      'million',
      'drainage',
      'contract',
    ]);
    expect(words('diesel at Sh187.40 and R1,500 a month')).toContain('187.40');
    expect(words('diesel at Sh187.40 and R1,500 a month')).toContain('1,500');
    expect(words('bail of EGP500,000 on flight MH370')).toEqual([
      'bail',
      'of',
      '500,000',
      'on',
      'flight',
      'mh370',
    ]);
    expect(words('Q1 sales on the R2 near K2, N95 masks')).toEqual([
      'q1',
      'sales',
      'on',
      'the',
      'r2',
      'near',
      'k2',
      'n95',
      'masks',
    ]);
  });
});

describe('a count in millions given roughly', () => {
  it('restates the exact count a shown point gives', () => {
    const model = buildStoryModel(
      prepareArticles([
        doc('w', 'Lantern Wire', '2027-04-13T08:00:00Z', 'Carmaker recalls cars', [
          'Oriska Motor Co said on Monday it would recall 2,314,077 vehicles worldwide because software controlling the seat-belt sensor could, in rare cases, fail after a cold start.',
        ]),
        doc('t', 'The Daily Kite', '2027-04-13T20:00:00Z', 'Your car may be recalled', [
          'The Korean carmaker has recalled almost 2.4 million of its popular Vela SUVs and Corra hatchbacks worldwide after finding the software that powers the seat-belt sensor can, in rare cases, fail after the car is started in the cold.',
          'Oriska has recalled 2.1 million Vela sedans in Asia alone, it said.',
        ]),
      ]),
    );
    expect(restatesRoughCount(shownPoint(model, 0), shownPoint(model, 1))).toBe(true);
    expect(repeatsShown(model, 1, [0])).toBe(true);
    expect(repeatsShown(model, 0, [1])).toBe(true);
    // Another count of the same cars, given exactly, is another fact.
    expect(repeatsShown(model, 2, [0])).toBe(false);
  });
});

describe('an opening telling what is true of every one of a kind', () => {
  it('does not lead over a report of what happened', () => {
    const story = summarizeStory(
      [
        doc('r', 'Fjord Radio', '2027-04-16T09:00:00Z', 'Village weighs takeover of its fish plant', [
          'In Tálknafjörður, a village of about 300 people on the shore of the fjord, almost every family has someone working at the fish plant.',
          'On Thursday, Norrland Seafood agreed to buy the plant from its founders for 4.2 billion kronur, the company said.',
          'The plant employs 140 people and processed 11,000 tonnes of fish last year.',
        ]),
      ],
      { maxPoints: 3 },
    );
    expect(story.points[0]?.text).toMatch(/^On Thursday, Norrland Seafood agreed/);
  });

  it('still leads when it tells what happened to every one of them', () => {
    const story = summarizeStory(
      [
        doc('m', 'Andes Line', '2027-04-16T09:00:00Z', 'Miners freed', [
          'Every one of the 33 miners trapped in the Cerro Alto mine was brought out alive on Thursday, the company said.',
          'The rescue took 56 hours.',
          'Mining Minister Elena Soto thanked the rescuers.',
        ]),
      ],
      { maxPoints: 3 },
    );
    expect(story.points[0]?.text).toMatch(/^Every one of the 33 miners/);
  });
});

describe('a sentence telling when and where the shown event happened', () => {
  it('repeats the point that told the event; one that tells what it came after does not', () => {
    const model = buildStoryModel(
      prepareArticles([
        doc('k', 'Steppe Line', '2027-04-15T08:00:00Z', 'Mine roof falls', [
          'Three miners were killed on Tuesday when part of the roof of a coal mine collapsed in northern Mongolia, the emergency agency said.',
          'The collapse happened before dawn at a depth of about 400 metres at the Tavan Bulag mine near the town of Baganuur.',
          'The collapse came a day after inspectors ordered the mine to reinforce two of its shafts.',
        ]),
      ]),
    );
    expect(repeatsShown(model, 1, [0])).toBe(true);
    expect(repeatsShown(model, 2, [0])).toBe(false);
  });
});

describe('a toll written out after "At least"', () => {
  it('is read, so a newer report makes it old', () => {
    const model = buildStoryModel(
      prepareArticles([
        doc('a', 'Coastline Wire', '2027-04-12T13:00:00Z', 'River floods town', [
          'At least nine people have died and about 45,000 have fled their homes after the river burst its banks, officials said.',
        ]),
        doc('b', 'Atlas Line', '2027-04-14T12:00:00Z', 'Flood toll rises', [
          'The death toll from the floods has risen to 27, the disaster agency said on Wednesday.',
        ]),
      ]),
    );
    expect(supersededCount(model, 0)).toBe(true);
    expect(supersededCount(model, 1)).toBe(false);
  });
});

describe("a list item's bullet", () => {
  it('comes off, so the item is read as the sentence it is; a dash of dialogue stays', () => {
    expect(
      articleSentences(
        '• At least 31 people have died, including 13 children, according to the disaster agency.\n\n— We will appeal, the lawyer said.',
      ).flat(),
    ).toEqual([
      'At least 31 people have died, including 13 children, according to the disaster agency.',
      '— We will appeal, the lawyer said.',
    ]);
  });
});

describe("a newsletter's contents and a report's note on itself", () => {
  it('are page notes; a sentence with one middle dot is not', () => {
    expect(
      junkKind(
        "In today's edition: a TB vaccine that works · a confidence vote · a flood toll · and why everyone is talking about relays.",
      ),
    ).toBe('related');
    expect(junkKind('Talks ran late · the vote slipped · the bill died in committee on Friday.')).toBe(
      'related',
    );
    expect(
      junkKind(
        'This report is produced by the coordination office with humanitarian partners and covers 13 to 15 April.',
      ),
    ).toBe('notice');
    expect(junkKind('The vote was 119 to 146 · a defeat for the government.')).toBeNull();
  });
});

describe('titles that tell no report', () => {
  it("is an interview's name and quote; a report quoting someone is not", () => {
    expect(isFeatureTitle("Kalimaya's Hendra Wiratmaja: 'We are buying a network, not a brand'")).toBe(true);
    expect(
      isFeatureTitle('CENTRAL AFRICAN REPUBLIC – Ceasefire between MJHK and RPC: “The field will judge”'),
    ).toBe(false);
  });

  it("a newsletter issue's, which is left out of a story that has a report of its own", () => {
    const issue = doc(
      'n',
      'The Night Letter',
      '2027-04-15T05:00:00Z',
      'The Night Letter — Thursday, April 15: A vaccine that works, a vote lost',
      [
        "In today's edition: a vaccine that works · a confidence vote · a flood toll.",
        '1. NEPAL: THE GOVERNMENT FALLS',
        'The prime minister lost a confidence vote on Thursday and stays on as caretaker.',
        '2. GREECE: A CHIEF EXECUTIVE QUITS',
        'The grid operator’s chief executive resigned after the blackout.',
      ],
    );
    const report = doc(
      'r',
      'Coastline Wire',
      '2027-04-15T12:00:00Z',
      'Nepal prime minister loses confidence vote',
      [
        'Nepal’s prime minister lost a confidence vote in parliament on Thursday, three days after a coalition partner walked out.',
        'He won 119 votes while 146 lawmakers voted against him.',
      ],
    );
    expect(isNewsletterIssue(issue.title ?? '', issue.text)).toBe(true);
    expect(isNewsletterIssue(report.title ?? '', report.text)).toBe(false);
    const story = summarizeStory([issue, report], { maxPoints: 4 });
    expect(story.sources.map((source) => source.outlet)).toEqual(['Coastline Wire']);
    expect(story.points.map((point) => point.text).join(' ')).not.toMatch(/grid operator/);
  });

  it("a numbered report's name tells none of its statements, so its first leads", () => {
    const story = summarizeStory(
      [
        doc(
          's',
          'Reliefline Office',
          '2027-04-15T16:00:00Z',
          'Tana: Riverine Floods — Situation Report No. 2 (as of 15 April 2027)',
          [
            '• At least 31 people have died and 126,400 people have been displaced in Garissa and surrounding villages, according to local authorities.',
            '• Suspected cholera cases are rising in Tana, with 212 cases reported since 1 April.',
            '• Access remains severely constrained: the main road is cut at two locations.',
          ],
        ),
      ],
      { maxPoints: 3 },
    );
    expect(story.points[0]?.text).toMatch(/^At least 31 people have died/);
  });
});

describe("a live page's stamp with its day", () => {
  it('comes off the entry it opens', () => {
    expect(
      articleSentences(
        'Thursday, 18:47 WIT — Rescuers have now recovered 18 bodies from the crash site, the search chief said.\n\n3h ago — The airline said it had set up a crisis centre for families.',
      ).flat(),
    ).toEqual([
      'Rescuers have now recovered 18 bodies from the crash site, the search chief said.',
      'The airline said it had set up a crisis centre for families.',
    ]);
  });
});

describe("a wire's credit", () => {
  it('is read from its name alone on a line, a byline naming it, or its initials before the stamp', () => {
    const body = (credit: string) =>
      `Published Apr 20, 2027, 08:45 AM SGT\n\nSUVA – Fiji's Health Ministry awarded a contract without a tender, a draft audit found.\n\n${credit}\n\nThe ministry did not comment.`;
    expect(creditedWire(body('HOLLIS WIRE SERVICE'))).toBe('Hollis Wire Service');
    expect(creditedWire(body('Mercator News Agency'))).toBe('Mercator News Agency');
    expect(creditedWire(body('By Hollis Wire Service'))).toBe('Hollis Wire Service');
    expect(creditedWire(body('KPA | Published: April 13, 2027 09:00 NPT'))).toBe('KPA');
    // A place set apart, a page's labels and a release's end mark credit no wire.
    for (const line of ['DAKAR', 'ICYMI | Fuel prices', 'ENDS', 'Home Affairs Desk'])
      expect(creditedWire(body(line))).toBeNull();
    // A table's "Source:" naming a body the text itself cites is where figures came from.
    expect(creditedWire(body('Source: Pacific Wire Service'))).toBe('Pacific Wire Service');
    expect(
      creditedWire(
        'Three herders have died, the National Emergency Management Agency said.\n\nTotal | 3 | 4\n\nSource: National Emergency Management Agency',
      ),
    ).toBeNull();
  });
});

describe('a vow that something would go on until a demand is met', () => {
  it('is stale once a newer report says it ended, and not before', () => {
    const vow = doc('v', 'Coastline Wire', '2027-04-20T09:00:00Z', 'Dockers strike', [
      'Dock workers at the port of Velmar walked off the job on Tuesday over unpaid bonuses.',
      'The union said the strike would go on until the bonuses were paid in full.',
    ]);
    const ruling = doc('r', 'Courtline', '2027-04-22T10:00:00Z', 'Court halts port strike', [
      'A labour court on Thursday suspended the dock workers’ strike for 30 days and ordered talks.',
    ]);
    expect(stalePlan(buildStoryModel(prepareArticles([vow, ruling])), 1)).toBe(true);
    expect(stalePlan(buildStoryModel(prepareArticles([vow])), 1)).toBe(false);
  });
});

describe('an object "him" or "her" with no one before it in the sentence', () => {
  it('leans on the sentence before; a name that acts, or a person told by a noun, holds it', () => {
    const model = buildStoryModel(
      prepareArticles([
        doc('h', 'Terrace Sport', '2027-04-18T09:00:00Z', 'Cup final', [
          'The club president watched from the main stand as his side won the cup.',
          'Four days ago an Alexandria court sentenced him to three years for money laundering.',
          'Durrani announced the strike on Tuesday, days after a court acquitted him in a graft case.',
          'Police arrested a man in Giza and charged him with fraud on Friday.',
        ]),
      ]),
    );
    expect(standaloneOf(model, 1)).toBeNull();
    expect(standaloneOf(model, 2)).not.toBeNull();
    expect(standaloneOf(model, 3)).not.toBeNull();
  });
});

describe("a caption block closed by its agency's credit", () => {
  it('is all caption, the teaser after the picture included', () => {
    expect(
      articleSentences(
        "FILE - In this May 24, 2016, file photo, Rep. Dana Ostrow speaks on Capitol Hill in Washington during a hearing. Police in Austin say they're searching for Ostrow's son after he was reported missing. Twenty-one-year-old Cal Ostrow,... (Associated Press)\n\nAUSTIN (AP) — Police say Rep. Dana Ostrow's youngest son, who was reported missing this week, has been found safe.",
      ).flat(),
    ).toEqual([
      "Police say Rep. Dana Ostrow's youngest son, who was reported missing this week, has been found safe.",
    ]);
  });
});

describe('a search told as going on', () => {
  it('is stale once another report tells the one sought found, dated or not', () => {
    const undated = (id: string, text: string[]) => ({
      ...doc(id, id, '2027-04-20T00:00:00Z', '', text),
      publishedAt: null,
    });
    const model = buildStoryModel(
      prepareArticles([
        undated('a', [
          "Police in Austin say they're searching for Ostrow's son after he was reported missing this week.",
        ]),
        undated('b', [
          'Although 21-year-old Cal Ostrow is now back home, many questions remain about where he was.',
        ]),
        undated('c', ['Eleven others were missing and nine were rescued with injuries, police said.']),
        undated('d', ['Of the eleven passengers, nine were rescued on Monday.']),
      ]),
    );
    expect(stalePlan(model, 0)).toBe(true);
    expect(stalePlan(model, 2)).toBe(false);
  });
});

describe("a card's one-word label before a quotation", () => {
  it('makes no point: the label is the speaker; a title with a colon quotes no one', () => {
    const model = buildStoryModel(
      prepareArticles([
        doc('c', 'Pocket Alerts', '2027-04-10T09:00:00Z', 'Agent jailed', [
          'Judge: Kiprop treated the athletes’ earnings ‘as his own purse’.',
          'Kong: Skull Island is a reboot of the original film from 1933.',
        ]),
      ]),
    );
    expect(standaloneOf(model, 0)).toBeNull();
    expect(standaloneOf(model, 1)).not.toBeNull();
  });
});

describe("a copy of a wire's text", () => {
  it("tells its counts as of its wire's report, whenever the desk printed it", () => {
    const wire = doc('h', 'Hollis Wire Service', '2027-04-24T09:00:00Z', 'Quake kills nine in Peru', [
      'LIMA (HWS) — A magnitude 6.9 earthquake struck off southern Peru before dawn on Saturday, killing at least nine people and toppling hundreds of adobe homes in the Arequipa region, officials said.',
      'The navy ruled out a tsunami within half an hour.',
      'Most of the dead were in Camaná and in the Majes valley town of Aplao, where adobe walls collapsed on sleeping families.',
    ]);
    const live = doc(
      'w',
      'The Wavelength',
      '2027-04-24T22:00:00Z',
      'Peru earthquake: death toll rises to 14',
      [
        'At least 14 people have been killed and 236 injured, according to the civil defence agency.',
        'A magnitude 5.4 aftershock has shaken Camaná, sending people back into the streets.',
      ],
    );
    const copy = doc(
      'b',
      'The Banyan Daily',
      '2027-04-25T00:50:00Z',
      'Quake kills at least nine in southern Peru',
      [
        'LIMA – A magnitude 6.9 earthquake struck off southern Peru before dawn on April 24, killing at least nine people and toppling hundreds of adobe homes in the Arequipa region, officials said.',
        'The navy ruled out a tsunami within half an hour.',
        'Most of the dead were in Camaná and in the Majes valley town of Aplao, where adobe walls collapsed on sleeping families.',
        'HOLLIS WIRE SERVICE',
      ],
    );
    const model = buildStoryModel(prepareArticles([wire, live, copy]));
    const copyToll = model.sentences.findIndex(
      (sentence) => sentence.article === 2 && /nine people/.test(sentence.text),
    );
    expect(model.reports.via[2]).toBe('Hollis Wire Service');
    expect(supersededCount(model, copyToll)).toBe(true);
  });
});

describe("a title's death toll", () => {
  it('is told by the statement that gives it, which leads', () => {
    const story = summarizeStory(
      [
        doc(
          'w',
          'The Wavelength',
          '2027-04-24T22:00:00Z',
          'Peru earthquake: death toll rises to 14 as aftershocks rattle Arequipa region',
          [
            'A magnitude 6.9 earthquake struck off the coast of Arequipa region in southern Peru at 04:12 local time on Saturday.',
            'At least 14 people have been killed and 236 injured, according to the civil defence agency.',
            'Schools across the region will stay closed on Monday.',
          ],
        ),
      ],
      { maxPoints: 3 },
    );
    expect(story.points[0]?.text).toMatch(/^At least 14 people have been killed/);
  });
});
