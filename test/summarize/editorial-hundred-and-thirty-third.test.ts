import { DEFAULT_TUNING, extractTerms } from '../../src/cluster';
import { Conflict, namesConflict } from '../../src/cluster/name-conflict';
import { stem } from '../../src/shared/text/terms';
import { opensAsFeature } from '../../src/summarize/feature-openings';
import { opensAsScene } from '../../src/summarize/scene-openings';
import { doc, readSentence, shareAStory, staleAfter } from './fixture-doc';

// Shapes from the hundred-and-thirty-third round (docs/summarization.md, "Hundred-and-thirty-third
// round"), read after it was run on the start of the day and on the rules of the round before.
// People and figures are fictional.

const SET = 'editorial-hundred-and-thirty-third';

const view = (title: string, text: string) => {
  const terms = extractTerms(title, text, DEFAULT_TUNING, '');
  return { names: [...terms.names], headlineNames: [...terms.headlineNames], capitals: terms.capitals };
};

const malawi = view(
  'Primary teachers to strike from Monday over unpaid allowances',
  "Teachers in Malawi's government primary schools will go on a nationwide strike from Monday, the Malawi Primary Teachers' Association announced in Lilongwe on Friday.\n\nStandard 8 pupils are due to sit the Primary School Leaving Certificate Examinations on 17 November.",
);
const lithuania = view(
  'Lithuanian teachers begin indefinite strike in 186 schools',
  "Teachers in 186 Lithuanian schools went on an indefinite strike on Monday, demanding a 15% pay rise, the Lithuanian Teachers' Solidarity Union said.\n\nSchools in Vilnius and Kaunas were closed.",
);

describe('two teachers’ strikes of two countries', () => {
  it('share no name for the trade a union is named after', () => {
    expect(malawi.names).not.toContain(stem('teachers'));
    expect(lithuania.names).not.toContain(stem('teachers'));
  });

  it('conflict as headlines that disagree when each names its country and no name of the other', () => {
    expect(namesConflict(malawi, lithuania)).toBe(Conflict.Headlines);
    expect(namesConflict(lithuania, malawi)).toBe(Conflict.Headlines);
  });

  it('but an eruption told from two countries still shares its island', () => {
    const fromIndonesia = view(
      'Mount Lewotobi erupts again, disrupting flights to Bali',
      'A volcano on the Indonesian island of Flores erupted on Thursday night. Several airlines cancelled flights to and from Bali.',
    );
    const fromAustralia = view(
      'Bali flights disrupted by volcanic ash',
      'Several airlines cancelled flights between Australia and Bali after a volcano on nearby Flores erupted.',
    );
    expect(namesConflict(fromIndonesia, fromAustralia)).toBe(Conflict.None);
  });

  it('stay two stories', () => {
    const events: [string, string] = ['lithuania-teachers-strike', 'malawi-primary-teachers-strike'];
    expect(shareAStory(SET, events, new Date('2031-11-06T06:00:00Z'))).toBe(false);
  });
});

describe('a side’s demand in a dispute', () => {
  const strike = doc('r', 'Radio Baltica', '2031-10-27T08:00:00Z', 'Teachers strike in 186 schools', [
    'Teachers in 186 schools went on an indefinite strike on Monday, the union said.',
    'The union wants teachers’ salaries to rise by 15% from 1 January and classes capped at 24 pupils.',
  ]);
  const demand =
    'The union wants teachers’ salaries to rise by 15% from 1 January and classes capped at 24 pupils.';

  it('is stale once a newer report tells the strike ended', () => {
    const deal = doc(
      'b',
      'Baltic News Agency',
      '2031-10-30T15:00:00Z',
      'Teachers suspend strike after pay deal',
      [
        'Striking teachers will return to their classrooms on Friday after their union and the government agreed on a 10% pay rise, ending a four-day strike.',
      ],
    );
    expect(staleAfter([strike], [deal], demand)).toBe(true);
  });

  it('but not while the strike goes on', () => {
    const spreads = doc(
      'v',
      'Vilnius Times',
      '2031-10-28T15:00:00Z',
      'Teachers’ strike spreads to 243 schools',
      [
        'The strike spread to 243 schools on Tuesday, and the union said it would not end it for less than 15%.',
      ],
    );
    expect(staleAfter([strike], [spreads], demand)).toBe(false);
  });
});

describe('a queue at an hour, and what the paragraph says of it next', () => {
  const scene =
    "By seven o'clock on Saturday evening, the queue of minibuses and cars at the filling station near Lilongwe's Crossroads roundabout stretched back onto the main road.";
  const page = (next: string) =>
    doc('l', 'Lilongwe Observer', '2031-11-03T14:30:00Z', 'Rail line reopens after derailment', [
      `${scene} ${next}`,
      'The line reopened on Monday, three days after a diesel train derailed near Cuamba, the company said.',
    ]);

  it('set a feature’s scene', () => {
    expect(opensAsFeature(scene)).toBe(true);
    // A count makes it news.
    expect(opensAsFeature('By 9 a.m., the queue of trucks stretched 12 km back from the border.')).toBe(
      false,
    );
    const still = 'Drivers sat with their engines off, pushing forward a car length at a time.';
    expect(readSentence([page(still)], still, (model, index) => opensAsScene(model, index))).toBe(true);
  });

  it('but a sentence after it that gives a source or a day is news again', () => {
    const news = 'The station ran out of diesel on Sunday, the manager said.';
    expect(readSentence([page(news)], news, (model, index) => opensAsScene(model, index))).toBe(false);
  });
});

describe('what someone named did when another could no longer go on', () => {
  it('opens a feature, not the news', () => {
    expect(
      opensAsFeature(
        'Rosa Jossias carried her seven-year-old son to the treatment centre in Munhava on a borrowed bicycle last Thursday night, when he could no longer stand.',
      ),
    ).toBe(true);
    // A report's subject keeps its place.
    expect(opensAsFeature('Police arrested the driver when he could not produce a licence.')).toBe(false);
  });
});
