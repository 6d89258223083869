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

// Fictional shipping company, bidder, vessels and outlets. A bid for the company on Monday, one of
// its barges in a collision on Tuesday: the bid's later reports recall the collision and the
// collision's recall the bid, so the two stories' centroids draw together as they grow.
const bid = [
  doc(0, 'Hanse Business Daily', 'Baltmar Group makes €900m approach for barge operator Norrvik Shipping', [
    'Hamburg-based Baltmar Group has made a €900 million cash proposal to buy Norrvik Shipping, the two companies confirmed on Monday, in a deal that would create the largest inland fleet in northern Germany.',
    'Baltmar offered €19.80 a share, a 28% premium to Norrvik’s closing price on Friday, it said in a statement.',
    'Norrvik shares jumped 21% in Frankfurt.',
    'Norrvik said its board was carefully reviewing the proposal with its advisers and urged shareholders to take no action.',
    'The combined group would operate about 150 vessels and would need approval from the competition authorities, analysts said.',
    '“Together we could invest in the cleaner fleet our customers need,” Baltmar chief executive Henrik Sørensen said, adding that the proposal was full and fair.',
    'He said Baltmar had no plans to close Norrvik’s headquarters.',
    '“It makes sense industrially, but 19.80 is an opening bid,” said Clara Weiss, an analyst at a Frankfurt brokerage, who expected the founding family’s foundation to hold out for more.',
    'Baltmar, listed in Frankfurt, employs 1,100 people and reported record profits last year after buying two smaller rivals.',
    'Under German takeover rules, Baltmar must say within four weeks whether it intends to make a formal offer to shareholders.',
    'Barge operators have been squeezed by more frequent low water on the Elbe, which forces them to sail with lighter loads.',
  ]),
  doc(28, 'Harbour Markets', 'Norrvik rejects Baltmar’s €19.80-a-share proposal', [
    'Norrvik Shipping has rejected a €900 million takeover proposal from Baltmar Group, saying it significantly undervalues the tanker barge operator.',
    'In a statement on Wednesday, Norrvik’s board said it had unanimously concluded that the €19.80-a-share cash proposal did not reflect the company’s prospects.',
    'The Lindqvist family foundation, Norrvik’s largest shareholder with about 17% of the shares, said it supported the board.',
    'Norrvik shares rose 1.2% in Frankfurt, a sign that investors expect a higher offer.',
    'The rejection came a day after one of Norrvik’s tanker barges collided with a freighter on the Elbe near Lauenburg, spilling diesel and closing the river to shipping.',
    'Baltmar has until early June to say whether it will make a formal offer.',
  ]),
];
const collision = [
  doc(20, 'Nordwire', 'Norrvik tanker barge collision shuts Elbe near Lauenburg, diesel leaks', [
    'A tanker barge operated by Norrvik Shipping collided with a freighter on the Elbe near Lauenburg early on Tuesday, injuring two crew members and spilling diesel into the river, police said.',
    'Authorities closed the river to shipping between Geesthacht and Lauenburg.',
    'Police estimated that up to 15,000 litres of diesel had leaked from a torn cargo tank and said the figure could rise.',
    'Fire brigades laid floating barriers to contain the slick, which stretched about six kilometres downstream by mid-morning.',
    'The collision happened at about four in the morning, when the Norrvik tanker Vierlande, heading upstream with about 1,800 tonnes of diesel, struck the downstream-bound freighter Elbkrone, the water police said.',
    'Two crew members of the Elbkrone were taken to hospital in Geesthacht with injuries that were not life-threatening.',
    'Fire brigades laid floating barriers to contain the slick, which stretched about six kilometres downstream by mid-morning.',
    '“Our priority is to stop the diesel from reaching the marshes and the intakes of the waterworks,” said a spokesman for the district fire service.',
    'Waterworks downstream stopped drawing water from the river as a precaution, and about 70 vessels were waiting on either side of the closed stretch by late morning.',
    'Prosecutors said they had opened an investigation into the cause of the collision; the tanker’s skipper tested negative for alcohol.',
    'Norrvik said it deeply regretted the accident and was pumping the remaining diesel out of the damaged tank.',
  ]),
  doc(22, 'Elbe Today', 'Norrvik tanker collision: diesel spill closes Elbe at Lauenburg', [
    'A tanker barge operated by Norrvik Shipping collided with a freighter on the Elbe near Lauenburg early on Tuesday, injuring two crew members and spilling diesel into the river, police said.',
    'Authorities closed the river to shipping between Geesthacht and Lauenburg.',
    'Police estimated that up to 15,000 litres of diesel had leaked and said the figure could rise.',
    'Prosecutors said they had opened an investigation into the cause of the collision.',
  ]),
  doc(32, 'Maritime Daily', 'Norrvik raises Elbe diesel spill estimate to 36,000 litres as ships queue', [
    'Norrvik Shipping has more than doubled its estimate of the diesel that leaked into the Elbe after one of its tanker barges collided with a freighter near Lauenburg on Tuesday, saying about 36,000 litres escaped from the damaged tank.',
    'Police had first put the spill at up to 15,000 litres.',
    'The river remained closed between Geesthacht and Lauenburg on Wednesday, and about 120 ships were waiting on both sides, the waterways authority said.',
    'The collision came a day after Norrvik received a €900 million takeover proposal from Baltmar Group, which its board rejected on Wednesday as undervaluing the company.',
    'Prosecutors are investigating the cause of the collision.',
  ]),
];

