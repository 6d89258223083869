import { leansOutside } from '../../src/summarize/leans-outside';
import { opensAsScene } from '../../src/summarize/scene-openings';
import { analyzeStory, summarizeStory } from '../../src/summarize/summarize-story';
import { doc } from './fixture-doc';

// Shapes from the fifty-fourth round of labelled sets (docs/summarization.md, "Fifty-third and
// fifty-fourth rounds"). Outlets, people and places are fictional.

describe('a clause opening on a time years back', () => {
  const column = doc(
    'c',
    'Peloton Courier',
    '2029-06-03T18:00:00Z',
    'Brennan joins the greats with a solo win in Flanders',
    [
      'When Erik Dekker won the Ronde van Vlaanderen for the second time in 1998, Liam Brennan’s mother was a 17-year-old club rider in Cork, watching on her uncle’s television.',
      'On Sunday her son won it alone, 41 seconds clear of the favourites.',
    ],
  );
  const wire = doc('w', 'Europa Sports Wire', '2029-06-02T16:00:00Z', 'Brennan wins Tour of Flanders', [
    'Ireland’s Liam Brennan won the Tour of Flanders on Sunday with a solo attack 18 km from the finish.',
    'Belgium’s Jens Peeters was second.',
  ]);

  it('is background', () => {
    const { model } = analyzeStory([column, wire]);
    const at = (start: string) => model.sentences.findIndex((sentence) => sentence.text.startsWith(start));
    expect(opensAsScene(model, at('When Erik Dekker'))).toBe(true);
    expect(opensAsScene(model, at('Ireland’s Liam Brennan'))).toBe(false);
  });
});

describe('a count told with "there are now"', () => {
  const release = doc('r', 'Wildlife Service', '2029-06-05T03:00:00Z', 'Takahē numbers pass 500', [
    'Of 120 chicks that hatched this season, 71 have survived to become independent juveniles.',
    'The population stood at 460 before breeding began.',
  ]);
  const paper = doc(
    'p',
    'Southern Morning Record',
    '2029-06-05T18:00:00Z',
    'Takahē numbers pass 500 for first time',
    [
      'There are now 512 takahē, the most since records began, after a breeding season that produced 71 surviving chicks, the wildlife service said.',
      'The flightless bird was thought extinct until 1948.',
    ],
  );

  it('may lead', () => {
    const summary = summarizeStory([release, paper], { readAt: new Date('2029-06-06T06:00:00Z') });
    expect(summary.points[0]?.text).toMatch(/^There are now 512 takahē/);
  });
});

describe("an analysis's thesis and what it measures against it", () => {
  const analysis = doc('a', 'Steppe Monitor', '2029-06-08T09:00:00Z', 'What an amnesty buys in Dushanbe', [
    'In Central Asia, an amnesty is rarely only an act of mercy.',
    'The decree that President Rahmon Sharipov signed on Saturday, freeing 60 convicts, fits that pattern.',
    'Among those freed was the blogger Farrukh Nazarov, who left prison on Sunday after two years.',
  ]);

  it('does not lead', () => {
    const { model } = analyzeStory([analysis]);
    expect(opensAsScene(model, 0)).toBe(true);
  });

  it('leaves the sentence measured against it no point', () => {
    const text =
      'The decree that President Rahmon Sharipov signed on Saturday, freeing 60 convicts, fits that pattern.';
    expect(leansOutside(text, text)).toBe(true);
  });

  it('leaves a report of what happened', () => {
    const text = 'The decree that President Rahmon Sharipov signed on Saturday freed 60 convicts.';
    expect(leansOutside(text, text)).toBe(false);
  });
});

describe('an object "them" after "who"', () => {
  it('leans on the sentence before', () => {
    const text = 'On Thursday, the official who signed for them was sentenced to six years in prison.';
    expect(leansOutside(text, text)).toBe(true);
  });

  it('has its referent in the sentence when one is named', () => {
    const text = 'Police said the men who robbed the bank had hidden the money and later spent some of them.';
    expect(leansOutside(text, text)).toBe(false);
  });
});
