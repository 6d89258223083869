import { analyzeStory } from '../../src/summarize/summarize-story';
import { stalePlan } from '../../src/summarize/superseded';
import { doc } from './fixture-doc';

// Shapes from the hundred-and-fifteenth round (docs/summarization.md, "Hundred-and-fifteenth
// round"). Outlets, people and places are fictional.

describe('an alert told as kept at a level', () => {
  const kept =
    'Quake activity under Mount Orvel has fallen sharply, the observatory said on Sunday, though it kept the alert at yellow for now.';
  const sunday = doc('s', 'Island Wire', '2031-04-27T10:00:00Z', 'Orvel quakes ease', [kept]);
  const stale = (monday: string): boolean => {
    const later = doc('m', 'Orvel Online', '2031-04-28T09:00:00Z', 'Orvel alert update', [monday]);
    const { model } = analyzeStory([sunday, later]);
    return stalePlan(
      model,
      model.sentences.findIndex((sentence) => sentence.text === kept),
    );
  };

  it('is out of date once a newer report tells it moved to another level', () => {
    expect(
      stale('The observatory has lowered the Mount Orvel alert to green, and the summit reopens on Tuesday.'),
    ).toBe(true);
  });

  it('is not when the newer report retells how it came to that level', () => {
    expect(
      stale(
        'The observatory raised the Mount Orvel alert from green to yellow on Wednesday and closed the summit.',
      ),
    ).toBe(false);
  });
});
