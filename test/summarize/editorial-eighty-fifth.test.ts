import { statedCounts } from '../../src/summarize/counts';
import { opensOnRole } from '../../src/summarize/descriptions';
import { opensAsFeature } from '../../src/summarize/feature-openings';
import { leansOutside } from '../../src/summarize/leans-outside';
import { peopleIn } from '../../src/summarize/people';
import { withoutRelativeDays } from '../../src/summarize/relative-days';
import { doc, morningPoints, pointsAt } from './fixture-doc';

// Shapes from the eighty-fifth and eighty-sixth rounds of labelled sets (docs/summarization.md,
// "Eighty-fifth to ninetieth rounds"). Outlets, people, firms and places are fictional.

describe('a past perfect that a source closes', () => {
  it('leads with "Mauritius had recorded 214 cases…, the ministry said": the tense is the report\'s', () => {
    const story = morningPoints(
      'editorial-eighty-fifth',
      'mauritius-dengue-cases-rise',
      '2030-05-07T06:00:00Z',
    );
    expect(story[0]).toMatch(/^Mauritius had recorded 214 cases of dengue/);
  });

  it('keeps a count so told, and still reads a past perfect with no source as what stood before', () => {
    const report = doc('r', 'Island Post', '2030-03-02T09:00:00Z', 'Measles cases climb to 61 in Vardø', [
      'Vardø had recorded 61 cases of measles by Sunday, the regional health authority said, most of them in children under five.',
      'The harbour school had been closed for a week before the first case was confirmed.',
      'Health workers are visiting every household with young children to check vaccination records.',
      'The authority has opened two extra vaccination clinics in the town hall and the harbour school.',
    ]);
    const story = pointsAt([report], '2030-03-03T06:00:00Z');
    expect(story[0]).toMatch(/^Vardø had recorded 61 cases/);
    expect(story[0]).not.toMatch(/had been closed for a week/);
  });
});

describe('a notice that only says it informs', () => {
  it('leaves out "X wishes to update the public on…": what the update is comes after it', () => {
    const story = morningPoints(
      'editorial-eighty-fifth',
      'hwange-elephant-cyanide-poisoning',
      '2030-05-09T06:00:00Z',
    );
    expect(story.length).toBeGreaterThan(1);
    expect(story.some((text) => /wishes to update the public/.test(text))).toBe(false);
  });

  it('keeps one that goes on to say what it informs of ("…of its decision that Berth 4 will be closed…")', () => {
    const release = doc('n', 'Port Authority', '2030-03-02T09:00:00Z', 'Notice: Berth 4 closed', [
      'The Port Authority wishes to inform the public of its decision that Berth 4 at the ferry terminal will be closed from Monday for repairs.',
      'Ferries to the islands will sail from Berth 2 while the work is carried out, for about three weeks.',
      'The repairs follow damage to the berth when a cargo ship struck it in high winds on 21 February.',
      'Passengers with vehicles are asked to arrive 45 minutes before sailing because of the narrower approach road.',
      'The authority said the fenders would be replaced by a contractor from Bergen at a cost of 2.3 million kroner.',
    ]);
    const story = pointsAt([release], '2030-03-02T12:00:00Z');
    expect(story[0]).toMatch(/wishes to inform the public of its decision that Berth 4/);
  });
});

