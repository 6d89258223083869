import { junkKind } from '../../src/shared/text/page-junk';
import { isMachineTranslated } from '../../src/shared/text/page-notes';
import { words } from '../../src/shared/text/terms';
import { isSceneTelling } from '../../src/summarize/candidates';
import { statedCounts } from '../../src/summarize/counts';
import { LEANS_ON_CONTEXT } from '../../src/summarize/lead';
import { opensAsScene } from '../../src/summarize/scene-openings';
import { standaloneOf } from '../../src/summarize/standalone';
import { analyzeStory, summarizeStory } from '../../src/summarize/summarize-story';
import { stalePlan } from '../../src/summarize/superseded';
import { tellsTitleCount } from '../../src/summarize/tolls';
import { doc, labelledDocs } from './fixture-doc';

// Shapes from the stories left by the fifty-fifth to fifty-eighth rounds of labelled sets and from
// the fifty-ninth and sixtieth (docs/summarization.md, "Fifty-ninth and sixtieth rounds"). Outlets,
// people and places are fictional.

describe('a split year ("2029/30")', () => {
  it('is both years, not a year and a figure of two digits', () => {
    expect(words('a deficit for the 2029/30 year')).toEqual([
      'a',
      'deficit',
      'for',
      'the',
      '2029',
      '2030',
      'year',
    ]);
    expect(words('the 1999–00 season')).toEqual(['the', '1999', '2000', 'season']);
    // A range of figures is no split year.
    expect(words('from 2029-31')).toEqual(['from', '2029', '31']);
  });

  const wire = doc(
    'w',
    'Tasman Wire',
    '2029-05-30T03:00:00Z',
    'Budget forecasts $4.8b deficit, surplus delayed',
    [
      'Finance Minister Aroha Whitcombe has pushed the return to surplus back a year to 2031/32 in a Budget that forecasts a $4.8 billion deficit for the coming year.',
      'Net debt is forecast to peak at 41.2 per cent of GDP in 2030/31.',
      'Whitcombe said the Government would keep spending growth below inflation.',
    ],
  );
  const daily = doc(
    'd',
    'The Harbour Post',
    '2029-05-30T04:30:00Z',
    'Surplus pushed out again as deficit widens',
    [
      'The Government has delayed its return to surplus by another year.',
      'Treasury is forecasting an operating deficit of $4.8 billion for the 2029/30 year.',
      'Opposition finance spokesman Mikaere Tane said the Budget had no plan for growth.',
    ],
  );

  it('does not make a deficit told twice two facts', () => {
    const summary = summarizeStory([wire, daily], { readAt: new Date('2029-05-30T18:00:00Z') });
    const told = summary.points.filter((point) => /\$4\.8 billion/.test(point.text));
    expect(told).toHaveLength(1);
  });
});

describe('a newer report that gives its count below a scene', () => {
  const wire = doc(
    'w',
    'Indus Wire',
    '2029-05-27T05:40:00Z',
    'At least eight killed as building collapses in Hyderabad',
    [
      'At least eight people were killed when a five-storey residential building collapsed before dawn on Sunday in Hyderabad’s Latifabad neighbourhood, rescue officials said.',
      'Eleven people were pulled injured from the debris and taken to the civil hospital, a hospital spokesperson said.',
      'Rescuers with cranes were still digging through slabs of concrete late on Sunday morning.',
    ],
  );
  const daily = doc(
    'd',
    'The Sindh Sentinel',
    '2029-05-28T01:30:00Z',
    'A lane in Latifabad mourns the neighbours it lost',
    [
      'At the corner of the lane, Karim Bux’s tea stall was still standing on Sunday night, its kettle cold and a film of grey dust on its glasses.',
      'Across from it, where the building had stood for more than 40 years, there was only a slope of broken concrete.',
      'Bux, 61, had served tea to its residents for two decades.',
      'Fifteen people have now been confirmed dead in the collapse of the five-storey building in Latifabad, which came down at around 4:50am on Sunday, officials said early on Monday.',
      'Police registered a case against the building’s owner and its builder.',
    ],
  );

  it('leads with the newest count', () => {
    const summary = summarizeStory([wire, daily], { readAt: new Date('2029-05-28T06:00:00Z') });
    expect(summary.points[0]?.text).toMatch(/^Fifteen people have now been confirmed dead/);
  });

  it('does not lead when an opening gives the newest count first', () => {
    const update = doc(
      'u',
      'Indus Wire',
      '2029-05-28T02:00:00Z',
      'Hyderabad building collapse toll rises to 15',
      [
        'The death toll from the collapse of a residential building in Hyderabad rose to 15 on Sunday afternoon, officials said.',
        'Rescuers pulled seven more bodies from the rubble overnight.',
      ],
    );
    const summary = summarizeStory([wire, daily, update], { readAt: new Date('2029-05-28T06:00:00Z') });
    expect(summary.points[0]?.text).toMatch(/^The death toll from the collapse/);
  });
});

