import { articleSentences } from '../../src/shared/text/article-text';
import { descriptionNeeds } from '../../src/summarize/descriptions';
import { prepareArticles } from '../../src/summarize/prepare';
import { keepsRelativeDay } from '../../src/summarize/relative-days';
import { isTeaser } from '../../src/summarize/statement-rank';
import { buildStoryModel } from '../../src/summarize/story-model';
import { stalePlan } from '../../src/summarize/superseded';
import { creditedWire } from '../../src/summarize/wire-credit';
import { doc, pointsAt } from './fixture-doc';

// Shapes from the hundred-and-tenth round of labelled sets, held out (docs/summarization.md,
// "Hundred-and-ninth and hundred-and-tenth rounds"). Outlets, people, firms and places of the news
// are fictional.

const model = (...texts: [string, string][]) =>
  buildStoryModel(
    prepareArticles(texts.map(([iso, text], i) => doc(`d${i}`, `Outlet ${i}`, iso, '', [text]))),
  );

describe("a live page's summary box under a label line of its own", () => {
  const page = [
    'LIVE',
    'Key points',
    "• Three of the four porters missing since Saturday's hailstorm have been found alive near Lava Tower",
    '• The fourth porter is still missing; the search resumes at dawn',
    '16:40',
    'The three survivors have arrived at hospital in Moshi. Doctors say all three are suffering from hypothermia.',
    '15:10',
    'The chief park warden says the search for the fourth man will be suspended at nightfall and resume at 6am.',
  ].join('\n\n');

  it('keeps its items as statements, each given its stop', () => {
    expect(articleSentences(page).flat()).toContain(
      "Three of the four porters missing since Saturday's hailstorm have been found alive near Lava Tower.",
    );
  });

  it("but a page's label lines without such a box stay out", () => {
    const related = page.replace('Key points', 'More on this story');
    expect(articleSentences(related).flat().join(' ')).not.toMatch(/Three of the four porters/);
  });
});

describe("a reference number's code", () => {
  it('is no wire in a dateline', () => {
    expect(
      creditedWire(
        'Announcement No. (IUL)-F/2031/41 | 3 March 2031\n\nThe Council has decided to suspend all shark-feeding dives from noon on Monday, 3 March 2031, for 14 days.',
      ),
    ).toBeNull();
  });

  it('but an agency before a spaced dash is', () => {
    expect(
      creditedWire(
        'KALDERA, Marovia, March 14 (Reuters) - The central bank raised rates on Friday, its governor said.',
      ),
    ).toBe('Reuters');
  });
});

describe('a relative day its report dates in the same breath', () => {
  it('names no other day', () => {
    expect(
      keepsRelativeDay(
        'The council has decided to suspend baited dives for 14 days, effective from 12:00 noon today, 3 March 2031.',
      ),
    ).toBe(false);
  });

  it('but a bare "today" still does', () => {
    expect(keepsRelativeDay('The council meets today to consider a ban on baited dives.')).toBe(true);
  });
});

describe("a description whose participle's clause says which it is", () => {
  it('needs nothing named before it', () => {
    expect(
      descriptionNeeds(
        "The two men, detained on Monday evening on suspicion of starting this week's fire in the Margalla Hills, were released without charge.",
      ),
    ).toBeNull();
  });

  it('but one whose clause says too little does', () => {
    expect(
      descriptionNeeds('The tanker, built in 2004, ran aground off the coast on Sunday.'),
    ).not.toBeNull();
  });
});

describe('a hook of a few words around a pronoun', () => {
  it('is a teaser, so the statement after it stands first', () => {
    expect(isTeaser({ text: 'On Wednesday they let them go.', words: 6 })).toBe(true);
  });

  it('but a statement of its own is not', () => {
    const text = 'They were taken to hospital in Moshi with frostbite to their feet.';
    expect(isTeaser({ text, words: 12 })).toBe(false);
  });

  it('and the release it hooks leads', () => {
    const release =
      "The two men, detained on Monday evening on suspicion of starting this week's fire in the Margalla Hills, were released without charge after investigators found nothing to link them to it.";
    const [lead] = pointsAt(
      [
        doc(
          'e1',
          'Islamabad Evening Star',
          '2031-03-05T13:00:00Z',
          'Herders freed as Margalla fire probe turns to picnickers',
          [
            'For two days the police thought they knew.',
            'On Wednesday they let them go.',
            release,
            'Investigators were now looking into the possibility that the fire had been started by picnickers near a viewpoint above Trail 5.',
          ],
        ),
      ],
      '2031-03-06T06:00:00Z',
    );
    expect(lead).toBe(release);
  });
});

describe('a group told by its people and its count', () => {
  const missing =
    'Two Spanish trekkers and their Nepali guide have been missing in the upper Langtang valley since heavy snow hit the area over the weekend, police said on Monday.';

  it('is no longer missing once the trekkers are found', () => {
    const story = model(
      ['2031-03-03T10:00:00Z', missing],
      ['2031-03-04T08:00:00Z', 'The missing trekkers and their guide have been found alive, police say.'],
    );
    expect(stalePlan(story, 0)).toBe(true);
  });

  it('but others found are not them', () => {
    const story = model(
      ['2031-03-03T10:00:00Z', missing],
      [
        '2031-03-04T08:00:00Z',
        'Two German climbers stranded on Yala Peak have been found alive, police say.',
      ],
    );
    expect(stalePlan(story, 0)).toBe(false);
  });
});
