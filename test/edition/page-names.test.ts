import { sameEventGroups } from '../../src/edition/same-event';
import { type Page, pagedCandidate } from '../summarize/fixture-doc';

// One page of an event as a story of its own (docs/clustering.md, "One story per event"): a tour
// operator's notice names the event's crater, village and province only in its body, so neither
// its headline nor its points tell the event. Outlets, people and places
// are fictional.

const craterReports: Page[] = [
  {
    title: 'Burning crater at Kelmyrat put out after 50 years',
    paragraphs: [
      'The gas fire at the Kelmyrat crater in Sorvan province has gone out after engineers diverted the gas through eleven new wells, the state energy agency said on Monday.',
      'Satellite images have shown no heat at the site since late October.',
      'Officials in Sorvan said the village of Tashbel would lose most of its tourist trade.',
    ],
  },
  {
    title: 'Sorvan crater no longer burns',
    paragraphs: [
      'The Kelmyrat crater, which has burned since the 1970s, is dark for the first time in half a century.',
      'Guesthouses in Tashbel said bookings for the winter had already been cancelled.',
    ],
  },
];

const notice: Page = {
  title: 'Important change to your departure: Steppe Republics tour (11 November)',
  paragraphs: [
    'Dear traveller, we are writing about your coming departure.',
    'The Kelmyrat crater fire in Sorvan province has been put out, so the night camp at the rim will not go ahead.',
    'Night 3 moves to a guesthouse in Tashbel, with the same dinner under the stars.',
    'Your tour leader will share the new timings at the welcome meeting.',
  ],
};

const noticeStory = (outlets = 1) =>
  pagedCandidate(
    notice.title,
    ['Your tour leader will share the new timings at the welcome meeting.'],
    [notice],
    outlets,
  );

const otherEvent = pagedCandidate(
  'Dockworkers strike at Port Verrin over pay',
  ['Dockworkers at Port Verrin walked out on Monday over a pay offer of 3 percent.'],
  [
    {
      title: 'Dockworkers strike at Port Verrin over pay',
      paragraphs: [
        'Dockworkers at Port Verrin walked out on Monday over a pay offer of 3 percent, the Harbour Workers Union said.',
      ],
    },
  ],
);

describe("a single outlet's page whose names lead to one story of the morning", () => {
  it('joins that story, though its headline and points share nothing with it', () => {
    const crater = pagedCandidate(
      'Burning crater at Kelmyrat put out after 50 years',
      [
        'The gas fire at the Kelmyrat crater in Sorvan province has gone out after engineers diverted the gas through eleven new wells.',
      ],
      craterReports,
    );
    expect(sameEventGroups([crater, otherEvent, noticeStory()])).toEqual([[0, 2], [1]]);
  });

  it('stays a story of its own when the names it shares are fewer than half of its own', () => {
    // The village is another event's: a story of a flood at Tashbel names it, not the crater.
    const flood = pagedCandidate(
      'Flash flood cuts the road to Tashbel',
      ['A flash flood cut the only road to Tashbel in Sorvan province on Sunday.'],
      [
        {
          title: 'Flash flood cuts the road to Tashbel',
          paragraphs: [
            'A flash flood cut the only road to Tashbel in Sorvan province on Sunday, stranding 40 families.',
          ],
        },
        {
          title: 'Tashbel families stranded',
          paragraphs: ['Forty families in Tashbel, Sorvan province, waited for rescue boats on Monday.'],
        },
      ],
    );
    expect(sameEventGroups([flood, otherEvent, noticeStory()])).toEqual([[0], [1], [2]]);
  });

  it('stays a story of its own when two stories share its names equally', () => {
    const crater = pagedCandidate(
      'Burning crater at Kelmyrat put out',
      ['The Kelmyrat fire is out.'],
      craterReports,
    );
    const visitors = pagedCandidate(
      'Visitors turned away from the Kelmyrat crater',
      ['Tour groups were turned back at the Kelmyrat crater rim on Tuesday.'],
      [
        {
          title: 'Visitors turned away from the Kelmyrat crater',
          paragraphs: [
            'Tour groups from Tashbel were turned back at the Kelmyrat crater rim in Sorvan province on Tuesday.',
          ],
        },
        {
          title: 'Kelmyrat rim closed',
          paragraphs: ['Rangers closed the Kelmyrat rim to visitors from Tashbel and the rest of Sorvan.'],
        },
      ],
    );
    const groups = sameEventGroups([crater, visitors, noticeStory()]);
    expect(groups.find((group) => group.includes(2))).not.toContain(0);
  });

  it('is read only for a page of one outlet: two outlets are the clusterer’s to join', () => {
    const crater = pagedCandidate(
      'Burning crater at Kelmyrat put out after 50 years',
      ['The gas fire at the Kelmyrat crater has gone out.'],
      craterReports,
    );
    expect(sameEventGroups([crater, otherEvent, noticeStory(2)])).toEqual([[0], [1], [2]]);
  });
});
