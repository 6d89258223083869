import { sameEventGroups } from '../../src/edition/same-event';
import { trimSentence, withoutLeadIn } from '../../src/shared/text/furniture';
import { junkKind } from '../../src/shared/text/page-junk';
import { statedCounts } from '../../src/summarize/counts';
import { cleanTitle } from '../../src/summarize/headline';
import { ANNOUNCED_UPDATE } from '../../src/summarize/opening-voice';
import { prepareArticles } from '../../src/summarize/prepare';
import { standaloneOf } from '../../src/summarize/standalone';
import { buildStoryModel } from '../../src/summarize/story-model';
import { doc, morningPoints, pointsAt, editionCandidate as story } from './fixture-doc';

// Shapes from the hundred-and-third round of labelled sets (docs/summarization.md, "Hundred-and-third
// and hundred-and-fourth rounds"). Outlets, people, firms and places of the news are fictional.

const SET = 'editorial-hundred-and-third';

describe('a police release dated in capitals with its state abbreviated', () => {
  it('loses its dateline', () => {
    expect(
      trimSentence(
        'MUNISING, MICH. Troopers from the Michigan State Police located a missing 71-year-old hunter alive this morning.',
      ),
    ).toBe(
      'Troopers from the Michigan State Police located a missing 71-year-old hunter alive this morning.',
    );
    expect(
      trimSentence('ALBANY, N.Y. State lawmakers passed the budget on Friday after a week of talks.'),
    ).toBe('State lawmakers passed the budget on Friday after a week of talks.');
  });

  it('but two names in capitals before a sentence are kept', () => {
    const text = 'NATO, EU Leaders met in Brussels on Friday to agree a new package of sanctions.';
    expect(trimSentence(text)).toBe(text);
  });
});

describe('an opening told as a lasting habit', () => {
  it('does not lead a search story', () => {
    const [lead] = morningPoints(SET, 'alger-county-missing-bow-hunter', '2030-12-03T06:00:00Z');
    expect(lead).toMatch(/located a missing 71-year-old hunter alive/);
    expect(lead).not.toMatch(/^(?:MUNISING|Dale Kurkowski has hunted)/);
  });

  it('but a sanction of some years still leads', () => {
    const docs = [
      doc('a', 'Baltic Newsline', '2030-12-02T09:00:00Z', 'Kestrel Air boss banned for five years', [
        "Kestrel Air chief executive Mara Tell has been banned from holding office for five years, Latvia's Civil Aviation Agency said on Tuesday.",
        'The agency found that the airline flew aircraft with lapsed maintenance certificates on 41 occasions last year.',
        'Kestrel Air said it would appeal the decision in the administrative court.',
      ]),
    ];
    const [lead] = pointsAt(docs, '2030-12-03T06:00:00Z');
    expect(lead).toMatch(/has been banned from holding office for five years/);
  });
});

describe('a history told from a decade', () => {
  it('does not lead', () => {
    const [lead] = morningPoints(
      SET,
      'rocanville-potash-mine-fire',
      '2030-12-04T06:00:00Z',
      '2030-12-03T06:00:00Z',
    );
    expect(lead).not.toMatch(/^When the Tantallon shaft was sunk in the late 1960s/);
  });

  it('but a time of day in a "When" clause does', () => {
    const opening =
      'When the fire at the Tantallon potash mine was declared out in the late morning, Qu’Appelle Potash said production would stay suspended until inspectors had visited the site.';
    const docs = [
      doc('a', 'Canadian Mining Record', '2030-12-03T20:00:00Z', 'Tantallon fire out, production halted', [
        opening,
        'All 38 workers who had been underground when the fire began were brought to surface by early Monday afternoon.',
      ]),
    ];
    expect(pointsAt(docs, '2030-12-04T06:00:00Z')[0]).toBe(opening);
  });
});

describe('a release that announces an update of its own', () => {
  it('gives the lead to the update it then tells', () => {
    const [lead] = morningPoints(
      'editorial-hundredth',
      'burkina-bobo-dioulasso-cotton-gin-fire',
      '2030-11-06T06:00:00Z',
    );
    expect(lead).toMatch(/now estimated at 5,200 tonnes/);
  });

  it('in the past tense too, and never leads itself', () => {
    for (const point of morningPoints(
      SET,
      'boreal-airways-loyalty-data-breach',
      '2030-12-05T06:00:00Z',
    ).slice(0, 1))
      expect(point).not.toMatch(/provided an update on/);
  });

  it('but an update that tells its news in the same sentence is none', () => {
    expect(
      ANNOUNCED_UPDATE.test(
        'Boreal Airways provided an update on the security incident affecting its loyalty program.',
      ),
    ).toBe(true);
    expect(
      ANNOUNCED_UPDATE.test(
        'The disaster management ministry issued an update on the floods in Sylhet saying 14 people had died.',
      ),
    ).toBe(false);
  });
});

