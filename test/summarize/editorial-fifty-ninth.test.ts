import { words } from '../../src/shared/text/terms';
import { statedCounts } from '../../src/summarize/counts';
import { LEANS_ON_CONTEXT } from '../../src/summarize/lead';
import { summarizeStory } from '../../src/summarize/summarize-story';
import { doc } from './fixture-doc';

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
