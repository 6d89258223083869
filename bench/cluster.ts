/**
 * `npm run bench:cluster`: clusters 100,000 synthetic news articles through the production
 * clusterer on one core and prints the cost figures; the last line is one JSON object.
 *
 * The stream is generated here (no data is read): 30 days of world news from 60 outlets,
 * about 4,000 events whose sizes follow a heavy tail (a few stories draw hundreds of
 * articles, most a handful), each event a burst of a day or two, a fifth of them with a
 * second burst days later. Titles and leads mix the event's names and coined terms with
 * topic vocabulary, everyday news words and stop words, so terms recur across stories the
 * way they do in real feeds.
 */
import { createClusterer, DEFAULT_TUNING, extractTerms } from '../src/cluster/index';
import { scoreClustering } from '../src/eval/cluster-metrics';
import type { ContentDoc } from '../src/shared/types';
import { mulberry32 } from './prng';

const ARTICLES = 100_000;
const EVENTS = 4_000;
const DAYS = 30;
const HOUR_MS = 3_600_000;
const START = Date.UTC(2025, 0, 1);

const random = mulberry32(20250101);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const normal = (): number => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());

const STOP = [
  'the',
  'of',
  'and',
  'in',
  'to',
  'a',
  'on',
  'for',
  'with',
  'after',
  'as',
  'at',
  'by',
  'from',
  'its',
];
const GENERAL = (
  'said officials government report week year day people country city state minister president police ' +
  'statement announced warned confirmed denied expected according source agency spokesperson local national ' +
  'international public support plan new first latest amid following despite concern call response decision ' +
  'meeting talks pressure leaders group members move change record high low number million billion percent'
).split(' ');
const TOPICS: Record<string, string[]> = {
  politics:
    'election vote parliament party coalition opposition campaign ballot senate reform bill law'.split(' '),
  economy: 'market shares inflation rates bank growth trade tariffs jobs prices budget debt investors'.split(
    ' ',
  ),
  disaster:
    'earthquake flood storm wildfire evacuation rescue damage victims shelter hurricane landslide'.split(' '),
  conflict:
    'troops ceasefire strikes border military offensive missile drone forces talks peace sanctions'.split(
      ' ',
    ),
  crime:
    'court trial suspect arrested charges judge verdict investigation prosecutors police shooting fraud'.split(
      ' ',
    ),
  health:
    'virus outbreak hospital vaccine patients doctors cases health disease treatment trial ministry'.split(
      ' ',
    ),
  sport: 'final match season coach team goal championship league title injury transfer victory'.split(' '),
  tech: 'company launch app data privacy chip software users regulators outage artificial intelligence'.split(
    ' ',
  ),
};
const SYLLABLES = (
  'ka ro mi ten sa vel lo dar is an be tor ma ni qu el os ar ve lin do ra zu fen ha pol ' +
  'gri sto mar ke jo ul tas bri no cer vi pa hel gor dun tri'
).split(' ');
const OUTLETS = Array.from({ length: 60 }, (_, i) => `Outlet ${i + 1}`);

function coinedName(): string {
  const length = 3;
  const word = Array.from({ length }, () => pick(SYLLABLES)).join('');
  return word[0]!.toUpperCase() + word.slice(1);
}

interface SyntheticEvent {
  id: number;
  keywords: string[];
  topic: string[];
  start: number;
  lifespanHours: number;
  size: number;
}

function makeEvents(): SyntheticEvent[] {
  const weights = Array.from({ length: EVENTS }, () => Math.exp(1.1 * normal()));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return weights.map((weight, id) => ({
    id,
    keywords: Array.from({ length: 4 + Math.floor(random() * 3) }, coinedName),
    topic: TOPICS[pick(Object.keys(TOPICS))]!,
    start: START + random() * DAYS * 24 * HOUR_MS,
    lifespanHours: Math.min(120, Math.exp(3.2 + 0.7 * normal())),
    // A little over the target so that, once sorted by time, exactly ARTICLES remain.
    size: Math.max(1, Math.round((weight / total) * ARTICLES * 1.03)),
  }));
}

function sentence(event: SyntheticEvent, words: number, keywordShare: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i += 1) {
    const roll = random();
    if (roll < keywordShare) out.push(pick(event.keywords));
    else if (roll < keywordShare + 0.2) out.push(pick(event.topic));
    else if (roll < keywordShare + 0.5) out.push(pick(GENERAL));
    else out.push(pick(STOP));
  }
  return out.join(' ');
}

