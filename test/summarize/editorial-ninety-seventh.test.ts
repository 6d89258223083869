import { articleSentences } from '../../src/shared/text/article-text';
import { junkKind } from '../../src/shared/text/page-junk';
import { withoutPageKind } from '../../src/shared/text/wire-tags';
import { statedCounts } from '../../src/summarize/counts';
import { opensAsFeature } from '../../src/summarize/feature-openings';
import { namedOwnVoice } from '../../src/summarize/own-voice';
import { opensAsScene } from '../../src/summarize/scene-openings';
import { analyzeStory, summarizeStory } from '../../src/summarize/summarize-story';
import { creditedWire } from '../../src/summarize/wire-credit';
import { doc, morningPoints, pointsAt } from './fixture-doc';

// Shapes from the ninety-seventh and ninety-eighth rounds of labelled sets and the rounds before them
// (docs/summarization.md, "Ninety-seventh and ninety-eighth rounds"). Outlets, people, firms and
// places are fictional.

describe('an opening dated a week or more before its article', () => {
  const page = (opening: string) =>
    doc(
      'u1',
      'Lakeside University',
      '2030-05-20T09:00:00Z',
      'Researchers record rapid retreat of Sorvik glacier',
      [
        opening,
        'Comparing the images with satellite data, the team estimates that the Sorvik glacier has lost about 800 metres of its tongue since April.',
        'The regional emergencies office said on Monday it would send a team to check the lake that has formed below the ice.',
      ],
    );

  const readsAsScene = (opening: string): boolean => opensAsScene(analyzeStory([page(opening)]).model, 0);

  it('does not lead: the anecdote a feature opens on', () => {
    const opening =
      'On the morning of 3 May, a camera bolted to a rock above the Sorvik valley sent back a picture that its operators at first took for a fault.';
    expect(readsAsScene(opening)).toBe(true);
    expect(pointsAt([page(opening)], '2030-05-21T06:00:00Z')[0]).toMatch(/^Comparing the images/);
  });

  it.each([
    'On May 9, a camera above the Sorvik valley sent back a picture of the glacier front.',
    // Written with its year, the day of the year before.
    'On 18 May 2029, a camera above the Sorvik valley sent back a picture of the glacier front.',
    // A weekday of a month: the last Friday of April 2030 was the 26th.
    'On the last Friday of April, a woman in Sorvik noticed that the stream behind her house had turned grey.',
    'On the first Monday of May, a farmer in Sorvik noticed that the stream behind his house had turned grey.',
  ])('is an anecdote: "%s"', (opening) => {
    expect(readsAsScene(opening)).toBe(true);
  });

  it.each([
    // Two days before the article: the day the report tells.
    'On 18 May, a camera above the Sorvik valley recorded the collapse of a 40-metre section of the glacier front, the university said.',
    // A day after the article's in the calendar is last year's: no, the latest such day is taken.
    'On May 20, a camera above the Sorvik valley recorded the collapse of a 40-metre section of the glacier front.',
    'On Monday morning, a camera above the Sorvik valley recorded the collapse of a 40-metre section of the glacier front.',
    // The third Monday of May 2030 was the 20th, the article's day.
    'On the third Monday of May, a camera above the Sorvik valley recorded the collapse of a 40-metre section of the glacier front.',
  ])('is the news: "%s"', (opening) => {
    expect(readsAsScene(opening)).toBe(false);
    expect(pointsAt([page(opening)], '2030-05-21T06:00:00Z')[0]).toBe(opening);
  });
});

describe('a scene told before the news', () => {
  const report = (opening: string) =>
    doc('t1', 'Northern Tribune', '2030-05-11T10:00:00Z', 'Two held as Kanyama college exam papers leak', [
      opening,
      'Police in Kanyama said on Friday they had arrested two people over the leak of the college examination papers, a print-room assistant and a student.',
      'The college suspended all its examinations on Friday and said 9 papers had been shared on social media.',
    ]);

  it.each([
    // Someone named, with who they are, at a clock hour, walking somewhere.
    'At 7.30 on Friday morning, Ruth Mwale, a second-year nursing student, walked into the main hall with two pens and found the doors locked.',
    // How low the fog sat, told by what it hid.
    'The mist sat so low over the campus on Friday morning that the hall lights vanished thirty paces from the gate.',
  ])('does not lead: "%s"', (opening) => {
    expect(opensAsFeature(opening)).toBe(true);
    const points = pointsAt([report(opening)], '2030-05-12T06:00:00Z');
    expect(points[0]).toMatch(/^Police in Kanyama/);
  });

  it.each([
    // Someone who acts in the news: what she announced is what happened.
    'At 7.30 on Friday morning, Ruth Mwale, the college principal, announced that all examinations were suspended after papers leaked.',
    // How strong a storm was, told by what it did: news.
    'The storm was so strong on Friday morning that it tore the roof off the college main hall, police said.',
    // Someone named at an hour, with her age, doing what the news is.
    'At 6 a.m. on Friday, Ruth Mwale, 52, was arrested at her home in Kanyama over the leak.',
  ])('is not read as one: "%s"', (opening) => {
    expect(opensAsFeature(opening)).toBe(false);
  });
});

