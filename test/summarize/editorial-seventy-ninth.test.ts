import { junkKind } from '../../src/shared/text/page-junk';
import { descriptionNeeds } from '../../src/summarize/descriptions';
import { opensAsFeature } from '../../src/summarize/feature-openings';
import { cleanTitle } from '../../src/summarize/headline';
import { withoutRelativeDays } from '../../src/summarize/relative-days';
import { doc, morningPoints, morningStory, pointsAt } from './fixture-doc';

// Shapes from the seventy-ninth to eighty-fourth rounds of labelled sets (docs/summarization.md,
// "Seventy-ninth to eighty-fourth rounds"). Outlets, people, firms and places are fictional.

describe('a time before a pronoun, with no comma between', () => {
  it('leaves "Since 2012 it has been known for…" out: what "it" is, no point has said', () => {
    const story = morningPoints(
      'editorial-seventy-sixth',
      'kempen-klinghardt-care-and-maintenance',
      '2030-01-16T06:00:00Z',
      '2030-01-16T00:00:00Z',
    );
    expect(story.length).toBeGreaterThan(0);
    expect(story.some((text) => /^Since \d{4} it\b/.test(text))).toBe(false);
  });

  it('leaves a year-dated "he" out: after a year, "he" may be none of the people just named', () => {
    const obituary = doc('o', 'Daily', '2026-12-30T15:00:00Z', 'Muralist Aurelio Cienfuegos dies at 91', [
      'The Mexican muralist Aurelio Cienfuegos died on Tuesday in Mexico City at the age of 91, his foundation said.',
      '“Mexico has lost the man who painted its ordinary people as giants,” wrote the Secretary of Culture, Paulina Izaguirre, on X.',
      'The painter, born in Zacatecas in 1938, was one of the last artists formed in the workshops of the muralist movement.',
      'In 2019 he rejected the National Prize for Arts and Literature in protest at budget cuts to public art schools.',
    ]);
    const story = pointsAt([obituary], '2026-12-31T06:00:00Z');
    expect(story.length).toBeGreaterThan(1);
    expect(story.some((text) => /rejected the National Prize/.test(text))).toBe(false);
  });
});

describe('a person told by where they come from', () => {
  it('needs the name the reader has not been given: "The teenager from Zwolle, …", "The Algerian won…"', () => {
    expect(
      descriptionNeeds('The teenager from Zwolle, who turned 17 in February, beat Spain’s Lucía Ferrer.'),
    ).not.toBeNull();
    expect(
      descriptionNeeds('The Algerian won in 2:09:37, taking 1 minute 43 seconds off the record.'),
    ).not.toBeNull();
  });

  it('leaves a nation’s body or thing, and an office, alone: "The Italian government…", "The Chairman…"', () => {
    expect(descriptionNeeds('The Italian government said it would appeal.')).toBeNull();
    expect(descriptionNeeds('The Pakistani rupee fell 2% on Monday.')).toBeNull();
    expect(descriptionNeeds('The Chairman reported that the fire started at about 2 a.m.')).toBeNull();
  });
});

describe('a line of a page that is not a point', () => {
  it('is a show host bringing in a guest "on the line from the gate"', () => {
    expect(
      junkKind(
        "Jari Kettunen is the chief shop steward at the Kotka yard and he's on the line from the gate.",
      ),
    ).toBe('transcript');
  });

  it('is not a verb closed by a colon: "The result stands: …" announces the news, no picture', () => {
    expect(
      junkKind(
        "The result stands: Marte Haugli is the winner of Saturday's women's 20 km classic in Falun, after the jury rejected Sweden's protest on Sunday morning.",
      ),
    ).toBeNull();
    expect(junkKind('A woman stands outside her destroyed home in Kavala on Sunday.')).toBe('caption');
    expect(
      morningPoints(
        'editorial-seventy-ninth',
        'falun-classic-mass-start-penalty',
        '2030-02-25T06:00:00Z',
        '2030-02-24T12:00:00Z',
      )[0],
    ).toMatch(/^Marte Haugli is the winner/);
  });
});

