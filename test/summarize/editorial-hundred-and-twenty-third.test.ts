import { trimSentence } from '../../src/shared/text/furniture';
import { tollOf } from '../../src/summarize/counts';
import { prepareArticles } from '../../src/summarize/prepare';
import { searchOverTitle } from '../../src/summarize/search-ended';
import { standaloneOf } from '../../src/summarize/standalone';
import { buildStoryModel } from '../../src/summarize/story-model';
import { summarizeStory } from '../../src/summarize/summarize-story';
import { doc, pointsAt } from './fixture-doc';

// Shapes from the hundred-and-twenty-third round (docs/summarization.md, "Hundred-and-twenty-third
// round"). Outlets, people and places of the news are fictional.

describe('an update’s label with the time it was posted', () => {
  it('leaves the sentence it heads', () => {
    expect(
      trimSentence(
        "UPDATE, 4:20 p.m.: The coroner's office has confirmed a seventh heat-related death, a 69-year-old man.",
      ),
    ).toBe("The coroner's office has confirmed a seventh heat-related death, a 69-year-old man.");
    expect(
      trimSentence(
        'UPDATE 6:15 p.m. PT: The board has rejected the takeover offer, saying it undervalues the company.',
      ),
    ).toBe('The board has rejected the takeover offer, saying it undervalues the company.');
    expect(
      trimSentence(
        'LATEST, 9:10 a.m.: Cases rise to 512 and all patients have been discharged, the city says.',
      ),
    ).toBe('Cases rise to 512 and all patients have been discharged, the city says.');
  });

  it('but a sentence that opens on the word is left whole', () => {
    expect(trimSentence('Latest figures show 14 deaths in the county since Sunday.')).toBe(
      'Latest figures show 14 deaths in the county since Sunday.',
    );
  });
});

describe('a death counted by its place in the toll', () => {
  it('gives the toll', () => {
    expect(
      tollOf("The coroner's office has confirmed a seventh heat-related death, a 69-year-old man."),
    ).toBe('7');
    expect(tollOf('Police said a fifth victim had died in hospital on Sunday.')).toBe('5');
    expect(tollOf('It was the second time the plant had been closed this year.')).toBeNull();
  });

  it('so the update that gives the title’s toll leads, not the older count below it', () => {
    const [lead] = pointsAt(
      [
        doc('a', 'Mojave Daily', '2031-07-03T18:00:00Z', 'Coroner confirms 5 heat deaths in Las Vegas', [
          'Five people have died of heat-related causes in the Las Vegas area since Sunday, the Clark County coroner’s office said Thursday.',
          'The weather service said highs would reach 118 degrees through the weekend.',
        ]),
        doc('b', 'Silver Sentinel', '2031-07-05T23:30:00Z', 'Las Vegas heat death toll rises to 7', [
          'UPDATE, 4:20 p.m.: The Clark County coroner’s office has confirmed a seventh heat-related death, a 69-year-old man found in his mobile home on Friday.',
          'Earlier story:',
          'Las Vegas was headed for another 117-degree day on Saturday after the Clark County coroner’s office confirmed a sixth heat-related death of the week.',
          'The office said a 52-year-old woman collapsed on Friday afternoon at a bus stop and died in hospital.',
        ]),
      ],
      '2031-07-06T06:00:00Z',
    );
    expect(lead).toMatch(/confirmed a seventh heat-related death/);
  });
});

describe('a search’s title once a newer title tells the ones sought found', () => {
  const searchTitle = 'Search for 2 missing Colorado hikers grows to 75 people; trekking pole found';
  const search = doc('s', 'Mountain Wire', '2031-07-02T22:30:00Z', searchTitle, [
    'The search for two hikers missing for three days in the national park grew to about 75 people on Wednesday, and searchers found a trekking pole that may belong to one of them.',
    'The hikers were due back from an overnight trip in the park’s remote north on Sunday.',
  ]);
  const newer = (title: string, text: string) =>
    doc('f', 'Front Range Daily', '2031-07-03T23:45:00Z', title, [
      text,
      'The two hikers, missing since Sunday, were found on Thursday morning and flown to hospital, the park service said.',
    ]);
  const over = (title: string, text: string): boolean => {
    const model = buildStoryModel(prepareArticles([search, newer(title, text)]));
    return searchOverTitle(model, searchTitle, 0);
  };
  const found = [
    '‘A flash on the rocks’: Missing hikers found alive in national park',
    'The flash came at 7:52 a.m., a wink of light from a jumble of boulders below the north face.',
  ] as const;

  it('is over, and heads nothing', () => {
    expect(over(...found)).toBe(true);
    const { headline } = summarizeStory([search, newer(...found)], {
      maxPoints: 3,
      readAt: new Date('2031-07-04T06:00:00Z'),
    });
    expect(headline).not.toMatch(/^Search for 2 missing/);
  });

  it('but not while the newer title tells the search goes on', () => {
    expect(
      over(
        'Backpack found as search for missing hikers goes on into fourth day',
        'Searchers found a backpack on Thursday as the hunt for two hikers went into a fourth day.',
      ),
    ).toBe(false);
  });
});

describe('a time counted back from the sentence before', () => {
  const shown = (text: string): string | undefined => {
    const model = buildStoryModel(
      prepareArticles([
        doc(
          'f',
          'Danube Observer',
          '2031-07-02T18:00:00Z',
          'Shepherd found alive; flood toll rises to four',
          [
            'A shepherd swept away by the Bistrița river on Monday was found alive on Wednesday, the county inspectorate said.',
            text,
          ],
        ),
      ]),
    );
    return standaloneOf(
      model,
      model.sentences.findIndex((sentence) => sentence.text === text),
    )?.text;
  };

  it('goes: the point is read without the sentence it counts from', () => {
    expect(
      shown(
        'Hours earlier, rescuers found the body of a tractor driver who went missing in Frasin, raising the toll to four.',
      ),
    ).toBe(
      'Rescuers found the body of a tractor driver who went missing in Frasin, raising the toll to four.',
    );
  });

  it('but a time of its own stays', () => {
    expect(shown('Earlier this month, the county council voted to rebuild the Frasin footbridge.')).toBe(
      'Earlier this month, the county council voted to rebuild the Frasin footbridge.',
    );
  });
});
