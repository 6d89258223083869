import { disclaimerKind } from '../../src/shared/text/disclaimers';
import { junkKind } from '../../src/shared/text/page-junk';
import { isSceneTelling } from '../../src/summarize/candidates';
import { statedCounts } from '../../src/summarize/counts';
import { cleanTitle } from '../../src/summarize/headline';
import { LEANS_ON_CONTEXT } from '../../src/summarize/lead';
import { leansOutside } from '../../src/summarize/leans-outside';
import { opensAsScene } from '../../src/summarize/scene-openings';
import { standaloneOf } from '../../src/summarize/standalone';
import { analyzeStory, summarizeStory } from '../../src/summarize/summarize-story';
import { creditedWire } from '../../src/summarize/wire-credit';
import { doc } from './fixture-doc';

// Shapes from the fifty-fifth round of labelled sets and the stories left from the fifty-fourth
// (docs/summarization.md, "Fifty-fifth to fifty-eighth rounds"). Outlets, people and places are
// fictional.

describe('an article whose opening gives an old count', () => {
  const wire = doc(
    'w',
    'Delta Wire',
    '2029-06-11T07:50:00Z',
    'Seven killed as bus hits lorry north of Tanta',
    [
      'Seven people were killed and 40 injured on Monday when a bus ran into the back of a lorry on the agricultural road north of Tanta, the health ministry said.',
      'The crash happened at about 5:30 a.m. as the bus, travelling from Mansoura to Cairo, approached the Kafr Essam junction, the traffic police said.',
      'The lorry had stopped on the road with a flat tyre, witnesses said.',
    ],
  );
  const gallery = doc('g', 'Nile Screen TV', '2029-06-11T21:30:00Z', 'In pictures: Kafr Essam bus crash', [
    'Rescue workers search the wreck of the bus near Kafr Essam on Monday morning. © Nile Screen/Omar Sabry',
    'The death toll from Monday’s bus crash near Tanta rose to 12 by the evening, with 51 people injured, the health ministry said.',
    'The bus, carrying workers from Mansoura to Cairo, hit a lorry standing on the road near the Kafr Essam junction shortly after dawn.',
    'The governor of Gharbia visited the injured in Tanta University Hospital in the afternoon.',
  ]);

  it('leaves its detail out of the lead', () => {
    const summary = summarizeStory([wire, gallery], { readAt: new Date('2029-06-12T06:00:00Z') });
    expect(summary.points[0]?.text).not.toMatch(/^The crash happened at about 5:30/);
    expect(summary.points[0]?.sources).toEqual(['g']);
  });
});

describe('a programme’s name between the headline and the outlet', () => {
  it('is cut once the outlet’s name was', () => {
    expect(
      cleanTitle('Kazakh parliament approves new cabinet - Steppe Today - Steppe Radio', 'Steppe Radio'),
    ).toBe('Kazakh parliament approves new cabinet');
  });
  it('stays when the title is a page’s name, or the tail a count', () => {
    expect(
      cleanTitle(
        'Rotorua Lakes Council – Mayoral By-election – Final Result | Kōwhai Elections',
        'Kōwhai Elections',
      ),
    ).toBe('Rotorua Lakes Council – Mayoral By-election – Final Result');
    expect(cleanTitle('Ferry sinks off Cebu - Twelve Dead - Visayas Times', 'Visayas Times')).toBe(
      'Ferry sinks off Cebu - Twelve Dead',
    );
  });
});

describe('a picture that “shows”', () => {
  it('is a caption', () => {
    expect(
      junkKind(
        'A still from a security camera shows three men carrying a safe along Dluga Street shortly after 2 a.m. on Sunday.',
      ),
    ).toBe('caption');
    expect(
      junkKind(
        'This photo, provided by the Busan fire service, shows the collapsed gantry at the port on Tuesday.',
      ),
    ).toBe('caption');
  });
  it('is news when a search or footage shows it', () => {
    expect(
      junkKind('A reverse image search shows the photo was first published in 2021 in another country.'),
    ).toBeNull();
  });
});

describe('a writer’s maxim about any one of a kind', () => {
  const analysis = doc('a', 'Pharma Week Asia', '2029-06-13T09:00:00Z', 'Analysis: a bad week for Lianhe', [
    'For a listed Chinese hospital group, there is no worse news than a visit from the discipline inspectors.',
    'Lianhe Health said on Tuesday that its chairman, Zhou Ming, had been placed under retention by the provincial supervisory commission.',
    'Its shares fell 22 per cent when trading resumed in Hong Kong on Wednesday.',
    'The company said its hospitals were operating normally.',
  ]);
  it('is no point', () => {
    const summary = summarizeStory([analysis], { readAt: new Date('2029-06-14T06:00:00Z') });
    expect(summary.points.map((point) => point.text).join(' ')).not.toMatch(/no worse news/);
  });
});

