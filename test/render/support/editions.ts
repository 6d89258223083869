import type { Brand } from '../../../src/render';
import type { EditionContent, EditionSource, EditionStory } from '../../../src/shared/types';

/** Fixture editions built in code: a realistic morning, the largest the config allows, and a hostile one. */

export const brand: Brand = {
  senderName: 'Morning Brief',
  postalAddress: 'Morning Brief, 14 Rue des Lilas, 75011 Paris, France',
  publicUrl: 'https://brief.example.org',
};

function source(
  articleId: string,
  outlet: string,
  publishedAt: string | null,
  title: string,
  url: string,
): EditionSource {
  return { articleId, outlet, publishedAt, title, url };
}

const ceasefire: EditionStory = {
  storyId: 'st-ceasefire',
  section: 'world',
  headline: 'Ceasefire talks resume in Cairo as aid convoys wait at the border',
  points: [
    {
      text: 'Negotiators from both sides returned to Cairo on Thursday for a third round of indirect talks.',
      sources: ['a1', 'a2', 'a4'],
    },
    {
      text: 'Mediators say a draft covers a 30-day pause, prisoner exchanges and the reopening of two crossings.',
      sources: ['a2', 'a3'],
    },
    {
      text: 'More than 200 trucks of food and medicine are waiting on the Egyptian side of the border.',
      sources: ['a1', 'a5'],
    },
    {
      text: 'Both delegations described the atmosphere as "serious" but warned that gaps remain on security guarantees.',
      sources: ['a4'],
    },
  ],
  outletCount: 5,
  singleSource: false,
  sources: [
    source(
      'a1',
      'BBC News',
      '2026-11-28T21:40:00Z',
      'Cairo talks resume as aid trucks queue at crossing',
      'https://www.bbc.example/news/world-ceasefire-cairo',
    ),
    source(
      'a2',
      'Pacific Wire',
      '2026-11-28T19:05:00Z',
      'Mediators circulate draft of 30-day truce',
      'https://pacificwire.example/2026/11/28/mediators-draft-truce',
    ),
    source(
      'a3',
      'Northern Ledger',
      '2026-11-28T17:30:00Z',
      'What is in the draft ceasefire text',
      'https://northernledger.example/world/draft-ceasefire-explained',
    ),
    source(
      'a4',
      'Continental Post',
      '2026-11-28T16:12:00Z',
      'Delegations return to Cairo for third round',
      'https://continentalpost.example/a/delegations-cairo',
    ),
    source(
      'a5',
      'Harbor Times',
      '2026-11-28T12:00:00Z',
      'Aid agencies warn of spoilage as convoys wait',
      'https://harbortimes.example/aid-convoys-wait',
    ),
  ],
};

const monsoon: EditionStory = {
  storyId: 'st-floods',
  section: 'world',
  headline: 'Late monsoon floods displace thousands in southern Sri Lanka',
  points: [
    {
      text: 'Heavy rain over three days flooded low-lying districts around Galle and Matara.',
      sources: ['b1', 'b2'],
    },
    {
      text: 'The disaster management centre says more than 12,000 people are in temporary shelters.',
      sources: ['b2', 'b3'],
    },
    { text: 'Schools in the affected districts will stay closed until Wednesday.', sources: ['b3'] },
  ],
  outletCount: 3,
  singleSource: false,
  sources: [
    source(
      'b1',
      'Global Dispatch',
      '2026-11-28T23:10:00Z',
      'Floods hit Galle and Matara after three days of rain',
      'https://globaldispatch.example/asia/sri-lanka-floods',
    ),
    source(
      'b2',
      'Meridian Radio',
      '2026-11-28T20:45:00Z',
      'Thousands moved to shelters in Sri Lanka',
      'https://meridianradio.example/news/sri-lanka-shelters',
    ),
    source(
      'b3',
      'BBC News',
      '2026-11-28T18:02:00Z',
      'Sri Lanka closes schools as floodwater rises',
      'https://www.bbc.example/news/sri-lanka-schools',
    ),
  ],
};

const chips: EditionStory = {
  storyId: 'st-chips',
  section: 'business',
  headline: 'Chipmaker announces new plant in Dresden, citing EU subsidies',
  points: [
    {
      text: 'The company plans to invest €9 billion in a plant that would employ about 2,000 people by 2030.',
      sources: ['c1'],
    },
    {
      text: 'Construction is expected to start next spring, pending approval of state aid by the European Commission.',
      sources: ['c1'],
    },
    {
      text: 'Saxony’s economy minister called it "the largest single investment in the region since reunification".',
      sources: ['c1'],
    },
  ],
  outletCount: 1,
  singleSource: true,
  sources: [
    source(
      'c1',
      'The Daily Atlas',
      '2026-11-28T09:30:00Z',
      'Chipmaker picks Dresden for €9bn plant',
      'https://dailyatlas.example/business/dresden-chip-plant',
    ),
  ],
};

export const realisticEdition: EditionContent = {
  editionId: 'ed-2026-11-29T06',
  slot: '2026-11-29T06:00:00.000Z',
  builtAt: '2026-11-29T05:52:10.000Z',
  sections: [
    { id: 'world', title: 'World', stories: [ceasefire, monsoon] },
    { id: 'business', title: 'Business', stories: [chips] },
    { id: 'science', title: 'Science', stories: [] },
  ],
};

const WORDS =
  'officials said the decision followed weeks of negotiations between regional governments and international partners over funding and oversight arrangements'.split(
    ' ',
  );

function sentence(length: number, seed: number): string {
  const words: string[] = [];
  for (let i = 0; words.join(' ').length < length; i++)
    words.push(WORDS[(seed + i * 7) % WORDS.length] as string);
  const text = words.join(' ');
  return `${text[0]?.toUpperCase()}${text.slice(1)}.`;
}

/** The largest realistic edition: 4 sections × 8 stories × 8 points × 10 sources, long titles and URLs. */
export function maximalEdition(): EditionContent {
  const sections = ['world', 'business', 'science', 'culture'].map((id, s) => ({
    id,
    title: id[0]?.toUpperCase() + id.slice(1),
    stories: Array.from({ length: 8 }, (_, k): EditionStory => {
      const sources = Array.from({ length: 10 }, (_, j) =>
        source(
          `s${s}-${k}-${j}`,
          `Outlet Number ${j + 1} News`,
          new Date(Date.UTC(2026, 10, 28, 23 - j)).toISOString(),
          sentence(150, s + k + j),
          `https://www.outlet-${j + 1}-news.example/${id}/2026/11/28/${sentence(60, j)
            .toLowerCase()
            .replace(/[^a-z]+/g, '-')}?ref=rss`,
        ),
      );
      return {
        storyId: `st-${s}-${k}`,
        section: id,
        headline: sentence(110, s * 8 + k),
        points: Array.from({ length: 8 }, (_, p) => ({
          text: sentence(220, p + k),
          sources: [sources[p % 10]?.articleId ?? '', sources[(p + 3) % 10]?.articleId ?? ''],
        })),
        outletCount: 10,
        singleSource: false,
        sources,
      };
    }),
  }));
  return {
    editionId: 'ed-max',
    slot: '2026-11-29T06:00:00.000Z',
    builtAt: '2026-11-29T05:50:00.000Z',
    sections,
  };
}
