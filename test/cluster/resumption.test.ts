import { createClusterer, DEFAULT_TUNING } from '../../src/cluster';
import { headlineCosine, resumesAnotherEvent } from '../../src/cluster/resumption';
import type { ContentDoc } from '../../src/shared/types';
import { clusterStories } from './fixtures';

// docs/clustering.md, "Another event of the same actor": a story quiet for a day and a half is
// resumed only by a report whose headline recalls it.

const HOUR = 3_600_000;
const start = Date.UTC(2026, 2, 2, 6);
let serial = 0;

function doc(hours: number, outlet: string, title: string, text: string): ContentDoc {
  serial += 1;
  return {
    id: `d${serial}`,
    title,
    text,
    publishedAt: new Date(start + hours * HOUR),
    outlet,
    url: `https://example.com/${serial}`,
  };
}

// Fictional company, ship and outlets.
const grounding = [
  doc(
    4,
    'Harbour Wire',
    'Container ship runs aground in the Scheldt, blocking access to Antwerp',
    'ANTWERP — One of the largest container ships in the world ran aground in the Scheldt river early on Monday, blocking the shipping channel to the port of Antwerp, Belgian authorities said. The Osprey Dawn, operated by Osprey Lines, became stuck near Doel while sailing upriver with 18,000 containers. Tugs will try to free the vessel at high tide.',
  ),
  doc(
    9,
    'Lowland Post',
    'Megaship aground in the Scheldt halts traffic to Antwerp port',
    'A 400-metre container ship ran aground in the Scheldt on Monday, halting traffic to the port of Antwerp. The Osprey Dawn, one of the largest vessels of Osprey Lines, got stuck near Doel, the Flemish maritime authority said. Tugs failed to pull the ship free in the afternoon and a second attempt is planned at high tide.',
  ),
  doc(
    27,
    'Harbour Wire',
    'Osprey Dawn refloated as Scheldt shipping channel reopens to Antwerp',
    'ANTWERP — Tugs refloated the container ship Osprey Dawn on Tuesday, a day after it ran aground in the Scheldt, and traffic to the port of Antwerp resumed in stages, the Flemish maritime authority said. The ship of Osprey Lines was towed to a berth in Antwerp for inspection.',
  ),
];

// Two days after the story's last report, the same company in another event; its lead recalls
// the grounding as background.
const jobCuts = [
  doc(
    76,
    'Harbour Wire',
    'Osprey Lines to cut 3,000 jobs as freight rates slump',
    'ROTTERDAM — Container shipping line Osprey Lines will cut about 3,000 jobs, a tenth of its workforce, as freight rates slump, the company said on Thursday. The grounding of its container ship Osprey Dawn in the Scheldt, which blocked the shipping channel to the port of Antwerp this week, had not affected its outlook, the company said.',
  ),
  doc(
    78,
    'Lowland Post',
    'Osprey Lines axes 3,000 jobs and sells older ships',
    'Osprey Lines is cutting 3,000 jobs and selling a dozen older container ships after freight rates fell by a third, the shipping line said on Thursday. Offices in Rotterdam and Singapore will merge, and the company will cut its workforce by a tenth. The line said the grounding of the Osprey Dawn in the Scheldt near Antwerp had not changed its outlook.',
  ),
  doc(
    80,
    'Coast Courier',
    'Shipping line behind Scheldt grounding cuts thousands of jobs',
    'The container shipping line whose giant ship ran aground in the Scheldt near Antwerp this week is cutting about 3,000 jobs. Osprey Lines said on Thursday that a tenth of its workforce would go as freight rates slump, and that it would sell older ships.',
  ),
];

// The same quiet story resumed by a report whose headline recalls it.
const inquiry = doc(
  76,
  'Coast Courier',
  'Scheldt grounding: investigators blame steering failure on Osprey Dawn',
  'Investigators said on Thursday that a steering failure caused the container ship Osprey Dawn to run aground in the Scheldt near Antwerp on Monday, blocking the shipping channel to the port for more than a day. Osprey Lines said it would cooperate with the inquiry.',
);

const cluster = clusterStories;

describe('another event of the same actor', () => {
  it('keeps a quiet story apart from a report whose headline tells another event', () => {
    const stories = cluster([...grounding, ...jobCuts]);
    const [ground, cuts] = [stories.slice(0, 3), stories.slice(3)];
    expect(new Set(ground).size).toBe(1);
    expect(new Set(cuts).size).toBe(1);
    // Not even the report whose headline names both events brings the two together.
    expect(cuts[0]).not.toBe(ground[0]);
  });

  it('is what keeps them apart: without it the job cuts join the grounding', () => {
    const stories = cluster([...grounding, ...jobCuts], { quietHeadlineCosine: 0 });
    expect(new Set(stories).size).toBe(1);
  });

  it('lets a report whose headline recalls the quiet story resume it', () => {
    const stories = cluster([...grounding, inquiry]);
    expect(new Set(stories).size).toBe(1);
  });

  it('keeps the stories apart after a restart from stored memory', () => {
    let next = 0;
    const options = { windowHours: 72, newStoryId: () => `s${++next}` };
    const first = createClusterer(options);
    const before = [...grounding, jobCuts[0]!].map((item) => first.add(item).storyId);
    const memory = first.snapshot();
    expect(memory.stories.find((story) => story.id === before[3])?.apartFrom).toEqual([before[0]]);
    const second = createClusterer(options, memory);
    const after = jobCuts.slice(1).map((item) => second.resolve(second.add(item).storyId));
    expect(after).toEqual([before[3], before[3]]);
  });

  it('does not apply before the story has been quiet for quietHours', () => {
    const early = jobCuts.map((item) => ({ ...item, publishedAt: new Date(start + 30 * HOUR) }));
    const stories = cluster([...grounding, ...early]);
    expect(new Set(stories).size).toBe(1);
  });
});

