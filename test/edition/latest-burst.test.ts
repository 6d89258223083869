import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  BURST_GAP_HOURS,
  closerElsewhere,
  GROUP_GAP_HOURS,
  latestBurst,
  newestHeadlineGroup,
  SHORT_GROUP_GAP_HOURS,
  sinceOtherEvent,
  unlikeHeadline,
} from '../../src/edition/latest-burst';
import type { LabelledArticle } from '../../src/eval/editorial/fixture';
import { loadEditorialSet } from '../../src/eval/editorial/fixture';
import { runEditions } from '../../src/eval/editorial/run-editions';
import { report } from '../support/labelled-report';

jest.setTimeout(120_000);

const HOUR = 3_600_000;

describe('the latest burst of a story', () => {
  const at = (hours: number) => ({ time: Date.UTC(2027, 2, 1) + hours * HOUR });
  const timeOf = (item: { time: number }) => item.time;

  it('is what follows the last quiet spell, or nothing when there is none', () => {
    const items = [at(0), at(3), at(4 + BURST_GAP_HOURS), at(40), at(41 + BURST_GAP_HOURS), at(60)];
    expect(latestBurst(items, timeOf)).toEqual([at(41 + BURST_GAP_HOURS), at(60)]);
    expect(latestBurst([at(0), at(5), at(10)], timeOf)).toBeNull();
    expect(latestBurst([], timeOf)).toBeNull();
  });
});

describe("the newest headlines' group", () => {
  const at = (hours: number, title: string) => ({ time: Date.UTC(2027, 2, 22) + hours * HOUR, title });
  const timeOf = (item: { time: number }) => item.time;
  const titleOf = (item: { title: string }) => item.title;
  const suspension = [
    at(0, 'Philippine ombudsman suspends Cebu governor over drainage contract'),
    at(19, 'Pacaña sworn in as acting governor; Montecillo supporters keep vigil at Capitol'),
    at(53, "What happens now Cebu's governor is back at the Capitol?"),
    at(66, "Cebu's suspended governor is back — for now"),
  ];
  const water = [
    at(
      66 + GROUP_GAP_HOURS + 3,
      "Philippines' Cebu declares state of calamity as reservoirs hit 15-year low",
    ),
    at(98, 'Metro Cebu to ration tap water from Monday under state of calamity'),
  ];

  it('is another event of the actor when the older headlines share only names with it, a first word never written in lower case among them', () => {
    expect(newestHeadlineGroup([...suspension, ...water], timeOf, titleOf)).toEqual(water);
  });

  it('is no split when it came within hours, when an older headline shares a word with it, or when all is one group', () => {
    const soon = [at(66 + SHORT_GROUP_GAP_HOURS - 1, water[0]?.title ?? ''), water[1] as (typeof water)[0]];
    expect(newestHeadlineGroup([...suspension, ...soon], timeOf, titleOf)).toBeNull();
    const resumed = [...suspension, at(80, 'Cebu governor back at work as calamity looms'), ...water];
    expect(newestHeadlineGroup(resumed, timeOf, titleOf)).toBeNull();
    expect(newestHeadlineGroup(suspension, timeOf, titleOf)).toBeNull();
  });

  it("keeps a governor's suspension out of the morning story on the province's water emergency", async () => {
    const storiesOn = await editionsOfEvents('editorial-eighth', [
      'cebu-governor-suspension.json',
      'cebu-water-emergency.json',
    ]);
    const water = storiesOn('2027-03-27T06:00:00.000Z').filter((story) =>
      story.sources.some((source) => source.url.includes('water-rationing')),
    );
    expect(water).toHaveLength(1);
    expect(water[0]?.sources.some((source) => source.url.includes('cebu-governor'))).toBe(false);
  });

  it('may begin a few hours after older headlines that tell one event of their own', () => {
    const deal = [
      at(0, "Oman's Sahab Air to buy 49% of Pakistan's Indus Skyways for $385 million"),
      at(2, 'Omani airline to buy 49pc stake in Indus Skyways for Rs108 billion'),
      at(4, 'Sahab Air buys into Indus Skyways in nearly $400 million deal'),
    ];
    const crash = [
      at(4 + SHORT_GROUP_GAP_HOURS + 1, 'Two killed as Sahab Air jet skids off runway in Lahore storm'),
      at(4 + SHORT_GROUP_GAP_HOURS + 2, '2 dead, 19 hurt as Omani plane skids off runway at Lahore airport'),
    ];
    expect(newestHeadlineGroup([...deal, ...crash], timeOf, titleOf)).toEqual(crash);
    // Older headlines that do not tell one event between them need the longer quiet spell.
    const mixed = [deal[0], at(3, 'Sahab Air names new chief pilot')].filter((item) => item !== undefined);
    expect(newestHeadlineGroup([...mixed, ...crash], timeOf, titleOf)).toBeNull();
  });

  it("leaves a feature's headline out of both sides", () => {
    const feature = at(99, '“The taps are just decoration now”');
    expect(newestHeadlineGroup([...suspension, ...water, feature], timeOf, titleOf)).toEqual(water);
  });
});

