import { checkCitations } from '../../src/eval/citation-check';
import type { ContentDoc } from '../../src/shared/types';
import { attributeGenerated, supportOfExtract } from '../../src/summarize/attribute';
import { summarizeStory } from '../../src/summarize/index';
import { analyzeStory } from '../../src/summarize/summarize-story';
import { ELECTION, ELECTION_DETAILS, TRAM } from './paraphrase-fixtures';

const ids = (sources: string[]): string[] => [...sources].sort();
const ALL_FIVE = ids(ELECTION.map((doc) => doc.id));

describe('one fact reported by five outlets in five wordings', () => {
  it('appears once in the digest, citing only outlets whose words carry it, followed by their own details', () => {
    const summary = summarizeStory(ELECTION, { maxPoints: 5 });
    const fact = summary.points.filter((point) => /prime minister/.test(point.text));
    expect(fact).toHaveLength(1);
    // Five wordings of one claim: an outlet is cited only when its own sentence carries the
    // shown wording's names, figures and most of its words (attribute.ts), never for the claim alone.
    const cited = ids(fact[0]?.sources ?? []);
    expect(cited.every((id) => ALL_FIVE.includes(id))).toBe(true);
    expect(checkCitations(ELECTION, fact).failures).toEqual([]);
    expect(summary.points[0]).toBe(fact[0]);
    const rest = summary.points.slice(1);
    expect(rest).toHaveLength(4);
    for (const point of rest) {
      expect(point.sources).toHaveLength(1);
      expect(point.text).toContain(ELECTION_DETAILS[point.sources[0] ?? ''] ?? '?');
    }
  });

  it('gives every outlet its own detail as a separate point when there is room', () => {
    const summary = summarizeStory(ELECTION, { maxPoints: 8 });
    for (const [id, phrase] of Object.entries(ELECTION_DETAILS)) {
      const points = summary.points.filter((point) => point.text.includes(phrase));
      expect(points).toHaveLength(1);
      expect(points[0]?.sources).toEqual([id]);
    }
    expect(summary.points).toHaveLength(1 + Object.keys(ELECTION_DETAILS).length);
  });

  it('passes the attribution check for every listed outlet', () => {
    const summary = summarizeStory(ELECTION, { maxPoints: 5 });
    const report = checkCitations(ELECTION, summary.points);
    expect(report.points).toBe(summary.points.length);
    expect(report.failures).toEqual([]);
    expect(report.supported).toBe(report.citations);
    expect(report.citations).toBeGreaterThanOrEqual(summary.points.length);
  });
});

describe('figures that disagree', () => {
  const summary = summarizeStory(TRAM, { maxPoints: 8 });

  it("states the derailment once, as the headline's report gives it, never citing the outlet that counted otherwise", () => {
    // "injuring 12", "injuring 14", "twelve passengers taken to hospital": one claim with figures
    // in dispute. A reader sees it once (same-claim.ts, CONFLICT_MIN_SHARED), in the words of the
    // report whose title heads the story ("Tram derails in Valdor, injuring 12", lead.ts), and no
    // point cites an outlet for a figure it did not give.
    const derailed = summary.points.filter((point) => /derail|came off the rails/.test(point.text));
    expect(derailed).toHaveLength(1);
    expect(summary.headline).toBe('Tram derails in Valdor, injuring 12');
    expect(derailed[0]?.sources[0]).toBe('tram-a');
    for (const point of summary.points) {
      expect(ids(point.sources)).not.toEqual(expect.arrayContaining(['tram-a', 'tram-b']));
    }
  });

  it('reads spelled-out figures as figures: "twelve" is 12, never 14', () => {
    const twelve = summary.points.find((point) => /\b(?:12|twelve)\b/.test(point.text));
    expect(twelve?.sources).toBeDefined();
    expect(twelve?.sources).not.toContain('tram-b');
    expect(ids(twelve?.sources ?? []).every((id) => ['tram-a', 'tram-c'].includes(id))).toBe(true);
    const report = checkCitations(TRAM, summary.points);
    expect(report.failures).toEqual([]);
    expect(report.supported).toBe(report.citations);
  });
});

describe('the same-claim rule', () => {
  const withLead = (docs: ContentDoc[], id: string, lead: string, before: string[] = []): ContentDoc[] =>
    docs.map((doc) =>
      doc.id === id
        ? { ...doc, text: [...before, lead, ...doc.text.split('\n\n').slice(1)].join('\n\n') }
        : doc,
    );
  const citedFor = (docs: ContentDoc[], id: string): string[] => {
    const { model } = analyzeStory(docs);
    const lead = model.sentences.findIndex((sentence) => model.articles[sentence.article]?.doc.id === id);
    return ids(supportOfExtract(model, lead).map((found) => model.articles[found.article]?.doc.id ?? ''));
  };

  it('cites an outlet whose lead states the claim in other words', () => {
    expect(citedFor(ELECTION, 'pm-gazette')).toEqual(['pm-daily', 'pm-markets', 'pm-radio', 'pm-wire']);
  });

  it('does not cite an outlet whose lead negates the claim', () => {
    const denied = withLead(
      ELECTION,
      'pm-daily',
      'The Norvale parliament on Tuesday did not elect Mira Solberg prime minister.',
    );
    expect(citedFor(denied, 'pm-gazette')).not.toContain('pm-daily');
  });

  it('only compares leads: the same words deep in an article are not a citation', () => {
    const background = [
      'Norvale has held three elections in two years.',
      'Turnout fell at each of them.',
      'Coalition talks broke down twice over the budget.',
    ];
    const late = withLead(
      ELECTION,
      'pm-daily',
      'The Norvale parliament on Tuesday elected Mira Solberg prime minister.',
      background,
    );
    expect(citedFor(late, 'pm-gazette')).not.toContain('pm-daily');
  });

  it('is never used to ground model output, which must match its source closely', () => {
    const { model } = analyzeStory(ELECTION);
    const { support } = attributeGenerated(
      model,
      "Lawmakers in Norvale chose Mira Solberg to be the country's next prime minister on Tuesday.",
    );
    expect(support.every((found) => found.via === 'coverage')).toBe(true);
  });
});