describe('one actor’s stories of other kinds', () => {
  it('reads a proposal or an approach as a transaction', () => {
    expect([...eventKinds(contentTerms('Baltmar makes approach for Norrvik'))]).toEqual(['deal']);
    expect([...eventKinds(contentTerms('Norrvik rejects Baltmar proposal'))]).toEqual(['deal']);
    // A takeover defence's "poison pill" is no harm done.
    expect([...eventKinds(contentTerms('Norrvik rejects Baltmar proposal, adopts poison pill'))]).toEqual([
      'deal',
    ]);
  });

  // A merge threshold far below the shipped one makes the two stories' centroids close enough.
  const eager = { mergePerLogWord: 0.02, mergePerLogSize: 0 };
  const order = [bid[0], collision[0], collision[1], bid[1], collision[2]].filter((d) => d !== undefined);

  it('are not merged when their centroids draw together', () => {
    const stories = clusterStories(order, eager);
    expect(stories[3]).toBe(stories[0]);
    expect(stories[2]).toBe(stories[1]);
    expect(stories[4]).toBe(stories[1]);
    expect(stories[1]).not.toBe(stories[0]);
  });
});

// Fictional gas producer, plant and outlets. The plant fire's reports come first; a day later the
// producer's share offering, whose opening writes the producer's whole name ("Dalmar Energy"), the
// day and who said what, and shares with the fire only the trade's "gas".
const plantFire = [
  doc(0, 'Zagros Wire', 'Fire at Dalmar Energy gas plant near Kelar kills two, three missing', [
    'Two workers were killed and three are missing after a fire broke out at Dalmar Energy’s Sarkan gas processing plant near Kelar on Thursday morning, local officials said.',
    'The fire started at about 7:30 in a processing unit of the plant, according to the civil defence directorate, and was brought under control by the afternoon.',
    'Nine workers were taken to hospital in Kelar with burns and smoke inhalation.',
    'Dalmar Energy said it had shut the plant and was working with the authorities to find the missing men.',
    'The plant supplies gas to two power stations, which cut their output after the fire.',
    'The fire came as Dalmar Energy, the region’s biggest gas producer, was taking orders for a share offering on the Iraq Stock Exchange.',
  ]),
  doc(5, 'Kelar Radio', 'Sarkan plant fire: two missing workers found alive', [
    'Two of the three workers missing since Thursday’s fire at Dalmar Energy’s Sarkan gas plant near Kelar have been found alive, the civil defence directorate said.',
    'They had sheltered in a control room at the edge of the processing unit and were taken to hospital with burns.',
    'Rescuers were still searching for the third man, a 34-year-old technician.',
    'Dalmar Energy said its share offering would go ahead as planned.',
  ]),
];
const offering = doc(
  24,
  'Kurdistan Markets Review',
  'Dalmar Energy extends share offering as demand reaches 1.6 times',
  [
    'Dalmar Energy said on Friday it had extended its share offering by two days after demand reached 1.6 times the shares on sale, according to a statement from the gas producer.',
    'The offering, the largest on the Iraq Stock Exchange, values the company at about 2.4 trillion dinars.',
    'Retail investors accounted for about a third of the orders, the lead manager said.',
    'Trading in the shares is due to begin next week, once the Securities Commission approves the listing.',
    'The company said the fire at its Sarkan gas plant on Thursday, which killed two workers, had not affected demand.',
  ],
);

describe('what an actor’s event of another kind shares', () => {
  it('is not the actor’s whole name, nor words any report writes', () => {
    const stories = clusterStories([...plantFire, offering]);
    expect(stories[1]).toBe(stories[0]);
    expect(stories[2]).not.toBe(stories[0]);
  });
});