// Eighteen hours after the refloating: a magazine's feature, its title its own words, and a route
// launch of the same line whose title names a port the grounding never named.
const feature = doc(
  45,
  'Tideline Magazine',
  'Eighteen thousand boxes and a sandbank',
  'On Monday the container ship Osprey Dawn ran aground in the Scheldt near Doel, blocking the shipping channel to the port of Antwerp until tugs refloated it on Tuesday. We asked a river pilot how a ship that size gets stuck, and what the refloating took.',
);
const route = doc(
  45,
  'Baltic Freight Daily',
  'Gdańsk gets its first direct sailings to Shanghai',
  'Osprey Lines, whose container ship Osprey Dawn ran aground in the Scheldt near Antwerp this week, will open a direct service between Gdańsk and Shanghai in May, the port of Gdańsk said. The first call is planned for 4 May.',
);

describe('a page whose title is its own name', () => {
  it('resumes the story its opening recalls, after half a day of quiet', () => {
    expect(new Set(cluster([...grounding, feature])).size).toBe(1);
  });

  it('is judged by its headline alone without the opening check', () => {
    const stories = cluster([...grounding, feature], { unlikeOpeningCosine: Number.POSITIVE_INFINITY });
    expect(new Set(stories).size).toBe(2);
  });

  it('does not let a title naming something new resume it, whatever its opening recalls', () => {
    const stories = cluster([...grounding, route]);
    expect(stories[3]).not.toBe(stories[0]);
  });
});

describe('resumesAnotherEvent', () => {
  const idf = (): number => 1;
  const tuning = {
    quietHours: 36,
    quietMaxHours: 72,
    quietHeadlineCosine: 0.2,
    unlikeHours: 36,
    unlikeHeadlineCosine: 0,
    unlikeOpeningCosine: 0.15,
  };
  const story = {
    firstSeen: 0,
    lastSeen: 10 * HOUR,
    headlines: new Map([
      ['ship', 3],
      ['aground', 2],
      ['elb', 3],
    ]),
  };
  const report = (hours: number, terms: string[]) => ({
    firstSeen: hours * HOUR,
    lastSeen: hours * HOUR,
    headlines: new Map(terms.map((term): [string, number] => [term, 1])),
  });

  it('needs a quiet spell between quietHours and quietMaxHours and an unrelated headline', () => {
    expect(resumesAnotherEvent(story, report(50, ['job', 'cut']), tuning, idf)).toBe(true);
    expect(resumesAnotherEvent(story, report(40, ['job', 'cut']), tuning, idf)).toBe(false);
    expect(resumesAnotherEvent(story, report(90, ['job', 'cut']), tuning, idf)).toBe(false);
    expect(resumesAnotherEvent(story, report(50, ['ship', 'refloat']), tuning, idf)).toBe(false);
  });

  it("by default judges a report from 30 hours of quiet on (a leader's veto 34 h after her snap election)", () => {
    expect(resumesAnotherEvent(story, report(10 + 34, ['summit', 'veto']), DEFAULT_TUNING, idf)).toBe(true);
    const recalling = [
      'ship',
      'summit',
      'veto',
      'deal',
      'talk',
      'leader',
      'rift',
      'vote',
      'plan',
      'row',
      'bloc',
      'pact',
    ];
    expect(resumesAnotherEvent(story, report(10 + 28, recalling), DEFAULT_TUNING, idf)).toBe(false);
  });

  it('after 12 hours of quiet, rules out a report whose headline shares nothing with the story’s', () => {
    expect(
      resumesAnotherEvent(story, report(10 + 18, ['blackout', 'almati', 'heat']), DEFAULT_TUNING, idf),
    ).toBe(true);
    expect(
      resumesAnotherEvent(story, report(10 + 6, ['blackout', 'almati', 'heat']), DEFAULT_TUNING, idf),
    ).toBe(false);
    const recalling = [
      'ship',
      'blackout',
      'almati',
      'heat',
      'power',
      'cut',
      'home',
      'cold',
      'grid',
      'city',
      'fuel',
      'plant',
    ];
    expect(resumesAnotherEvent(story, report(10 + 18, recalling), DEFAULT_TUNING, idf)).toBe(false);
  });

  it('is off for a side without headline terms or without a time', () => {
    expect(resumesAnotherEvent(story, report(50, []), tuning, idf)).toBe(false);
    expect(resumesAnotherEvent({ ...story, lastSeen: null }, report(50, ['job']), tuning, idf)).toBe(false);
  });

  it('weighs the story’s headline terms by how many of its headlines have them', () => {
    const one = new Map([['ship', 1]]);
    expect(headlineCosine(one, story.headlines, idf)).toBeCloseTo(3 / Math.sqrt(9 + 4 + 9), 10);
    expect(headlineCosine(one, new Map(), idf)).toBe(0);
  });
});
