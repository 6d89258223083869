import { trimSentence } from '../../src/shared/text/furniture';
import { summarizeStory } from '../../src/summarize';
import { doc } from './fixture-doc';

// Shapes from the fifty-first round of labelled sets (docs/summarization.md, "Fiftieth and
// fifty-first rounds"). Outlets, people and places are fictional.

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
      'The sentence is not final, and Quiroga will remain free while he appeals.',
      'In his final statement to the court, the former minister insisted he had done nothing wrong.',
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
