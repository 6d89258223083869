import { isFurniture, trimSentence } from '../../../src/shared/text/furniture';
import { articleParagraphs } from '../../../src/shared/text/paragraphs';
import { dropRepeatedParagraphs } from '../../../src/shared/text/repeated-paragraphs';
import { splitSentences } from '../../../src/shared/text/sentences';
import { contentTerms, isNegated, stem } from '../../../src/shared/text/terms';
import { isFeatureTitle } from '../../../src/shared/text/wire-tags';
import { cleanTitle } from '../../../src/summarize/headline';

describe('splitSentences', () => {
  it.each([
    [
      'U.S. Sen. John McCain, R-Ariz., spoke at a town hall. Rep. John Conyers, D-Mich., said no.',
      ['U.S. Sen. John McCain, R-Ariz., spoke at a town hall.', 'Rep. John Conyers, D-Mich., said no.'],
    ],
    [
      'Gov. Andrew Cuomo met fans at 10 a.m. Tuesday in St. Paul. It ended early.',
      ['Gov. Andrew Cuomo met fans at 10 a.m. Tuesday in St. Paul.', 'It ended early.'],
    ],
    [
      'It happened on Sept. 11, 2001 in New York. Ph.D. students from J.P. Morgan Chase & Co. joined.',
      ['It happened on Sept. 11, 2001 in New York.', 'Ph.D. students from J.P. Morgan Chase & Co. joined.'],
    ],
    ['The economy grew in the U.S. The U.K. did not.', ['The economy grew in the U.S.', 'The U.K. did not.']],
    ['He hit .340 this year, up from .298. He is 31.', ['He hit .340 this year, up from .298.', 'He is 31.']],
    [
      'Sen. Lindsey Graham (R-S.C.) asked him to testify. He agreed.',
      ['Sen. Lindsey Graham (R-S.C.) asked him to testify.', 'He agreed.'],
    ],
  ])('keeps abbreviations and numbers inside sentences: %s', (paragraph, expected) => {
    expect(splitSentences(paragraph)).toEqual(expected);
  });

  it('keeps a quoted question with its attribution', () => {
    expect(
      splitSentences('"Is there something wrong with it?" fan Jordan Deuschleman asked. "I did not notice."'),
    ).toEqual(['"Is there something wrong with it?" fan Jordan Deuschleman asked.', '"I did not notice."']);
  });

  it('ends a sentence after a closing quote and keeps a multi-sentence quotation whole', () => {
    expect(splitSentences('He said, "It\'s over." Then he left.')).toEqual([
      'He said, "It\'s over."',
      'Then he left.',
    ]);
    expect(
      splitSentences('“We will rebuild. No family will be left alone,” Marek said. Rain fell again.'),
    ).toEqual(['“We will rebuild. No family will be left alone,” Marek said.', 'Rain fell again.']);
  });

  it('splits a missing space after a full stop and non-Latin full stops', () => {
    expect(splitSentences('The villages were damaged.We have no reports.')).toEqual([
      'The villages were damaged.',
      'We have no reports.',
    ]);
    // A picture's alt text glued before a dateline; "U.S.ARMY" is no sentence end.
    expect(splitSentences('Ivo Marten at his studio in 2018.SERDOVA — The painter died on Tuesday.')).toEqual(
      ['Ivo Marten at his studio in 2018.', 'SERDOVA — The painter died on Tuesday.'],
    );
    expect(splitSentences('He joined the U.S.ARMY in 1990.')).toHaveLength(1);
    expect(splitSentences('東京で地震が発生した。被害は不明です。')).toEqual([
      '東京で地震が発生した。',
      '被害は不明です。',
    ]);
  });

  it('returns text exactly as written', () => {
    const paragraph = 'It will appear on Billboard.com this Thursday (Aug. 8). Fans cheered.';
    expect(splitSentences(paragraph)[0]).toBe('It will appear on Billboard.com this Thursday (Aug. 8).');
  });
});

