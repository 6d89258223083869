import { cleaningFigures } from '../../src/eval/editorial/cleaning';
import type { LabelledEvent, LabelledSentence } from '../../src/eval/editorial/fixture';

const news = (text: string): LabelledSentence => ({ text, facts: ['f1'], junk: null, speaker: null });
const junk = (text: string, kind: string): LabelledSentence => ({
  text,
  facts: [],
  junk: kind,
  speaker: null,
});

function eventOf(paragraphs: LabelledSentence[][]): LabelledEvent {
  return {
    event: 'e',
    summary: '',
    main: ['f1'],
    articles: [
      {
        id: 'a',
        event: 'e',
        outlet: 'Harbour Courier',
        url: 'https://harbour.example/a',
        title: 'Ferry runs aground off Saltvik',
        published: new Date('2030-03-02T09:00:00Z'),
        report: 'a',
        wire: null,
        paragraphs: paragraphs.map((sentences) => sentences.map((sentence) => sentence.text).join(' ')),
        sentences: paragraphs.flat(),
      },
    ],
  };
}

describe('the cleaning figures of a labelled set', () => {
  it('counts news the cleaner keeps, furniture it drops, and a line of neither as no sentence', () => {
    const figures = cleaningFigures([
      eventOf([
        [news('A ferry with 212 people on board ran aground off Saltvik on Sunday, the coast guard said.')],
        [junk('Sign up for our morning newsletter', 'prompt')],
        [news('All passengers were taken ashore by lifeboats within three hours, officials said.')],
        [news('Passengers: 212')],
        [junk('© 2030 Harbour Courier. All rights reserved.', 'copyright')],
      ]),
    ]);
    expect(figures).toMatchObject({ news: 2, newsDropped: 0, furniture: 2, furnitureKept: 0 });
    expect(figures.kinds.get('prompt')).toEqual([0, 1]);
  });

  it('fails a sentence of news the cleaner drops, and furniture it keeps', () => {
    const figures = cleaningFigures([
      eventOf([
        [news('A ferry with 212 people on board ran aground off Saltvik on Sunday, the coast guard said.')],
        // Told in the present with its day, as a photo caption is: the cleaner reads it as one.
        [news('Rescuers carry the last passengers ashore at Saltvik harbour on Sunday.')],
        // A related link written as a sentence: nothing marks it.
        [junk('Ferry fares on the Saltvik route will rise by 4% from April.', 'related')],
      ]),
    ]);
    expect(figures.newsDropped).toBe(1);
    expect(figures.dropped[0]).toMatch(/^Rescuers carry the last passengers/);
    expect(figures.furnitureKept).toBe(1);
  });
});
