import { attributeGenerated } from '../../src/summarize/attribute';
import { analyzeStory } from '../../src/summarize/summarize-story';
import { ATTRIBUTION_THRESHOLD, claimOf, findSupport } from '../../src/summarize/support';
import { FLOODS } from './fixtures';

const { model } = analyzeStory(FLOODS);
const ids = (text: string): string[] => attributeGenerated(model, text).point.sources.slice().sort();

describe('grounding of generated points', () => {
  it('accepts a close restatement and names every outlet that reports it', () => {
    expect(ids('More than 12,000 people were forced from their homes in Kaldera province.')).toEqual([
      'floods-bbc',
      'floods-reuters',
    ]);
    // AP reports the rescue teams reaching the cut-off villages, not the boats: 75% of the
    // weighted terms, so it counts as a source at the documented thresholds.
    expect(ids('Rescue teams used boats to reach villages cut off by the water.')).toEqual([
      'floods-ap',
      'floods-reuters',
    ]);
  });

  it('rejects a changed figure', () => {
    expect(
      ids('Flash floods killed at least 420 people in northern Marovia after three days of rain.'),
    ).toEqual([]);
  });

  it('rejects a flipped negation', () => {
    expect(ids('The army was ordered to help with evacuations in the province.')).toEqual([
      'floods-bbc',
      'floods-reuters',
    ]);
    expect(ids('The army was not ordered to help with evacuations in the province.')).toEqual([]);
    expect(ids('President Ivo Marek did not declare a state of emergency in the province.')).toEqual([]);
  });

  it('rejects a garbled merge of facts from different sentences', () => {
    expect(
      ids('President Ivo Marek promised $50 million after 12,000 people were forced from their homes.'),
    ).toEqual([]);
  });

  it('rejects an invented claim and a changed name', () => {
    expect(ids('Neighbouring countries closed their borders to refugees from the flooded valley.')).toEqual(
      [],
    );
    expect(ids('President Anton Marek declared a state of emergency in the province.')).toEqual([]);
  });

  it('accepts support spread over two adjacent sentences of one article', () => {
    const claim = claimOf(
      model,
      'At least 42 people died in flash floods after three days of torrential rain.',
    );
    const support = findSupport(model, claim, ATTRIBUTION_THRESHOLD, false);
    const bbc = support.find((found) => model.articles[found.article]?.doc.id === 'floods-bbc');
    expect(bbc).toBeDefined();
    expect(bbc?.score).toBeGreaterThanOrEqual(ATTRIBUTION_THRESHOLD);
  });
});