describe('trimSentence', () => {
  it.each([
    ['DENVER (AP) — Troy Tulowitzki has a tough name.', 'Troy Tulowitzki has a tough name.'],
    ['NEW YORK, May 5 (Reuters) - Stocks rose on Monday.', 'Stocks rose on Monday.'],
    ['ST. LOUIS, Mo. — The river crested overnight.', 'The river crested overnight.'],
    ['Paris, France (CNN) -- The talks resumed.', 'The talks resumed.'],
    ['(CNN) The talks resumed on Friday.', 'The talks resumed on Friday.'],
    ['LONDON — Ministers met on Friday.', 'Ministers met on Friday.'],
    ['VELDOR, 7 December 2026 (ANW) – Police arrested a man.', 'Police arrested a man.'],
    [
      'VELDOR, JAN 19 - Averne Heavy Industries said Tuesday it won the order.',
      'Averne Heavy Industries said Tuesday it won the order.',
    ],
    ['(CNW) - VELDOR, JAN 19 - Averne Heavy said it won the order.', 'Averne Heavy said it won the order.'],
    [
      '15:05 EAT | Minister Ana Ruiz said the increase was suspended.',
      'Minister Ana Ruiz said the increase was suspended.',
    ],
    ["Veldor — Carinth's central bank cut its main rate.", "Carinth's central bank cut its main rate."],
    ['Korvin — the former minister — denied it.', 'Korvin — the former minister — denied it.'],
    ['AVERNE (Valmora), 7 December 2026 (ANW) – Nine people died.', 'Nine people died.'],
    ['PICTURE: LENA HOSKINS/TIDEWATER POST | Ambulances wait at the shaft head on Sunday.', ''],
    ['The company said profits fell. Read more: Why profits fell', 'The company said profits fell.'],
    ['Profits fell 5% in the quarter… [+2313 chars]', 'Profits fell 5% in the quarter…'],
  ])('trims %s', (raw, expected) => {
    expect(trimSentence(raw)).toBe(expected);
  });

  it('leaves a name with a party label alone', () => {
    expect(trimSentence('John Smith (R-Fla.) said the bill would pass.')).toBe(
      'John Smith (R-Fla.) said the bill would pass.',
    );
  });

  it.each([
    'Advertisement',
    'By Elena Varga and Tom Reed, Associated Press',
    'The Associated Press contributed to this report.',
    'Copyright 2026 The Associated Press. All rights reserved.',
    'FILE - In this May 24, 2016, file photo, Rep. John Conyers speaks in Washington.',
    'Sign up for our newsletter to get the best stories in your inbox.',
    'Tweet with a location',
    'Ueli Steck speaks to the media at a hotel in Kathmandu, Nepal May 30, 2016.',
    // A credit closing a sentence makes it a caption, not a sentence with a credit to trim.
    'Rescuers used boats. (Photo: Getty Images)',
    'The fans will swap jerseys. AP Photo/David Zalubowski',
  ])('drops furniture: %s', (sentence) => {
    expect(isFurniture(sentence) || trimSentence(sentence) === '').toBe(true);
  });

  it('keeps a real sentence that ends with a date', () => {
    expect(isFurniture('The law takes effect on Jan. 1, 2018.')).toBe(false);
  });
});

describe('articleParagraphs', () => {
  it('removes markup, scripts and entities and keeps paragraphs', () => {
    const paragraphs = articleParagraphs(
      '<p>Prices &amp; wages rose&nbsp;3%.</p><script>alert("x")</script><p>Unions&#39; demands grew.</p>',
    );
    expect(paragraphs).toEqual(['Prices & wages rose 3%.', "Unions' demands grew."]);
  });
});

