import { standaloneOf } from '../../src/summarize/standalone';
import { doc, readSentence, sceneBefore, staleAfter } from './fixture-doc';

// Shapes from the hundred-and-thirtieth round (docs/summarization.md, "Hundred-and-thirtieth round"),
// read after it was run on the start of the day and on the day's rules. People and figures are fictional.

describe('a warning or a cut in force until a weekday', () => {
  const monday = doc(
    'm',
    'Goa Coast Post',
    '2031-09-22T09:00:00Z',
    'Landslide halts Konkan trains near Pernem',
    [
      'Train services were suspended between Pernem and Thivim on Monday after a landslide buried the track.',
      'The India Meteorological Department has issued an orange alert for north Goa until Tuesday.',
      'The water authority will suspend supply to 48 wards from 8 a.m. on Thursday to midnight on Friday.',
      'The coast road will stay shut until 5 a.m. on Wednesday, police said.',
    ],
  );
  const on = (iso: string) =>
    doc('l', 'Deccan Wire', iso, 'Konkan line still shut near Pernem', [
      'Trains between Pernem and Thivim remained suspended as crews cleared the track.',
    ]);

  it('is old news once that day is over', () => {
    const alert =
      'The India Meteorological Department has issued an orange alert for north Goa until Tuesday.';
    expect(staleAfter([monday], [on('2031-09-24T06:00:00Z')], alert)).toBe(true);
    const cut =
      'The water authority will suspend supply to 48 wards from 8 a.m. on Thursday to midnight on Friday.';
    expect(staleAfter([monday], [on('2031-09-27T06:00:00Z')], cut)).toBe(true);
    const road = 'The coast road will stay shut until 5 a.m. on Wednesday, police said.';
    expect(staleAfter([monday], [on('2031-09-25T06:00:00Z')], road)).toBe(true);
    expect(staleAfter([monday], [on('2031-09-24T03:00:00Z')], road)).toBe(false);
  });

  it('but not before', () => {
    const alert =
      'The India Meteorological Department has issued an orange alert for north Goa until Tuesday.';
    expect(staleAfter([monday], [on('2031-09-23T06:00:00Z')], alert)).toBe(false);
    const cut =
      'The water authority will suspend supply to 48 wards from 8 a.m. on Thursday to midnight on Friday.';
    expect(staleAfter([monday], [on('2031-09-26T06:00:00Z')], cut)).toBe(false);
  });
});

describe('a plan for a weekday', () => {
  it('is old news once the day is over, "plan to" as "will"', () => {
    const plan = 'Campaigners plan to protest outside City Hall at 6pm on Tuesday.';
    const friday = doc(
      'f',
      'Cardiff Evening News',
      '2031-09-19T08:00:00Z',
      'Three Cardiff libraries to close',
      ['Three branch libraries will close at the end of March, the council cabinet decided on Thursday.'],
    );
    const sunday = doc(
      's',
      'Hafren Radio',
      '2031-09-14T10:00:00Z',
      'Cardiff library closures: campaigners to protest',
      ['Cardiff Council has proposed closing five branch libraries to save money.', plan],
    );
    expect(staleAfter([sunday], [friday], plan)).toBe(true);
  });
});

describe('a feature’s past, told before its news', () => {
  const scene = (text: string) =>
    sceneBefore(
      text,
      'Archaeologists have excavated an untouched stone-lined grave near Minions on Bodmin Moor, the heritage trust said on Tuesday.',
      'Amber beads found in untouched Bronze Age grave',
    );

  it('reaches back centuries or millennia', () => {
    expect(
      scene(
        'About four thousand years ago, people living on the high ground of east Cornwall burned their dead and buried the ashes in stone boxes.',
      ),
    ).toBe(true);
    expect(scene('Some 2,500 years ago, the hill was crowned by a fort.')).toBe(true);
  });

  it('counts time from a sentence before', () => {
    expect(
      scene(
        'Seventeen seasons later, the packed stands are the club’s biggest asset, with 28,000 fans a game.',
      ),
    ).toBe(true);
  });

  it('tells a routine of years', () => {
    expect(
      scene(
        'Every month for eleven years, the retired schoolteacher from Chittur took a bus across the border to pay her instalment.',
      ),
    ).toBe(true);
  });

  it('but a count of thousands is no past', () => {
    expect(scene('About four thousand people visited the site over the weekend, the trust said.')).toBe(
      false,
    );
  });
});

describe('a subject counted out of what a pronoun owns', () => {
  const point = (text: string) =>
    readSentence(
      [
        doc(
          'p',
          'West Country Post',
          '2031-09-17T10:00:00Z',
          'Amber beads found in untouched Bronze Age grave',
          ['Archaeologists have excavated an untouched stone-lined grave near Minions on Bodmin Moor.', text],
        ),
      ],
      text,
      (model, index) => standaloneOf(model, index) !== null,
    );

  it('leans on the sentence before', () => {
    expect(point('Hundreds of their hut circles and burial cairns still dot Bodmin Moor.')).toBe(false);
    expect(point('Many of its 400 workers live in the surrounding villages.')).toBe(false);
  });

  it('unlike a count of people', () => {
    expect(point('Hundreds of people visited the site on Saturday.')).toBe(true);
  });
});
