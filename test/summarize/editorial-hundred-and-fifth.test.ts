import { createClusterer, DEFAULT_TUNING, extractTerms } from '../../src/cluster';
import { Conflict, namesConflict } from '../../src/cluster/name-conflict';
import { unlikeHeadline } from '../../src/edition/latest-burst';
import { withoutLeadIn } from '../../src/shared/text/furniture';
import { junkKind } from '../../src/shared/text/page-junk';
import { ANNOUNCED_UPDATE } from '../../src/summarize/opening-voice';
import { doc, morningPoints, pointsAt } from './fixture-doc';

// Shapes from the hundred-and-fifth round of labelled sets (docs/summarization.md, "Hundred-and-fifth
// and hundred-and-sixth rounds"). Outlets, people, firms and places of the news are fictional.

const HELD_OUT = 'editorial-hundred-and-sixth';

const view = (title: string, text: string) => {
  const terms = extractTerms(title, text, DEFAULT_TUNING, '');
  return { names: [...terms.names], headlineNames: [...terms.headlineNames], capitals: terms.capitals };
};

describe("two events of one holiday's eve", () => {
  const ash = [
    "Ash shuts Varena airport on New Year's Eve",
    "Carvalia suspended all flights at Varena's Puerto Alto airport on Tuesday after the Monte Sirio volcano threw ash over the runway on New Year's Eve.\n\nThe airport operator said 46 flights had been cancelled.",
  ] as const;
  const smoke = [
    'Smoke in the cabin: Orla Air flight diverts to Tumbaya',
    "An Orla Air Boeing 737 bound for San Telmo diverted to Tumbaya on New Year's Eve after the crew reported smoke in the cabin.\n\nPassengers left the aircraft on its slides, the airline said.",
  ] as const;

  it('do not share a name for writing "New Year\'s Eve"', () => {
    expect(view(...ash).names).not.toEqual(expect.arrayContaining(['new']));
    expect(view(...smoke).names).not.toEqual(expect.arrayContaining(['year']));
    expect(namesConflict(view(...ash), view(...smoke))).not.toBe(Conflict.None);
  });

  it('so a report of one does not join the story of the other', () => {
    let next = 0;
    const clusterer = createClusterer({ newStoryId: () => `s${++next}`, trackChanges: false });
    const at = (iso: string, [title, text]: readonly [string, string], outlet: string) =>
      clusterer.add({
        id: outlet,
        title,
        text,
        publishedAt: new Date(iso),
        outlet,
        url: `https://${outlet}.example/`,
      });
    const first = at('2030-12-31T16:00:00Z', ash, 'meseta');
    const second = at('2030-12-31T18:00:00Z', smoke, 'oriente');
    expect(second.storyId).not.toBe(first.storyId);
  });

  it('but two stories of one city still share its name', () => {
    const fireworks = view(
      "Fireworks injure 40 in Varena on New Year's Eve",
      "Doctors in Varena treated 40 people for fireworks burns on New Year's Eve.",
    );
    expect(namesConflict(view(...ash), fireworks)).toBe(Conflict.None);
  });
});