describe('a headline’s "At least eight killed"', () => {
  it('gives its toll', () => {
    expect(statedCounts('At least eight killed as residential building collapses in Karachi')).toEqual([
      '8 dead',
    ]);
  });
});

describe('an opening phrase on a pronoun ("Across from it, …")', () => {
  it('leans on what came before', () => {
    expect(
      LEANS_ON_CONTEXT.test('Across from it, where the building had stood, there was only rubble.'),
    ).toBe(true);
    expect(LEANS_ON_CONTEXT.test('Next to them lay the remains of the shops.')).toBe(true);
    expect(LEANS_ON_CONTEXT.test('Next to them, the shops were shuttered.')).toBe(true);
    expect(LEANS_ON_CONTEXT.test('In her budget speech, the minister raised the tax-free threshold.')).toBe(
      true,
    );
    expect(LEANS_ON_CONTEXT.test('In Itanagar, the state government declared a holiday.')).toBe(false);
  });
});

describe('police and soldiers "martyred"', () => {
  it('are a toll, in a report and in a headline', () => {
    expect(
      statedCounts(
        'Six policemen were martyred and four injured when militants attacked a checkpoint in Bannu.',
      ),
    ).toEqual(['6 dead', '4 injured']);
    expect(statedCounts('Bannu: six police martyred in attack on checkpoint')).toEqual(['6 dead']);
  });
});

describe('page lines from the fifty-ninth and sixtieth rounds', () => {
  it('a live page’s content warning and a contributor’s note are furniture', () => {
    expect(junkKind('Warning: This live page contains images that some readers may find distressing.')).toBe(
      'notice',
    );
    expect(junkKind('Amelia Rusk is a former museum conservator and writes about archives.')).toBe('bio');
  });
  it('a leader addressing supporters on a day, with what was said after "where", is a caption', () => {
    expect(
      junkKind(
        'Prime Minister Aldo Brissett addresses supporters at Heroes Square in Spanish Town on Sunday night, where he announced the election date.',
      ),
    ).toBe('caption');
    expect(
      junkKind(
        'Prime Minister Aldo Brissett addressed supporters in Spanish Town on Sunday night and announced the election date.',
      ),
    ).toBeNull();
  });
  it('people at work at a named place, told in the present, are a caption', () => {
    expect(
      junkKind('Divers search the flooded gallery uncovered on Via Appia, in Rome’s southern suburbs.'),
    ).toBe('caption');
    expect(junkKind('Divers searched the flooded gallery beneath Via Appia on Friday.')).toBeNull();
  });
});

