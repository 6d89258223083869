import { cleanTitle } from '../../src/summarize/headline';
import { opensAsScene } from '../../src/summarize/scene-openings';
import { analyzeStory } from '../../src/summarize/summarize-story';
import { doc } from './fixture-doc';

// Shapes from the fifty-second round of labelled sets (docs/summarization.md, "Fiftieth to
// fifty-second rounds"). Outlets, people and places are fictional.

describe("a title's section and outlet after spaced colons", () => {
  it('are cut', () => {
    expect(
      cleanTitle('Chile’s Senate removes interior minister after prison escape : World Today : SBR'),
    ).toBe('Chile’s Senate removes interior minister after prison escape');
  });

  it('leave a French title’s colon', () => {
    expect(cleanTitle('Incendie à Lyon : trois morts dans un immeuble')).toBe(
      'Incendie à Lyon : trois morts dans un immeuble',
    );
  });
});

describe('a day in history before 1800 and its sequel', () => {
  const feature = doc(
    'f',
    'Tyrrhenian 24',
    '2029-04-07T20:00:00Z',
    'Italy declares emergency as 900 left homeless by Solfatara quake',
    [
      'On 12 March 1631, after a week of tremors, the ground near the village of Cumae split open.',
      'Within a week a new hill stood 90 metres high where the village had been.',
      'Italy declared a 12-month state of emergency on Saturday after a magnitude 4.7 earthquake left about 900 people near Naples out of their homes.',
      'The cabinet set aside 15 million euros for repairs.',
    ],
  );
  const wire = doc(
    'w',
    'Peninsula Press Agency',
    '2029-04-06T08:00:00Z',
    'Strong quake shakes area west of Naples',
    [
      'A magnitude 4.7 earthquake struck the area west of Naples late on Thursday, the national geophysics institute said.',
      'About 300 people spent the night away from their homes.',
    ],
  );

  it('do not lead the story', () => {
    const { model } = analyzeStory([feature, wire]);
    const at = (start: string) => model.sentences.findIndex((sentence) => sentence.text.startsWith(start));
    expect(opensAsScene(model, at('On 12 March 1631'))).toBe(true);
    expect(opensAsScene(model, at('Within a week'))).toBe(true);
    expect(opensAsScene(model, at('Italy declared'))).toBe(false);
  });
});