describe('a share of a count told before', () => {
  it('is no point on its own', () => {
    for (const point of morningPoints(SET, 'boreal-airways-loyalty-data-breach', '2030-12-05T06:00:00Z'))
      expect(point).not.toMatch(/^Of (?:these|those),/);
  });

  it('but a sentence opening on this year’s figure is', () => {
    const model = buildStoryModel(
      prepareArticles([
        doc('a', 'Padma News Agency', '2030-12-09T09:00:00Z', 'Metro to get new substations', [
          'Dhaka Mass Transit Company will build two new power substations for MRT Line-6 after Sunday’s blackout, the ministry said on Monday.',
          'Of those, one will be at Pallabi.',
          'Of this year’s 40 billion taka budget for the metro, half will go to new power substations, the ministry said.',
        ]),
      ]),
    );
    expect(model.sentences.map((_, index) => standaloneOf(model, index) !== null)).toEqual([
      true,
      false,
      true,
    ]);
  });
});

describe("a radio bulletin's greeting", () => {
  it('is read as transcript chatter, so the bulletin’s news can lead', () => {
    expect(junkKind('It’s eight-thirty, this is Dhaka FM one-oh-one-point-six, and here is the news.')).toBe(
      'transcript',
    );
    const [lead] = morningPoints(SET, 'dhaka-mrt-line6-power-failure', '2030-12-09T06:00:00Z');
    expect(lead).toMatch(/full service, from Uttara North all the way to Kamalapur, resumed/);
  });

  it('but a sentence that only says "this is" and "here is" is news', () => {
    expect(
      junkKind(
        'This is the worst flood in a generation, the mayor said, and here is the reason: the dam failed.',
      ),
    ).toBeNull();
  });
});

describe('two accidents of one morning that name the same kind of regulator', () => {
  const foundry = story('Third worker dies after Kokomo foundry explosion', [
    'A third worker has died after an explosion at the Hollister Ridge foundry in Kokomo, the county coroner said.',
    'Indiana Occupational Safety and Health inspectors are investigating the blast, in which molten iron met water.',
    'Eleven other workers were injured in the blast.',
  ]);
  const mine = story('Tantallon potash mine fire declared out', [
    'The fire at the Tantallon potash mine near Rocanville was declared out on Tuesday after 41 hours.',
    'Provincial Occupational Health and Safety officers are investigating the blaze, which began in a diesel loader.',
    'Two workers were injured and treated for smoke inhalation.',
  ]);
  const cruise = story('Norovirus confirmed on cruise ship held in Barbados', [
    'Laboratory tests have confirmed norovirus aboard the Coral Empress, held at Bridgetown Port since Monday.',
    'The number of people sickened has risen to 294, health officials said.',
  ]);

  it('are not one event for sharing "Occupational Safety and Health"', () => {
    expect(sameEventGroups([foundry, mine, cruise])).toEqual([[0], [1], [2]]);
  });

  it('but two stories naming one mine are', () => {
    const release = story('All Tantallon employees safely on surface', [
      'Qu’Appelle Potash confirms that all 38 employees who sheltered underground at its Tantallon mine near Rocanville have returned to surface.',
      'The fire in a diesel loader is under investigation by Occupational Health and Safety officers.',
    ]);
    expect(sameEventGroups([foundry, mine, cruise, release])).toEqual([[0], [1, 3], [2]]);
  });
});

describe('a time of day beside a count', () => {
  it('is no count of its own, so the report it is in does not make an older count stale', () => {
    expect(
      statedCounts(
        "Eleven other workers were injured in the 6:15 a.m. blast in the foundry's melt department.",
      ),
    ).toEqual(['11 injured']);
    const [lead] = morningPoints(
      SET,
      'kokomo-foundry-explosion',
      '2030-12-04T06:00:00Z',
      '2030-12-03T00:00:00Z',
    );
    expect(lead).toMatch(/^Two workers were killed and 11 others were injured/);
  });

  it('but a count told beside it is read', () => {
    expect(statedCounts('At least 6 people were injured when the roof fell in at 9 p.m. on Friday.')).toEqual(
      ['6 injured'],
    );
    expect(statedCounts('Six people were injured at 21:40, police said.')).toEqual(['6 injured']);
  });
});