describe('openings that set a scene or a life before the news', () => {
  const scene = (text: string) => {
    const { model } = analyzeStory([
      doc('a', 'Outlet', '2029-07-01T08:00:00Z', 'Title', [text, 'The ministry gave no figures.']),
    ]);
    return opensAsScene(model, 0);
  };
  it('are scenes', () => {
    expect(
      scene(
        'When Bakhtiyor Nazarov was eight, his uncle built him a ring from fence posts behind their house in Fergana.',
      ),
    ).toBe(true);
    expect(
      scene('For nine hours Teresita Malabanan, 61, sat on the roof of her house with two grandchildren.'),
    ).toBe(true);
    expect(scene('The opera opened in Lima that winter and toured the coast for a decade.')).toBe(true);
    expect(
      scene('For more than 3,000 years, clay seals have been the calling card of the traders of the Gulf.'),
    ).toBe(true);
    expect(
      isSceneTelling(
        'Outside the market, Ruth Okello sold roasted maize from a cart, as she has done on the same corner for 20 years.',
      ),
    ).toBe(true);
    expect(
      isSceneTelling(
        'In a small room above a bakery in Naha, the evening class begins the way it has for 40 years: the teacher tunes his sanshin.',
      ),
    ).toBe(true);
    expect(
      scene(
        'On the quay in Port Said, the porters at the Café Nour had spent the weekend watching the empty canal.',
      ),
    ).toBe(true);
  });
  it('are not news told with its measure', () => {
    expect(
      scene(
        'The presidents of Peru and Bolivia signed an agreement on Monday to build a railway across Lake Titicaca’s shore, reviving a project that has been stalled for three decades.',
      ),
    ).toBe(false);
    expect(scene('Officials said that morning flights from Cusco were cancelled.')).toBe(false);
    expect(scene('When the minister was told, she ordered an inquiry.')).toBe(false);
  });
});

describe('a firm’s quote whose words name it', () => {
  it('is shown with the firm that the sentence before names', () => {
    const article = doc('p', 'Meat Trade Weekly', '2029-06-27T19:00:00Z', 'Pampa Carnes denies drug use', [
      'Pampa Carnes Sociedad said on Wednesday that it has never used ractopamine in any of its plants.',
      '“Pampa Carnes has never used ractopamine and never will,” the company said in a statement.',
    ]);
    const shown = standaloneOf(analyzeStory([article]).model, 1);
    expect(shown?.text).toMatch(/,” Pampa Carnes Sociedad said in a statement\.$/);
  });
});

describe('a time counted from the sentence before ("Three hours later, …")', () => {
  it('leaves the point', () => {
    const article = doc('p', 'Island Post', '2029-06-24T09:00:00Z', 'Government falls', [
      'The prime minister met his coalition partners on Thursday morning.',
      'Three hours later, the National Assembly voted to bring down the government of Prime Minister Lova Ratsimba.',
    ]);
    expect(standaloneOf(analyzeStory([article]).model, 1)?.text).toMatch(/^The National Assembly voted/);
  });
});

describe('a feature whose title gives the toll it tells five statements down', () => {
  it('gives its title’s toll ("…toll hits 14")', () => {
    expect(
      tellsTitleCount(
        'Cagayan counts the cost as Bising toll hits 14',
        'The death toll from Bising rose to 14 on Tuesday.',
      ),
    ).toBe(true);
  });
  it('leads with that toll', () => {
    // The sixtieth round's feature, as its labelled set gives it.
    const morning = new Date('2029-07-11T06:00:00Z');
    const feature = labelledDocs('editorial-sixtieth', 'isabela-typhoon-dalisay', morning).filter(
      (each) => each.outlet === 'Philippine Daily Courier',
    );
    const summary = summarizeStory(feature, { readAt: morning });
    expect(summary.points[0]?.text).toMatch(/^The death toll from Dalisay rose to 16/);
  });
});

