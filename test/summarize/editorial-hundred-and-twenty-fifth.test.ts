import { eventKinds, otherKinds } from '../../src/shared/text/event-kinds';
import { namesNoAct } from '../../src/shared/text/page-titles';
import { contentTerms } from '../../src/shared/text/terms';
import type { ContentDoc } from '../../src/shared/types';
import { statedCounts } from '../../src/summarize/counts';
import { opensAsFeature } from '../../src/summarize/feature-openings';
import { leansOutside } from '../../src/summarize/leans-outside';
import { summarizeStory } from '../../src/summarize/summarize-story';
import { creditedWire } from '../../src/summarize/wire-credit';
import { clusterStories } from '../cluster/fixtures';
import { doc, pointsAt, reportsFrom } from './fixture-doc';

// Shapes from the hundred-and-twenty-fifth round (docs/summarization.md, "Hundred-and-twenty-fifth
// round"), read after it was run on the day's rules. Outlets, people, firms and events are fictional.

describe('a ticker’s label in brackets', () => {
  it('credits no wire', () => {
    expect(
      creditedWire(
        'ATHEX (Fri close): General Index 1,914.63 ▲0.9% · EGNATIA INFRA €2.41 ▼3.6% · Brent $79.02\n\nThe metro reopened on Saturday, its operator said, after engineers replaced a transformer.',
      ),
    ).toBeNull();
  });

  it('but a wire’s name in a dateline does, its particles in lower case too', () => {
    expect(
      creditedWire(
        'PIRAEUS (Agence de Presse Egee) — The ferry was refloated on Friday, the coast guard said.',
      ),
    ).toBe('Agence de Presse Egee');
  });
});

describe('a count of the missing', () => {
  it('is read past the name of what they belong to, and of a part, not of the whole it is taken from', () => {
    expect(statedCounts('Three crew members of the MT Banshkhali Star remain missing.')).toEqual([
      '3 missing',
    ]);
    expect(statedCounts('Three of the 18 crew are still missing.')).toEqual(['3 missing']);
    expect(statedCounts('Two of 12 passengers were hurt.')).toEqual(['2 injured']);
  });

  it('but a whole keeps the state told beside it', () => {
    expect(statedCounts('Six of the 40 people injured were in hospital.')).toEqual(['40 injured']);
    expect(statedCounts('12 members of the Coast Guard were injured, officials said.')).toEqual([
      '12 injured',
    ]);
  });

  it('makes an older report’s count of the missing old news under a newer one opening on a scene', () => {
    const wire = doc(
      'w',
      'Bay Wire',
      '2031-07-21T05:20:00Z',
      'Fire on Surma Lines tanker off Mongla, five crew missing',
      [
        'MONGLA, Bangladesh, July 21 (BW) — Five crew members were missing after a fire broke out early on Monday aboard a coastal oil tanker owned by Surma Lines at the outer anchorage of Mongla port, the coast guard said.',
        'Thirteen of the 18 crew aboard the MT Rupsha Star were rescued by coast guard and navy vessels, a coast guard spokesman said.',
        'The tanker was carrying about 6,200 tonnes of diesel, the company said.',
        'The Department of Shipping said it would form a committee to investigate the fire.',
      ],
    );
    const herald = doc(
      'h',
      'Port Herald',
      '2031-07-22T03:00:00Z',
      'Surma Lines tanker fire: two missing sailors found alive, three still missing',
      [
        'Outside the Surma Lines office in the port, Rokeya Begum sat on the steps with a mobile phone in her lap that she had not put down since Monday morning.',
        'Her son was one of the five crew members listed as missing after the fire on the company’s tanker.',
        'Her son and a deck cadet were picked up late on Monday by a fishing trawler about 40 km south of the anchorage, clinging to a life raft, the coast guard said.',
        'Three crew members of the MT Rupsha Star remain missing.',
        'The fire on the Surma Lines vessel was put out shortly before 8 am on Tuesday, port officials said.',
      ],
    );
    expect(pointsAt([wire, herald], '2031-07-22T06:00:00Z')).not.toContain(
      'Five crew members were missing after a fire broke out early on Monday aboard a coastal oil tanker owned by Surma Lines at the outer anchorage of Mongla port, the coast guard said.',
    );
  });
});