describe('cleanTitle', () => {
  it.each([
    ['Floods kill 42 in Marovia | Reuters', 'Reuters', '', 'Floods kill 42 in Marovia'],
    ['Marovia floods: Dozens dead - BBC News', 'BBC News', '', 'Marovia floods: Dozens dead'],
    ['Biden - Xi summit ends without deal - BBC News', '', '', 'Biden - Xi summit ends without deal'],
    ['Talks collapse — The Guardian', '', '', 'Talks collapse'],
    ['Currency falls | Markets | Norland Times', 'Norland Times', '', 'Currency falls'],
    ['Rates cut again - Norland Times', '', 'https://www.norlandtimes.example/x', 'Rates cut again'],
    ['Live: Parliament votes on budget', '', '', 'Parliament votes on budget'],
    ['Ukraine war - live updates', '', '', 'Ukraine war - live updates'],
    [
      'Cyclone Marah live: Vanuatu death toll climbs as aid flights land',
      '',
      '',
      'Cyclone Marah: Vanuatu death toll climbs as aid flights land',
    ],
    [
      'Coalition crisis: premier to seek confidence vote after resignation – live',
      '',
      '',
      'Coalition crisis: premier to seek confidence vote after resignation',
    ],
    ['  Storm &amp; floods <b>hit</b> coast ', '', '', 'Storm & floods hit coast'],
    ['UPDATE 2-Stampede toll rises to 38 as injured die', '', '', 'Stampede toll rises to 38 as injured die'],
    ['REFILE-UPDATE 1-Port reopens after attack', '', '', 'Port reopens after attack'],
    [
      '(LEAD) Shipyard wins record order for 12 carriers',
      '',
      '',
      'Shipyard wins record order for 12 carriers',
    ],
    ['(2nd LD) Crane collapse toll rises to three', '', '', 'Crane collapse toll rises to three'],
    ['BREAKING: Captain hurt in crash on the N2', '', '', 'Captain hurt in crash on the N2'],
    [
      'EXCLUSIVE-Carmaker in talks to buy Spanish plant -sources',
      '',
      '',
      'Carmaker in talks to buy Spanish plant',
    ],
    [
      'Anti-war rally draws thousands in the capital',
      '',
      '',
      'Anti-war rally draws thousands in the capital',
    ],
    ['Update 2: talks resume', '', '', 'Talks resume'],
    [
      'LIVE UPDATES: Lekki building collapse — death toll rises to 16',
      '',
      '',
      'Lekki building collapse — death toll rises to 16',
    ],
    ['Quake toll rises to 41 in Van – latest updates', '', '', 'Quake toll rises to 41 in Van'],
    ['Marmarabank cyberattack: alerts', '', '', 'Marmarabank cyberattack'],
    ["Nepal's government crisis: What we know so far", '', '', "Nepal's government crisis"],
    [
      'Ras El-Tin 2-1 Nile Star (aet): Egypt Cup final – as it happened',
      '',
      '',
      'Ras El-Tin 2-1 Nile Star (aet): Egypt Cup final',
    ],
    [
      'SITUATIONAL REPORT NO. 4 re Eruption of Mt. Ulawun, West New Britain',
      '',
      '',
      'Eruption of Mt. Ulawun, West New Britain',
    ],
    [
      'Somalia: Hiiraan Riverine Floods — Situation Report No. 2 (as of 15 April 2027)',
      '',
      '',
      'Somalia: Hiiraan Riverine Floods',
    ],
    ['Tonga: Ferry fire off ‘Eua — Flash Update No. 3 (4 March 2027)', '', '', 'Tonga: Ferry fire off ‘Eua'],
    [
      'FIELD UPDATE #4: Rescue complete – 118 whales back at sea',
      '',
      '',
      'Rescue complete – 118 whales back at sea',
    ],
    ['Statement: Flight AX418, Douglas–Charles Airport', '', '', 'Flight AX418, Douglas–Charles Airport'],
    ['Storm triggers flood alerts across the south', '', '', 'Storm triggers flood alerts across the south'],
    ['Aurelio Cienfuegos obituary', '', '', 'Aurelio Cienfuegos obituary'],
    ['Ministry issues update no. 5 on floods', '', '', 'Ministry issues update no. 5 on floods'],
  ])('cleans "%s"', (title, outlet, url, expected) => {
    expect(cleanTitle(title, outlet, url)).toBe(expected);
  });
});

