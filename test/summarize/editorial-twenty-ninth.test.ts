import { sameEvent } from '../../src/edition/same-event';
import { articleSentences, articleTitle } from '../../src/shared/text/article-text';
import { junkKind } from '../../src/shared/text/page-junk';
import { noteKind } from '../../src/shared/text/page-notes';
import type { StorySummary } from '../../src/shared/types';
import { summarizeStory } from '../../src/summarize';
import { isSceneTelling } from '../../src/summarize/candidates';
import { doc, storySummary } from './fixture-doc';

// Shapes from the twenty-ninth round of labelled sets (test/fixtures/editorial-twenty-ninth).

const DIGEST = [
  'The Harbour Brief',
  'Good morning. Three things before your coffee.',
  '1. Vessa: Smelter told to shut its furnace',
  'Inspectors on Friday ordered Norrlake Metals to shut the furnace at its Vessa smelter after sulphur dioxide in the town reached four times the hourly limit.',
  'The company said it would comply and that a failed filter had been replaced.',
  'About 300 people protested outside the town hall on Friday evening.',
  '2. Tarnby: Bus drivers walk out',
  'Bus drivers in Tarnby will strike for a day on Monday over rotas.',
  '3. Lake Oster: Ice closes the ferry',
  'Ice on Lake Oster has stopped the island ferry until further notice.',
  "That's all for today. Unsubscribe · Preferences",
];

describe("a digest's title", () => {
  it('keeps only the parts that tell the item its page is filed under', () => {
    const title =
      'The Harbour Brief: Vessa smelter told to shut furnace; Tarnby bus strike; Oster ferry iced in';
    expect(articleTitle(title, DIGEST.join('\n\n'))).toBe(
      'The Harbour Brief: Vessa smelter told to shut furnace',
    );
  });
  it("while a report's title of two parts, or a page that is no digest, keeps them all", () => {
    const title = 'Smelter told to shut furnace; 300 protest in Vessa';
    expect(articleTitle(title, DIGEST.slice(3, 6).join('\n\n'))).toBe(title);
    const three = 'Vessa smelter shut; 300 protest at town hall; Tarnby drivers back strike';
    expect(articleTitle(three, DIGEST.slice(3, 6).join('\n\n'))).toBe(three);
  });
});

const ALERT = [
  'Travel alert: Kessel (KSL) – weather disruption',
  'Updated 11 March 2027, 15:20',
  'Update 3',
  'Kessel airport reopened at 13:40 local time after being closed overnight by freezing fog.',
  'Flights 341 and 342 on 11 March were cancelled.',
  'Previous updates',
  'Update 2 – 10 March, 23:10: Flight 341 on 11 March is cancelled.',
  'Update 1 – 10 March, 19:05: Kessel airport is closed due to weather.',
];

describe("a page's numbered updates", () => {
  it('leave the older states out of what a story may tell', () => {
    const kept = articleSentences(ALERT.join('\n\n')).flat();
    expect(kept.some((sentence) => sentence.includes('reopened at 13:40'))).toBe(true);
    expect(kept.some((sentence) => sentence.includes('is closed due to weather'))).toBe(false);
    expect(kept.some((sentence) => sentence.includes('Flight 341 on 11 March is cancelled'))).toBe(false);
  });
  it('leave the older sections under a stamp of their own out too, but not out of clustering', () => {
    const page = [
      'Update 2 — Saturday 4 September, 3:20 pm',
      'The first flight since the closure landed at 2:10 pm.',
      'Update 1 — Wednesday 1 September, 7:15 am',
      'The runway is closed after a swell washed coral rubble over it.',
    ].join('\n\n');
    expect(articleSentences(page).flat()).toEqual(['The first flight since the closure landed at 2:10 pm.']);
    expect(articleSentences(page, { keepEarlierUpdates: true }).flat()).toContain(
      'The runway is closed after a swell washed coral rubble over it.',
    );
  });
});

describe("a columnist's bio and a status page's note", () => {
  it('are furniture', () => {
    expect(
      junkKind('Maren Oddsen is a former harbour pilot who writes about the sea every Saturday.', true),
    ).toBe('bio');
    expect(noteKind('Status data come from airline and airport feeds and may be delayed.')).toBe('notice');
  });
  it('while news of the same words is not', () => {
    expect(junkKind('Maren Oddsen is a former harbour pilot who was arrested on Saturday.', true)).toBeNull();
    expect(
      noteKind(
        'Data come from the ministry and are delayed by a week, officials said, as the dispute went on.',
      ),
    ).toBeNull();
  });
});

