import { trimSentence } from '../../src/shared/text/furniture';
import { summarizeStory } from '../../src/summarize';
import { analyzeStory } from '../../src/summarize/summarize-story';
import { outdatedTitle } from '../../src/summarize/tolls';
import { doc } from './fixture-doc';

// Shapes from the fifty-first round of labelled sets (docs/summarization.md, "Fiftieth to
// fifty-second rounds"). Outlets, people and places are fictional.

describe("a news agency's dateline with its name between slashes", () => {
  it.each([
    [
      'ORAL, 19 March. /Zhaiyk Wire/ – Rescuers moved 900 people from riverside villages on Sunday.',
      'Rescuers moved 900 people from riverside villages on Sunday.',
    ],
    [
      'KAZAN, March 18. /Volga Agency/. The city council approved the new tram line.',
      'The city council approved the new tram line.',
    ],
  ])('is cut from %s', (sentence, trimmed) => {
    expect(trimSentence(sentence)).toBe(trimmed);
  });

  it('leaves a sentence with slashes in its text', () => {
    expect(trimSentence('The committee voted 5/3 on March 4 to approve the plan.')).toBe(
      'The committee voted 5/3 on March 4 to approve the plan.',
    );
  });
});

describe('a denial lent by the sentence beside the one that supports a point', () => {
  const daily = doc(
    'd',
    'Rio Plata Chronicle',
    '2029-03-22T23:10:00Z',
    'Ex-minister Quiroga gets five years',
    [
      'A federal court on Thursday sentenced former public works minister Aníbal Quiroga to five years in prison for fraud over a bridge contract.',
      'In his final statement to the court, the former minister insisted he had done nothing wrong.',
      'The sentence is not final, and Quiroga will remain free while he appeals.',
    ],
  );
  const wire = doc(
    'w',
    'Southern Cone Press',
    '2029-03-22T21:05:00Z',
    'Argentine court jails ex-minister Quiroga',
    [
      'An Argentine federal court on Thursday sentenced former public works minister Aníbal Quiroga to five years in prison over an inflated bridge contract.',
      'Quiroga, 64, will remain free until the sentence is confirmed on appeal, a process that can take years.',
      'The Anti-Corruption Office said the ruling showed that no one is above the law.',
      'Prosecutors had sought an eight-year sentence.',
    ],
  );

  it('does not make the neighbour say the sentence is not final', () => {
    const points = summarizeStory([daily, wire], { maxPoints: 8 }).points;
    const final = points.find((point) => point.text.startsWith('The sentence is not final'));
    expect(final?.sources).toEqual(['d']);
  });
});

describe('a count told as a number that rose', () => {
  const older = doc(
    'a',
    'Isthmus Air News',
    '2029-03-25T20:00:00Z',
    'Pacaya eruption: 2,100 evacuated as ash clears from airport',
    [
      'The airport reopened at 01:00 local time on Sunday after a 19-hour closure caused by ash from the Pacaya volcano.',
      'On the ground, the disaster agency said about 2,100 people had been evacuated from villages around the volcano.',
    ],
  );
  const newer = doc('b', 'Central America Newsroom', '2029-03-26T22:00:00Z', '', [
    'The number of people evacuated from around the Pacaya volcano has risen to 3,400, the disaster agency said on Monday.',
    'The eruption showed signs of easing on Monday afternoon.',
  ]);

  it('leaves the older title its count out of date', () => {
    const { model, titles } = analyzeStory([older, newer]);
    expect(outdatedTitle(model, titles[0] ?? '', 0)).toBe(true);
  });
});

describe('the sequel of a day in history the article opened on', () => {
  const column = doc('c', 'Levant Broadcast', '2029-03-19T17:30:00Z', 'Lebanon goes dark, again', [
    'On 9 October 2021, the two biggest power stations ran out of fuel within hours of each other and the whole country went dark.',
    'The army handed over some of its own fuel oil the next day to get them running again.',
    'On Monday, the country went into a second day of the same kind of blackout.',
    'The cabinet approved a treasury advance of $54 million so that a waiting tanker can unload fuel oil at the Zahrani plant.',
  ]);
  const report = doc('r', 'Beirut Morning Record', '2029-03-19T08:00:00Z', 'Blackout enters second day', [
    'The state electricity grid went down completely on Sunday evening after the Zahrani plant shut down for lack of fuel, the state utility said.',
    'A tanker with 33,000 tonnes of fuel oil has been waiting off Zahrani for a week.',
  ]);

  it('is no point of the story', () => {
    const points = summarizeStory([column, report], { maxPoints: 8 }).points.map((point) => point.text);
    expect(points.some((point) => point.includes('the next day'))).toBe(false);
  });
});