describe('a quotation of "the operator" after a sentence that introduces the operator by its kind', () => {
  const page = (second: string) =>
    doc('c1', 'Cordillera News Service', '2030-12-31T18:00:00Z', 'Ash shuts Varena airport', [
      "Carvalia suspended all flights at Varena's Puerto Alto International Airport on Tuesday after the Monte Sirio volcano threw a column of ash about 3 km above its crater.",
      second,
      '"Operations have been suspended because ash deposits on the runway make take-offs and landings unsafe," the operator said in a statement.',
      'At least 46 flights had been cancelled by midday, among them connections to Lima and Madrid.',
    ]);

  it('names the operator, not the country that acted in the sentence before', () => {
    const points = pointsAt(
      [
        page(
          'Airport operator Corporación Aeroportuaria Sirio said it halted take-offs and landings at 10:20 a.m.',
        ),
      ],
      '2031-01-01T06:00:00Z',
    );
    const quoted = points.find((point) => point.startsWith('"Operations'));
    expect(quoted).toMatch(/unsafe," Corporación Aeroportuaria Sirio said in a statement\.$/);
    expect(points.some((point) => /Carvalia said in a statement/.test(point))).toBe(false);
  });

  it('and the kind must be the one the quotation names', () => {
    const points = pointsAt(
      [page('Mining company Cerro Azul Minerals said ash had also reached its pits near the airport.')],
      '2031-01-01T06:00:00Z',
    );
    expect(points.some((point) => /Cerro Azul Minerals said in a statement/.test(point))).toBe(false);
  });
});

describe("a weather service's banner under its label in capitals", () => {
  it('is furniture', () => {
    expect(
      junkKind(
        'NiMET ADVISORY: Moderate to thick harmattan haze expected over Kano, Katsina and Sokoto, with horizontal visibility of 1km–3km.',
      ),
    ).not.toBeNull();
    expect(
      junkKind('WEATHER ALERT: Dense fog advisory for Calcasieu and Cameron parishes until 9 a.m. Friday'),
    ).not.toBeNull();
  });

  it('but an alert that reports what happened is news', () => {
    expect(
      junkKind('SERVICE ALERT: MV Vatulele Star — sailings suspended following engine failure.'),
    ).toBeNull();
    expect(
      junkKind("HPA ALERT: Smoke from fire at Thilafushi is affecting Male' and Hulhumale'."),
    ).toBeNull();
  });
});

describe('a firm that "has spoken for the first time"', () => {
  const page = (opening: string) =>
    doc(
      'e1',
      'Eko Wave 96.3 FM',
      '2030-12-27T18:00:00Z',
      'Ikorodu boat capsize: operator says boat was licensed',
      [
        opening,
        'In a statement sent to Eko Wave, Bluecrest Waterways said the Oluwaseun 2 was licensed to carry 40 passengers and had 40 life jackets on board when it left Ebute.',
        'Rescuers have so far recovered nine bodies from the lagoon near Ofin, the waterways authority said.',
      ],
    );

  it('says nothing yet, so the statement after it leads', () => {
    const [lead] = pointsAt(
      [page('Bluecrest Waterways has spoken for the first time since the accident.')],
      '2030-12-28T06:00:00Z',
    );
    expect(lead).not.toMatch(/spoken for the first time/);
    expect(ANNOUNCED_UPDATE.test('The ferry operator has broken its silence.')).toBe(true);
  });

  it('but what it then said, in the same sentence, is news', () => {
    expect(
      ANNOUNCED_UPDATE.test(
        'Bluecrest Waterways has spoken for the first time since the accident, saying the boat was licensed.',
      ),
    ).toBe(false);
  });
});

describe("a lone report whose headline writes the story's word in lower case", () => {
  it('resumes the story that capitalized it after a live label', () => {
    expect(
      unlikeHeadline('Chosica huaico: 126 homes affected as machines work to reopen Carretera Central', [
        'LIVE | Huaicos hit Chosica: one dead, Carretera Central blocked',
      ]),
    ).toBe(false);
  });

  it("but one actor's other event still shares only names", () => {
    expect(
      unlikeHeadline("Crane collapse at Averne Heavy's Osk shipyard kills 2, injures 4", [
        'Averne Heavy wins record order for 12 LNG carriers',
      ]),
    ).toBe(true);
  });
});

describe('a history told from a past it does not date', () => {
  const wire = doc(
    'e1',
    'Levant Press',
    '2031-01-08T07:50:00Z',
    'At least three dead as building collapses in Sidon',
    [
      'SIDON (LP) — At least three people were killed and five were missing on Wednesday after a four-storey residential building collapsed before dawn in the southern Lebanese city of Sidon, civil defence officials said.',
      'Seven people, including two children, were pulled alive from the rubble.',
      'Rescue teams searched the debris with sniffer dogs and excavators.',
    ],
  );
  const page = (opening: string) =>
    doc(
      's1',
      'Saida Weekly',
      '2031-01-09T11:30:00Z',
      'Abu Nakhleh Street: last missing man found alive, toll rises to five',
      [
        opening,
        'For decades its ground floor housed a bakery, and the upper flats were let under the old rent law.',
        'On Thursday morning, rescuers brought out the last two people missing in the collapse of the building: a 71-year-old man, alive, and a woman, dead.',
        'The death of the woman brings the toll from Wednesday’s collapse to five, the Civil Defence said.',
      ],
    );

  it('does not lead: "went up in 1962", "Over the next five decades"', () => {
    for (const opening of [
      'The building on the corner of Abu Nakhleh Street went up in 1962, when Sidon was spilling beyond its old walls and families from the souks moved into new concrete blocks.',
      'Over the next five decades the building on Abu Nakhleh Street became the best-known address in Sidon.',
    ]) {
      const [lead] = pointsAt([wire, page(opening)], '2031-01-10T06:00:00Z');
      expect(lead).not.toBe(opening);
    }
  });

  it('but a year told of what the news names still leads', () => {
    const opening =
      'Rescuers on Thursday found the last two people missing in the collapse of a building on Abu Nakhleh Street, which went up in 1962.';
    const report = doc(
      's2',
      'Saida Weekly',
      '2031-01-09T11:30:00Z',
      'Last missing man found alive in Sidon collapse',
      [
        opening,
        'The man was found in a void beside the stairwell, where a fallen beam had shielded him.',
        'The Civil Defence said the search had ended.',
      ],
    );
    const [lead] = pointsAt([report], '2031-01-10T06:00:00Z');
    expect(lead).toBe(opening);
  });
});

describe('a search for people told by what they are', () => {
  const search = doc(
    'i1',
    'Island Siar News',
    '2031-01-12T09:00:00Z',
    'Search for four divers missing off Tatawa enters second day',
    [
      'LABUAN BAJO — Rescuers on Sunday resumed the search for four divers who disappeared in strong currents off Tatawa Besar island on Saturday afternoon.',
      'The group — two Spanish women, an Australian man and their dive guide — failed to resurface near their boat at the end of a drift dive, the search and rescue post said.',
      'The search involves 36 personnel and four boats.',
    ],
  );
  const found = (third: string) =>
    doc(
      'f1',
      'Flores Daily',
      '2031-01-13T04:00:00Z',
      'Found alive: fisherman spots missing divers on Rinca beach',
      [
        'Ahmad Lasida was pulling in his nets off the north coast of Rinca at first light on Monday when he noticed a flash of orange on the beach.',
        'At first he thought it was rubbish washed up by the storm.',
        third,
        'All four were in stable condition and were taken to hospital in Labuan Bajo.',
      ],
    );

  it('is over when another report finds them all, and the finding leads from below a scene', () => {
    const [lead] = pointsAt(
      [
        search,
        found(
          'The four divers, missing since Saturday afternoon, were found alive at about 6.50am on a beach on the north coast of Rinca island, the search and rescue post said.',
        ),
      ],
      '2031-01-13T06:00:00Z',
    );
    expect(lead).toMatch(/^The four divers, missing since Saturday afternoon, were found alive/);
  });

  it('but not when the finding leaves some of them missing', () => {
    const points = pointsAt(
      [
        search,
        found(
          'Two of the four divers were found alive at about 6.50am on a beach on Rinca island, and two are still missing, the search and rescue post said.',
        ),
      ],
      '2031-01-13T06:00:00Z',
    );
    expect(points.some((point) => /resumed the search for four divers/.test(point))).toBe(true);
  });
});

describe("a feature's hour told in the morning, with an irregular past", () => {
  it('does not lead: "By six in the morning, … had swept…"', () => {
    const [lead] = morningPoints(HELD_OUT, 'negros-kanlaon-explosive-eruption', '2031-01-15T06:00:00Z');
    expect(lead).not.toMatch(/^By six in the morning/);
  });
});

describe("a writer's turn to the next item", () => {
  it('goes from the point: "In better news for travellers, …"', () => {
    expect(
      withoutLeadIn(
        'In better news for travellers, Bacolod-Silay Airport reopened at 1 p.m. on Tuesday after crews cleared ash from the runway.',
      ),
    ).toBe('Bacolod-Silay Airport reopened at 1 p.m. on Tuesday after crews cleared ash from the runway.');
    expect(withoutLeadIn('In other news, the council approved the budget.')).toBe(
      'The council approved the budget.',
    );
  });

  it('but a sentence about the news itself stays', () => {
    const text = 'In news that surprised the market, the central bank cut its main rate by half a point.';
    expect(withoutLeadIn(text)).toBe(text);
  });
});

describe('a claim answered by pointing at it', () => {
  it('is no point: "The union disputes that account, saying…"', () => {
    const page = doc('p1', 'Palu Daily', '2031-01-13T20:00:00Z', 'Smelter blast toll rises to five', [
      'The death toll from Sunday’s explosion at the Bahodopi nickel smelter rose to five on Monday, police said.',
      'The company said the furnace had passed a full inspection in December.',
      'The Sulawesi Metal and Mine Workers Union disputes that account, saying it warned management twice in November about leaking cooling pipes.',
    ]);
    const points = pointsAt([page], '2031-01-14T06:00:00Z');
    expect(points.some((point) => /disputes that account/.test(point))).toBe(false);
  });

  it('but "that" opening what was disputed is a clause, not a pointer', () => {
    const page = doc('p2', 'Palu Daily', '2031-01-13T20:00:00Z', 'Smelter blast toll rises to five', [
      'The death toll from Sunday’s explosion at the Bahodopi nickel smelter rose to five on Monday, police said.',
      'The Sulawesi Metal and Mine Workers Union disputes that the furnace was inspected in December, saying it warned management twice about leaking cooling pipes.',
    ]);
    const points = pointsAt([page], '2031-01-14T06:00:00Z');
    expect(points.some((point) => /disputes that the furnace/.test(point))).toBe(true);
  });
});
