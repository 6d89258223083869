import { articleSentences } from '../../src/shared/text/article-text';
import { isDigest, otherItems } from '../../src/shared/text/digest';
import { noteKind } from '../../src/shared/text/page-notes';
import { summarizeStory } from '../../src/summarize';
import { doc } from './fixture-doc';

// Shapes from the twenty-seventh round of labelled sets (test/fixtures/editorial-twenty-seventh).

const DIGEST = [
  'View this email in your browser',
  'Good morning. It is Wednesday, the snow has finally stuck, and we have three things for you today.',
  '1. Korvel: The opera chorus has called off the strike it threatened for the New Year gala after a pay deal late on Tuesday.',
  '2. Brannmark: Who knew a broken spine could be this exciting?',
  'A small museum in Brannmark says eight leaves of a book printed around the 1570s, and known from no other copy, were hiding in the binding of a parish ledger.',
  'The best bit is a hymn that specialists had never seen before.',
  'The leaves go on show in Brannmark from January 10, free of charge, for a month.',
  '3. Tessin: The city film festival has added a third screening of its sold-out animation retrospective.',
  "That's it for today. Unsubscribe · Update preferences",
];

describe("an emailed digest's items", () => {
  it('leave only the item told at most length', () => {
    const kept = articleSentences(DIGEST.join('\n\n')).flat();
    expect(kept.some((sentence) => sentence.includes('eight leaves of a book'))).toBe(true);
    expect(kept.some((sentence) => sentence.includes('opera chorus'))).toBe(false);
    expect(kept.some((sentence) => sentence.includes('film festival'))).toBe(false);
    expect(isDigest(DIGEST.join('\n'))).toBe(true);
  });
  it("while a newsletter's numbered points on one subject, or a page with no newsletter's lines, keep them all", () => {
    const points = [
      'A Sunday email from us is rare. Unsubscribe here.',
      '1. The blockade is suspended from 18:00 today for 14 days.',
      '2. Joint veterinary checks on grain lorries at the crossings, starting on Wednesday.',
      '3. A farmers working group with the ministry, meeting weekly.',
    ];
    expect(otherItems(points).size).toBe(0);
    expect(otherItems(DIGEST.filter((line) => !/browser|Unsubscribe/.test(line))).size).toBe(0);
  });
});

describe("a status page's and a notice sheet's lines", () => {
  it('are notes of the page', () => {
    for (const line of [
      'Flight data may be delayed by up to 5 minutes.',
      'Passengers are advised to contact their airline before travelling to the airport.',
      'Mass times this week: Saturday 6:00 pm; Sunday 7:00 am, 9:00 am and 5:00 pm.',
      'Prayer vigil for the victims and their families: Wednesday 15 December, 7:00 pm, in the church courtyard.',
      'The Albanian text delivered in court is the only authoritative version.',
    ])
      expect(noteKind(line)).toBe('notice');
  });
  it('while news with times and delays is not', () => {
    for (const line of [
      'Flights were delayed by up to five hours.',
      'Talks resumed at 9:00 am and ended at 5 pm.',
      'Update: Friday 10 December at 10:00 the ministry reported 12 dead.',
    ])
      expect(noteKind(line)).toBeNull();
  });
});

describe('a community notice sheet', () => {
  it('gives no points of its own: its prayers and collections are no report', () => {
    const bulletin = doc(
      'b',
      'Riverside Fellowship',
      '2027-12-19T01:00:00Z',
      'Sunday Bulletin – 19 December 2027',
      [
        'RIVERSIDE FELLOWSHIP',
        'Please pray for the families of the two people who died when the Kessel bridge fell into the river last Monday.',
        "Today's second offering will go to the two families, through the Kessel commune office.",
        'Thank you to everyone who brought rice and drinking water to the east bank on Wednesday.',
      ],
    );
    expect(summarizeStory([bulletin], { maxPoints: 5 }).points).toEqual([]);
  });
});

