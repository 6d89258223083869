import { junkKind } from '../../src/shared/text/page-junk';
import { summarizeStory } from '../../src/summarize';
import { doc } from './fixture-doc';

// Shapes from the forty-third round of labelled sets (docs/summarization.md, "Forty-third
// round"). Outlets, people, ships and places are fictional.

describe("a record's, a filing's and a show's standing lines", () => {
  it.each([
    'Pursuant to the Law on Securities and the Listing Rules of the Stock Exchange, Varna Builders AD hereby informs the public of the following.',
    'A certified version of this Report can be obtained from the Hansard Editor, Senate.',
    'The minutes of the Midsummer Meeting of 5th July 2028 were approved.',
    'The meeting closed at 4.12 pm.',
    'Carried without a division.',
    'Music in this episode is used with permission of Bethel Chapel and the Sound Heritage Project.',
    'THE SENATE | THE HANSARD | Thursday, 7th September, 2028 | The House met at the Senate Chamber, Parliament Buildings, at 2.30 p.m.',
    'On the line is Alina Craciun, spokeswoman for Delta Shipyards.',
    "Orvik counts the cost of Sunday's fab fire; a preview of Thursday's central bank decision; and a bubble-tea chain heads for Tokyo.",
    "This week Jake and Marta break down Dilnoza Ravshanova's 158kg clean and jerk in Tashkent, a new world record.",
  ])('are not news: %s', (line) => {
    expect(junkKind(line)).not.toBeNull();
  });

  it.each([
    'The company hereby informs shareholders that the meeting is cancelled.',
    'The meeting closed at 4.12 pm after protesters stormed the hall.',
    'The minutes of the meeting were leaked to reporters on Monday.',
    'The motion was carried without a division after a short debate.',
    'The rebels took the airport; the army retreated to the hills; and the president fled the capital on Sunday.',
    'This week the central bank raised its main rate by half a point.',
  ])('stay news: %s', (line) => {
    expect(junkKind(line)).toBeNull();
  });
});

describe('a sentence counting its time from one before it', () => {
  it('cannot lead ("Thirty years on, …")', () => {
    const lead = summarizeStory(
      [
        doc('a', 'Valley Lens', '2028-09-07T10:00:00Z', 'Court strikes down age ban', [
          'Thirty years on, the Supreme Court has struck down the latest version of that ban.',
          'A five-member bench of the Supreme Court on Wednesday quashed a 2027 directive that barred women under 35 from labour permits for domestic work abroad.',
          'The government said it would study the ruling.',
        ]),
      ],
      { maxPoints: 3 },
    ).points[0]?.text;
    expect(lead).toMatch(/^A five-member bench/);
  });
});

describe('points about the story', () => {
  const newsletter = doc(
    'n',
    'Corio Heights College',
    '2028-09-19T08:00:00Z',
    'College Newsletter — Week 10',
    [
      'All Year 10 students and the staff who teach them will be offered a short course of antibiotics at school tomorrow after a second student fell ill with meningococcal disease.',
      'Congratulations to Barwon House, who won the athletics carnival on Thursday with 1,184 points.',
      'The canteen will be closed on Friday for a deep clean of the kitchen equipment.',
    ],
  );
  const report = doc(
    'r',
    'Bay Courier',
    '2028-09-19T09:00:00Z',
    'Second meningococcal case at Corio Heights College',
    [
      'A second student at Corio Heights College has been diagnosed with meningococcal disease, the regional public health unit said on Tuesday.',
      'Close contacts, including all Year 10 students, will be given antibiotics at the school.',
      'The unit said the risk to the wider community remained low.',
      'Both students are being treated at Corio General Hospital, where one is in a serious condition.',
      'Genomic tests will show whether the two cases were caused by the same strain of the bacteria.',
      'Parents were told of the second case in a letter sent home on Monday evening.',
    ],
  );
  const points = (docs: ReturnType<typeof doc>[]) =>
    summarizeStory(docs, { maxPoints: 5 })
      .points.map((point) => point.text)
      .join(' ');

  it("leave out a page's items that no other report of the story writes of", () => {
    const text = points([newsletter, report]);
    expect(text).toMatch(/antibiotics/);
    expect(text).not.toMatch(/Barwon House|canteen/);
  });

  it('keep the points of a report beside a brief of a few sentences, which leaves most details unshared', () => {
    const brief = doc('b', 'Bay Radio', '2028-09-19T09:15:00Z', 'Second case at Corio Heights', [
      'A second student at Corio Heights College has meningococcal disease, health officials say.',
    ]);
    expect(points([newsletter, brief])).toMatch(/Barwon House/);
  });

  it('keep the points of a report that no other report tells (a page about nothing beside it)', () => {
    const archive = doc('w', 'Page Archive', '2028-09-19T09:30:00Z', 'Archived page', [
      'This page was captured by an automated crawler for an online archive service that stores web pages.',
      'The archive service keeps a copy of every captured web page for researchers and librarians.',
    ]);
    expect(points([newsletter, archive])).toMatch(/Barwon House/);
  });
});