describe("a subscription's price put to the reader", () => {
  it.each([
    'Subscribe from Rs 175 a month.',
    'Join for just $1 a week and get every story.',
    'Become a member from €4.99 per month',
    'Sign up from KSh 300 a week.',
    'Subscribe for 2,500 kwacha per month',
  ])('is a prompt: "%s"', (line) => {
    expect(junkKind(line)).toBe('prompt');
  });

  it.each([
    'Register by Friday for the marathon, which costs 20 euros a day.',
    'Subscribers pay 175 rupees a month for the printed paper, up from 150.',
    'Join the protest on Saturday, organisers said, after fares rose to $2 a day.',
  ])('is not furniture: "%s"', (line) => {
    expect(junkKind(line)).toBeNull();
  });
});

describe('a title a body writes of itself', () => {
  const ngo = doc(
    'n1',
    'Karst Basin Watch',
    '2030-04-02T08:00:00Z',
    'We call for independent water tests at Dolna',
    [
      'Karst Basin Watch calls for independent water testing at the site of Friday’s chemical train derailment near Dolna.',
      'According to official figures, 12 of the 20 derailed wagons spilled their load, and 140 tonnes had been collected by Saturday.',
    ],
  );
  const paper = doc(
    'p1',
    'Dolna Courier',
    '2030-04-02T07:00:00Z',
    'Chemical clean-up goes on near Dolna after derailment',
    [
      'Crews were still collecting spilled fertiliser near Dolna on Saturday, a day after 20 wagons of a freight train derailed.',
      'Officials said the spill posed no danger to the village’s water supply.',
    ],
  );

  it("steps aside for a report's title", () => {
    const story = summarizeStory([ngo, paper], { maxPoints: 3, readAt: new Date('2030-04-03T06:00:00Z') });
    expect(story.headline).toBe('Chemical clean-up goes on near Dolna after derailment');
  });

  it('heads its story when it is the only title', () => {
    const story = summarizeStory([ngo], { maxPoints: 3, readAt: new Date('2030-04-03T06:00:00Z') });
    expect(story.headline).toBe('We call for independent water tests at Dolna');
  });
});

describe("a programme's transcript label before its topic", () => {
  it.each([
    ['Morning Show transcript: Dilan hikers found alive', 'Dilan hikers found alive'],
    ['Transcript: Minister resigns over port contract', 'Minister resigns over port contract'],
  ])('goes from "%s"', (title, topic) => {
    expect(withoutPageKind(title)).toBe(topic);
  });

  it.each(['Court releases transcript of pilot’s last call', 'Transcript shows minister knew of the leak'])(
    'stays in "%s"',
    (title) => {
      expect(withoutPageKind(title)).toBe(title);
    },
  );
});

describe("an outbreak's cases told as people who fell ill", () => {
  it.each([
    [
      'The number of children who fell ill after a school lunch in Dalstrom rose to 58 on Tuesday.',
      '58 cases',
    ],
    ['Forty people fell ill after the wedding dinner, health officials said.', '40 cases'],
    ['As of 16:00 on Tuesday, 64 children had sought medical care after eating the lunch.', '64 cases'],
    ['The number of people poisoned by the turtle meat rose to 64.', '64 cases'],
  ])('counts "%s"', (text, count) => {
    expect(statedCounts(text)).toContain(count);
  });

  it.each([
    'Forty families sought help from the council after the flood.',
    'The 12 workers who fell from the scaffold were taken to hospital.',
  ])('counts no cases in "%s"', (text) => {
    expect(statedCounts(text).filter((pair) => pair.endsWith(' cases'))).toEqual([]);
  });
});

