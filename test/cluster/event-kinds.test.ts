import { eventKinds, otherKinds } from '../../src/shared/text/event-kinds';
import { contentTerms } from '../../src/shared/text/terms';
import type { ContentDoc } from '../../src/shared/types';
import { clusterStories } from './fixtures';

// docs/clustering.md, "One actor's events of other kinds": a report whose headline tells another
// kind of event than the story's, and whose opening shares nothing but names with it, is another
// event of the same actor, even when it comes within the hour and recalls the story in a line.

const HOUR = 3_600_000;
const start = Date.UTC(2031, 3, 1, 6);
let serial = 0;

function doc(hours: number, outlet: string, title: string, paragraphs: readonly string[]): ContentDoc {
  serial += 1;
  return {
    id: `k${serial}`,
    title,
    text: paragraphs.join('\n\n'),
    publishedAt: new Date(start + hours * HOUR),
    outlet,
    url: `https://example.com/k${serial}`,
  };
}

// Fictional retailer, depots, union and outlets.
const strike = [
  doc(0, 'Northern Courier', 'Harlow Foods drivers to strike for 72 hours in pay row at Kelvinmoor depot', [
    'Delivery drivers at Harlow Foods’ Kelvinmoor distribution centre will walk out for 72 hours from Thursday in a dispute over pay and weekend shifts, their union said.',
    'The Road Haulage Workers Union said 240 drivers had voted by 88 percent for the strike after rejecting a 3.2 percent pay offer.',
    'Harlow Foods said it was disappointed and that contingency plans would keep stores stocked across the region.',
    'The union says drivers have been told to work one weekend in two since last spring, without the agreement it says their contracts require.',
    'Negotiators met twice last week at the offices of the conciliation service without reaching a deal, and no further talks have been arranged.',
    'Shop stewards said picket lines would be set up at the depot gates from six in the morning on Thursday.',
    'Harlow Foods, which has 310 stores, said deliveries to the north of the country could be delayed by up to a day.',
    'The retailer is also dealing with a fire at its Drumlee depot on Monday night.',
  ]),
  doc(3, 'Business Wire Desk', 'Harlow Foods drivers set 72-hour strike after rejecting pay offer', [
    'About 240 delivery drivers at Harlow Foods will strike for 72 hours from Thursday at the retailer’s Kelvinmoor depot after rejecting a 3.2 percent pay offer, the Road Haulage Workers Union said.',
    'The union wants 7 percent and an end to compulsory weekend shifts at the depot.',
    'Harlow Foods said talks could resume at any time.',
    'Drivers say the weekend rota has cost them time with their families and that the pay offer does not cover the rise in living costs.',
    'The company says the offer is the best it can make in a difficult year for grocers, with margins squeezed by energy prices.',
    'A strike would be the first at the depot since it opened in 2016.',
  ]),
];

// An hour later, the same retailer's other depot: its opening tells the fire, its last paragraph
// recalls the strike.
const fire = doc(
  4,
  'Valley Radio',
  'Five taken to hospital as fire rips through Harlow Foods warehouse at Drumlee',
  [
    'Five night-shift staff were taken to hospital with smoke inhalation after a blaze tore through the chilled warehouse of Harlow Foods at Drumlee, the fire and rescue service said.',
    'Sixty firefighters fought the flames through the night and residents nearby were told to keep windows and doors closed because of the smoke.',
    'All 180 people on shift were evacuated and the cause is being investigated.',
    'Neighbours described hearing a series of loud bangs shortly after eleven o’clock and seeing flames above the roof of the building.',
    'The warehouse, one of the largest cold stores in the province, opened in 2019 and supplies fresh and frozen food to about ninety shops.',
    'Harlow Foods, whose drivers at its Kelvinmoor depot plan to strike on Thursday, said stores would be supplied from its other warehouses.',
  ],
);

describe('one actor’s event of another kind', () => {
  it('reads the kind of event a headline tells', () => {
    expect([...eventKinds(contentTerms('Five taken to hospital as fire rips through depot'))]).toEqual([
      'harm',
    ]);
    expect([...eventKinds(contentTerms('Drivers to strike in pay row'))]).toEqual(['labour']);
    // A kidnapping is harm done; a contract awarded is a transaction.
    expect([...eventKinds(contentTerms('Road workers kidnapped near Baboua'))]).toEqual(['harm']);
    expect([...eventKinds(contentTerms('Builder awarded Pokola road tender'))]).toEqual(['deal']);
    expect(otherKinds(new Set(['harm']), new Set(['labour']))).toBe(true);
    expect(otherKinds(new Set(['harm', 'legal']), new Set(['legal']))).toBe(false);
    expect(otherKinds(new Set(), new Set(['labour']))).toBe(false);
  });

  it('starts a story of its own', () => {
    const [first, second, third] = clusterStories([...strike, fire]);
    expect(second).toBe(first);
    expect(third).not.toBe(first);
  });

  it('is what keeps it apart: without it the fire joins the strike', () => {
    const stories = clusterStories([...strike, fire], { otherKindOpeningCosine: 0 });
    expect(new Set(stories).size).toBe(1);
  });

  it('lets a report of another kind join when its opening tells the story’s event', () => {
    const inquiry = doc(6, 'Valley Radio', 'Prosecutors open inquiry at Harlow Foods warehouse in Drumlee', [
      'Prosecutors have opened an inquiry into the blaze that tore through the chilled warehouse of Harlow Foods at Drumlee and sent five night-shift staff to hospital with smoke inhalation.',
      'Fire investigators said the flames started near a loading bay of the warehouse.',
    ]);
    const stories = clusterStories([fire, inquiry]);
    expect(stories[1]).toBe(stories[0]);
  });
});
