import { cleanArticleText } from '../../src/shared/text/article-text';
import { junkKind } from '../../src/shared/text/page-junk';
import { summarizeStory } from '../../src/summarize/summarize-story';
import { tellsTitleCount } from '../../src/summarize/tolls';
import { doc, labelledDocs } from './fixture-doc';

// Shapes from the sixty-seventh to seventieth rounds of labelled sets (docs/summarization.md,
// "Sixty-seventh to seventieth rounds"). Outlets, people, firms and places are fictional.

describe('a glossary box ("What is a glyptodont? An extinct mammal…")', () => {
  const page = [
    'Schoolchildren found the fossil shell of a giant armadillo on a river bank near Dolores on Tuesday, the museum said.',
    'What is a glyptodont? An extinct South American mammal related to armadillos, with a rigid shell made of hundreds of bony plates.',
    'What is CCHF?',
    'CCHF is a viral disease spread mainly by ticks, which live on cattle and goats.',
    'What is happening in Quetta? Police moved into the old city on Monday, officials said.',
    'What is a carcinogen? Cancer is caused by changes in the DNA of a cell, the agency said.',
  ].join('\n\n');

  it('drops the question and an answer that does not name the thing asked about', () => {
    const text = cleanArticleText(page);
    expect(text).not.toMatch(/glyptodont|extinct South American mammal|What is CCHF/);
  });

  it('keeps an answer that names it, and a question that asks about no thing', () => {
    const text = cleanArticleText(page);
    expect(text).toMatch(/CCHF is a viral disease/);
    expect(text).toMatch(/What is happening in Quetta\? Police moved into the old city/);
    // An answer with its own subject and verb stands alone.
    expect(text).toMatch(/Cancer is caused by changes/);
  });

  it('never offers the answer as a key point', () => {
    const summary = summarizeStory(
      [
        doc('a', 'Ciencia del Plata', '2029-09-27T15:00:00Z', 'Children find glyptodont shell by river', [
          'Schoolchildren found the nearly complete fossil shell of a glyptodont on a river bank near Dolores on Tuesday, the natural history museum said.',
          'What is a glyptodont? An extinct South American mammal related to armadillos, with a rigid shell made of hundreds of bony plates.',
        ]),
      ],
      { readAt: new Date('2029-09-28T06:00:00Z') },
    );
    expect(summary.points.map((point) => point.text).join(' ')).not.toMatch(
      /An extinct South American mammal/,
    );
  });
});

describe('a firm’s statement that names the firm as its subject', () => {
  const wire = doc(
    'w',
    'Mekong Press Agency',
    '2029-10-01T09:00:00Z',
    'Vietnam’s Hoa Sen Land misses $40 million bond payment',
    [
      'Vietnamese property developer Hoa Sen Land Group said on Monday it had failed to pay 1.1 trillion dong ($40 million) due on a bond issue, sending its shares down by the daily limit.',
      'The Hanoi-based company said in a filing that the payment on its bonds had fallen due on Sept. 30.',
      '"Hoa Sen Land has faced serious cash-flow difficulties because sales slowed and approvals for several projects were delayed," the company said in the filing.',
      'Bondholders will meet on Oct. 15 to vote on a proposal to extend the bonds by two years.',
    ],
  );

  it('is shown with the firm’s name as its speaker', () => {
    const summary = summarizeStory([wire], { readAt: new Date('2029-10-02T06:00:00Z') });
    const quote = summary.points.find((point) => point.text.includes('cash-flow difficulties'));
    expect(quote?.text).toMatch(
      /,” Hoa Sen Land said in the filing\.$|," Hoa Sen Land said in the filing\.$/,
    );
  });
});

describe('"them" after a side named by its result', () => {
  it('stands for that side: the report’s opening leads', () => {
    const summary = summarizeStory(
      [
        doc('w', 'Sahel Wire', '2029-10-09T22:15:00Z', 'Mali stun Ghana 2-1 to close in on first World Cup', [
          'BAMAKO, Oct 9 (Sahel Wire) — Ibrahima Keita scored an 89th-minute penalty as Mali beat Ghana 2-1 in a World Cup qualifier on Tuesday, leaving them a draw away from a first appearance at the finals.',
          'The win put Mali top of Group C on 16 points, three ahead of Ghana with one match left.',
          'Seydou Traore headed the hosts in front from a corner in the 30th minute before Kwame Asante levelled for Ghana five minutes after halftime.',
          'Mali will qualify if they avoid defeat against Niger on Nov. 13.',
        ]),
      ],
      { readAt: new Date('2029-10-10T06:00:00Z') },
    );
    expect(summary.points[0]?.text).toMatch(
      /^Ibrahima Keita scored an 89th-minute penalty as Mali beat Ghana/,
    );
  });
});

