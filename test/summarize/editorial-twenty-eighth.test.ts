import { articleSentences } from '../../src/shared/text/article-text';
import { isDiscussionThread } from '../../src/shared/text/threads';
import { withoutWireTags } from '../../src/shared/text/wire-tags';
import { summarizeStory } from '../../src/summarize';
import { doc } from './fixture-doc';

// Shapes from the twenty-eighth round of labelled sets (test/fixtures/editorial-twenty-eighth).

describe("a bulletin's items labelled by place or desk", () => {
  const bulletin = [
    'Highland Radio 101.4 — Your voice in the hills',
    'KHOLO — About 900 workers at the Kholo diamond mine stopped work this morning and blocked the road to the mine, saying the owner has not paid their annual bonus.',
    'Workers told our reporter the bonus, normally paid before Christmas, would be deferred. Police have been sent to the mine and the situation was calm this evening.',
    "MASERA — Traffic officers will close Kingsway from 8 p.m. on Friday for the New Year's Eve celebrations.",
    "FOOTBALL — The national side's friendly planned for 4 January has been moved to the city stadium.",
    'WEATHER — Thunderstorms in the lowlands this evening; cool and clear in the mountains tomorrow.',
  ];
  it('leave only the item told at most length', () => {
    const kept = articleSentences(bulletin.join('\n\n')).flat().join(' ');
    expect(kept).toMatch(/Kholo diamond mine/);
    expect(kept).toMatch(/Police have been sent to the mine/);
    expect(kept).not.toMatch(/Kingsway|friendly|Thunderstorms/);
  });
  it("a log's last entry under a heading of its own included", () => {
    const log = [
      'Police log: Wednesday, 22 December 2027',
      'PORT — Container terminal, 21 December, 23:15',
      'Police and customs officers found about 1.4 tonnes of suspected cocaine in a refrigerated container of bananas at the port. Six people were arrested, among them a customs officer.',
      'The container had arrived from Ecuador on Monday.',
      'BEACH — Slovenska plaža, 21 December, 02:40',
      'A 24-year-old man was detained after a fight outside a nightclub.',
      'TOWN — Blok 5, 21 December, 19:30',
      'Police are looking for the driver of a grey hatchback who drove off after hitting a parked van.',
    ];
    const kept = articleSentences(log.join('\n\n')).flat().join(' ');
    expect(kept).toMatch(/1\.4 tonnes/);
    expect(kept).not.toMatch(/nightclub|hatchback/);
  });
  it('while a report whose paragraphs open with places on one subject keeps them', () => {
    const report = [
      'MOKHOTLONG — About 900 workers at the Kholo diamond mine went on strike on Monday over an unpaid bonus.',
      'MASERU — The mines ministry said it would meet the union and the company on Wednesday to discuss the bonus.',
      'LONDON — Shares in the mine owner fell 4% after it said the strike at the Kholo diamond mine had halted processing.',
    ];
    expect(articleSentences(report.join('\n\n')).flat()).toHaveLength(3);
  });
});

describe("a community group's post and its comments", () => {
  const post = [
    'River Villages Noticeboard · Public group · 6.2K members',
    'Joseph Kiko ▸ Admin · 31 December at 09:10',
    'URGENT PLS SHARE!!! River at the bridge turned grey this morning after the big rain, lots of dead fish on the bank. Talk is the dam at the mine came over the top.',
    'Ellen Tova: Same at Koleula, river like cement.',
    'Dickson Pitu: Someone from the company came to the village at 8 and said stay out of the river.',
  ].join('\n\n');
  it('is a thread: its posts give no points', () => {
    expect(isDiscussionThread(post)).toBe(true);
    const release = doc('r', 'Sable Mining', '2027-12-31T12:00:00Z', 'Tailings facility overflow', [
      'Sable Mining confirms that water from the tailings storage facility at its gold mine overflowed the emergency spillway early on 31 December after exceptional rain.',
      'Operations at the mine have been suspended.',
    ]);
    const group = doc(
      'g',
      'River Villages Noticeboard',
      '2027-12-31T09:10:00Z',
      'Noticeboard',
      post.split('\n\n'),
    );
    const points = summarizeStory([release, group], { maxPoints: 5 }).points;
    expect(points.some((point) => point.text.includes('Talk is the dam'))).toBe(false);
  });
  it('while a report that names a public group is none', () => {
    const report = [
      'A Public group · 200 members page was set up by residents, the council said.',
      'The council will meet on Monday.',
    ].join('\n\n');
    expect(isDiscussionThread(report)).toBe(false);
  });
});

describe("a wire's keyword slug and a notice's code", () => {
  const wire = doc(
    'w',
    'Vardar Wire',
    '2027-12-29T10:00:00Z',
    'N.MACEDONIA-POLLUTION/SKOPJE: Skopje makes buses free, bans trucks as smog reading hits 412',
    [
      'Skopje declared an air-pollution alert on Wednesday, making city buses free and banning heavy trucks from the centre.',
      'The mayor said the measures would stay until at least Sunday.',
    ],
  );
  it('are no words of a headline', () => {
    expect(withoutWireTags(wire.title ?? '')).toBe(
      'Skopje makes buses free, bans trucks as smog reading hits 412',
    );
    expect(summarizeStory([wire], { maxPoints: 3 }).headline).toMatch(/^Skopje makes buses free/);
  });
  it("and a notice's code is no headline: its text heads it", () => {
    const notice = doc('n', 'AeroNotice', '2027-12-29T11:00:00Z', 'MSLP A1187/27', [
      'The aerodrome is closed because of a disabled aircraft on the runway, the civil aviation authority said.',
      'All traffic except emergency flights is not permitted until an estimated 03:00 UTC.',
    ]);
    const headline = summarizeStory([notice], { maxPoints: 3 }).headline;
    expect(headline).not.toBe('MSLP A1187/27');
    expect(headline).not.toMatch(/A1187/);
  });
});

describe("a column's opening on how a stretch of time went for someone", () => {
  it('does not lead', () => {
    const column = doc('c', 'Reefline Weekly', '2028-01-01T09:00:00Z', "Sable's week: a strike and a spill", [
      'For Sable Ridge Resources, 2027 ended with both of its mines shut.',
      'The London-listed miner suspended operations at its Tinahula gold mine after its tailings facility overflowed into the Tinahula River early on New Year’s Eve.',
      'Villages downstream have been told not to drink, wash or fish in the river.',
    ]);
    const points = summarizeStory([column], { maxPoints: 3 }).points.map((point) => point.text);
    expect(points[0]).toMatch(/^The London-listed miner suspended operations/);
  });
});
