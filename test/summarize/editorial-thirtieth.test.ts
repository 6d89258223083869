import { articleSentences } from '../../src/shared/text/article-text';
import { describesOutlet, noteKind } from '../../src/shared/text/page-notes';
import { isDiscussionThread } from '../../src/shared/text/threads';
import { summarizeStory } from '../../src/summarize';
import { isSceneTelling } from '../../src/summarize/candidates';
import { givesAdvice, STATUS_ENTRY } from '../../src/summarize/scene-openings';
import { doc } from './fixture-doc';

// Shapes from the thirtieth round of labelled sets (test/fixtures/editorial-thirtieth).

describe("a cruise line's guest updates", () => {
  it('leave the older updates out of what a story may tell', () => {
    const page = [
      'Guest Update 3 — Saturday 29 January, 19:00 CET',
      'The health authorities have confirmed that the Castellane Vela may leave Valletta on Sunday.',
      'Guest Update 2 — Friday 28 January, 21:00 CET: 121 guests had reported symptoms; calls at Catania cancelled.',
      'Guest Update 1 — Thursday 27 January, 18:00 CET: 48 guests have reported symptoms.',
    ].join('\n\n');
    const kept = articleSentences(page).flat();
    expect(kept).toContain(
      'The health authorities have confirmed that the Castellane Vela may leave Valletta on Sunday.',
    );
    expect(kept.some((sentence) => sentence.includes('121 guests'))).toBe(false);
    expect(kept.some((sentence) => sentence.includes('48 guests'))).toBe(false);
  });
});

describe("a board's and a register's own lines", () => {
  it('are notes of the page', () => {
    expect(noteKind('Times are local (GMT+12).')).toBe('notice');
    expect(
      noteKind(
        'Data are provisional readings from low-cost sensors calibrated against reference monitors and have not been validated.',
      ),
    ).toBe('notice');
    expect(
      describesOutlet(
        'The Register lists runway overruns, veer-offs and undershoots worldwide from public sources.',
        'Overrun & Excursion Register',
      ),
    ).toBe(true);
  });
  it('while news in the same words is not', () => {
    expect(
      noteKind(
        'Times are local, officials said, because the clocks changed on Sunday and confused hundreds of passengers.',
      ),
    ).toBeNull();
    expect(
      describesOutlet(
        'The Register lists three overruns at Bonriki since 2019.',
        'Overrun & Excursion Register',
      ),
    ).toBe(false);
  });
});

describe('a community group post with action bars under its comments', () => {
  it('is a thread: its lines give no points', () => {
    const page = [
      'Valley Community Board',
      'Public group · 18.6K members',
      'Dechen Wangmo',
      '2h · 🌐',
      'Big fire on the ridge above the village since around 2 pm today.',
      'Tshering Penjor',
      'My uncle says the families in the upper village have been told to leave.',
      '1h · Like · Reply · 31',
      'Ugyen Lhamo',
      'Somebody was burning dry leaves in their field, that is how these always start.',
      '41m · Like · Reply · 9',
    ].join('\n\n');
    expect(isDiscussionThread(page)).toBe(true);
    expect(isDiscussionThread(page.replace(/Like · Reply/g, 'Share'))).toBe(false);
  });
});

