import {
  danglingOpening,
  mapPoint,
  type StoryUnderTest,
  storyDefects,
} from '../../src/eval/editorial/defects';
import type { LabelledArticle } from '../../src/eval/editorial/fixture';
import type { EditionStory } from '../../src/shared/types';

// The editorial evaluation's detectors, each shown finding a defect planted in a story that is
// otherwise clean, so its zero on the labelled set means something.

const article = (id: string, outlet: string, wire: string | null, report: string): LabelledArticle => ({
  id,
  event: 'bridge',
  outlet,
  url: `https://${id}.example/`,
  title: 'Bridge reopens in Tarvin',
  published: new Date('2026-04-02T08:00:00Z'),
  report,
  wire,
  paragraphs: [
    'The Tarvin river bridge reopened to traffic on Thursday after a two-year repair costing 80 million euros.',
    'Engineers replaced all 212 steel cables, the city said.',
    '“It is safer than the day it was built,” said Mayor Ines Dorval.',
    'Cars cross the bridge at dawn on Thursday. (Pavel Gren/Tarvin Courier)',
  ],
  sentences: [
    {
      text: 'The Tarvin river bridge reopened to traffic on Thursday after a two-year repair costing 80 million euros.',
      facts: ['f1', 'f2'],
      junk: null,
      speaker: null,
    },
    {
      text: 'Engineers replaced all 212 steel cables, the city said.',
      facts: ['f3'],
      junk: null,
      speaker: null,
    },
    {
      text: '“It is safer than the day it was built,” said Mayor Ines Dorval.',
      facts: ['f4'],
      junk: null,
      speaker: 'Dorval',
    },
    {
      text: 'Cars cross the bridge at dawn on Thursday. (Pavel Gren/Tarvin Courier)',
      facts: [],
      junk: 'caption',
      speaker: null,
    },
  ],
});

const ARTICLES = [
  article('courier', 'Tarvin Courier', null, 'r1'),
  article('daily', 'Valley Daily', null, 'r2'),
];

const story = (points: string[], overrides: Partial<EditionStory> = {}): StoryUnderTest => ({
  story: {
    storyId: 's1',
    section: 'world',
    headline: 'Tarvin river bridge reopens after two-year repair',
    points: points.map((text) => ({ text, sources: ['courier', 'daily'] })),
    outletCount: 2,
    reportCount: 2,
    singleSource: false,
    sources: ARTICLES.map((a) => ({
      articleId: a.id,
      outlet: a.outlet,
      title: a.title,
      url: a.url,
      publishedAt: null,
      via: null,
    })),
    ...overrides,
  },
  articles: new Map(ARTICLES.map((a) => [a.id, a])),
  main: new Set(['f1']),
});

const CLEAN = [
  'The Tarvin river bridge reopened to traffic on Thursday after a two-year repair costing 80 million euros.',
  'Engineers replaced all 212 steel cables, the city said.',
  '“It is safer than the day it was built,” said Mayor Ines Dorval.',
];

const kinds = (subject: StoryUnderTest): string[] => storyDefects(subject).map((defect) => defect.kind);

