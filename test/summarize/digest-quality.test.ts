import { checkCitations } from '../../src/eval/citation-check';
import {
  addStory,
  emptyDigestQuality,
  formatDigestQuality,
  termOverlap,
} from '../../src/eval/digest-quality';
import { summarizeStory } from '../../src/summarize/index';
import { ELECTION } from './paraphrase-fixtures';

describe('digest quality measures', () => {
  it('scores restatements of one fact by different outlets as overlapping', () => {
    expect(
      termOverlap(
        'Lawmakers in Norvale chose Mira Solberg to be the next prime minister on Tuesday.',
        'The Norvale parliament on Tuesday elected Mira Solberg prime minister.',
      ),
    ).toBeGreaterThanOrEqual(0.6);
    expect(termOverlap('The krone gained against the euro.', 'Opposition deputies walked out.')).toBe(0);
  });

  it('counts redundant pairs and outlets per point', () => {
    const quality = addStory(emptyDigestQuality(), ELECTION, [
      { text: ELECTION[0]?.text.split('\n\n')[0] ?? '', sources: ['pm-wire', 'pm-gazette', 'pm-daily'] },
      { text: ELECTION[4]?.text.split('\n\n')[0] ?? '', sources: ['pm-daily'] },
      { text: 'Solberg won 88 of the 150 votes in the chamber.', sources: ['pm-wire'] },
    ]);
    expect(quality.pairs).toBe(3);
    expect(quality.paraphrasePairs).toBe(1);
    expect(quality.citedOutlets).toBe(5);
    expect(quality.multiOutletPoints).toBe(1);
    expect(quality.widestPointOutlets).toBe(3);
    expect(formatDigestQuality(quality)[1]).toMatch(/1\.67 outlets per point/);
  });

  it('finds no restatement in the summary of five outlets wording one fact five ways', () => {
    const quality = addStory(
      emptyDigestQuality(),
      ELECTION,
      summarizeStory(ELECTION, { maxPoints: 5 }).points,
    );
    expect(quality.paraphrasePairs).toBe(0);
    expect(checkCitations(ELECTION, summarizeStory(ELECTION, { maxPoints: 5 }).points).failures).toEqual([]);
  });
});
