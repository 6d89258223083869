import type { ContentDoc } from '../../src/shared/types';

/**
 * Stories written for the same-claim tests (fictional places and people). In ELECTION, five
 * outlets report one headline fact, each in its own words, and each adds one detail of its own.
 * In TRAM, outlets disagree on a figure.
 */

const at = (hour: number): Date => new Date(Date.UTC(2026, 9, 6, hour, 0));

function article(id: string, outlet: string, hour: number, title: string, paragraphs: string[]): ContentDoc {
  return {
    id,
    outlet,
    url: `https://${outlet.toLowerCase().replace(/\s+/g, '')}.example/${id}`,
    publishedAt: at(hour),
    title,
    text: paragraphs.join('\n\n'),
  };
}

export const ELECTION: ContentDoc[] = [
  article('pm-wire', 'Harrow Wire', 6, 'Norvale parliament elects Mira Solberg prime minister', [
    "Norvale's parliament elected Mira Solberg as prime minister on Tuesday, making her the first woman to lead the country.",
    'Solberg won 88 of the 150 votes in the chamber after two days of debate.',
  ]),
  article('pm-gazette', 'Eastmoor Gazette', 7, 'Solberg chosen to lead Norvale', [
    "Lawmakers in Norvale chose Mira Solberg to be the country's next prime minister on Tuesday.",
    'She has promised to hold a referendum on a new constitution within a year of taking office.',
  ]),
  article('pm-markets', 'Ledgerline', 8, 'Krone firms as Solberg takes office', [
    'Mira Solberg became prime minister of Norvale on Tuesday after a vote in parliament.',
    'The Norvale krone gained against the euro in afternoon trading as investors welcomed the end of months of uncertainty.',
  ]),
  article('pm-radio', 'Coastline Radio', 9, 'Norvale has a new prime minister', [
    'Norvale has a new prime minister: parliament voted on Tuesday to elect Mira Solberg.',
    'Solberg, a former judge at the supreme court, entered politics only four years ago.',
  ]),
  article('pm-daily', 'Valley Daily', 10, 'Opposition walks out as Solberg is elected', [
    'The Norvale parliament on Tuesday elected Mira Solberg prime minister.',
    'Opposition deputies walked out of the chamber before the vote, calling the process rushed and unfair.',
  ]),
];

/** A phrase of each outlet's own detail, which no other outlet reports. */
export const ELECTION_DETAILS: Record<string, string> = {
  'pm-wire': '88 of the 150 votes',
  'pm-gazette': 'referendum on a new constitution',
  'pm-markets': 'krone gained against the euro',
  'pm-radio': 'former judge at the supreme court',
  'pm-daily': 'walked out of the chamber',
};

export const TRAM: ContentDoc[] = [
  article('tram-a', 'Harrow Wire', 6, 'Tram derails in Valdor, injuring 12', [
    "A tram derailed in central Valdor on Monday morning, injuring 12 people, the city's transport authority said.",
    'Service on the line was suspended while engineers inspected the track.',
  ]),
  article('tram-b', 'Eastmoor Gazette', 7, 'Fourteen hurt as tram leaves the rails in Valdor', [
    'A tram came off the rails in central Valdor on Monday morning, injuring 14 people, city officials said.',
    'Investigators are examining whether a faulty switch caused the crash.',
  ]),
  article('tram-c', 'Coastline Radio', 8, 'Valdor tram crash', [
    'A tram derailed in central Valdor on Monday morning and twelve passengers were taken to hospital, the fire service said.',
    'The tram was carrying about 80 passengers at the time, the operator said.',
  ]),
];