describe('an opening scene in the past perfect after a place ("In the clubroom, someone had written…")', () => {
  it('does not lead', () => {
    // The morning's latest burst of reports (docs/summarization.md, "What a morning's summary is written from").
    const morning = new Date('2029-10-18T06:00:00Z');
    const articles = labelledDocs(
      'editorial-sixty-eighth',
      'bosnia-velez-cave-rescue',
      morning,
      new Date('2029-10-17T00:00:00Z'),
    );
    const summary = summarizeStory(articles, { readAt: morning });
    expect(articles).toHaveLength(2);
    expect(summary.points[0]?.text).toMatch(/^The last three (?:of the five )?cavers trapped/);
  });
});

// From the sixty-ninth and seventieth rounds.

describe('a newsroom signing as itself', () => {
  it('is a byline, alone or beside an update stamp', () => {
    expect(junkKind('By the Costa Verde Noticias newsroom')).toBe('byline');
    expect(junkKind('By the Costa Verde Noticias newsroom · Last updated 10:40 p.m.')).not.toBeNull();
    expect(junkKind('By the time rescuers arrived, the boat had sunk.')).toBeNull();
  });
});

describe('a transcript speaker label with the name in brackets ("HOST (Name):")', () => {
  const page = [
    'Three people died on Tuesday when a speedboat capsized off the coast near the town, officials said.',
    'HOST (Wilson Rentería): Good morning, Urabá, it is 7:30 and it is raining in Turbo.',
    'REPORTER (Kelly Mosquera, Necoclí): The captain was detained this afternoon at his home, police said.',
  ].join('\n\n');

  it('is cut, with a greeting after it, even when the name has accents or a place', () => {
    const text = cleanArticleText(page);
    expect(text).not.toMatch(/Good morning|HOST|REPORTER/);
    expect(text).toMatch(/^The captain was detained this afternoon/m);
  });
});

describe('an opening on what has always been ("For as long as there have been…", "Hundreds … have been recorded")', () => {
  it('does not lead a find’s news', () => {
    const morning = new Date('2029-10-31T06:00:00Z');
    const articles = labelledDocs('editorial-sixty-ninth', 'offaly-bog-butter-keg', morning);
    const summary = summarizeStory(articles, { readAt: morning });
    expect(summary.points[0]?.text).toMatch(
      /^A keg of butter found in an Offaly bog this summer is about 3,270 years old/,
    );
  });
});

describe('a title’s one death ("…as man killed in Co Galway")', () => {
  it('is told by the statement of who died, which leads', () => {
    const morning = new Date('2029-10-28T06:00:00Z');
    const articles = labelledDocs('editorial-sixty-ninth', 'storm-dervla-ireland-power-cuts', morning);
    const summary = summarizeStory(articles, { readAt: morning });
    expect(summary.points[0]?.text).toMatch(/a man in his seventies died when a tree fell on his car/);
  });

  it('is not read from a title that counts no death', () => {
    expect(
      tellsTitleCount('Storm leaves 196,000 without power', 'A man in his seventies died when a tree fell.'),
    ).toBe(false);
    expect(
      tellsTitleCount(
        'Storm: man killed as 196,000 lose power',
        'A man in his seventies died when a tree fell.',
      ),
    ).toBe(true);
  });
});

// From the seventy-first and seventy-second rounds.

describe('one death told twice ("A fourth person, a man from Pathankot, died…")', () => {
  it('is one point', () => {
    const morning = new Date('2029-11-26T06:00:00Z');
    // The morning's latest burst of reports, as the edition reads it.
    const articles = labelledDocs(
      'editorial-seventy-second',
      'kangra-ashapuri-ropeway-accident',
      morning,
      new Date('2029-11-25T00:00:00Z'),
    );
    const summary = summarizeStory(articles, { readAt: morning });
    const told = summary.points.filter((point) => /Pathankot[^.]*died|died[^.]*Pathankot/.test(point.text));
    expect(told).toHaveLength(1);
  });
});

describe('an opening set in a season of a year long past ("In the wet season of 1968, …")', () => {
  it('does not lead a rediscovery', () => {
    const morning = new Date('2029-11-23T06:00:00Z');
    const articles = labelledDocs(
      'editorial-seventy-first',
      'sierra-leone-gola-torrent-frog-rediscovered',
      morning,
    );
    const summary = summarizeStory(articles, { readAt: morning });
    expect(summary.points[0]?.text).not.toMatch(/^In the wet season of 1968/);
    expect(summary.points[0]?.text).toMatch(/rediscovered the Gola torrent frog/);
  });
});

describe('a quantity of what was named before as a subject ("Many have since run dry…")', () => {
  it('leans on the sentence before and does not lead', () => {
    const morning = new Date('2029-11-28T06:00:00Z');
    const articles = labelledDocs(
      'editorial-seventy-second',
      'patan-dhalachhen-hiti-restored',
      morning,
      new Date('2029-11-27T00:00:00Z'),
    );
    const summary = summarizeStory(articles, { readAt: morning });
    expect(summary.points.map((point) => point.text).join(' ')).not.toMatch(/Many have since run dry/);
  });
});