describe('an opening that does not lead', () => {
  it('is one person’s way out, a history’s "has since", a trace left hours after, or one evacuee at an hour', () => {
    expect(
      opensAsFeature(
        'For Musa Danjuma, an onion farmer from Tula, the answer was to sell two goats and take a bus to Jos.',
      ),
    ).toBe(true);
    expect(
      opensAsFeature(
        'The revived Lisbon–Porto line has since moved quickly, with the northern lots awarded in 2024 and 2025.',
      ),
    ).toBe(true);
    expect(
      opensAsFeature(
        'Police tape was still across the door of a small bicycle repair shop on Tuesday evening, hours after officers searched it.',
      ),
    ).toBe(true);
    expect(
      opensAsFeature(
        "At eleven o'clock on Friday night, Ona Kazlauskienė, 81, sat on a camp bed in the gym of a school.",
      ),
    ).toBe(true);
  });

  it('is a play told live with its score, long-ago background, a verb left to the sentence before, or someone unnamed at a place and hour', () => {
    expect(
      opensAsFeature(
        'Josaia Nakarawa rises highest at the back post and heads in Tuilevu’s corner to make it Lami Harbour 2-1 Waitematā City.',
      ),
    ).toBe(true);
    expect(
      opensAsFeature(
        'Since excavations began there in the 1910s, archaeologists have argued over whether the ruins are that town.',
      ),
    ).toBe(true);
    expect(opensAsFeature("Sanne Hoekstra did on Saturday in 's-Hertogenbosch, and she won.")).toBe(true);
    expect(
      opensAsFeature(
        'On platform 12 at Gent-Sint-Pieters on Saturday afternoon, a lone cleaner pushed her trolley past a departures board.',
      ),
    ).toBe(true);
  });

  it('still leads when it is the report: a score told in the past, a count since a date, a plan, a death', () => {
    expect(opensAsFeature('Lami Harbour beat Waitematā City 2-1 on Saturday to win the title.')).toBe(false);
    expect(opensAsFeature('Smith hits 120 as England make it 301 for four.')).toBe(false);
    expect(
      opensAsFeature(
        'Ahsan Nawaz drives Mahlangu through extra cover for four and Pakistan have chased 301 to win.',
      ),
    ).toBe(false);
    expect(opensAsFeature('Since January, 41 people have died of cholera.')).toBe(false);
    expect(opensAsFeature('Parliament will on Tuesday vote on the bill.')).toBe(false);
    expect(opensAsFeature('On Saturday afternoon, a man died when his car hit a tree.')).toBe(false);
  });

  it('still leads when the sentence gives its own time or is about a country', () => {
    expect(opensAsFeature('One passenger was treated in hospital and has since been released.')).toBe(false);
    expect(
      opensAsFeature('The Old City was destroyed in 2017, and many buildings have since been rebuilt.'),
    ).toBe(false);
    expect(opensAsFeature('For Nigeria, the defeat was the third in a row.')).toBe(false);
    expect(opensAsFeature('At 9 a.m. on Friday, Minister Ana Gren opened the new bridge.')).toBe(false);
  });

  it('is "Since then, …": the time is in the sentence before', () => {
    const story = morningPoints(
      'editorial-seventy-ninth',
      'gombe-snakebite-antivenom-shortage',
      '2030-02-17T06:00:00Z',
    );
    expect(story.length).toBeGreaterThan(1);
    expect(story[0]).not.toMatch(/^Since then\b/);
  });
});