describe('a figure after a state in another clause', () => {
  it('is no count of that state', () => {
    expect(
      statedCounts('Five other colleagues were injured; two remain in hospital in a serious condition.'),
    ).toEqual(['5 injured']);
    const [lead] = morningPoints(
      'editorial-twenty-third',
      'togo-lome-port-crane-collapse',
      '2027-10-14T06:00:00Z',
    );
    expect(lead).toMatch(/^Three workers were killed and five injured/);
  });

  it('but a state before its figure in one clause counts it', () => {
    expect(statedCounts('The crash injured 52 people, two of them seriously.')).toEqual(['52 injured']);
    expect(statedCounts('Injured: 12, at the burn unit')).toEqual(['12 injured']);
  });
});

// The hundred-and-fourth round, read once it had been run on the day's code.
const HELD = 'editorial-hundred-and-fourth';

describe("a feature's first minute", () => {
  it('does not lead', () => {
    const [lead] = morningPoints(HELD, 'finland-misi-reindeer-train-collision', '2030-12-18T06:00:00Z');
    expect(lead).not.toMatch(/telephone rang/);
    const [halifax] = morningPoints(SET, 'halifax-boreal-airways-runway-overrun', '2030-12-03T06:00:00Z');
    expect(halifax).not.toMatch(/^By seven o'clock on Monday morning/);
  });

  it('but a report that opens on the hour of its news leads', () => {
    const opening =
      'By 9 a.m. on Monday, 42 flights had been cancelled at Arlanda as technicians walked out, Swedavia said.';
    const docs = [
      doc(
        'a',
        'Nordic Aviation Monitor',
        '2030-12-16T10:00:00Z',
        'Technicians strike grounds Aurora Nordic at Arlanda',
        [opening, 'The union said the strike would go on until the airline improved its offer.'],
      ),
    ];
    expect(pointsAt(docs, '2030-12-17T06:00:00Z')[0]).toBe(opening);
  });
});

describe('a landmark told over half a century', () => {
  it('does not lead its reopening', () => {
    const [lead] = morningPoints(
      HELD,
      'riga-vansu-bridge-closure',
      '2030-12-19T06:00:00Z',
      '2030-12-18T06:00:00Z',
    );
    expect(lead).not.toMatch(/^For almost half a century/);
  });
});

describe("two stories of one morning that share a time zone and a rescue service's name", () => {
  const smoke = story('NSIA opens investigation into Aurora Nordic smoke event at Bodø', [
    'The Norwegian Safety Investigation Authority has opened an investigation into the smoke event, which ended with an evacuation at Bodø Airport at 19:40 GMT on Friday, police said on Saturday morning.',
    'Crews of the airport Rescue service met the aircraft on the runway.',
  ]);
  const blast = story('Explosion on Architektų Street: third victim dies', [
    'A third person has died after Friday’s gas explosion in Šiauliai, which forced the evacuation of 60 residents, the Fire and Rescue Department said on Saturday morning.',
    'The blast happened at 06:10 GMT, when most residents were asleep, and an investigation has been opened.',
  ]);

  it('are not one event', () => {
    expect(sameEventGroups([smoke, blast])).toEqual([[0], [1]]);
  });
});

describe("a live page's “A reminder:”", () => {
  it('goes from its point', () => {
    expect(
      trimSentence('A reminder: on an ordinary weekday, the Vanšu bridge carries about 45,000 vehicles.'),
    ).toBe('On an ordinary weekday, the Vanšu bridge carries about 45,000 vehicles.');
  });

  it('but "A reminder of" opens a sentence of news', () => {
    const text = 'A reminder of the risks came on Monday when the bridge was closed to all traffic.';
    expect(trimSentence(text)).toBe(text);
  });
});

describe("a log's stamp with a label after it", () => {
  it('loses both', () => {
    expect(
      withoutLeadIn(
        '07:40 A reminder: on an ordinary weekday, the Vanšu bridge carries about 45,000 vehicles.',
      ),
    ).toBe('On an ordinary weekday, the Vanšu bridge carries about 45,000 vehicles.');
  });
});

describe("an outlet's initials and service after its title", () => {
  it('go from the headline', () => {
    expect(
      cleanTitle(
        'Two dead, 34 hurt as Eastern Express derails in snow in eastern Turkey - MPA English',
        'Marmara Press Agency',
      ),
    ).toBe('Two dead, 34 hurt as Eastern Express derails in snow in eastern Turkey');
  });

  it('but other initials, or the initials in a sentence, stay', () => {
    for (const title of ['Strike vote - MPA members back action', 'Ferry sinks off Tarfaya - NASA Imagery'])
      expect(cleanTitle(title, 'Marmara Press Agency')).toBe(title);
  });
});