describe("a feature's scene at an hour of the day", () => {
  it('is never a point', () => {
    for (const text of [
      'At first light on Tuesday, Milan Dorić walked down to the bend in the river where he has fished since he was a boy, and found the water the colour of rust.',
      'By eight o’clock on Monday morning the line of taxis outside the ferry terminal stretched past the fish market, engines off, drivers leaning on their bonnets.',
    ])
      expect(isSceneTelling(text)).toBe(true);
  });
  it('while news at an hour, or a queue with its count, is not', () => {
    for (const text of [
      'At 9 a.m. Prime Minister Alda Korvin opened the emergency session of parliament.',
      'At dawn on Friday, Carinthian troops went into the camp.',
      'The queue of lorries stretched for 40 km at the border, drivers saying they had waited three days.',
      'Hundreds of passengers waited at the terminal, flights cancelled by the fog.',
    ])
      expect(isSceneTelling(text)).toBe(false);
  });
});

describe('a count of people given roughly and then by kind', () => {
  it('is one fact: the exact count does not repeat it', () => {
    const summary = summarizeStory([
      doc(
        's1',
        'Harbour Sentinel',
        '2027-03-04T11:20:00Z',
        'Sick cruise ship held at Porto Vessa as dozens fall ill',
        [
          'The Velamar Dawn, which docked on Monday with more than 2,000 passengers on board, is being held at the pier by health authorities after dozens of people on the ship fell ill with vomiting and diarrhoea.',
          'According to the island health office, 63 passengers and nine crew members have reported symptoms since the ship left Tenerife.',
          'Samples were flown to the national laboratory on Monday afternoon, and results are expected within two days.',
          'The ship’s operator said the health of guests and crew was its priority.',
        ],
      ),
    ]);
    const texts = summary.points.map((point) => point.text);
    expect(texts.some((text) => text.includes('dozens of people'))).toBe(true);
    expect(texts.some((text) => text.includes('63 passengers'))).toBe(false);
  });
});

describe('stories of one edition', () => {
  const summary = storySummary;
  const world = (story: StorySummary) => ({ section: 'world', summary: story });
  const newsletter = summary('The Harbour Brief: Vessa smelter told to shut furnace', [
    'Inspectors on Friday ordered Norrlake Metals to shut the furnace at its Vessa smelter after sulphur dioxide in the town reached four times the hourly limit on Thursday.',
  ]);
  const column = summary('THE LONG VIEW', [
    'On Friday the inspectorate ordered the smelter’s furnace shut until the fault is repaired.',
    'On Thursday it came back, when sulphur dioxide from the Norrlake smelter on the edge of town reached four times the hourly limit and sent 30 people to hospital.',
  ]);
  const spill = summary('Norrlake halts Brena mine after tailings spill', [
    'Norrlake Metals halted its Brena copper mine after a tailings pipeline burst, sending slurry into the river.',
    'The company said its Vessa smelter holds three weeks of concentrate.',
  ]);
  it("are one event when one's lead is another point of the other", () => {
    expect(sameEvent(world(newsletter), world(column))).toBe(true);
  });
  it("while the same actor's other event is not", () => {
    expect(sameEvent(world(newsletter), world(spill))).toBe(false);
  });
});

describe("a market page's opening on a standing share, and a page's name", () => {
  const market = (title: string) =>
    summarizeStory([
      doc('m1', 'Gulf Ledger', '2027-03-09T15:00:00Z', title, [
        'Qaranis imports about 90 percent of its food, and much of what arrives frozen passes through a handful of warehouses in Sitrana.',
        'Shares in Sitrana Cold Stores fell as much as 7.8 percent on Sunday, their first session since a fire destroyed one of its three warehouses on Wednesday night.',
        'The company has said goods worth an estimated 3.2 million dinars that belonged to its clients were lost.',
        'Analysts said insurance should cover most of the loss.',
      ]),
    ]);
  it('do not lead nor head the story', () => {
    for (const title of [
      'Markets | Qaranis',
      'AREA FORECAST DISCUSSION — GULF COAST — 06 MAR 2027 1400 UTC',
      'OPS BRIEF 06MAR27 2000Z — GULF / CASPIAN',
    ]) {
      const story = market(title);
      expect(story.points[0]?.text).toMatch(/^Shares in Sitrana/);
      expect(story.headline).not.toBe(title);
    }
  });
  it('while a share that changed, and a headline with a bar, do', () => {
    const story = market('Sitrana Cold Stores shares slide after warehouse fire | Qaranis');
    expect(story.headline).toMatch(/^Sitrana Cold Stores shares slide after warehouse fire/);
    const changed = summarizeStory([
      doc('m2', 'Gulf Ledger', '2027-03-09T15:00:00Z', 'Qaranis food imports fall', [
        'Qaranis imported 40 percent less of its food in February than a year earlier, the statistics office said on Sunday.',
        'Officials said higher local output of vegetables explained most of the fall.',
      ]),
    ]);
    expect(changed.points[0]?.text).toMatch(/^Qaranis imported 40 percent/);
  });
});