interface LabelledDoc {
  doc: ContentDoc;
  /** Event and burst: the story a perfect clusterer would make under a 72 h window. */
  label: string;
}

function makeStream(): LabelledDoc[] {
  const docs: LabelledDoc[] = [];
  for (const event of makeEvents()) {
    // A fifth of the events come back for a second burst two to five days later.
    const secondBurst = random() < 0.2 ? 48 + random() * 72 : null;
    for (let i = 0; i < event.size; i += 1) {
      const late = secondBurst !== null && random() < 0.3;
      // Front-loaded: most articles early in the burst.
      const offset = event.lifespanHours * random() ** 2 + (late ? (secondBurst ?? 0) : 0);
      const published = new Date(event.start + offset * HOUR_MS);
      docs.push({
        label: `${event.id}${late ? 'b' : 'a'}`,
        doc: {
          id: `a${docs.length}`,
          title: sentence(event, 6 + Math.floor(random() * 6), 0.45),
          text: `${sentence(event, 18 + Math.floor(random() * 14), 0.25)}. ${sentence(event, 12, 0.2)}.`,
          publishedAt: published,
          outlet: pick(OUTLETS),
          url: `https://news.example/${docs.length}`,
        },
      });
    }
  }
  docs.sort((a, b) => a.doc.publishedAt!.getTime() - b.doc.publishedAt!.getTime());
  return docs.slice(0, ARTICLES);
}

/** CPU time used by this process so far (user and system, all its threads), in ms. */
function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

function main(): void {
  const generatedAt = performance.now();
  const stream = makeStream();
  const generationSeconds = (performance.now() - generatedAt) / 1000;
  let next = 0;
  const clusterer = createClusterer({ newStoryId: () => `s${++next}`, windowHours: 72 });
  const assigned: string[] = [];
  const quarter = Math.floor(stream.length / 4);
  let merges = 0;
  let early = 0;
  let late = 0;
  // Load the language model before the clock starts: a one-off cost, not a per-article one.
  extractTerms('warm up', '', DEFAULT_TUNING);
  const started = performance.now();
  // The per-article cost is this process's CPU time, not wall time: on a core shared with
  // other work, wall time charged their bursts to whichever quarter they fell in (the same
  // code measured ratios from 0.47 to 3.8 on a loaded machine).
  let mark = cpuMs();
  stream.forEach(({ doc }, index) => {
    assigned.push(clusterer.add(doc).storyId);
    // A production run hands its changes to the store after every batch.
    if ((index + 1) % 1000 === 0) merges += clusterer.takeChanges().merged.length;
    if (index + 1 === quarter) early = cpuMs() - mark;
    if (index + 1 === stream.length - quarter) mark = cpuMs();
  });
  late = cpuMs() - mark;
  merges += clusterer.takeChanges().merged.length;
  const wall = (performance.now() - started) / 1000;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const gold = new Map(stream.map(({ doc, label }) => [doc.id, label]));
  const predicted = new Map(stream.map(({ doc }, index) => [doc.id, clusterer.resolve(assigned[index]!)]));
  const scores = scoreClustering(gold, predicted);
  const earlyUs = (early * 1000) / quarter;
  const lateUs = (late * 1000) / quarter;
  const lines = [
    `stream: ${stream.length} articles, ${gold.size && new Set(gold.values()).size} event bursts, generated in ${generationSeconds.toFixed(1)} s`,
    `clustered in ${wall.toFixed(1)} s (${Math.round(stream.length / wall)} articles/s), ${next} stories created, ${merges} merged, ${clusterer.storyCount} held at the end`,
    `per article (CPU): first ${quarter}: ${earlyUs.toFixed(0)} µs, last ${quarter}: ${lateUs.toFixed(0)} µs (ratio ${(lateUs / earlyUs).toFixed(2)})`,
    `peak RSS: ${peakRssMb.toFixed(0)} MB`,
    `against the generating bursts: B3 F1 ${scores.bcubed.f1.toFixed(3)} (P ${scores.bcubed.precision.toFixed(3)}, R ${scores.bcubed.recall.toFixed(3)}), NMI ${scores.nmiSqrt.toFixed(3)}`,
  ];
  for (const line of lines) console.log(line);
  console.log(
    JSON.stringify({
      articles: stream.length,
      wall_s: Number(wall.toFixed(2)),
      articles_per_s: Math.round(stream.length / wall),
      peak_rss_mb: Math.round(peakRssMb),
      late_early_ratio: Number((lateUs / earlyUs).toFixed(3)),
    }),
  );
}

main();
