/**
 * Throughput of the summarize stage: 1,000 synthetic stories of 10 articles each, summarized
 * one after another on one core (`taskset -c 0`). Articles are generated, not copied: each
 * story is an event with facts (place, people, figures) that every outlet reports in its own
 * words, plus background, quotes and page furniture (datelines, captions, "Read more"), at
 * 150–900 words per article (news bodies run ~500 words; feed leads are shorter).
 * Last line: {"stories", "wall_s", "stories_per_s", "peak_rss_mb"}.
 */
import type { ContentDoc } from '../src/shared/types';
import { summarizeStory } from '../src/summarize/index';
import { mulberry32 } from './prng';

/** `--stories N` shortens a run for profiling; the published figure uses the default. */
const STORIES = storiesArgument(process.argv.slice(2)) ?? 1_000;
const ARTICLES_PER_STORY = 10;

function storiesArgument(args: string[]): number | null {
  const at = args.indexOf('--stories');
  const value = at >= 0 ? Number(args[at + 1]) : Number.NaN;
  return Number.isInteger(value) && value > 0 ? value : null;
}

const random = mulberry32(20261129);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const between = (low: number, high: number): number => low + Math.floor(random() * (high - low + 1));

const PLACES = [
  ['Lisbon', 'Portugal'],
  ['Nairobi', 'Kenya'],
  ['Jakarta', 'Indonesia'],
  ['Lima', 'Peru'],
  ['Manila', 'the Philippines'],
  ['Warsaw', 'Poland'],
  ['Accra', 'Ghana'],
  ['Hanoi', 'Vietnam'],
  ['Santiago', 'Chile'],
  ['Ankara', 'Turkey'],
  ['Dhaka', 'Bangladesh'],
  ['Oslo', 'Norway'],
] as const;
const FIRST = [
  'Maria',
  'Ahmed',
  'Lena',
  'Kwame',
  'Sofia',
  'Daniel',
  'Aiko',
  'Pedro',
  'Nadia',
  'Tomasz',
  'Grace',
];
const LAST = [
  'Okafor',
  'Silva',
  'Nowak',
  'Haddad',
  'Tanaka',
  'Mensah',
  'Reyes',
  'Larsen',
  'Novak',
  'Ibrahim',
];
const ROLES = ['prime minister', 'interior minister', 'mayor', 'central bank governor', 'opposition leader'];
const OUTLETS = [
  ['Reuters', 'reuters.com'],
  ['BBC News', 'bbc.co.uk'],
  ['Associated Press', 'apnews.com'],
  ['The Guardian', 'theguardian.com'],
  ['Al Jazeera', 'aljazeera.com'],
  ['France 24', 'france24.com'],
  ['Deutsche Welle', 'dw.com'],
  ['NPR', 'npr.org'],
  ['The Hindu', 'thehindu.com'],
  ['ABC News', 'abc.net.au'],
  ['CBC News', 'cbc.ca'],
  ['Euronews', 'euronews.com'],
] as const;
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

interface Event {
  kind: string;
  city: string;
  country: string;
  person: string;
  role: string;
  day: string;
  count: number;
  amount: number;
  facts: string[][];
  title: string[];
}

function makeEvent(): Event {
  const [city, country] = pick(PLACES);
  const person = `${pick(FIRST)} ${pick(LAST)}`;
  const role = pick(ROLES);
  const day = pick(DAYS);
  const count = between(3, 900);
  const amount = between(2, 95);
  const kind = pick(['flood', 'strike', 'budget']);
  const base = { kind, city, country, person, role, day, count, amount };
  if (kind === 'flood') {
    return {
      ...base,
      title: [`Floods in ${city} kill ${count}`, `${country} floods: ${count} dead in ${city}`],
      facts: [
        [
          `Floods swept through ${city} on ${day}, killing at least ${count} people.`,
          `At least ${count} people died when floodwater swept through ${city} on ${day}, officials said.`,
        ],
        [
          `The ${role}, ${person}, declared a state of emergency across the region.`,
          `${person}, the ${role}, said a state of emergency was now in force.`,
        ],
        [
          `Rescue teams used boats to reach families trapped on rooftops in low-lying districts.`,
          `Families stranded on rooftops were reached by rescuers in boats, witnesses said.`,
        ],
        [
          `The government pledged $${amount} million in emergency aid for those who lost their homes.`,
          `Officials promised $${amount} million in aid to people left homeless.`,
        ],
        [
          `Forecasters warned that more heavy rain was expected over the coming days.`,
          `More heavy rain is forecast for the rest of the week, the weather service said.`,
        ],
      ],
    };
  }
  if (kind === 'strike') {
    return {
      ...base,
      title: [
        `${city} transport strike halts trains and buses`,
        `Strike paralyses ${city} as ${count},000 workers walk out`,
      ],
      facts: [
        [
          `About ${count},000 transport workers in ${city} walked off the job on ${day}.`,
          `Some ${count},000 workers went on strike across ${city}'s transport network on ${day}.`,
        ],
        [
          `Unions are demanding a ${amount}% pay rise to keep up with prices.`,
          `The unions want wages raised by ${amount}% after months of rising prices.`,
        ],
        [
          `The ${role}, ${person}, called the walkout irresponsible and urged talks.`,
          `${person}, the ${role}, urged the unions to return to talks, calling the strike irresponsible.`,
        ],
        [
          `Commuters queued for hours as trains and buses stood idle across ${country}'s capital region.`,
          `Long queues formed at stations as trains and buses stopped running.`,
        ],
        [
          `Union leaders said the strike would continue until a deal was signed.`,
          `The strike will go on until an agreement is signed, union officials said.`,
        ],
      ],
    };
  }
  return {
    ...base,
    title: [
      `${country} unveils budget with ${amount}bn spending plan`,
      `${person} presents ${country} budget`,
    ],
    facts: [
      [
        `${country}'s government presented a budget on ${day} with $${amount} billion in new spending.`,
        `A budget with $${amount} billion of new spending was unveiled in ${city} on ${day}.`,
      ],
      [
        `The ${role}, ${person}, said the plan would create ${count},000 jobs.`,
        `${person}, the ${role}, promised that ${count},000 jobs would follow from the plan.`,
      ],
      [
        `Most of the money will go to roads, schools and hospitals outside the capital.`,
        `Roads, schools and hospitals away from ${city} get most of the funds.`,
      ],
      [
        `Opposition parties said the plan relied on optimistic growth forecasts.`,
        `Critics in the opposition called the growth forecasts behind the budget optimistic.`,
      ],
      [
        `Parliament is expected to vote on the budget next month.`,
        `Lawmakers will vote on the plan next month, officials said.`,
      ],
    ],
  };
}

