import { type ClusterTuning, createClusterer } from '../../src/cluster';
import type { ContentDoc } from '../../src/shared/types';

/** Hand-written articles of four unrelated events, as several outlets would report them. */
export interface FixtureArticle {
  event: 'quake' | 'rates' | 'final' | 'wildfire';
  title: string;
  text: string;
  outlet: string;
}

export const EVENTS: FixtureArticle[] = [
  {
    event: 'quake',
    title: 'Strong earthquake strikes western Turkey near Izmir',
    text: 'A magnitude 6.8 earthquake shook the Aegean coast of Turkey on Monday, toppling buildings in Izmir and sending residents into the streets.',
    outlet: 'Wire One',
  },
  {
    event: 'rates',
    title: 'European Central Bank raises interest rates again to fight inflation',
    text: 'The ECB lifted its deposit rate by a quarter point, saying inflation in the euro zone remains too high for too long.',
    outlet: 'Money Daily',
  },
  {
    event: 'quake',
    title: 'Rescuers search rubble in Izmir after Turkey earthquake kills dozens',
    text: 'Rescue teams pulled survivors from collapsed buildings in Izmir as the death toll from the Aegean earthquake rose.',
    outlet: 'Global Post',
  },
  {
    event: 'final',
    title: 'Real Madrid beat Liverpool to win Champions League final',
    text: 'Real Madrid won the Champions League final in Paris, beating Liverpool 1-0 with a second-half goal from Vinicius.',
    outlet: 'Sport Today',
  },
  {
    event: 'wildfire',
    title: 'Wildfire forces thousands to evacuate near Los Angeles',
    text: 'A fast-moving wildfire fanned by Santa Ana winds burned homes in the hills north of Los Angeles, forcing evacuations.',
    outlet: 'Coast News',
  },
  {
    event: 'rates',
    title: 'ECB hikes rates by quarter point, signals more to come',
    text: "Europe's central bank raised borrowing costs and president Christine Lagarde said inflation was still too high.",
    outlet: 'Wire One',
  },
  {
    event: 'final',
    title: 'Vinicius goal gives Real Madrid 14th Champions League title against Liverpool',
    text: "Carlo Ancelotti's Real Madrid edged Liverpool in the Champions League final thanks to Vinicius and goalkeeper Courtois.",
    outlet: 'Global Post',
  },
  {
    event: 'quake',
    title: 'Turkey earthquake: death toll rises as aftershocks rattle Izmir',
    text: 'Aftershocks hit Izmir a day after the earthquake as rescuers kept searching collapsed buildings for survivors.',
    outlet: 'Coast News',
  },
  {
    event: 'wildfire',
    title: 'Los Angeles wildfire spreads as Santa Ana winds strengthen',
    text: 'Firefighters battled the wildfire north of Los Angeles as strong Santa Ana winds pushed flames toward more homes.',
    outlet: 'Wire One',
  },
  {
    event: 'rates',
    title: 'Lagarde defends ECB rate rise as inflation stays high',
    text: 'Christine Lagarde said the European Central Bank would keep raising interest rates until inflation returns to target.',
    outlet: 'Global Post',
  },
  {
    event: 'final',
    title: 'Liverpool fans frustrated after Champions League final loss to Real Madrid',
    text: 'Liverpool could not find a way past Courtois as Real Madrid won the Champions League final in Paris.',
    outlet: 'Coast News',
  },
  {
    event: 'wildfire',
    title: 'Evacuations expand as Los Angeles wildfire burns more homes',
    text: 'The wildfire near Los Angeles has burned thousands of acres and more homes were ordered to evacuate as winds grew.',
    outlet: 'Global Post',
  },
];

const BASE = Date.UTC(2025, 5, 2, 6, 0, 0);

/** The fixture articles as ContentDocs, one every 20 minutes from `start`. */
export function fixtureDocs(start = BASE): ContentDoc[] {
  return EVENTS.map((article, index) => ({
    id: `a${index + 1}`,
    title: article.title,
    text: article.text,
    publishedAt: new Date(start + index * 20 * 60_000),
    outlet: article.outlet,
    url: `https://news.example/a${index + 1}`,
  }));
}

/** Sequential story ids: deterministic tests without randomness. */
export function sequentialIds(prefix = 's'): () => string {
  let next = 0;
  return () => `${prefix}${++next}`;
}

export const HOUR = 3_600_000;

/** The story each document ends in, merges resolved, clustered in order with the 72 h window. */
export function clusterStories(docs: readonly ContentDoc[], tuning: Partial<ClusterTuning> = {}): string[] {
  const clusterer = createClusterer({ windowHours: 72, newStoryId: sequentialIds(), tuning });
  const ids = docs.map((item) => clusterer.add(item).storyId);
  return ids.map((id) => clusterer.resolve(id));
}