describe('a feature’s way in', () => {
  it('is the answer to its question and a character told by their routine', () => {
    expect(
      opensAsFeature(
        'By 10 am on Tuesday, the answer could be seen from Farmgate to Shahbagh: buses packed to the doors and rickshaws three abreast.',
      ),
    ).toBe(true);
    expect(
      opensAsFeature(
        'Tanzila Rahman, a bank officer who takes the metro from Mirpur 10 to Motijheel every morning, was on one of the trains that stopped.',
      ),
    ).toBe(true);
  });

  it('but a report of someone’s part in the news is not', () => {
    expect(
      opensAsFeature('Tanzila Rahman, a bank officer, was arrested on Tuesday morning, police said.'),
    ).toBe(false);
    expect(opensAsFeature('The answer, the minister said, was a new tender.')).toBe(false);
  });
});

describe('two cities’ metro faults', () => {
  const report = reportsFrom(Date.UTC(2031, 6, 19, 6));
  const porto = [
    report('p1', 0, 'Iberia Wire', 'Porto metro halted by power fault; ministry orders inquiry', [
      'Portugal’s transport ministry ordered an inquiry on Friday after a power fault shut down the Porto Metro at the height of the morning rush hour, forcing hundreds of passengers to walk out through tunnels.',
      'About 600 passengers were led out of two trains stuck between stations, Porto Metro Operations said.',
      'Eleven people were treated for heat and dizziness, and two were taken to hospital as a precaution.',
      'Trains ran again between Trindade and Campanhã by the evening.',
    ]),
    report('p2', 20, 'Douro Daily', 'Metro partly back: trains run between Trindade and Campanhã', [
      'Since 6 a.m., trains have been running every eight minutes between Trindade and Campanhã, Porto Metro Operations said.',
      'Engineers were replacing a transformer at the main substation in Matosinhos.',
      'The ministry said the inquiry would report within a month.',
    ]),
  ];
  const karachi = report(
    'k1',
    50,
    'Sindh Radio',
    'Metro Rail Line 3 halted after power fault, passengers walk along viaduct',
    [
      'Metro Rail Line 3 services were suspended along the whole line at about 8:15 am on Tuesday after a fault in the overhead power line between Saddar and Tower stations, Karachi Mass Transit Company said.',
      'About 1,100 passengers were taken off two trains that stopped between stations and walked along the emergency walkway of the viaduct to Saddar.',
      'No one was hurt, the company said, and engineers were working on the overhead line.',
      'Buses and rickshaws were packed as commuters looked for other ways across Karachi.',
    ],
  );

  it('are two stories: a city’s “Metro” names no event', () => {
    const [first, second, third] = clusterStories([...porto, karachi]);
    expect(second).toBe(first);
    expect(third).not.toBe(first);
  });
});

