import { junkKind } from '../../src/shared/text/page-junk';
import { doc, pointsAt } from './fixture-doc';

// Shapes from the hundred-and-twenty-seventh round (docs/summarization.md, "Hundred-and-twenty-seventh
// round"), read after it was run on the day's rules. Roads and places are real settings; the lines are invented.

describe('a road’s works under its label, with the hours', () => {
  it('are a traffic widget’s line', () => {
    expect(
      junkKind(
        'Sea to Sky Highway: Hwy 99 single-lane alternating traffic at Porteau Cove for paving, 7 p.m. to 6 a.m.',
      ),
    ).toBe('notice');
    expect(junkKind('I-35 southbound: right lane closed at Exit 12 for bridge work, 9 p.m. to 5 a.m.')).toBe(
      'notice',
    );
  });

  it('but a closure told as news, under a breaking label or with what caused it, is not', () => {
    expect(junkKind('BREAKING: I-5 closed in both directions from 7 p.m. to 6 a.m.')).toBeNull();
    expect(junkKind('Police: the highway was closed after a crash from 7 p.m. to 6 a.m.')).toBeNull();
    expect(
      junkKind('The bridge will be closed to traffic from 9 p.m. to 5 a.m., the ministry said.'),
    ).toBeNull();
  });
});

describe('a day and its hour, then “he”, with no comma', () => {
  it('leaves a point that does not say who he is', () => {
    const radio = doc(
      'r',
      'Valley Public Radio',
      '2031-08-09T18:00:00Z',
      'Sweet Creek sawmill to close, taking 186 jobs with it',
      [
        'Dale Hixon has worked at the Sweet Creek sawmill for 31 years.',
        'On Friday afternoon he stood in the mill’s break room with about 150 co-workers and listened to a manager read from a single sheet of paper.',
        'Cedar Ridge Lumber will close the mill in October, cutting 186 jobs, the company said in a memo to workers.',
        'The company blamed high log costs and weak lumber prices.',
      ],
    );
    expect(pointsAt([radio], '2031-08-10T06:00:00Z')).not.toContain(
      'On Friday afternoon he stood in the mill’s break room with about 150 co-workers and listened to a manager read from a single sheet of paper.',
    );
  });
});