const BACKGROUND = [
  'The region has seen similar events in recent years, and experts say preparations remain uneven.',
  'Analysts said the coming weeks would show whether the government can keep public support.',
  'The country has a population of several million people, many of whom live in the capital region.',
  'International organisations said they were monitoring the situation closely and offered assistance.',
  'Local media reported that schools and some businesses would stay closed for the rest of the week.',
  'Residents interviewed on state television described the situation as the worst in a generation.',
  'Officials did not say when a full assessment of the damage and costs would be published.',
  'Economists said the effects on growth this year were likely to be limited but uneven.',
];
const FURNITURE = ['Advertisement', 'Read more: Live updates on this story', 'Story continues below'];

function article(event: Event, story: number, index: number): ContentDoc {
  const [outlet, host] = OUTLETS[(story + index) % OUTLETS.length] ?? OUTLETS[0];
  const paragraphs: string[] = [];
  const facts = [...event.facts].sort(() => random() - 0.5);
  const lead = pick(event.facts[0] ?? ['']);
  paragraphs.push(`${event.city.toUpperCase()} (${outlet}) — ${lead}`);
  const targetWords = between(150, 900);
  let words = lead.split(' ').length;
  while (words < targetWords) {
    const roll = random();
    let sentence: string;
    if (roll < 0.35) sentence = pick(pick(facts));
    else if (roll < 0.5)
      sentence = `"We are doing everything we can," ${event.person} told reporters in ${event.city}.`;
    else if (roll < 0.55) sentence = pick(FURNITURE);
    else if (roll < 0.6)
      sentence = `${event.person} speaks in ${event.city} on ${event.day}. (Photo: ${outlet}/Staff)`;
    else sentence = pick(BACKGROUND);
    paragraphs.push(sentence);
    words += sentence.split(' ').length;
  }
  const published = new Date(Date.UTC(2026, 10, 28, between(0, 23), between(0, 59)));
  return {
    id: `s${story}-a${index}`,
    title: `${pick(event.title)} - ${outlet}`,
    text: paragraphs.join('\n\n'),
    publishedAt: published,
    outlet,
    url: `https://www.${host}/news/${story}-${index}`,
  };
}

function generate(): ContentDoc[][] {
  const stories: ContentDoc[][] = [];
  for (let story = 0; story < STORIES; story++) {
    const event = makeEvent();
    stories.push(Array.from({ length: ARTICLES_PER_STORY }, (_, index) => article(event, story, index)));
  }
  return stories;
}

function main(): void {
  const generatedAt = performance.now();
  const stories = generate();
  const words = stories.flat().reduce((sum, doc) => sum + doc.text.split(/\s+/).length, 0);
  console.log(
    `generated ${STORIES} stories × ${ARTICLES_PER_STORY} articles, ${(words / 1e6).toFixed(2)} M words ` +
      `(${Math.round(words / (STORIES * ARTICLES_PER_STORY))} per article) in ${((performance.now() - generatedAt) / 1000).toFixed(1)} s; ` +
      `RSS with the input in memory ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`,
  );
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  let points = 0;
  for (const story of stories) points += summarizeStory(story).points.length;
  const wall = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const peak = process.resourceUsage().maxRSS / 1024;
  console.log(
    `summarized in ${wall.toFixed(2)} s: ${(STORIES / wall).toFixed(1)} stories/s, ${points} points`,
  );
  console.log(
    `per story ${((wall * 1000) / STORIES).toFixed(2)} ms wall, ${((cpuSeconds * 1000) / STORIES).toFixed(2)} ms CPU ` +
      `(CPU/wall ${(cpuSeconds / wall).toFixed(2)}: below 1 means the core was shared), peak RSS ${peak.toFixed(0)} MB`,
  );
  console.log(
    JSON.stringify({
      stories: STORIES,
      wall_s: Number(wall.toFixed(2)),
      stories_per_s: Number((STORIES / wall).toFixed(1)),
      peak_rss_mb: Number(peak.toFixed(0)),
    }),
  );
}

main();