describe('openings that do not lead', () => {
  it("are a road's entry on a conditions page and a column's advice", () => {
    expect(
      STATUS_ENTRY.test('CG-3 Ordino – El Serrat: CLOSED between El Serrat and the ski area from 07:00.'),
    ).toBe(true);
    expect(
      STATUS_ENTRY.test('A1 Zagreb–Split, Sveti Rok–Posedarje: open for passenger cars; closed to buses.'),
    ).toBe(true);
    expect(
      givesAdvice(
        'Schools, meanwhile, should not wait for anyone: a thermometer in every fridge costs little.',
      ),
    ).toBe(true);
  });
  it('while a report of the closure, what someone said ought to be done and what a ruling orders do lead', () => {
    expect(STATUS_ENTRY.test('The A1 motorway is closed between Sveti Rok and Posedarje.')).toBe(false);
    expect(givesAdvice('The ministry said schools should close on Monday.')).toBe(false);
    expect(givesAdvice('Kessler must pay the journalist 120,000 zloty, the court ruled on Thursday.')).toBe(
      false,
    );
  });
  it('so a report of the same road leads a story that holds both', () => {
    const story = summarizeStory([
      doc('r1', 'Route Watch', '2027-02-09T07:00:00Z', 'Current road conditions', [
        'A1 Kessel–Varna, Sveti Ivo–Posed: CLOSED to all vehicles because of bura gusts.',
        'D8 Novi–Senj: closed to lorries and vehicles with trailers.',
      ]),
      doc('r2', 'Radio Kvarn', '2027-02-09T06:30:00Z', 'Lorry driver killed as bura shuts Kessel bridge', [
        'A lorry driver was killed late last night when his truck was overturned by the bura on the Kessel Bridge.',
        'The A1 motorway is closed between Sveti Ivo and Posed for all vehicles.',
      ]),
    ]);
    expect(story.points[0]?.text).toMatch(/^A lorry driver was killed/);
  });
});

describe('an anecdote of what someone had meant to do', () => {
  it('is a scene, never a point', () => {
    expect(
      isSceneTelling(
        'Rosa Achterveld had planned to spend Thursday walking the bastions of Valletta with her husband to mark their 40th wedding anniversary.',
      ),
    ).toBe(true);
    expect(
      isSceneTelling('The government had planned to raise fuel taxes in March, but dropped the plan.'),
    ).toBe(false);
  });
});

describe("advice inside someone's reasoning", () => {
  it('is not a column telling readers what ought to be done', () => {
    expect(
      givesAdvice(
        'The administration outlined its legal reasoning for why the bear should be listed as threatened.',
      ),
    ).toBe(false);
    expect(
      givesAdvice("Parliament's health committee should ask the ministry for the laboratory results."),
    ).toBe(true);
  });
});

describe("a relief office's flash update after the wire's reports", () => {
  it('heads the story by its topic and leads with its newer toll', () => {
    const wire = [
      'NUKU’ALOFA, March 3 (OWS) - The number of people killed when a ferry caught fire off Tonga’s ‘Eua island rose to nine on Tuesday, with about 20 still missing, the national emergency office said.',
      'The ferry, the Moana Lelei, was carrying about 70 passengers and cargo when fire broke out in its engine room on Monday evening, survivors said.',
      'Thirty-eight people have been rescued, most of them by fishing boats from ‘Eua, officials said.',
      '“We are still searching the water around the island,” said police commander Sione Fifita.',
    ];
    const story = summarizeStory(
      [
        doc(
          'w1',
          'Oceania Wire Service',
          '2027-03-03T09:00:00Z',
          'UPDATE 1-Tonga ferry fire toll rises to nine',
          wire,
        ),
        doc(
          'w2',
          'Nuku’alofa Evening',
          '2027-03-03T11:00:00Z',
          '‘Eua ferry fire: nine dead as search goes on',
          wire,
        ),
        doc(
          'f1',
          'Pacific Relief Office — Tonga',
          '2027-03-04T08:00:00Z',
          'Tonga: Ferry fire off ‘Eua — Flash Update No. 3 (4 March 2027)',
          [
            'HIGHLIGHTS',
            'The confirmed death toll has risen to 14, according to the National Emergency Management Office (NEMO).',
            '38 people were rescued alive and 15 remain missing.',
            'Partners are providing psychosocial support to families and fuel for search boats.',
            'SITUATION OVERVIEW',
            'Five more bodies were recovered on 4 March along the coast of ‘Eua, NEMO reported.',
          ],
        ),
      ],
      { readAt: new Date('2027-03-05T06:00:00Z') },
    );
    expect(story.headline).toBe('Tonga: Ferry fire off ‘Eua');
    expect(story.points[0]?.text).toMatch(/^The confirmed death toll has risen to 14/);
  });
});