describe('a plan from a weekday that has passed', () => {
  const plan = doc('p', 'Courier', '2030-03-07T19:00:00Z', 'Morocco to suspend tomato exports to Africa', [
    'Morocco will suspend exports of fresh tomatoes to sub-Saharan Africa from Friday in an effort to bring down domestic prices, which have doubled since January, the Ministry of Agriculture said on Thursday evening.',
    'Tomatoes sold for about 11 dirhams a kilo at the Casablanca wholesale market this week, against 5 to 7 dirhams in January.',
    'Growers blame a cold snap in mid-February that damaged greenhouse crops in the Souss-Massa region.',
    'Exporters said about 300 trucks a week carry Moroccan tomatoes to Mauritania, Senegal and Mali.',
  ]);

  it('is told while its day is to come, and not once it has passed', () => {
    const willSuspend = (text: string) => /will suspend exports/.test(text);
    expect(pointsAt([plan], '2030-03-08T06:00:00Z').some(willSuspend)).toBe(true);
    expect(pointsAt([plan], '2030-03-10T06:00:00Z').some(willSuspend)).toBe(false);
  });

  it('is still told when the plan is a span that runs on ("from Friday until 28 December")', () => {
    const closure = doc(
      'c',
      'Dispatch',
      '2029-12-20T09:00:00Z',
      'Rangpur schools shut as cold wave deepens',
      [
        'All government primary schools in the eight districts of Rangpur division will stay closed from Friday until 28 December because of the cold, the divisional education office said.',
        'The temperature at Tetulia in Panchagarh fell to 6.1 degrees Celsius on Thursday, the lowest in the country.',
        'Hospitals in the division have treated more than 1,900 people for cold-related illnesses since the start of the month.',
      ],
    );
    expect(
      pointsAt([closure], '2029-12-23T06:00:00Z').some((text) => /will stay closed from Friday/.test(text)),
    ).toBe(true);
  });
});

describe('a party’s own release', () => {
  it('gives way to a report of the whole outcome for the headline and the lead', () => {
    const story = morningStory(
      'editorial-eightieth',
      'pakistan-5g-spectrum-auction',
      '2030-03-02T06:00:00Z',
      '2030-03-01T06:00:00Z',
    );
    expect(story.headline).toBe('5G auction raises $912m as 700MHz band goes unsold');
    expect(story.points[0]?.text).toMatch(/^Pakistan raised \$912 million/);
  });
});

describe('a relative day that closed the sentence after a comma', () => {
  it('goes with its comma', () => {
    expect(
      withoutRelativeDays(
        'The bodies of two men were found downstream, about 9 km below Kilembe, this afternoon.',
      ),
    ).toBe('The bodies of two men were found downstream, about 9 km below Kilembe.');
    expect(withoutRelativeDays('Police arrested two men, this morning, after the raid.')).toBe(
      'Police arrested two men, after the raid.',
    );
  });
});

describe('a headline cleaned of a page’s marks', () => {
  it('drops a sports desk’s slug and starts with a capital after a label', () => {
    expect(
      cleanTitle(
        'Motorcycling-Thanakorn becomes first Thai to win MotoGP race with home Sprint victory - Meridian Press Agency',
        'Meridian Press Agency',
      ),
    ).toBe('Thanakorn becomes first Thai to win MotoGP race with home Sprint victory');
    expect(
      cleanTitle(
        'Watch: collared leopard released into Arevik National Park | Ararat Broadcast News',
        'Ararat Broadcast News',
      ),
    ).toBe('Collared leopard released into Arevik National Park');
  });

  it('drops the outlet’s name in its own language when it spells the initials the outlet goes by', () => {
    expect(
      cleanTitle(
        'BFG launches resolution of Mazowiecki Bank Spółdzielczy w Grójcu - Bankowy Fundusz Gwarancyjny',
        'Bank Guarantee Fund (BFG)',
      ),
    ).toBe('BFG launches resolution of Mazowiecki Bank Spółdzielczy w Grójcu');
    expect(cleanTitle('Rates rise as inflation bites - Bank Of Ghana', 'Daily Graphic')).toBe(
      'Rates rise as inflation bites - Bank Of Ghana',
    );
  });

  it('keeps a hyphenated name, and a word written with a small first letter', () => {
    expect(cleanTitle('Jean-Pierre Adams dies at 78', 'Daily')).toBe('Jean-Pierre Adams dies at 78');
    expect(cleanTitle('Video: iPhone sales fall in China', 'Daily')).toBe('iPhone sales fall in China');
  });
});
