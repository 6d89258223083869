import { isFeatureTitle } from '../../src/shared/text/wire-tags';
import { summarizeStory } from '../../src/summarize';
import { doc } from './fixture-doc';

/** Rules written from the seventh round of labelled sets (docs/summarization.md, "Stories written after the rules"). */

const wire = [
  'Osk (Veldor), 3 March 2027 (AOP) — The death toll from a fire and explosions at a container depot in southern Veldor rose to 31 on Wednesday, officials said, as firefighters finally brought the blaze under control.',
  'Nine firefighters are among the dead, one of the heaviest losses in the history of the country’s fire service, according to its director general.',
  'More than 200 people were being treated for burns and other injuries, 23 of them in a critical condition.',
  'Eleven of the bodies were burned beyond recognition and would be identified through DNA tests, the deputy commissioner said.',
  'The government has set up a five-member committee to investigate the cause of the fire and has given it seven days to report.',
  'Crestline Logistics, which operates the depot, said in a statement late on Tuesday that it was deeply saddened and would pay compensation to the family of each person killed.',
  'It did not say what was stored in the containers that exploded.',
  'Fire service officials have said they believe containers of hydrogen peroxide blew up when the flames reached them.',
  'Army chemical specialists were checking the remaining containers on Wednesday, and about 300 families living near the depot were told to stay away from their homes for another night.',
  'The blaze broke out late on Monday night at the depot, about 40 kilometres north of the port of Osk, and was followed by a huge explosion that shattered windows several kilometres away.',
];
const restyled = [
  'Osk: The death toll in the massive fire and blasts at a container depot in neighbouring Veldor has climbed to 31, officials said on Wednesday, as fire-fighters brought the blaze under control.',
  'Nine fire-fighters are among those killed, one of the biggest tragedies ever for the country’s fire service, as per its director general.',
  'Over 200 persons are undergoing treatment for burns and other injuries, and the condition of 23 of them is critical.',
  'According to the deputy commissioner, 11 bodies are charred beyond recognition and will be identified with DNA tests.',
  'The government has formed a five-member probe committee, which has been asked to submit its report within a week.',
  'The depot operator, Crestline Logistics, announced compensation for the family of each deceased and said it was deeply saddened.',
  'It has not disclosed what was kept in the containers that exploded.',
  'Fire officials suspect that containers of hydrogen peroxide blew up once the flames reached them.',
  'Army chemical experts were inspecting the remaining containers on Wednesday, while nearly 300 families living nearby were asked to stay away for one more night.',
  'The fire started late on Monday night at the depot, around 40 km north of Osk port, and was followed by a huge explosion that shattered window panes several kilometres away.',
];
const own = [
  'Firefighters in Veldor brought a depot blaze under control on Wednesday after more than 30 hours, with the toll at 31, the district administration said.',
  'Relatives gathered outside the Osk Medical College hospital, where most of the injured were taken, many of them searching lists of the dead.',
  'A survivor, a crane operator who asked not to be named, said the first blast came about 40 minutes after the fire started.',
  'Labour groups said safety inspections at private depots had been promised after a similar fire in 2022 but never carried out.',
  'The country’s garment exporters said shipments worth millions of dollars had been lost in the fire.',
  'Port officials said the main container terminal in Osk was working normally.',
  'Nine firefighters were among those killed, the fire service said.',
  'The government has set up a committee to investigate the fire.',
];

describe('a wire text restyled by another desk', () => {
  it('is one report with the wire text, named "via" the wire; an own report on the same facts is another', () => {
    const story = [
      doc('aop', 'AOP English Service', '2027-03-03T07:15:00Z', 'Depot fire toll rises to 31', wire),
      doc(
        'pragati',
        'Pragati 24x7',
        '2027-03-03T10:20:00Z',
        'Veldor depot fire: toll climbs to 31',
        restyled,
      ),
      doc('herald', 'Osk Herald', '2027-03-03T11:00:00Z', 'Depot fire brought under control', own),
    ];
    const summary = summarizeStory(story, { maxPoints: 5 });
    expect(summary.outletCount).toBe(3);
    expect(summary.reportCount).toBe(2);
    expect(summary.sources.find((source) => source.outlet === 'Pragati 24x7')?.via).toBe(
      'AOP English Service',
    );
  });
});

describe("a feature's, an explainer's or a column's opening", () => {
  const report = doc(
    'w',
    'Halyard Wire',
    '2027-03-11T20:00:00Z',
    'Rescue of stranded pilot whales ends at Puponga',
    [
      'The rescue of pilot whales stranded near Puponga ended on Thursday evening, with 118 refloated and 44 dead, conservation officials said.',
      'About 540 volunteers helped keep the whales wet and upright between tides.',
    ],
  );
  const feature = doc(
    'f',
    'The Tussock',
    '2027-03-12T01:00:00Z',
    "'You don't forget the sound': inside the Puponga whale rescue",
    [
      'Farewell Spit curls 30 kilometres out from the top of the South Island like a beckoning finger, and for whales it has long been a trap.',
      'By the time the rescue ended on Thursday evening, 118 whales had been refloated and 44 had died.',
    ],
  );

  it('does not lead while a report of the story may, and leads a story that has only such articles', () => {
    expect(summarizeStory([report, feature], { maxPoints: 3 }).points[0]?.text).toMatch(
      /^The rescue of pilot whales/,
    );
    expect(summarizeStory([feature], { maxPoints: 3 }).points[0]?.text).toMatch(
      /^Farewell Spit|^By the time/,
    );
  });

  it('is known by its title', () => {
    for (const title of [
      "'You don't forget the sound': inside the Puponga whale rescue",
      'Water cuts explained: your pool, your garden and your bill',
      "Seoul's $300m for the Caribbean: what it buys",
      'Do Algarve golf courses use more water than all its homes? No',
      'OPINION | The innings of a captain who has stopped apologising',
    ])
      expect(isFeatureTitle(title)).toBe(true);
    for (const title of [
      'Rescue of stranded pilot whales ends at Puponga',
      'Portugal orders deep water cuts in drought-hit Algarve',
    ])
      expect(isFeatureTitle(title)).toBe(false);
  });
});
