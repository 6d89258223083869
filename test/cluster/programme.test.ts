import { createClusterer } from '../../src/cluster';
import { isProgrammeTitle } from '../../src/cluster/programme';
import type { ContentDoc } from '../../src/shared/types';
import { sequentialIds } from './fixtures';

const doc = (id: string, outlet: string, title: string, text: string): ContentDoc => ({
  id,
  outlet,
  title,
  text,
  url: `https://${outlet.toLowerCase().replace(/\W+/g, '')}.example/${id}`,
  publishedAt: new Date('2026-11-28T06:00:00Z'),
});

describe('programme items and roundups', () => {
  it.each([
    ['The Morning Hour podcast, episode 88: floods, treaties and a tunnel', true],
    ['Podcast: the week in Europe', true],
    ['World Tonight, Ep. 12 — strikes and storms', true],
    ['Streaming giant pays $200m for true-crime podcast', false],
    ['Treaty talks enter final episode as deadline nears', false],
    ['The week in business: mergers, strikes and a wobble in oil', true],
    ['Morning briefing: floods, a treaty and a tunnel', true],
    ["Weekend Wrap-Up: Tarvin's film sweeps the guild awards", false],
    ['Veldor ends its week in crisis as the coalition splits', false],
  ])('%s → %s', (title, expected) => {
    expect(isProgrammeTitle(title)).toBe(expected);
  });

  it('keeps an episode announcement out of the story whose topic its title names', () => {
    const clusterer = createClusterer({ newStoryId: sequentialIds() });
    const treaty = [
      doc(
        'a',
        'Lakeside Herald',
        'Nations agree treaty on plastic pollution in Geneva',
        'Governments adopted a global treaty on plastic pollution in Geneva early on Saturday after talks through the night.',
      ),
      doc(
        'b',
        'Northern Ledger',
        'Plastics treaty agreed in Geneva',
        'Countries meeting in Geneva agreed the first global treaty on plastic pollution on Saturday.',
      ),
    ].map((article) => clusterer.resolve(clusterer.add(article).storyId));
    expect(treaty[0]).toBe(treaty[1]);
    const promo = clusterer.add(
      doc(
        'p',
        'Global Radio',
        'The World Tonight podcast, episode 412: plastics treaty, tremors and tunnels',
        'Our correspondents on the plastics treaty agreed in Geneva and the night’s other stories.',
      ),
    );
    expect(promo.isNew).toBe(true);
    const later = clusterer.add(
      doc(
        'c',
        'Harbourline Times',
        'Geneva plastics treaty: what was agreed',
        'The plastic pollution treaty agreed in Geneva on Saturday sets design standards and a fund.',
      ),
    );
    expect(clusterer.resolve(later.storyId)).toBe(treaty[0]);
    expect(clusterer.resolve(promo.storyId)).not.toBe(treaty[0]);
  });
});