describe('an opening that is a scene', () => {
  const feature = (opening: string, next: string) =>
    doc('f', 'Steppe Ledger', '2027-12-06T12:00:00Z', 'Silence at the pit', [
      opening,
      next,
      'About 2,100 workers at the Ulaan copper mine stayed off the job on Monday, and the union says the strike is open-ended.',
      'The union is demanding an 18% raise against the 7% the company has offered.',
    ]);
  it.each([
    [
      'At seven o’clock on Monday morning, the buses that normally carry the day shift down to the pit sat with their engines off in the camp car park.',
      'Nobody got on them.',
    ],
    [
      'Ieva Darga has been the union’s treasurer at the Ulaan mine for eleven years.',
      'She says she has never seen a walkout this large.',
    ],
    [
      'Miss Oyun Bat has spent three nights in the union hall with her two grandchildren and a bag of bread.',
      'Bat is one of 2,100 workers whose pay stopped when the strike began.',
    ],
  ])('does not lead, nor stand as a point when it is a picture: %s', (opening, next) => {
    const points = summarizeStory([feature(opening, next)], { maxPoints: 5 }).points.map(
      (point) => point.text,
    );
    expect(points[0]).toMatch(/^About 2,100 workers/);
    if (opening.includes(' sat ')) expect(points).not.toContain(opening);
  });
  it('while a first meeting in centuries leads', () => {
    const news = doc('n', 'Rome Desk', '2013-03-23T12:00:00Z', '', [
      'Newly elected Pope Francis has met his predecessor for lunch, the first time such a meeting has been possible for more than 600 years.',
      'Pope Francis was flown by helicopter to Castel Gandolfo for the private lunch with Pope Emeritus Benedict.',
    ]);
    expect(summarizeStory([news], { maxPoints: 5 }).points[0]?.text).toMatch(/^Newly elected Pope Francis/);
  });
});

describe("a title's statement below a scene", () => {
  it('leads, when it tells the title far better than the scene above it', () => {
    const page = doc(
      'tel',
      'Tirane Ledger',
      '2027-12-09T15:05:00Z',
      'Three jailed over deadly Marsel footbridge collapse; families say sentences too light',
      [
        'Vera Lako held a photograph of her daughter against her chest as the judge read out the sentences.',
        'When the courtroom emptied, she stayed in her seat.',
        'A court in Marsel on Thursday sentenced the owner of a construction company to seven years in prison over the collapse of a footbridge that killed four people in March 2026.',
        'The judge jailed the site engineer for five years and a municipal inspector for three years.',
      ],
    );
    const record = doc(
      'rec',
      'Court Record Online',
      '2027-12-09T13:30:00Z',
      'Sentencing remarks — Petri, Koli and Gjini — Marsel, 9 December 2027',
      [
        'Unofficial translation. The original text delivered in court is the only authoritative version.',
        'At about 19:40 on 14 March 2026, the footbridge over the river gave way while some 60 people were crossing it.',
        'The companies are jointly ordered to pay 180 million lek in compensation to the families of the dead and to the injured.',
      ],
    );
    const summary = summarizeStory([page, record], { maxPoints: 3 });
    expect(summary.headline).toMatch(/^Three jailed/);
    expect(summary.points[0]?.text).toMatch(/^A court in Marsel on Thursday sentenced/);
    expect(summary.points.map((point) => point.text).join(' ')).not.toMatch(/authoritative version/);
  });
});

describe("a serial's entry", () => {
  it('heads nothing while a report can', () => {
    const report = doc(
      'r',
      'Lantern',
      '2027-12-13T09:00:00Z',
      'Two dead as overloaded sand truck brings down Veng bridge',
      [
        'A steel bridge over the Veng River collapsed on Monday morning as an overloaded sand truck was crossing it, killing two people, police said.',
        'The bridge was built in 1997.',
      ],
    );
    const blog = doc(
      'b',
      'Two Wheels Slowly',
      '2027-12-14T14:00:00Z',
      "Day 41: The bridge that wasn't there",
      [
        'I had planned to cross the Veng on the little steel bridge at about nine yesterday morning.',
        'By the time I got there, there was no bridge.',
        'Boatmen were already ferrying people across for 2,000 riel.',
      ],
    );
    expect(summarizeStory([report, blog], { maxPoints: 3 }).headline).toMatch(/^Two dead as overloaded/);
  });
});