describe('editorial defect detectors', () => {
  it('find nothing in a clean story', () => {
    expect(kinds(story(CLEAN))).toEqual([]);
  });

  it.each([
    ['junk_point', [...CLEAN, 'Cars cross the bridge at dawn on Thursday. (Pavel Gren/Tarvin Courier)']],
    [
      'duplicate_point',
      [...CLEAN, 'The bridge over the Tarvin river reopened on Thursday after a two-year repair.'],
    ],
    ['dangling_point', [CLEAN[0]!, 'They replaced all 212 steel cables, the city said.']],
    ['speakerless_quote', [CLEAN[0]!, '“It is safer than the day it was built.”']],
    ['lead_not_main', [CLEAN[1]!, CLEAN[0]!]],
    ['unsupported_citation', [CLEAN[0]!, 'Engineers replaced all 450 steel cables, the city said.']],
  ])('find a planted %s', (kind, points) => {
    expect(kinds(story(points))).toContain(kind);
  });

  it('map a point to the sentence it was cut from, not to a few-word line it happens to hold', () => {
    const labelled = article('courier', 'Tarvin Courier', null, 'r1');
    labelled.sentences.push({ text: 'Tarvin river bridge', facts: [], junk: 'other', speaker: null });
    expect(
      mapPoint(
        'The Tarvin river bridge reopened to traffic on Thursday after a two-year repair.',
        labelled,
      )[0]?.facts,
    ).toEqual(['f1', 'f2']);
    // A point that is only that line is still junk.
    expect(mapPoint('Tarvin river bridge', labelled)[0]?.junk).toBe('other');
  });

  /** The story with every quoted sentence of its articles replaced by `quote`, labelled as `speaker`'s. */
  const quotedBy =
    (quote: string, speaker: string) =>
    (points: string[], headline?: string): StoryUnderTest => {
      const relabelled = ARTICLES.map((a) => ({
        ...a,
        sentences: a.sentences.map((sentence) =>
          sentence.speaker === null ? sentence : { ...sentence, text: quote, speaker },
        ),
      }));
      return {
        ...story(points, headline === undefined ? {} : { headline }),
        articles: new Map(relabelled.map((a) => [a.id, a])),
      };
    };

  it('read a hyphenated speaker that the label writes without its hyphen', () => {
    const quote = '“It is safer than the day it was built,” said Mayor Ines Dorval-Reyes.';
    const subject = quotedBy(quote, 'DorvalReyes');
    expect(kinds(subject([CLEAN[0]!, quote]))).not.toContain('speakerless_quote');
    expect(kinds(subject([CLEAN[0]!, '“It is safer than the day it was built,” the mayor said.']))).toContain(
      'speakerless_quote',
    );
  });

  it('read an organisation the label writes joined where the point writes it in two words', () => {
    const quote = 'Bab Sahil said the vessel “touched a reef in conditions of poor visibility”.';
    const subject = quotedBy(quote, 'BabSahil');
    expect(kinds(subject([CLEAN[0]!, quote]))).not.toContain('speakerless_quote');
    expect(
      kinds(
        subject([
          CLEAN[0]!,
          'The company said the vessel “touched a reef in conditions of poor visibility”.',
        ]),
      ),
    ).toContain('speakerless_quote');
  });

  it('read a speaker whose letter the label writes in ASCII ("q:Saetre" for "Sætre")', () => {
    const quote = '“It is safer than the day it was built,” said Hilde Sætre, the chief executive.';
    const subject = quotedBy(quote, 'Saetre');
    expect(kinds(subject([CLEAN[0]!, quote]))).not.toContain('speakerless_quote');
    expect(
      kinds(subject([CLEAN[0]!, '“It is safer than the day it was built,” said the chief executive.'])),
    ).toContain('speakerless_quote');
  });

  it('read a speaker the label writes with a hyphen where the point has a space, and an own title as no junk headline', () => {
    const quote = '“It is safer than the day it was built,” said Mayor Ines Ben Dorval.';
    const subject = quotedBy(quote, 'Ben-Dorval');
    expect(kinds(subject([CLEAN[0]!, quote]))).not.toContain('speakerless_quote');
    expect(
      kinds(subject([CLEAN[0]!, '“It is safer than the day it was built,” said Mayor Ines Dorval.'])),
    ).toContain('speakerless_quote');
    // A caption's text as the headline is junk; an article's own title is not, wherever else it stands.
    expect(
      kinds(subject(CLEAN, 'Cars cross the bridge at dawn on Thursday. (Pavel Gren/Tarvin Courier)')),
    ).toContain('junk_headline');
    const related = ARTICLES.map((a, i) => ({
      ...a,
      title: i === 0 ? 'Bridge reopens in Tarvin after two-year repair' : a.title,
      sentences: [
        ...a.sentences,
        { text: 'Bridge reopens in Tarvin after two-year repair', facts: [], junk: 'related', speaker: null },
      ],
    }));
    expect(
      kinds({
        ...story(CLEAN, { headline: 'Bridge reopens in Tarvin after two-year repair' }),
        articles: new Map(related.map((a) => [a.id, a])),
      }),
    ).not.toContain('junk_headline');
  });

  it('take a description its own phrase names for placed, and a bare one for dangling', () => {
    expect(danglingOpening('The mayor of Tarvin said the bridge would be lit every night.', '')).toBeNull();
    expect(danglingOpening('The number of cars crossing has risen to 12,000 a day.', '')).toBeNull();
    expect(danglingOpening('The departure of Mayor Ana Gren leaves the council split.', '')).toBeNull();
    expect(danglingOpening('The engineer said the cables were sound.', '')).not.toBeNull();
    expect(danglingOpening('The departure of the mayor leaves the council split.', '')).not.toBeNull();
    expect(
      danglingOpening('The derailment of an Ivorel Resources ore train has shut part of the railway.', ''),
    ).toBeNull();
    expect(danglingOpening('The area of eastern Ethiopia infested by locusts has doubled.', '')).toBeNull();
    expect(danglingOpening('The use of mercury in the mines will be illegal from July.', '')).not.toBeNull();
    expect(
      danglingOpening('The amendments to the Police and Border Guard Act were passed by 52 votes to 31.', ''),
    ).toBeNull();
    expect(danglingOpening('The ban on Uzbek onion exports runs until March.', '')).toBeNull();
    expect(danglingOpening('The amendments to the law were passed by 52 votes to 31.', '')).not.toBeNull();
  });

  it('take a description that brings its own referent in for placed, and "What they…" for a pointer back', () => {
    expect(
      danglingOpening("The body of a storeman missing since Monday's fire was found on Wednesday.", ''),
    ).toBeNull();
    expect(danglingOpening('The punch that changed the fight came late in the ninth round.', '')).toBeNull();
    expect(danglingOpening('The man who was arrested on Friday appeared in court.', '')).not.toBeNull();
    expect(danglingOpening('What they did not know was that water had flooded the mine.', '')).not.toBeNull();
    expect(danglingOpening('What happened next surprised everyone.', '')).toBeNull();
  });

  it('take "This year\'s" for a time, and "This" alone for a pointer back', () => {
    expect(danglingOpening("This year's crop was damaged by a record-hot summer.", '')).toBeNull();
    expect(danglingOpening('This week the council voted to close the pool.', '')).toBeNull();
    expect(danglingOpening('This was the third closure in a year.', '')).not.toBeNull();
    expect(danglingOpening('This yearbook photo was taken in 1998.', '')).not.toBeNull();
  });

  it('take a pronoun after a time with no comma for a pointer back, and an empty "it" for none', () => {
    expect(
      danglingOpening('Since 2012 it has been known for the zinc mine in the hills.', ''),
    ).not.toBeNull();
    expect(danglingOpening('On Monday they voted again.', '')).not.toBeNull();
    expect(danglingOpening('Since then he has worked at the mill.', '')).not.toBeNull();
    expect(danglingOpening('On Monday it was unclear whether the bridge would open.', '')).toBeNull();
    expect(danglingOpening('In 2019 the council voted to close the pool.', '')).toBeNull();
    expect(
      danglingOpening('On Saturday night it happened again: a fire at a karaoke bar killed 11 people.', ''),
    ).toBeNull();
    expect(danglingOpening('Since then, nine patients have died there.', '')).not.toBeNull();
  });

  it('find a wrong source count and a reprint shown without its wire', () => {
    expect(kinds(story(CLEAN, { reportCount: 1 }))).toContain('report_count');
    const reprint = { ...article('daily', 'Valley Daily', 'Tarvin Courier', 'r1') };
    const subject = story(CLEAN, { reportCount: 1 });
    subject.articles.set('daily', reprint);
    expect(kinds(subject)).toEqual(['wire_credit']);
  });
});