describe('a statement linked to the one before', () => {
  const article = doc('p', 'Cricket Weekly', '2029-05-18T20:00:00Z', 'Afghanistan clinch series', [
    'Afghanistan won their first one-day series in Sri Lanka on Friday, beating the hosts by 27 runs in Pallekele.',
    'Sri Lanka were 201 for four with ten overs left.',
    'Then Jayasekara swung Rahimi to long-on, and Sri Lanka lost their last six wickets for 53.',
    'Instead, Perera spent it in the dressing room with ice on his wrist.',
  ]);
  const { model } = analyzeStory([article]);
  const at = (start: string) => model.sentences.findIndex((sentence) => sentence.text.startsWith(start));
  it('loses its "Then"; one that answers it ("Instead, …") is no point', () => {
    expect(standaloneOf(model, at('Then Jayasekara'))?.text).toMatch(/^Jayasekara swung Rahimi/);
    expect(standaloneOf(model, at('Instead, Perera'))).toBeNull();
  });
});

describe('an actor told by office alone', () => {
  it('does not lead', () => {
    // The fifty-eighth round's budget, as its labelled set gives it on the morning after.
    const morning = new Date('2029-06-13T06:00:00Z');
    const articles = labelledDocs('editorial-fifty-eighth', 'pakistan-budget-2029-30', morning);
    const summary = summarizeStory(articles, { readAt: morning });
    expect(summary.points[0]?.text).not.toMatch(/the minister announced/);
  });
});

describe('a count of a kind of people killed, past an abbreviation', () => {
  it('is a toll', () => {
    expect(
      statedCounts(
        'The number of miners killed in the blast at the Karaganda No. 2 pit has risen to 11, officials said.',
      ),
    ).toEqual(['11 dead']);
  });
});

describe('a machine’s translation that its newsroom reviewed', () => {
  it('is its journalists’ words', () => {
    expect(
      isMachineTranslated(
        'Toll rises to 17',
        'This transcript was translated automatically from Spanish and reviewed by our newsroom.',
      ),
    ).toBe(false);
    expect(
      isMachineTranslated('Toll rises to 17', 'This page was translated automatically from Spanish.'),
    ).toBe(true);
  });
});

describe('a quotation cited to a second outlet', () => {
  it('is cited only where the outlet printed it word for word', () => {
    const pulse = doc('p', 'Rugby Pulse', '2029-09-14T10:00:00Z', 'Springbok women beat France', [
      'South Africa beat France 24-21 in Brisbane on Saturday to reach their first World Cup semi-final.',
      'France coach Elodie Marchal said her side had “given it away”.',
    ]);
    const chronicle = doc(
      'c',
      'Brisbane Chronicle',
      '2029-09-14T11:00:00Z',
      'South Africa into semi-finals',
      [
        'South Africa beat France 24-21 on Saturday to reach the World Cup semi-finals for the first time.',
        '“We gave away one penalty too many, in the wrong place,” France coach Elodie Marchal said.',
      ],
    );
    const summary = summarizeStory([pulse, chronicle], { readAt: new Date('2029-09-15T06:00:00Z') });
    const quoted = summary.points.find((point) => point.text.includes('given it away'));
    expect(quoted?.sources).toEqual(['p']);
  });
});

describe('a stoppage told as going on, that a newer report says ended', () => {
  it('is out of date', () => {
    const radio = doc('r', 'Valley Radio', '2029-09-09T12:00:00Z', 'Ollantaytambo strike: day two', [
      'The strike in Ollantaytambo is in its second day, and the tourism ministry now says about 2,000 tourists are stuck in the town.',
      'Residents are blocking the railway to protest a new ticketing contract.',
    ]);
    const wire = doc('w', 'Andes Wire', '2029-09-10T23:00:00Z', 'Ollantaytambo strike lifted', [
      'On Monday night, after talks in Cusco, the Culture Ministry agreed to suspend the ticketing contract, and the town’s defence front called off its strike.',
      'Trains to the town resumed on Tuesday morning.',
    ]);
    const { model } = analyzeStory([radio, wire]);
    const at = model.sentences.findIndex((sentence) =>
      sentence.text.startsWith('The strike in Ollantaytambo'),
    );
    expect(stalePlan(model, at)).toBe(true);
  });
});
