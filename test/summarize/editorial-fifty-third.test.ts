import { splitSentences } from '../../src/shared/text/sentences';
import { leansOutside } from '../../src/summarize/leans-outside';
import { prepareArticle } from '../../src/summarize/prepare';
import { withoutRelativeDays } from '../../src/summarize/relative-days';
import { analyzeStory, summarizeStory } from '../../src/summarize/summarize-story';
import { outdatedTitle, supersededCount } from '../../src/summarize/tolls';
import { doc } from './fixture-doc';

// Shapes from the fifty-third round of labelled sets (docs/summarization.md, "Fifty-third and
// fifty-fourth rounds").
// Outlets, people and places are fictional.

describe('a transliterated initial of two letters', () => {
  it('does not end the sentence', () => {
    expect(
      splitSentences(
        'The slab is from the ninth century, the B. Zh. Tolen Institute of History said. It weighs a tonne.',
      ),
    ).toEqual([
      'The slab is from the ninth century, the B. Zh. Tolen Institute of History said.',
      'It weighs a tonne.',
    ]);
  });

  it('still ends one after a place of two letters', () => {
    expect(splitSentences('The team played in Ho. Then it rained.')).toEqual([
      'The team played in Ho.',
      'Then it rained.',
    ]);
  });
});

describe("an analysis's preamble", () => {
  const report = doc(
    'r',
    'Caspian Wire',
    '2029-05-02T08:00:00Z',
    'Assembly removes Darvaz mayor over land deals',
    [
      'The regional assembly on Wednesday removed Darvaz mayor Rustam Aliyev over the sale of city land to his relatives, by 44 votes to 9.',
      'Aliyev said he would appeal to the Supreme Court.',
      'His deputy, Nigora Saidova, will run the city until an election in September.',
    ],
  );
  const analysis = doc(
    'a',
    'Steppe Review',
    '2029-05-03T09:00:00Z',
    'Darvaz mayor falls, and the experiment with elected mayors faces its test',
    [
      'When the country adopted its new charter in 2011, it promised to move power out of the capital.',
      'Parks, buses, markets and water were handed to elected mayors and their councils, with a share of the budget.',
      'The councils have since built parks, but they have also learned to fight their mayors over the same purse.',
      'On Wednesday, the regional assembly removed Darvaz mayor Rustam Aliyev over the sale of city land to his relatives.',
      'Aliyev has called the vote a coup and said he would appeal.',
    ],
  );

  it('does not lead the story, however recent its piece', () => {
    const summary = summarizeStory([report, analysis], { readAt: new Date('2029-05-04T06:00:00Z') });
    expect(summary.points[0]?.text).toMatch(/removed Darvaz mayor Rustam Aliyev/);
  });
});

describe('a count told as the subject of a rise', () => {
  const first = doc(
    'a',
    'Balkh Tribune',
    '2029-05-07T14:00:00Z',
    'Five confirmed with Congo fever in Mazar',
    [
      'Five people, including two nurses of the provincial hospital, have tested positive for Crimean-Congo haemorrhagic fever, the health department said on Monday.',
      'The first patient was a sheep trader who fell ill last week.',
    ],
  );
  const radio = doc(
    'b',
    'Oxus Radio',
    '2029-05-09T07:00:00Z',
    'Doctors warn of shortages as Congo fever cases rise to eight',
    [
      'Confirmed cases of Crimean-Congo haemorrhagic fever in Mazar have risen to eight and a second patient has died.',
      'Doctors say they lack gloves and gowns.',
    ],
  );
  const latest = doc(
    'c',
    'Amu Daily',
    '2029-05-11T18:00:00Z',
    'Mazar closes livestock markets as Congo fever cases reach 12',
    [
      'Every spring, as flocks come down from the hills to the markets of Mazar, doctors brace for the tick season.',
      'This year the virus reached the wards first.',
      'The number of confirmed Crimean-Congo haemorrhagic fever cases in Mazar rose to 12 on Friday and a third patient died, the health department said.',
      'The city has closed its informal livestock markets.',
    ],
  );

  it('is out of date once a newer report gives another figure', () => {
    const { model } = analyzeStory([first, radio, latest]);
    const at = (start: string) => model.sentences.findIndex((sentence) => sentence.text.startsWith(start));
    expect(supersededCount(model, at('Five people'))).toBe(true);
    expect(supersededCount(model, at('Confirmed cases'))).toBe(true);
    expect(supersededCount(model, at('The number of confirmed'))).toBe(false);
  });

  it("lets the statement giving its title's count lead", () => {
    const summary = summarizeStory([first, radio, latest], { readAt: new Date('2029-05-12T06:00:00Z') });
    expect(summary.points[0]?.text).toMatch(/rose to 12 on Friday/);
  });
});