describe('a quote whose speaker the article names by given name', () => {
  it('is named when the point writes the given name, and not when it writes the office', () => {
    const quote = '“It is safer than the day it was built,” said Police Commissioner Anuwat Srisombat.';
    const thai = article('courier', 'Tarvin Courier', null, 'r1');
    thai.paragraphs[2] = quote;
    thai.sentences[2] = { text: quote, facts: ['f4'], junk: null, speaker: 'Srisombat' };
    const subject = (points: string[]): StoryUnderTest => {
      const planted = story(points);
      planted.articles.set('courier', thai);
      planted.articles.delete('daily');
      return planted;
    };
    expect(
      kinds(subject([CLEAN[0]!, '“It is safer than the day it was built,” Anuwat said.'])),
    ).not.toContain('speakerless_quote');
    expect(
      kinds(subject([CLEAN[0]!, '“It is safer than the day it was built,” the Commissioner said.'])),
    ).toContain('speakerless_quote');
  });
});

describe('a quote labelled with an organisation’s short name', () => {
  it('is named when the point writes the name out, and not when it gives a role', () => {
    const quote = '“It is safer than the day it was built,” Tarvin City Council said.';
    const council = article('courier', 'Tarvin Courier', null, 'r1');
    council.paragraphs[2] = quote;
    council.sentences[2] = { text: quote, facts: ['f4'], junk: null, speaker: 'TCC' };
    const subject = (points: string[]): StoryUnderTest => {
      const planted = story(points);
      planted.articles.set('courier', council);
      planted.articles.delete('daily');
      return planted;
    };
    expect(kinds(subject([CLEAN[0]!, quote]))).not.toContain('speakerless_quote');
    expect(
      kinds(subject([CLEAN[0]!, '“It is safer than the day it was built,” the council said.'])),
    ).toContain('speakerless_quote');
  });

  it('is named when the point writes the name out after "The"', () => {
    const quote = 'The Tarvin City Council said in a statement: “It is safer than the day it was built.”';
    const council = article('courier', 'Tarvin Courier', null, 'r1');
    council.paragraphs[2] = quote;
    council.sentences[2] = { text: quote, facts: ['f4'], junk: null, speaker: 'TCC' };
    const planted = story([CLEAN[0]!, quote]);
    planted.articles.set('courier', council);
    planted.articles.delete('daily');
    expect(kinds(planted)).not.toContain('speakerless_quote');
  });
});