describe('openings long before the news', () => {
  it('reads "In the dry winter of 2013, investigators… began finding…" as background', () => {
    const story = morningPoints(
      'editorial-eighty-fifth',
      'hwange-elephant-cyanide-poisoning',
      '2030-05-10T06:00:00Z',
    );
    expect(story[0]).not.toMatch(/^In the dry winter of 2013/);
    expect(story[0]).not.toMatch(/^By the time the killing stopped/);
  });

  it('reads "By the time the … stopped, more than 100 had died" as what stood before the news', () => {
    const feature = doc('f', 'Wild Review', '2030-03-02T09:00:00Z', 'Poison returns to the delta', [
      'By the time the poisoning stopped, more than 200 vultures had died along the delta.',
      'Twenty-six vultures were found dead on Saturday near the village of Kanaba, rangers said.',
      'Tests on the carcasses are expected to show whether a pesticide was used, the wildlife service said.',
      'Rangers have begun patrolling the carcass sites and burning what remains of the poisoned bait.',
    ]);
    const story = pointsAt([feature], '2030-03-03T06:00:00Z');
    expect(story[0]).toMatch(/^Twenty-six vultures were found dead/);
  });
});

describe('what a point leans on', () => {
  it('leaves out "A generation of directors changed that…": what they changed, no point says', () => {
    const story = morningPoints(
      'editorial-eighty-sixth',
      'cannes-critics-week-paraguayan-film',
      '2030-05-23T06:00:00Z',
    );
    expect(story.length).toBeGreaterThan(1);
    expect(story.some((text) => /changed that/.test(text))).toBe(false);
  });

  it('leaves out a verb\'s "her party" whose owner no point names, and keeps a doer\'s "her case"', () => {
    const report = doc(
      'c',
      'Coast Courier',
      '2030-03-02T09:00:00Z',
      'Trader wins SIM-swap case against telecom',
      [
        'A Mombasa trader has won her case against Pwani Telecom over a SIM-swap fraud that emptied her mobile wallet, the High Court ruled on Friday.',
        'The court ordered the company to refund 1.2 million shillings and pay 300,000 shillings in damages.',
        'The final ruling gave her lawyers until March 20 to file for costs, court records show.',
        'Judge Amina Said found that the company had issued a new SIM card without checking the caller’s identity.',
      ],
    );
    const story = pointsAt([report], '2030-03-03T06:00:00Z');
    expect(story[0]).toMatch(/^A Mombasa trader has won her case/);
    expect(story.some((text) => /gave her lawyers/.test(text))).toBe(false);
  });
});

describe('a person introduced beside the surname', () => {
  it('takes "Rasheed, a 34-year-old reporter at Dhivehi Current, was freed…" as telling who he is', () => {
    const story = morningPoints(
      'editorial-eighty-fifth',
      'maldives-fayaz-rasheed-detention',
      '2030-05-05T06:00:00Z',
      '2030-05-04T00:00:00Z',
    );
    expect(story[0]).toMatch(/^Rasheed, a 34-year-old reporter at Dhivehi Current, was freed/);
  });
});

describe('a count as of a day', () => {
  it('drops "As of this morning," before a count told in the perfect', () => {
    expect(
      withoutRelativeDays('As of this morning, 19 carcasses have been recovered, among them three calves.'),
    ).toBe('19 carcasses have been recovered, among them three calves.');
    expect(withoutRelativeDays('As of this afternoon, 143 guests were treated on board.')).toBe(
      '143 guests were treated on board.',
    );
  });

  it("keeps it before a state in the present, which is that day's", () => {
    expect(withoutRelativeDays('As of this morning, the road is closed to all traffic.')).toBe(
      'As of this morning, the road is closed to all traffic.',
    );
  });
});