describe('stem', () => {
  it('reads an irregular participle as its verb, for every stage that uses the toolkit', () => {
    expect(stem('frozen')).toBe(stem('freezes'));
    expect(stem('stolen')).toBe(stem('steal'));
    expect(contentTerms('Brazil has frozen the accounts')).toEqual(
      contentTerms('Brazil freezes the accounts'),
    );
    // Not a participle: left to Porter.
    expect(stem('garden')).toBe('garden');
  });

  it('reads a Latin word with or without its accents as one word, and leaves other scripts alone', () => {
    expect(contentTerms('The Santa Brígida mine in São Paulo')).toEqual(
      contentTerms('The Santa Brigida mine in Sao Paulo'),
    );
    expect(stem('estupiñán')).toBe('estupinan');
    expect(stem('izmir'.replace('i', 'i̇'))).toBe('izmir');
    expect(stem('москва')).toBe('москва');
  });
});

describe('isNegated', () => {
  it.each([
    ['The ministry did not respond.', true],
    ['Pichler has ruled out new taxes.', true],
    ['The minister rules out an early election.', true],
    ['The court ruled on Friday that the law stands.', false],
    ['Rescuers pulled 14 miners out alive.', false],
  ])('%s → %s', (text, expected) => {
    expect(isNegated(text)).toBe(expected);
  });
});

describe('a press release dateline', () => {
  it('is cut off the sentence, and a fraction with a date is left alone', () => {
    expect(
      trimSentence(
        'BANGKOK and REYKJAVIK, Jan. 8, 2027 /NewsHarbor/ -- Ratana Foods Group announced a deal on Friday.',
      ),
    ).toBe('Ratana Foods Group announced a deal on Friday.');
    expect(trimSentence('The ratio was 3/4 on Jan. 8, 2027 in Paris, officials said.')).toBe(
      'The ratio was 3/4 on Jan. 8, 2027 in Paris, officials said.',
    );
  });
});

describe("a release's own furniture inside a sentence", () => {
  it('cuts a place-and-date dateline, the defined names and the ticker, and leaves titles in brackets', () => {
    expect(
      trimSentence(
        'Doha, 7 July 2027 – Zahrat Energy Q.P.S.C. (“Zahrat Energy” or “the Company”) announces that the Company has suspended exports.',
      ),
    ).toBe('Zahrat Energy Q.P.S.C. announces that the company has suspended exports.');
    expect(trimSentence('Muscat, Oman, July 8, 2027: Sorabit Corp. (KRX: 391720) signed the deal.')).toBe(
      'Sorabit Corp. signed the deal.',
    );
    expect(trimSentence('Umbila proposed to buy Kgalagadi (the “Proposed Transaction”) in May.')).toBe(
      'Umbila proposed to buy Kgalagadi in May.',
    );
    const kept = [
      'Doha, the capital, sweltered on Monday.',
      'The script is by Peter Morgan ("The Queen" and "Frost/Nixon"), who wrote it in 2009.',
      'The Group of Seven met in Rome (UPDATE: later moved) on Monday.',
      'Ministers of the Bank of England met.',
    ];
    for (const sentence of kept) expect(trimSentence(sentence)).toBe(sentence);
  });
});

describe('dropRepeatedParagraphs', () => {
  it("drops a feed's standing paragraphs but keeps a credit line repeated under every reprint", () => {
    const texts = ['Floods hit Serdova.', 'A bridge fell in Veldor.', 'Talks resumed in Valmora.'].map(
      (news) =>
        ['By TWS', news, 'Disclaimer: This story has been published from a wire agency feed.'].join('\n\n'),
    );
    expect(dropRepeatedParagraphs(texts)).toEqual([
      'By TWS\n\nFloods hit Serdova.',
      'By TWS\n\nA bridge fell in Veldor.',
      'By TWS\n\nTalks resumed in Valmora.',
    ]);
  });
});

describe('a feature, an explainer or a column by its title', () => {
  it.each([
    ['Explained in 60 seconds: the Dominica runway crash', true],
    ['Greece blackout: What we know so far about the outage', true],
    ['Inside the rescue at Puponga', true],
    ['[Column] Sorabit is cutting the wrong people', true],
    ['Sorabit to cut 1,350 jobs after data breach', false],
  ])('reads "%s"', (title, expected) => {
    expect(isFeatureTitle(title)).toBe(expected);
  });
});
