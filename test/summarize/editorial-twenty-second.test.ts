import { articleSentences } from '../../src/shared/text/article-text';
import { summarizeStory } from '../../src/summarize';
import { doc } from './fixture-doc';

/** Rules written from the twenty-second round of labelled sets (docs/summarization.md, "Twenty-second round"). */

describe("a show's notes", () => {
  it('drop the "This week:" before the news and an appeal to join on a members\' platform', () => {
    const notes = [
      'This week: conservators near Velmar have uncovered a 14th-century fresco with a painted date.',
      'Join on Patreon for ad-free episodes.',
    ].join('\n\n');
    expect(articleSentences(notes).flat()).toEqual([
      'Conservators near Velmar have uncovered a 14th-century fresco with a painted date.',
    ]);
  });
});

describe('a story with only a few lines to show', () => {
  it('shows no line in the first person outside quotes, even as a fallback', () => {
    const appeal = doc(
      'appeal',
      'KinAid',
      '2027-10-02T09:00:00Z',
      'Help the families of Nueva Velmar rebuild',
      [
        'Twenty-three of our homes are gone.',
        'The hill above our community came down.',
        'Civil Protection said 14 people died in the landslide in Nueva Velmar.',
      ],
    );
    const points = summarizeStory([appeal], { maxPoints: 5 }).points.map((point) => point.text);
    expect(points).toEqual(['Civil Protection said 14 people died in the landslide in Nueva Velmar.']);
  });
});