describe('scenes at an hour', () => {
  it('does not lead with someone unnamed caught in the middle of doing something', () => {
    const story = morningPoints(
      'editorial-eighty-seventh',
      'kuwait-failaka-air-slide-evacuation',
      '2030-05-26T06:00:00Z',
      '2030-05-25T06:00:00Z',
    );
    expect(story.length).toBeGreaterThan(1);
    expect(story[0]).not.toMatch(/^Shortly before midnight on Friday, a man/);
  });

  it('does not lead with what a scene looked like "By ten," with no count in it', () => {
    const story = morningPoints(
      'editorial-eighty-seventh',
      'aliaga-yildizhan-plant-sit-in',
      '2030-05-24T06:00:00Z',
    );
    expect(story[0]).not.toMatch(/^By ten, the canteen tables/);
    expect(story[0]).toMatch(/sit-in/);
  });

  it('does not lead with what a place once was ("… was where Bedouin traders came…")', () => {
    const story = morningPoints(
      'editorial-eighty-seventh',
      'aleppo-souq-al-zarb-reopens',
      '2030-05-27T06:00:00Z',
      '2030-05-26T06:00:00Z',
    );
    expect(story[0]).not.toMatch(/was where Bedouin traders/);
  });

  it('still reads a count by an hour, a person being treated and a finding as news', () => {
    expect(opensAsFeature('By 9 a.m., 14 people had been confirmed dead, the ministry said.')).toBe(false);
    expect(
      opensAsFeature('On Friday night, a man was being treated in hospital after the attack, police said.'),
    ).toBe(false);
    expect(opensAsFeature('Police said the office was where the fire started.')).toBe(false);
  });
});

describe('a person told by age and origin', () => {
  it('leaves out "The 19-year-old from Guadalajara scored…" under another diver\'s bronze', () => {
    const story = morningPoints(
      'editorial-eighty-eighth',
      'zapopan-diving-world-cup-olvera',
      '2030-06-15T06:00:00Z',
      '2030-06-14T06:00:00Z',
    );
    expect(story.length).toBeGreaterThan(1);
    expect(story.some((text) => /^The 19-year-old from Guadalajara/.test(text))).toBe(false);
  });
});

describe('lines that are no statement of the story', () => {
  it('leaves out a live page\'s "Round 9: …" entry', () => {
    const story = morningPoints('editorial-eighty-eighth', 'accra-tackie-title-win', '2030-06-09T06:00:00Z');
    expect(story.length).toBeGreaterThan(1);
    expect(story.some((text) => /^Round \d+:/.test(text))).toBe(false);
  });

  it('leaves out an answer to a question not shown ("Nobody in Inongo can say for sure, …")', () => {
    const text = 'Nobody in Inongo can say for sure, because no passenger list was kept.';
    expect(leansOutside(text, text)).toBe(true);
    const asked = 'Officials could not say exactly how many people were aboard the boat.';
    expect(leansOutside(asked, asked)).toBe(false);
  });
});

describe('a death toll that another report words otherwise', () => {
  it('keeps "…raised the death toll to 31" as about the story beside "At least 22 people died…"', () => {
    const story = morningPoints(
      'editorial-eighty-eighth',
      'drc-mai-ndombe-boat-capsize',
      '2030-06-06T06:00:00Z',
    );
    expect(story[0]).toMatch(/raised the death toll to 31/);
  });

  it('reads the toll a sentence says rose, not the deaths that raised it', () => {
    expect(
      statedCounts(
        "The death toll from the collision rose to 23 on Tuesday after four more injured passengers died overnight, the hospital's director said.",
      ),
    ).toEqual(['23 dead']);
  });
});

describe('who a "she" is', () => {
  it('does not read the place of a final ("…in Bad Homburg on Saturday") as a person', () => {
    const sentence = 'The final was played in Bad Homburg on Saturday.';
    expect(peopleIn(sentence, new Set(), new Set(['Homburg'])).map((person) => person.name)).toEqual([]);
    const other = 'The final was played before Bad Homburg Mayor Ute Lenz on Saturday.';
    expect(peopleIn(other, new Set(), new Set()).map((person) => person.name)).toEqual(['Ute Lenz']);
  });

  it('reads "The 20-year-old Pole beat … Linnea Ohlsson" as opened by someone unnamed', () => {
    expect(opensOnRole('The 20-year-old Pole beat third seed Linnea Ohlsson 6-4 3-6 7-6 in the final.')).toBe(
      true,
    );
    expect(opensOnRole('Linnea Ohlsson beat the 20-year-old Pole in the final.')).toBe(false);
  });
});