describe("a body's page in the first person", () => {
  it.each([
    [
      'More than 1,100 members of our union at the Dalstrom plant stopped work this morning.',
      "Dalstrom Chemical Workers' Union",
      'More than 1,100 members of the union at the Dalstrom plant stopped work this morning.',
    ],
    [
      "Our federation's fact-finding team visited the factory on Monday evening.",
      "Lowland Knitwear Workers' Federation (Facebook page)",
      "The federation's fact-finding team visited the factory on Monday evening.",
    ],
  ])('names the body by its kind: "%s"', (text, outlet, named) => {
    expect(namedOwnVoice(text, outlet)).toBe(named);
  });

  it.each([
    // A paper's "our city" is the paper's readers', no body of its name.
    ['Traffic in our city was halted for three hours on Monday.', 'Dalstrom Times'],
    // The body's name ends in another kind than the sentence says.
    ['Our members voted to strike on Monday.', "Dalstrom Chemical Workers' Union"],
  ])('leaves "%s" as written', (text, outlet) => {
    expect(namedOwnVoice(text, outlet)).toBe(text);
  });

  it("leads the union page's story with the stoppage it reports", () => {
    const page = doc(
      'u1',
      "Dalstrom Chemical Workers' Union",
      '2030-03-02T07:30:00Z',
      'Stoppage at Norvik Chemicals',
      [
        'More than 1,100 members of our union at Norvik Chemicals in Dalstrom stopped work at the start of the morning shift today.',
        'They are demanding payment of bonuses that are three months overdue.',
        'The stoppage will continue until management signs a written agreement.',
        'Safety crews remain on duty in the ammonia units, as the law and our agreement with management require.',
      ],
    );
    expect(pointsAt([page], '2030-03-03T06:00:00Z')[0]).toMatch(
      /^More than 1,100 members of the union at Norvik/,
    );
  });
});

describe("a recap's label over a sentence of news", () => {
  it.each([
    [
      'Summary: A glacial flood from Sorvikjökull has been running down the Kald river since early Friday.',
      'A glacial flood',
    ],
    ['Update: The toll has risen to 12, the civil protection agency said.', 'The toll has risen'],
  ])('goes from "%s"', (sentence, opening) => {
    const [[kept] = []] = articleSentences(sentence);
    expect(kept).toMatch(new RegExp(`^${opening}`));
  });

  it('stays on a label of something else', () => {
    const sentence = 'Sorvik: The toll has risen to 12, the civil protection agency said.';
    expect(articleSentences(sentence)[0]?.[0]).toBe(sentence);
  });
});

describe("a page's section before its stamp", () => {
  it.each(['ALERT | 11 October 2030', 'WORLD | 11 October 2030'])('is no wire in "%s"', (line) => {
    expect(
      creditedWire(
        `${line}\nThe last thing viewers of the broadcast heard on Thursday was her own voice, calm and steady.`,
      ),
    ).toBeNull();
  });

  it("still reads a wire's initials there", () => {
    expect(
      creditedWire('GSA | 10 Oct 2028 01:15\nThe toll rose to 12 on Monday, officials said in a statement.'),
    ).toBe('GSA');
  });
});

describe("a programme's name and date after the topic", () => {
  it.each([
    ['Klaipėda crane strike, day two — Morning Report, 3 October 2030', 'Klaipėda crane strike, day two'],
    ['Floods close Sorvik road | Evening News, 21 July 2027', 'Floods close Sorvik road'],
  ])('goes from "%s"', (title, topic) => {
    expect(withoutPageKind(title)).toBe(topic);
  });

  it('stays when a date alone follows the topic', () => {
    expect(withoutPageKind('Strike ends at Sorvik port, 3 October')).toBe(
      'Strike ends at Sorvik port, 3 October',
    );
  });
});

describe('a scene, an anecdote or a history among the points', () => {
  const report = doc(
    's1',
    'Pacific Sentinel',
    '2030-10-12T09:00:00Z',
    'Semi-submersible off Puerto Lago carried 2,640 kg of cocaine',
    [
      'On Saturday, a full count at the naval base showed that a semi-submersible intercepted on Friday off Puerto Lago was carrying 2,640 kilograms of cocaine.',
      'For most of the last century and a half, Puerto Lago was the country’s front door on the Pacific, the place where coffee left for Europe.',
      'The three men on board were arrested and will appear before a judge on Monday, the navy said.',
      'Navy officials said the Puerto Lago seizure was the largest of its kind in the country this year.',
      'A patrol boat towed the 20-metre semi-submersible to the naval base at Puerto Lago on Friday night.',
    ],
  );

  it('comes after the news', () => {
    const points = pointsAt([report], '2030-10-13T06:00:00Z');
    expect(points).toHaveLength(3);
    expect(points.some((point) => point.startsWith('For most of the last century'))).toBe(false);
  });

  it("gives way to the news in the ninety-eighth round's seizure at sea", () => {
    const points = morningPoints(
      'editorial-ninety-eighth',
      'guatemala-puerto-san-jose-semisubmersible',
      '2030-10-13T06:00:00Z',
    );
    expect(points).toHaveLength(3);
    expect(points.some((point) => point.startsWith('For most of the last century'))).toBe(false);
  });

  it('is taken when the news runs out', () => {
    const short = { ...report, text: report.text.split('\n\n').slice(0, 2).join('\n\n') };
    expect(pointsAt([short], '2030-10-13T06:00:00Z')).toHaveLength(2);
  });
});