describe('a happening told as a repeat of one told before', () => {
  it('leans on what was told before it', () => {
    const text = 'Police say something similar appears to have happened again, less than an hour away.';
    expect(leansOutside(text, text)).toBe(true);
    const told = 'On Saturday night it happened again: a fire at a bar in Hue killed nine people.';
    expect(leansOutside(told, told)).toBe(false);
  });
});

describe('openings that come before the news', () => {
  const feature = doc('f', 'Mindanao Courier', '2029-06-15T02:00:00Z', 'In Baganga, the bakery reopens', [
    'At 6 a.m. on Saturday, Liza Magbanua was frying bananas at a stall outside the ruined market, whose roof lies in the street.',
    'Former harbour worker Rolando Tan has wanted a boat of his own for the best part of a decade.',
    'Ana Reyes arrived in Manila with two suitcases, a nursing diploma and modest expectations.',
    'The provincial health office is continuing to investigate the cluster of cholera cases in Baganga.',
    'The death toll from Thursday’s earthquake in Davao Oriental rose to 19 on Saturday, the disaster council said.',
  ]);
  const { model } = analyzeStory([feature]);
  const at = (start: string) => model.sentences.findIndex((sentence) => sentence.text.startsWith(start));
  it('are scenes or background', () => {
    expect(isSceneTelling(feature.text.split('\n\n')[0] ?? '')).toBe(true);
    expect(opensAsScene(model, at('Former harbour worker'))).toBe(true);
    expect(opensAsScene(model, at('Ana Reyes arrived'))).toBe(true);
    expect(opensAsScene(model, at('The provincial health office'))).toBe(true);
    expect(opensAsScene(model, at('The death toll'))).toBe(false);
  });
});

describe('a statement that opens on "Now"', () => {
  const magazine = doc(
    'm',
    'Borneo Nature Journal',
    '2029-06-16T10:00:00Z',
    'Clouded leopard cubs filmed in Sabah',
    [
      'Of Borneo’s wild cats, the clouded leopard is among the hardest to study.',
      'Now researchers in Sabah have filmed a mother clouded leopard with two cubs in Maliau Basin.',
      'The clip was recorded in March by one of 40 camera traps in the basin.',
    ],
  );
  const paper = doc('p', 'Sabah Daily', '2029-06-16T04:00:00Z', 'Clouded leopard cubs caught on camera', [
    'Camera traps in Maliau Basin have filmed a clouded leopard with two cubs, Sabah Wildlife Department said today.',
    'The department said the location would not be disclosed.',
  ]);
  it('does not lead, and a report told "today" may', () => {
    const summary = summarizeStory([magazine, paper], { readAt: new Date('2029-06-17T06:00:00Z') });
    expect(summary.points[0]?.text).toMatch(/^Camera traps in Maliau Basin have filmed/);
    expect(summary.points[0]?.text).toMatch(/Department said\.$/);
  });
});

describe('"Now" opening a statement', () => {
  it('leans on what came before it, but not in an order’s "Now, therefore"', () => {
    expect(
      LEANS_ON_CONTEXT.test('Now researchers in Sabah have filmed a mother clouded leopard with two cubs.'),
    ).toBe(true);
    expect(
      LEANS_ON_CONTEXT.test('Now, therefore, the occupier is hereby prohibited from operating the plant.'),
    ).toBe(false);
  });
});

describe('a filing’s preamble', () => {
  it('is page furniture', () => {
    expect(
      disclaimerKind(
        'This announcement is made by Lianhe Health Group Co., Ltd. pursuant to Rule 13.09(2)(a) of the Rules Governing the Listing of Securities.',
      ),
    ).not.toBeNull();
    expect(
      disclaimerKind(
        'Hong Kong Exchanges and Clearing Limited take no responsibility for the contents of this announcement and make no representation as to its accuracy.',
      ),
    ).not.toBeNull();
  });
});

