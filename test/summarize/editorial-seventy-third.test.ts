import { junkKind } from '../../src/shared/text/page-junk';
import { withoutRelativeDays } from '../../src/summarize/relative-days';
import { summarizeStory } from '../../src/summarize/summarize-story';
import { doc, morningPoints } from './fixture-doc';

// Shapes from the seventy-third and seventy-fourth rounds of labelled sets (docs/summarization.md,
// "Seventy-third to seventy-eighth rounds"). Outlets, people, firms and places are fictional.

const lead = (docs: ReturnType<typeof doc>[], readAt: string): string =>
  summarizeStory(docs, { maxPoints: 3, readAt: new Date(readAt) }).points[0]?.text ?? '';

/** The lead of a labelled event's story on a morning, from its articles since `since` (the morning's burst). */
const morningLead = (set: string, event: string, morning: string, since?: string): string =>
  morningPoints(set, event, morning, since)[0] ?? '';

describe('a name or a term in quotation marks in an opening', () => {
  it('is what a thing is called, not a quotation: the opening leads', () => {
    expect(
      morningLead('editorial-seventy-third', 'arica-chinchorro-burial-find', '2029-12-14T06:00:00Z'),
    ).toMatch(/^Archaeologists on Thursday announced the discovery/);
    const hospital = doc(
      'h',
      'Ministry of Health',
      '2029-12-28T15:30:00Z',
      'Hospital separates conjoined twins',
      [
        'A team of 32 specialists at the Hospital Nacional de Niños “Dr. Carlos Sáenz Herrera” separated conjoined twin girls on Thursday in an operation that lasted 14 hours.',
        'The patients, Valeria and Ximena Quesada, are 10 months old and come from Upala.',
        'Both girls are in the paediatric intensive care unit in stable condition.',
      ],
    );
    expect(lead([hospital], '2029-12-29T06:00:00Z')).toMatch(/^A team of 32 specialists/);
  });

  it('still keeps a spoken quotation from leading', () => {
    const quoted = doc('q', 'Daily', '2029-12-28T15:30:00Z', 'Mayor speaks on the floods', [
      'The mayor said the floods were “the worst this town has seen in a century of records” on Thursday.',
      'About 300 homes were flooded in the lower town on Thursday, the fire service said.',
      'Schools will stay closed until Monday.',
    ]);
    expect(lead([quoted], '2029-12-29T06:00:00Z')).toMatch(/^About 300 homes/);
  });
});

describe('"today" after a verb and its time of day', () => {
  it('is the writer’s day, left out, so the statement can be a point', () => {
    expect(
      withoutRelativeDays(
        'The National Police and the Armed Forces captured at dawn today Jairo Quiñónez, the leader of Los Corsarios.',
      ),
    ).toBe(
      'The National Police and the Armed Forces captured at dawn Jairo Quiñónez, the leader of Los Corsarios.',
    );
    expect(withoutRelativeDays('Only about 32,000 of the birds survive today.')).toMatch(/today/);
  });
});

describe('the statement a title was written for', () => {
  it('is the dated first one when the second holds fewer of the title’s words', () => {
    expect(
      morningLead(
        'editorial-seventy-third',
        'leziria-douro-league-win',
        '2029-12-10T06:00:00Z',
        '2029-12-08T00:00:00Z',
      ),
    ).toMatch(/^CD Lezíria beat the unbeaten league leaders/);
    expect(
      morningLead('editorial-seventy-fourth', 'costa-rica-conjoined-twins-separated', '2029-12-29T06:00:00Z'),
    ).toMatch(/have separated 10-month-old twin girls/);
  });

  it('is the second when the first is not dated and the title tells the second', () => {
    // A feature's undated scene keeps no bonus over the count the title gives ("After Eid, a deadly
    // fever: Iraq's Crimean-Congo outbreak passes 200 cases").
    expect(morningLead('editorial-fifty-sixth', 'iraq-cchf-surge', '2029-05-26T06:00:00Z')).toMatch(
      /^The number of confirmed Crimean-Congo/,
    );
  });
});

describe('a feature’s way in', () => {
  it('does not lead: a legend', () => {
    expect(
      morningLead('editorial-seventy-fourth', 'ethiopia-kaffa-low-caffeine-coffee', '2029-12-20T06:00:00Z'),
    ).toMatch(/^Ethiopian and Danish researchers said on Wednesday/);
  });

  it('does not lead: someone among a count, or someone doing what they have done since the news', () => {
    expect(
      morningLead(
        'editorial-seventy-fourth',
        'storm-inkeri-finland-outages',
        '2029-12-22T06:00:00Z',
        '2029-12-21T00:00:00Z',
      ),
    ).not.toMatch(/^The Mäkeläs|^In a farmhouse/);
  });

  it('does not lead: a few moments told as a scene, nor a caption', () => {
    const first = morningLead(
      'editorial-seventy-sixth',
      'four-continents-gangneung-miyashita',
      '2030-01-21T06:00:00Z',
      '2030-01-20T00:00:00Z',
    );
    expect(first).not.toMatch(/^For two minutes|performs her free skate/);
    expect(first).toMatch(/Miyashita.* won/);
  });
});

describe('a photo caption of a named person’s performance, dated', () => {
  it('is a caption; the report of the result is news', () => {
    expect(junkKind('Kotone Miyashita performs her free skate in Gangneung on Saturday.')).toBe('caption');
    expect(
      junkKind('Arjun Sehrawat celebrates after his fifth-round throw of 91.34m in Doha on Friday.'),
    ).toBe('caption');
    expect(
      junkKind('Kotone Miyashita won the women’s title in Gangneung on Saturday with a personal best.'),
    ).toBeNull();
  });
});
