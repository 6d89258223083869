import { trimSentence } from '../../src/shared/text/furniture';
import { junkKind } from '../../src/shared/text/page-junk';
import { isBroadcastTitle } from '../../src/shared/text/wire-tags';
import { summarizeStory } from '../../src/summarize';
import { tollOf } from '../../src/summarize/counts';
import { cleanTitle } from '../../src/summarize/headline';
import { withoutRelativeDays } from '../../src/summarize/relative-days';
import { doc } from './fixture-doc';

/** Rules written from the fifteenth round of labelled sets (docs/summarization.md, "Fifteenth round"). */

describe("a broadcast's page named by its programme and date", () => {
  it.each([
    'Evening Bulletin, 12 March 2027',
    'Midday Sport, 14 March 2027 – transcript',
    'Drive Time Desk, 2 April 2027 — transcript',
    'Evening News, 30 March 2027 (English translation)',
    'Morning Edition — March 30, 2027',
  ])('is no headline: %s', (title) => {
    expect(isBroadcastTitle(title)).toBe(true);
  });

  it.each([
    'Sportsline — Thu 27 May 2027: 9.74 — what happened to the wind gauge?',
    'Storm hits coast, 30 June 2027',
  ])('while a title that tells news is one: %s', (title) => {
    expect(isBroadcastTitle(title)).toBe(false);
  });

  it('leaves the headline to the lead when it is the only title', () => {
    const summary = summarizeStory([
      doc('r', 'Radio Vardal', '2027-03-14T19:00:00Z', 'Midday Sport, 14 March 2027 – transcript', [
        'Seventeen-year-old Ana Mirko won the Vardal Open chess tournament on Sunday, beating the top seed in the last round.',
        'With me in the studio is her coach, grandmaster Petar Lind.',
        'Mirko finished with 7 points from nine games, half a point ahead of the field.',
        'Radio Vardal broadcasts in English and Vardalian on 98.6 FM and online.',
      ]),
    ]);
    expect(summary.headline).toMatch(/^Seventeen-year-old Ana Mirko won the Vardal Open/);
    expect(summary.points.map((point) => point.text).join(' ')).not.toMatch(
      /With me in the studio|broadcasts in/,
    );
  });
});

describe("a broadcast's own lines", () => {
  it.each([
    'With me in the studio is her coach, grandmaster Petar Lind.',
    'Joining me on the line from Kathmandu is our correspondent, Isaac Lule.',
    'Radio Vardal broadcasts in English and Vardalian on 98.6 FM and online.',
  ])('are page notes: %s', (line) => {
    expect(junkKind(line)).not.toBeNull();
  });

  it('but a guest the news names is news', () => {
    expect(
      junkKind('Petar Lind, her coach since she was nine, said she had prepared for a year.'),
    ).toBeNull();
  });
});

describe('a death toll told as "the death of N workers"', () => {
  it('is read as the toll', () => {
    expect(
      tollOf('The federation expresses its grief at the death of 13 workers in the boiler explosion.'),
    ).toBe('13');
  });
});

describe('a relative day at the end of a clause told in the past', () => {
  it('is left out, as "early this morning" is', () => {
    expect(withoutRelativeDays('Police arrested the owner as the death toll rose to 15 today.')).toBe(
      'Police arrested the owner as the death toll rose to 15.',
    );
    expect(withoutRelativeDays('He was picked up from his home early this morning, police said.')).toBe(
      'He was picked up from his home, police said.',
    );
  });

  it('while a plan keeps it', () => {
    expect(withoutRelativeDays('Officials confirmed the bridge will reopen today.')).toBe(
      'Officials confirmed the bridge will reopen today.',
    );
  });
});

describe("a fact-check's account of the claim it checks", () => {
  it('is no key point: the reader would take the rumour for the news', () => {
    const summary = summarizeStory(
      [
        doc(
          'f',
          'Truthline',
          '2027-03-20T09:00:00Z',
          'FALSE: Vardal has not banned fish sales over the algae bloom',
          [
            'A message circulating on WhatsApp since Thursday claims that the government has banned the sale of fish in the whole country.',
            'One version, shared more than 4,000 times on Facebook, carries the logo of the Ministry of Fisheries.',
            'The Ministry of Fisheries said on Friday that no ban had been issued and that fish from outside the two affected bays was safe to eat.',
            'The ministry closed fishing in Orna Bay and Kessel Bay on Wednesday after an algae bloom killed thousands of fish.',
          ],
        ),
      ],
      { maxPoints: 5 },
    );
    const text = summary.points.map((point) => point.text).join(' ');
    expect(text).not.toMatch(/circulating|shared more than/);
    expect(text).toMatch(/no ban had been issued/);
  });
});