describe('a figure a newer report tells back', () => {
  const wire = doc(
    'a',
    'Danube Wire',
    '2029-05-14T07:00:00Z',
    'Fire hits battery plant in Szeged, five hurt',
    ['A fire broke out early on Monday at a battery plant in Szeged, injuring five workers, officials said.'],
  );
  const tv = doc('b', 'Alföld TV', '2029-05-15T10:00:00Z', '', [
    'Ten people have now been injured in the fire at the battery plant in Szeged, after more workers went to hospital on Tuesday, officials said.',
  ]);
  const analysis = doc(
    'c',
    'Cell Industry Weekly',
    '2029-05-16T09:00:00Z',
    'The Szeged fire and the charging hall',
    [
      'The injury count has grown since Monday morning, when five people were reported hurt.',
      'Fires in charging halls are the industry’s oldest worry.',
    ],
  );

  it('does not make the newer count out of date', () => {
    const { model } = analyzeStory([wire, tv, analysis]);
    const at = (start: string) => model.sentences.findIndex((sentence) => sentence.text.startsWith(start));
    expect(supersededCount(model, at('Ten people'))).toBe(false);
    expect(supersededCount(model, at('A fire broke out'))).toBe(true);
  });

  it('leaves a title out of date whether it says hurt or injured', () => {
    const { model, titles } = analyzeStory([wire, tv, analysis]);
    expect(outdatedTitle(model, titles[0] ?? '', 0)).toBe(true);
  });
});

describe('a part of a count', () => {
  const first = doc('a', 'Lake Wire', '2029-05-20T06:00:00Z', 'Quake injures 31 near Lake Sevan', [
    'A magnitude 5.1 earthquake struck near Lake Sevan before dawn on Sunday, injuring 31 people, officials said.',
  ]);
  const later = doc('b', 'Sevan Today', '2029-05-20T18:00:00Z', 'Sevan quake: cleanup begins', [
    'Six of the injured were taken to hospital, two of them with fractures.',
  ]);

  it('does not replace the count', () => {
    const { model } = analyzeStory([first, later]);
    expect(supersededCount(model, 0)).toBe(false);
  });
});

describe('a sentence that only says who announced the news', () => {
  it('leans on the news told before it', () => {
    const text = 'The Ministry of Natural Resources announced the find on Tuesday.';
    expect(leansOutside(text, text)).toBe(true);
  });

  it('stands when it says what was announced', () => {
    const text = 'The ministry announced the decision to close all schools in the district on Tuesday.';
    expect(leansOutside(text, text)).toBe(false);
  });
});

describe('a title made from the text', () => {
  const radio = {
    ...doc(
      'r',
      'Delta Radio',
      '2029-05-24T20:00:00Z',
      'The death toll from the tornado in Amory has risen to four.',
      [
        'The death toll from the tornado in Amory has risen to four.',
        'A 70-year-old man died on Thursday from injuries he suffered when his house collapsed.',
      ],
    ),
    titleDerived: true,
  };

  it('keeps its sentence in the text', () => {
    expect(prepareArticle(radio, 0).sentences[0]?.text).toBe(
      'The death toll from the tornado in Amory has risen to four.',
    );
  });

  it('leaves a real title’s repeated first line out', () => {
    const titled = { ...radio, titleDerived: false };
    expect(prepareArticle(titled, 0).sentences[0]?.text).toMatch(/^A 70-year-old man/);
  });
});

describe("an argument's setup", () => {
  it('is no point', () => {
    for (const text of [
      'For most of the people on the city payroll, the question about the new council is not who holds which office.',
      'The most important number in the steelworks deal is not the 9 billion rand on the press release.',
    ])
      expect(leansOutside(text, text)).toBe(true);
  });

  it('leaves a count not yet known', () => {
    const text = 'The number of people still missing is not yet known, the fire service said.';
    expect(leansOutside(text, text)).toBe(false);
  });
});

describe('a relative day that is a verb’s object', () => {
  it('stays, so the point reads whole', () => {
    expect(
      withoutRelativeDays('About 200 people will spend tonight away from their homes, the mayor said.'),
    ).toBe('About 200 people will spend tonight away from their homes, the mayor said.');
    expect(withoutRelativeDays('The minister resigned last night after a row over the budget.')).toBe(
      'The minister resigned after a row over the budget.',
    );
  });
});

describe('people out of their homes', () => {
  const first = doc('a', 'Volcano Wire', '2029-05-26T08:00:00Z', 'Quake shakes Ischia', [
    'Engineers had checked 30 buildings by Friday afternoon, and about 300 people are out of their homes, the town said.',
  ]);
  const later = doc(
    'b',
    'Tyrrhenian 24',
    '2029-05-27T12:00:00Z',
    'Emergency declared as 900 left homeless on Ischia',
    ['About 900 people are out of their homes on Ischia, officials said on Saturday.'],
  );

  it('are one count, whether homeless or out of their homes', () => {
    const { model } = analyzeStory([first, later]);
    expect(supersededCount(model, 0)).toBe(true);
    expect(supersededCount(model, 1)).toBe(false);
  });
});