describe('the newest report’s title', () => {
  const headline = (docs: ContentDoc[], readAt: string) =>
    summarizeStory(docs, { maxPoints: 3, readAt: new Date(readAt) }).headline;

  it('heads its story when two names a comma joins sign, and when its quote speaks in the first person', () => {
    const herald = doc(
      'h',
      'Port Herald',
      '2031-07-23T13:00:00Z',
      'Surma Lines shares slide 4.2% after Shillong barge deal',
      [
        'Shares in Surma Lines fell 4.2% to Tk 48.20 on the Dhaka Stock Exchange on Wednesday, a day after the Mongla shipping company said it would buy a majority stake in Meghna Barge Services of Shillong.',
        'The company plans to fund the deal with retained earnings and a Tk 60 crore loan.',
        'Meghna Barge Services has 22 barges operating on the Meghna and the cross-border Protocol route.',
      ],
    );
    const chronicle = doc(
      'c',
      'Hill Chronicle',
      '2031-07-24T12:30:00Z',
      'Surma Lines, Meghna Barge sign stake deal in Shillong',
      [
        'Surma Lines and Shillong-based Meghna Barge Services signed an agreement in Shillong on Thursday under which the Mongla company will buy a 51% stake in the barge operator for Tk 142 crore.',
        'The deal still needs the approval of the central bank, the companies said.',
        'Meghna Barge Services has 22 barges and employs about 300 people.',
      ],
    );
    expect(headline([herald, chronicle], '2031-07-25T06:00:00Z')).toBe(
      'Surma Lines, Meghna Barge sign stake deal in Shillong',
    );
    const wire = doc(
      'w',
      'Island Wire',
      '2031-07-18T15:10:00Z',
      'Naxos Lines shares surge 24% on Cypriot Kition’s takeover offer',
      [
        'Shares in Greek ferry operator Naxos Lines closed up 24% at €3.88 on Friday after Cyprus-based Kition Maritime offered to buy the company for €4.10 a share in cash.',
        'The offer values Naxos Lines at about €287 million and represents a 31% premium to Thursday’s close.',
        'The founding family owns 41%.',
      ],
    );
    const mirror = doc(
      'm',
      'Nicosia Mirror',
      '2031-07-19T08:00:00Z',
      "Kition chief says Naxos Lines offer is final: 'We will not chase the price'",
      [
        'Kition Maritime will not raise its €4.10-a-share offer for Greek ferry operator Naxos Lines, its chief executive told the Nicosia Mirror on Friday evening.',
        '"We have made a fair offer and we will not chase the price," he said.',
        'The Limassol-based group launched the all-cash offer on Friday, valuing Naxos Lines at about €287 million.',
      ],
    );
    expect(headline([wire, mirror], '2031-07-20T06:00:00Z')).toBe(
      "Kition chief says Naxos Lines offer is final: 'We will not chase the price'",
    );
  });

  it('but not an interview’s title whose quote no one is said to speak, nor a comma before a place', () => {
    const wire = doc(
      'w',
      'Nile Wire',
      '2031-06-18T14:00:00Z',
      'Sudanese journalist Amna Osman freed on bail, still faces false news charge',
      [
        'Sudanese journalist Amna Osman was released on bail on Tuesday after two nights in police custody, but she has been charged with publishing false news, her lawyer said.',
        'The lawyer said the charge carried a sentence of up to two years.',
        'Press freedom groups had called for her release.',
      ],
    );
    const herald = doc(
      'h',
      'Red Sea Herald',
      '2031-06-18T20:00:00Z',
      "Amna Osman, out on bail: 'I will keep reporting'",
      [
        'Amna Osman’s first request after two nights in a police cell was a glass of tea with ginger.',
        'The journalist was released on bail on Tuesday, her lawyer said, but still faces a charge of publishing false news.',
        '"I will keep reporting," she said.',
      ],
    );
    expect(headline([wire, herald], '2031-06-19T06:00:00Z')).toBe(
      'Sudanese journalist Amna Osman freed on bail, still faces false news charge',
    );
    expect(namesNoAct('In Zabłocie, Wolnica staff digest the Hollowmarch delay')).toBe(true);
    expect(namesNoAct('Surma Lines, Meghna Barge sign stake deal in Shillong')).toBe(false);
  });
});

describe('a place pointed at with “that” after a preposition', () => {
  const leans = (text: string) => leansOutside(text, text);

  it('leans on the sentence before', () => {
    expect(
      leans(
        'For three monsoons, a team of young researchers waded into that water with head torches, looking for it.',
      ),
    ).toBe(true);
  });

  it('but “that” opening a clause, or an idiom of time, does not', () => {
    expect(leans('Officials said that water levels in the river had fallen by a metre overnight.')).toBe(
      false,
    );
    expect(leans('At that time, the ship was about 20 km off the coast, the coast guard said.')).toBe(false);
    expect(leans('Rescuers climbed down the cliff that borders the beach to reach the two hikers.')).toBe(
      false,
    );
    expect(
      leans(
        'The team first heard the frog’s call during a night survey in 2024 and collected 11 specimens over that survey.',
      ),
    ).toBe(false);
  });
});

describe('a loan in a legal step’s headline', () => {
  const kinds = (title: string) => eventKinds(contentTerms(title));

  it('is the crime’s object, not a deal: a stake bought by another firm of the country is another kind of event', () => {
    expect([...kinds('ACC detains Sonali Trust Bank deputy MD over Tk 386 crore loan scam')]).toEqual([
      'legal',
    ]);
    expect(
      otherKinds(
        kinds('ACC detains Sonali Trust Bank deputy MD over Tk 386 crore loan scam'),
        kinds('Surma Lines to buy 51% of Shillong’s Meghna Barge for Tk 142 crore'),
      ),
    ).toBe(true);
  });
});