describe('an opening that leans on the sentence before: "The first to pass were…"', () => {
  it('is no point of its own', () => {
    const summary = summarizeStory(
      [
        doc(
          't',
          'Valley Ledger',
          '2027-03-22T19:00:00Z',
          'Mountain road reopens to one-way traffic after landslide',
          [
            'The Karst Pass road reopened to one-way traffic on Monday evening, two days after a landslide buried a stretch of it.',
            'The first to pass were about 40 trucks carrying fruit and vegetables.',
            'Police let convoys through in alternating directions, the roads agency said.',
            'About 1,200 trucks had been stuck on both sides of the pass.',
          ],
        ),
      ],
      { maxPoints: 5 },
    );
    expect(summary.points.map((point) => point.text).join(' ')).not.toMatch(/The first to pass/);
  });
});

describe('an opening description whose head ends in -us', () => {
  it('is the head the headline places, so it may lead: "The limestone sarcophagus of Padiamun…"', () => {
    const summary = summarizeStory([
      doc(
        's',
        'Delta Evening Mail',
        '2027-03-24T16:00:00Z',
        "Gilded mask revealed as Horemsaf's sarcophagus opened",
        [
          'The granite sarcophagus of Horemsaf, a scribe of the 26th Dynasty, was opened on Wednesday at Abusir, revealing a mummy with a gilded mask.',
          'The lid, weighing around 600 kilograms, was raised with a hydraulic lift in front of journalists.',
          'The minister of antiquities, who announced the find on Monday, said the sarcophagus would be displayed at the national museum.',
        ],
      ),
    ]);
    expect(summary.points[0]?.text).toMatch(/^The granite sarcophagus of Horemsaf/);
  });
});

describe('sixteenth round', () => {
  it("leaves a forum thread's page and board, and an OFFICIAL label, out of a title", () => {
    expect(
      cleanTitle('Mirko gone to Qatar (OFFICIAL) - Page 3 - Transfers & Rumours', 'Vardal Fans Forum', ''),
    ).toBe('Mirko gone to Qatar');
    expect(cleanTitle('CUP FINAL: Rovers v Bravos — Match Thread (page 14)', 'Terrace Forum', '')).toBe(
      'CUP FINAL: Rovers v Bravos',
    );
    expect(cleanTitle('OFFICIAL | Ana Mirko joins Al-Sahel', 'Al-Sahel Club', '')).toBe(
      'Ana Mirko joins Al-Sahel',
    );
  });

  it('lets a release open with its defined terms in brackets, and never with a line that only says it updates', () => {
    const summary = summarizeStory([
      doc(
        'z',
        'Marlin Energy — Newsroom',
        '2027-07-07T08:00:00Z',
        'Statement on the suspension of supply from the Marlin Star',
        [
          'The suspension follows the continued non-payment of invoices by the Ministry of Electricity under the power purchase agreement.',
          'Doha, 7 July 2027 – Marlin Energy Q.P.S.C. (“Marlin Energy” or “the Company”) announces that it has suspended the export of electricity from the floating power plant Marlin Star to the national grid.',
          'Marlin Energy provides an update on the payment talks with the Ministry of Electricity.',
          'Marlin Energy remains ready to restore supply once a payment schedule has been agreed.',
        ],
      ),
    ]);
    expect(summary.points[0]?.text).toMatch(/announces that it has suspended/);
    expect(summary.points.map((point) => point.text).join(' ')).not.toMatch(/provides an update/);
  });
});

describe("a status page's entry state", () => {
  it('leaves the sentence it opens', () => {
    expect(
      trimSentence('Resolved — Calls, SMS and mobile data have been fully restored in all regions.'),
    ).toBe('Calls, SMS and mobile data have been fully restored in all regions.');
    expect(
      trimSentence('Investigating — At 03:41 our monitoring detected a loss of signal on the cable.'),
    ).toBe('At 03:41 our monitoring detected a loss of signal on the cable.');
    expect(trimSentence('Resolved disputes are listed in the annex.')).toBe(
      'Resolved disputes are listed in the annex.',
    );
  });
});