describe('counts told as an increase', () => {
  it('are read as the total they bring', () => {
    expect(
      statedCounts('Four more cases have been confirmed since the last update, bringing the total to 19.'),
    ).toEqual(['19 cases']);
    expect(
      statedCounts('The number of people infected in the cluster has risen to 14, the ministry says.'),
    ).toEqual(['14 cases']);
  });

  const paper = doc(
    'p',
    'Harbour Post',
    '2029-06-18T09:00:00Z',
    'Man dies as Wellington Legionnaires’ cluster grows to nine',
    [
      'A man in his 70s has died and the number of people infected in a Legionnaires’ disease cluster in central Wellington has risen to nine, health officials say.',
      'The man died in hospital on Sunday night.',
      'Health officials and the city council have sampled cooling towers on buildings in central Wellington, and towers that test positive will be disinfected.',
    ],
  );
  const release = doc(
    'r',
    'Health New Zealand',
    '2029-06-19T04:00:00Z',
    'Update: Legionnaires’ disease cluster',
    [
      'Health New Zealand is continuing to investigate a cluster of Legionnaires’ disease among people who were in central Wellington in early June.',
      'Four more cases have been confirmed since the last update, bringing the total to 13.',
      'Officers from Health New Zealand and the city council have sampled 61 cooling towers on buildings in central Wellington.',
      'Three cooling towers in central Wellington returned preliminary positive results for Legionnaires’ disease bacteria and have been disinfected.',
    ],
  );
  it('lead over an older count', () => {
    const summary = summarizeStory([paper, release], { readAt: new Date('2029-06-19T06:00:00Z') });
    expect(summary.points[0]?.text).toMatch(/bringing the total to 13/);
  });
});

describe('a count update below an update’s opening', () => {
  const first = doc(
    'a',
    'Capital Radio News',
    '2029-06-17T07:30:00Z',
    'Six cases of Legionnaires’ disease linked to central Wellington',
    [
      'Health New Zealand is investigating a cluster of six cases of Legionnaires’ disease among people who spent time in central Wellington between 1 and 12 June.',
      'All six are in hospital.',
      'Tests have found the bacterium Legionella pneumophila in all of the cases.',
      'Environmental health officers began sampling cooling towers on Monday in the area between Lambton Quay and Courtenay Place.',
    ],
  );
  const paper = doc(
    'p',
    'Harbour Post',
    '2029-06-18T07:10:00Z',
    'Man dies as Wellington Legionnaires’ cluster grows to nine',
    [
      'A man in his 70s has died and the number of people infected in a cluster of Legionnaires’ disease linked to central Wellington has risen to nine, health officials say.',
      'The man, who had underlying health conditions, died in hospital on Sunday night.',
      'Seven of the nine patients remain in hospital, two of them in intensive care.',
      'The cluster, first announced on Monday with six cases, now stands at nine confirmed infections among people who were in central Wellington between 1 and 12 June.',
    ],
  );
  const release = doc(
    'r',
    'Health New Zealand',
    '2029-06-19T03:00:00Z',
    'Update: Legionnaires’ disease cluster in central Wellington',
    [
      'Health New Zealand is continuing to investigate a cluster of Legionnaires’ disease among people who spent time in central Wellington between 1 and 12 June 2029.',
      'Three more cases have been confirmed since yesterday’s update, bringing the total to 12.',
      'Environmental health officers from Health New Zealand and Wellington City Council have sampled 61 cooling towers in central Wellington.',
      'Three towers returned preliminary positive results for Legionella and have been disinfected.',
      'Whole genome sequencing is under way to compare bacteria from the patients with samples from the towers.',
    ],
  );
  it('is the update’s news, not its preamble', () => {
    const summary = summarizeStory([first, paper, release], { readAt: new Date('2029-06-19T06:00:00Z') });
    expect(summary.points[0]?.text).toMatch(/bringing the total to 12/);
  });
});

describe('page lines from the fifty-sixth round', () => {
  it('a player’s content warning and an outlet’s note on its sources are furniture', () => {
    expect(junkKind('Warning: this video contains images some viewers may find distressing.')).not.toBeNull();
    expect(
      junkKind(
        'Kara Steppe Post does not name its correspondents or its sources inside Turkmenistan, for their safety.',
      ),
    ).not.toBeNull();
  });
  it('a filing that only says it gives a period’s results is a notice', () => {
    expect(
      disclaimerKind(
        'Halcyon Air Group plc (“Halcyon” or “the Group”) today announces its unaudited results for the six months ended 30 June 2029.',
      ),
    ).toBe('notice');
    expect(
      disclaimerKind(
        'Halcyon Air Group plc today announces its half-year results, reporting a loss of €12 million and the closure of its Gozo base.',
      ),
    ).toBeNull();
  });
});

describe('a quoted question', () => {
  const radio = doc(
    'r',
    'Pacific Radio Network',
    '2029-06-20T08:00:00Z',
    'Tonga votes to lower the voting age',
    [
      'Tonga’s Legislative Assembly has voted 20 to four to lower the voting age from 21 to 18, sending the bill to the king for assent.',
      'Sela Fifita: “Minister, the king has not signed a constitutional bill this year. Will he sign this one?”',
      'The assembly needed a two-thirds majority to pass the amendment.',
    ],
  );
  it('is no point', () => {
    const summary = summarizeStory([radio], { readAt: new Date('2029-06-21T06:00:00Z') });
    expect(summary.points.map((point) => point.text).join(' ')).not.toMatch(/Will he sign/);
  });
});

