import { checkCitations } from '../../src/eval/citation-check';
import type { ContentDoc } from '../../src/shared/types';
import { summarizeStory } from '../../src/summarize/index';
import { FLOODS } from './fixtures';

const doc = (id: string, text: string, extra: Partial<ContentDoc> = {}): ContentDoc => ({
  id,
  title: '',
  text,
  publishedAt: null,
  outlet: '',
  url: '',
  ...extra,
});

describe('hostile input', () => {
  it('strips HTML remnants and scripts from points and headline', () => {
    const summary = summarizeStory(
      [
        doc(
          'h1',
          '<div class="body"><p>The council approved the new tram line on Tuesday after a two-year debate.</p>' +
            '<script>document.write("<p>Injected text that must never appear in an email.</p>")</script>' +
            '<p>Construction of the &ldquo;green line&rdquo; will start in June and cost &euro;400 million.</p>' +
            '<img src="x" onerror="alert(1)"><p>Residents along the route will be consulted on &amp; compensated for noise.</p></div>',
          { title: '<b>Council backs tram</b> &amp; budget | City Post' },
        ),
      ],
      { maxPoints: 5 },
    );
    const all = [summary.headline, ...summary.points.map((point) => point.text)].join('\n');
    expect(all).not.toMatch(/<|>|script|Injected|onerror|&amp;|&ldquo;/);
    expect(summary.headline).toBe('Council backs tram & budget');
    expect(summary.points.some((point) => point.text.includes('“green line”'))).toBe(true);
  });

  it('handles a huge article quickly and within limits', () => {
    const paragraph =
      'The regional assembly debated the water bill for another day as farmers protested outside. ' +
      'Officials said the reservoir stood at 31 percent of capacity, the lowest level in a decade. ';
    const huge = `${paragraph}\n\n`.repeat(20_000);
    const started = Date.now();
    const summary = summarizeStory([doc('big', huge), ...FLOODS], { maxPoints: 5 });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(summary.points.length).toBeGreaterThanOrEqual(3);
    expect(summary.points.length).toBeLessThanOrEqual(5);
  });

  it('returns an empty summary for empty, blank and missing text', () => {
    const empty = summarizeStory([doc('e1', ''), doc('e2', '   \n\n  '), doc('e3', '<p></p>')], {
      maxPoints: 5,
    });
    expect(empty.points).toEqual([]);
    expect(empty.headline).toBe('');
    expect(empty.outletCount).toBe(3);
    expect(summarizeStory([], { maxPoints: 5 }).points).toEqual([]);
    expect(summarizeStory([], { maxPoints: 5 }).singleSource).toBe(false);
    const missing = {
      id: 'm1',
      title: 'Only a title here - BBC News',
      outlet: 'BBC News',
    } as unknown as ContentDoc;
    const titled = summarizeStory([missing], { maxPoints: 5 });
    expect(titled.headline).toBe('Only a title here');
    expect(titled.singleSource).toBe(true);
  });

  it('summarizes non-Latin text without throwing and cites its sources', () => {
    const articles = [
      doc(
        'zh',
        '东京周一发生强烈地震，至少十人受伤。当局说，地铁服务已经暂停，数千名乘客滞留在车站。气象厅警告说，未来几天可能发生余震。',
        { outlet: 'Xinhua' },
      ),
      doc(
        'ru',
        'В понедельник в Токио произошло сильное землетрясение, пострадали не менее десяти человек. Власти приостановили работу метро. Метеорологическое агентство предупредило о возможных повторных толчках в ближайшие дни.',
        { outlet: 'TASS' },
      ),
      doc(
        'ar',
        'ضرب زلزال قوي طوكيو يوم الاثنين وأصيب ما لا يقل عن عشرة أشخاص. وقالت السلطات إن خدمة المترو توقفت. وحذرت وكالة الأرصاد من هزات ارتدادية في الأيام المقبلة.',
        { outlet: 'Al Jazeera' },
      ),
    ];
    const summary = summarizeStory(articles, { maxPoints: 5 });
    expect(summary.outletCount).toBe(3);
    expect(summary.points.length).toBeGreaterThan(0);
    const report = checkCitations(articles, summary.points);
    expect(report.points).toBe(summary.points.length);
  });

  it('drops duplicate article ids and ignores invalid dates', () => {
    const [first] = FLOODS;
    if (first === undefined) throw new Error('fixture missing');
    const summary = summarizeStory(
      [first, first, { ...first, id: 'bad-date', publishedAt: new Date('nope') }],
      { maxPoints: 5 },
    );
    expect(summary.sources.map((source) => source.articleId)).toEqual(['floods-reuters', 'bad-date']);
    expect(summary.sources[1]?.publishedAt).toBeNull();
  });
});