describe("one actor's other event in an earlier burst", () => {
  const at = (hours: number, title: string) => ({ time: Date.UTC(2027, 2, 1) + hours * HOUR, title });
  const timeOf = (item: { time: number }) => item.time;
  const titleOf = (item: { title: string }) => item.title;
  const century = [
    at(0, 'Cricket: Pokharel hits record 151 as Nepal beat Scotland'),
    at(1, "Pokharel's 151 sinks Scotland as Kirtipur's hill roars"),
    at(2, "Pokharel's record 151 gives Nepal 1-0 lead over Scotland"),
  ];
  const deepfake = [
    at(60, 'Nepal cricket captain goes to police over deepfake betting video'),
    at(61, 'Video of Aarav Pokharel promoting a betting app is a deepfake'),
    at(80, "'Don't put your money in these apps': Pokharel takes on the deepfakers"),
  ];

  it('is left out with all before it when most of its headlines share only names with the later ones', () => {
    expect(sinceOtherEvent([...century, ...deepfake], timeOf, titleOf)).toEqual(deepfake);
  });

  it("keeps a captain's century out of the morning story on his deepfake complaint", async () => {
    const storiesOn = await editionsOfEvents('editorial-seventh', [
      'nepal-pokharel-century-scotland.json',
      'pokharel-deepfake-betting-video.json',
    ]);
    const deepfake = storiesOn('2027-03-06T06:00:00.000Z').filter((story) =>
      story.sources.some((source) => source.url.includes('deepfake')),
    );
    expect(deepfake).toHaveLength(1);
    expect(deepfake[0]?.sources.some((source) => source.url.includes('151'))).toBe(false);
  });

  it('stays when its headlines tell the same event', () => {
    const toll = [at(0, 'Ferry fire kills 7 off Veldor'), at(1, 'Seven dead in Veldor ferry fire')];
    const later = [at(40, 'Ferry fire toll rises to 19'), at(41, 'Veldor ferry fire: toll climbs to 19')];
    expect(sinceOtherEvent([...toll, ...later], timeOf, titleOf)).toHaveLength(4);
  });
});

describe('a lone report unlike its story', () => {
  const story = [
    'Averne Heavy wins record order for 12 gas carriers',
    '(LEAD) Averne Heavy lands record order from Veldor',
  ];
  it("shares nothing but names and figures with the story's headlines", () => {
    expect(
      unlikeHeadline("(LEAD) Crane collapse at Averne Heavy's Osk shipyard kills 2, injures 4", story),
    ).toBe(true);
  });
  it('reads a first word that owns what follows as a name', () => {
    expect(
      unlikeHeadline("EXCLUSIVE-Valmora's Tarvin Motors in talks to buy Spanish car plant -sources", [
        "Valmora's Tarvin Motors recalls 310,000 scooters over battery fires",
      ]),
    ).toBe(true);
  });
  it("reads past a column's headline, whose words are the writer's", () => {
    const series = [
      "Tarvin's 211 powers Valmora to series sweep over Osk",
      "OPINION | Tarvin's 211 was the innings of a captain who has stopped apologising",
    ];
    expect(unlikeHeadline('Valmora captain Jon Tarvin injured in highway crash', series)).toBe(true);
  });
  it("is not a report whose story has only a feature's headline to read it against", () => {
    const told = [
      "'WE HEARD THE ROOF GO': Aussie families' night of terror as monster Cyclone Oriel smashes Vanuatu",
    ];
    expect(
      unlikeHeadline('Cyclone Oriel live: Vanuatu death toll rises to 12 as relief flights land', told),
    ).toBe(false);
    expect(
      unlikeHeadline('Cyclone Oriel live: Vanuatu death toll rises to 12 as relief flights land', [
        ...told,
        'Aussie holidaymakers shelter in hotel bathrooms in Port Vila',
      ]),
    ).toBe(true);
  });
  it('is not a report whose headline recalls the story, nor one made of names alone', () => {
    expect(unlikeHeadline('Averne Heavy order: 12 carriers to be built by 2031', story)).toBe(false);
    expect(unlikeHeadline('Averne Heavy Industries', story)).toBe(false);
  });
});