describe('an anecdote, a history and a pronoun before the news', () => {
  const feature = doc(
    'f',
    'The Andes Observer',
    '2029-06-22T02:00:00Z',
    'The night the river of mud came to Alausí',
    [
      'Rosa Chimbo was closing her shop on the main square when the dogs began to bark.',
      'When the railway reached Alausí in the summer of 1902, the town became the gateway to the Devil’s Nose.',
      'Early on Wednesday it was buried under two metres of mud.',
      'Among the houses on her street was the one her grandfather built.',
    ],
  );
  const { model } = analyzeStory([feature]);
  const at = (start: string) => model.sentences.findIndex((sentence) => sentence.text.startsWith(start));
  it('does not lead, and the pronoun-led sentences stand nowhere alone', () => {
    expect(opensAsScene(model, at('Rosa Chimbo'))).toBe(true);
    expect(opensAsScene(model, at('When the railway'))).toBe(true);
    expect(standaloneOf(model, at('Early on Wednesday'))).toBeNull();
    const owned = 'Among the houses on her street was the one her grandfather built.';
    expect(leansOutside(owned, owned)).toBe(true);
  });
});

describe('a broadcaster’s regional service named on its page', () => {
  it('is not a wire', () => {
    expect(
      creditedWire(
        'Central Asia Service\n\nKyrgyzstan’s parliament has voted to ask the president to dismiss the energy minister.',
      ),
    ).toBeNull();
    expect(
      creditedWire(
        'Hollis Wire Service\n\nThe ministry said on Monday that the bridge would reopen on Friday.',
      ),
    ).toBe('Hollis Wire Service');
  });
});

describe('a filing’s defined terms, codes and its "today"', () => {
  const release = doc(
    'r',
    'Minato Pharma (press release)',
    '2029-06-23T00:00:00Z',
    'Minato raises its offer for Fjordcell',
    [
      'Minato Pharma Co., Ltd. (“Minato”) today announces an increased public cash offer to the shareholders of Fjordcell AB (publ) (Nasdaq Stockholm: FJC) (“Fjordcell”) of SEK 180 per share.',
      'The increased offer values Fjordcell at about SEK 9.2 billion.',
    ],
  );
  it('leave the point', () => {
    const summary = summarizeStory([release], { readAt: new Date('2029-06-24T06:00:00Z') });
    expect(summary.points[0]?.text).toBe(
      'Minato Pharma Co., Ltd. announces an increased public cash offer to the shareholders of Fjordcell AB of SEK 180 per share.',
    );
  });
});

describe('a quote’s speaker given by age and trade', () => {
  const paper = doc(
    'p',
    'Kachin Morning',
    '2029-06-25T09:00:00Z',
    'Hpakant survivors describe silent collapse',
    [
      'Rescuers pulled 12 more bodies from the mud in Hpakant on Tuesday, bringing the toll from Monday’s collapse of a mining waste heap to 41.',
      'Brang Seng Naw had just left his hut before dawn when he heard a sound like thunder.',
      '“There was no shouting, nothing,” the 29-year-old jade picker said on Tuesday, standing at the edge of the mud.',
    ],
  );
  it('is named, or the quote is not shown', () => {
    const summary = summarizeStory([paper], { readAt: new Date('2029-06-26T06:00:00Z') });
    const quoted = summary.points.find((point) => point.text.includes('no shouting'));
    if (quoted !== undefined) expect(quoted.text).toMatch(/Seng Naw|Naw/);
    expect(summary.points.map((point) => point.text).join(' ')).not.toMatch(
      /the 29-year-old jade picker said/,
    );
  });
});

describe('from the fifty-seventh round', () => {
  it('a thing left standing, pictured by what is left of it, is a scene', () => {
    expect(
      isSceneTelling(
        "At the end of the street, Aslam Baig's barber shop was still standing on Monday night, its chairs empty and a film of dust on the mirror.",
      ),
    ).toBe(true);
    expect(isSceneTelling('The old bridge was still standing on Monday night, engineers said.')).toBe(false);
  });
  it('a column’s thesis on what the story is not leans on its answer', () => {
    const thesis = 'The most important phone launch in Korea this year did not come from a phone company.';
    expect(leansOutside(thesis, thesis)).toBe(true);
  });
});