const FIRST_DAY = [
  report('d1a', 'Averne Post', '2027-03-01T08:00:00Z', 'Ferry fire off Port Averne kills seven', [
    'A fire swept through a passenger ferry off Port Averne on Monday, killing at least seven people, the coast guard said.',
    'The Sea Lark was carrying 180 passengers from Osk when the fire broke out in its engine room.',
    'Coast guard boats and fishing vessels pulled 160 people from the water.',
  ]),
  report('d1b', 'Valmora Herald', '2027-03-01T10:00:00Z', 'Seven dead as ferry burns near Port Averne', [
    'At least seven people died when a ferry caught fire near Port Averne on Monday, officials said.',
    'Fishermen helped the coast guard rescue about 160 passengers from the burning Sea Lark.',
    'The fire started in the engine room shortly after the ferry left Osk.',
  ]),
  report('d1c', 'Coastal Tribune', '2027-03-01T12:00:00Z', 'Port Averne ferry fire: seven killed', [
    'Seven people were killed in a fire on the Sea Lark ferry off Port Averne on Monday.',
    'Survivors said smoke filled the passenger deck within minutes of the first alarm.',
    'The ferry operator said it was cooperating with the coast guard.',
  ]),
];

const THIRD_DAY = [
  report('d3a', 'Averne Post', '2027-03-02T22:00:00Z', 'Ferry fire toll rises to 12, captain detained', [
    'The death toll from the Sea Lark ferry fire off Port Averne rose to 12 on Tuesday, and police detained the captain.',
    'Prosecutors said the captain had ignored a fire alarm for 20 minutes before sending a distress call.',
    'Five passengers are still missing.',
  ]),
  report(
    'd3b',
    'Valmora Herald',
    '2027-03-03T01:00:00Z',
    'Captain of burning ferry detained as toll reaches 12',
    [
      'Police detained the captain of the Sea Lark on Tuesday as the toll from the ferry fire near Port Averne reached 12.',
      'Investigators said the ferry had failed a fire safety inspection in January.',
      'Divers were searching for five missing passengers.',
    ],
  ),
];

const ROOT = resolve(__dirname, '..', '..');

/** The stories of each morning's edition built from some events of a labelled set, by slot. */
async function editionsOfEvents(set: string, files: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'events-'));
  try {
    for (const name of files) copyFileSync(join(ROOT, 'test/fixtures', set, name), join(dir, name));
    const editions = await runEditions(
      loadEditorialSet(dir).flatMap((event) => event.articles),
      ROOT,
    );
    return (slot: string) =>
      (editions.find((edition) => edition.slot.toISOString() === slot)?.content.sections ?? []).flatMap(
        (section) => section.stories,
      );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const idOf = (source: { url: string }): string => source.url.slice(source.url.lastIndexOf('/') + 1);

async function ferryStoryOn(articles: LabelledArticle[], slot: string) {
  const editions = await runEditions(articles, ROOT);
  const edition = editions.find((candidate) => candidate.slot.toISOString() === slot);
  const stories = edition?.content.sections.flatMap((section) => section.stories) ?? [];
  return stories.filter((story) => story.sources.some((source) => /\/d\d[a-c]$/.test(source.url)));
}

describe('a morning summary', () => {
  it('is written from the latest burst of reporting when it is corroborated on its own', async () => {
    const stories = await ferryStoryOn([...FIRST_DAY, ...THIRD_DAY], '2027-03-03T06:00:00.000Z');
    expect(stories).toHaveLength(1);
    const cited = stories[0]?.sources.map(idOf).sort();
    expect(cited).toEqual(['d3a', 'd3b']);
    expect(stories[0]?.points[0]?.text).toMatch(/12/);
  });

  it('is written from all the recent articles when the latest burst is one report', async () => {
    const stories = await ferryStoryOn(
      [...FIRST_DAY, THIRD_DAY[0] as LabelledArticle],
      '2027-03-03T06:00:00.000Z',
    );
    expect(stories).toHaveLength(1);
    expect(stories[0]?.sources.map(idOf).sort()).toEqual(['d1a', 'd1b', 'd1c', 'd3a']);
  });
});

const ORDER = [
  report('o1', 'Averne Post', '2027-03-01T08:00:00Z', 'Averne Heavy wins record order for 12 gas carriers', [
    'Averne Heavy Industries won a record order worth 4.3 billion euros to build 12 gas carriers for Veldor Gas Shipping, the shipbuilder said on Monday.',
    'The ships will be delivered between 2030 and 2031, and Averne Heavy shares jumped 12 percent.',
    "It is the largest single order in the shipyard's 52-year history, chief executive Lena Park said.",
  ]),
  report(
    'o2',
    'Valmora Herald',
    '2027-03-01T10:00:00Z',
    'Averne Heavy lands record gas carrier order from Veldor',
    [
      'Averne Heavy Industries has landed a record order for 12 gas carriers from Veldor Gas Shipping worth 4.3 billion euros.',
      'Averne Heavy shares rose 12 percent on the news, their biggest gain in three years.',
      'The carriers will be built at the Osk shipyard and delivered from 2030.',
    ],
  ),
  report(
    'o3',
    'Coastal Tribune',
    '2027-03-01T12:00:00Z',
    'Record order for Averne Heavy: 12 gas carriers for Veldor',
    [
      'Veldor Gas Shipping ordered 12 gas carriers from Averne Heavy Industries for 4.3 billion euros on Monday, a record for the shipbuilder.',
      "Chief executive Lena Park said it was the largest order in the company's history.",
      'Averne Heavy shares closed 12 percent higher.',
    ],
  ),
];
const CRANE = report(
  'c1',
  'Averne Post',
  '2027-03-02T06:00:00Z',
  "Crane collapse at Averne Heavy's Osk shipyard kills 2",
  [
    "A crane collapsed at Averne Heavy Industries' Osk shipyard on Tuesday, killing two workers and injuring four, fire officials said.",
    'The labour ministry ordered all crane work at the shipyard to stop while inspectors examine the crane.',
    'Averne Heavy Industries said it was cooperating with the investigation.',
  ],
);

describe("a morning after one actor's other event is first reported", () => {
  it('shows the story without the lone report until a second report confirms it', async () => {
    const editions = await runEditions([...ORDER, CRANE], ROOT);
    const edition = editions.find((candidate) => candidate.slot.toISOString() === '2027-03-02T06:00:00.000Z');
    const cited = (edition?.content.sections ?? []).flatMap((section) =>
      section.stories.flatMap((story) => story.sources.map(idOf)),
    );
    expect(cited).toEqual(expect.arrayContaining(['o1', 'o2', 'o3']));
    expect(cited).not.toContain('c1');
  });
});

describe('a lone report that tells another story of the morning', () => {
  const deal = [
    'Altiva to buy Andemar in $640m deal; pilots wary',
    "Altiva's $640m Andemar bet wins over investors, shares jump",
  ];
  const accident = [
    'Altiva plane skids off runway at Cusco airport',
    'Passengers evacuated after plane skids off runway in Cusco',
  ];
  const market = 'Altiva shares slide 6% after Cusco runway accident, days after Andemar deal';

  it('shares more with that story than with its own', () => {
    expect(closerElsewhere(market, deal, [accident])).toBe(true);
    expect(closerElsewhere("Altiva's Andemar deal cleared by regulators", deal, [accident])).toBe(false);
  });

  it('is read without its tail about an earlier event ("…, days after Andemar deal")', () => {
    expect(
      unlikeHeadline("Plane skids off runway in Cusco, days after Altiva's Andemar deal", [
        'Altiva to buy Andemar in $640m deal',
      ]),
    ).toBe(true);
  });

  it('leaves its own story out of the morning when nothing else of it is within the look-back', async () => {
    const storiesOn = await editionsOfEvents('editorial-sixth', [
      'altiva-andemar-acquisition.json',
      'altiva-cusco-runway-excursion.json',
    ]);
    {
      const cites = (story: { sources: { url: string }[] }, word: string) =>
        story.sources.some((source) => source.url.includes(word));
      // The morning after the accident: one accident story, no deal story with the market report in it.
      const after = storiesOn('2027-02-06T06:00:00.000Z');
      expect(after.filter((story) => cites(story, 'andemar') && cites(story, 'cusco'))).toHaveLength(0);
      // Two mornings after: the four-day-old deal is not back because a report it left out was recent.
      expect(
        storiesOn('2027-02-07T06:00:00.000Z').filter((story) => story.headline.includes('Andemar')),
      ).toHaveLength(0);
    }
  });
});
