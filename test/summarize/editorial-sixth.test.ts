import { summarizeStory } from '../../src/summarize';
import { isPointCandidate } from '../../src/summarize/candidates';
import { peopleIn } from '../../src/summarize/people';
import { prepareArticles } from '../../src/summarize/prepare';
import { standaloneOf } from '../../src/summarize/standalone';
import { buildStoryModel } from '../../src/summarize/story-model';
import { supersededToll } from '../../src/summarize/tolls';
import { doc } from './fixture-doc';

/** Rules written from the sixth round of labelled sets (docs/summarization.md, "Stories written after the rules"). */

const modelOf = (paragraphs: string[]) =>
  buildStoryModel(
    prepareArticles([
      doc('a', 'Brightwater Journal', '2027-02-05T14:52:00Z', 'Quake toll rises', paragraphs),
    ]),
  );

describe('a live page line that announces figures', () => {
  it('is no point without a figure of its own, and the next line is shown with the body it names', () => {
    const model = modelOf([
      "Veldor's disaster management agency ODA has just updated its figures.",
      'It says 41 people have now been confirmed dead and 362 injured, 51 of whom are in a serious condition.',
    ]);
    expect(isPointCandidate(model.sentences[0] as never)).toBe(false);
    expect(standaloneOf(model, 1)?.text).toBe(
      'ODA says 41 people have now been confirmed dead and 362 injured, 51 of whom are in a serious condition.',
    );
  });

  it('leaves "It said…" alone when the sentence before names no body ("Police said…")', () => {
    const model = modelOf([
      'Police said on Friday that 40 people had been detained.',
      'It said the detainees would be charged.',
    ]);
    expect(standaloneOf(model, 1)).toBeNull();
  });
});

describe('a toll told with "have now been confirmed dead"', () => {
  it('replaces an older toll', () => {
    const story = [
      doc('old', 'Halyard Wire', '2027-02-04T09:30:00Z', 'Quake toll rises to 27', [
        'The death toll from an earthquake in Veldor rose to 27 on Thursday, the disaster agency said.',
      ]),
      doc('new', 'Brightwater Journal', '2027-02-05T14:52:00Z', 'Quake toll rises to 41', [
        'The disaster agency says 41 people have now been confirmed dead and 362 injured.',
      ]),
    ];
    expect(supersededToll(buildStoryModel(prepareArticles(story)), 0, [1])).toBe(true);
  });
});

describe('an opening set long before its article', () => {
  it('does not lead: a feature sets its scene, the news is in the next report', () => {
    const story = [
      doc(
        'f',
        'Continental Dispatch',
        '2027-02-12T10:00:00Z',
        'A Codex Stolen in 1982 Comes Home to Veldor',
        [
          'In the summer of 1982, the priest of a small church in the mountains of Osk opened the parish archive and found a gap on the shelf.',
          'The codex, 22 painted pages of bark paper, was handed back to the Veldor government on Thursday after it surfaced in the estate of a collector.',
          'The priest reported the theft to the police, who never found it.',
        ],
      ),
      doc('w', 'Halyard Wire', '2027-02-12T08:00:00Z', 'Stolen codex returned to Veldor', [
        'A 16th-century codex stolen from a church archive in Osk more than 40 years ago was handed back to the Veldor government on Thursday.',
        'The codex surfaced in the estate of a collector who died last year.',
      ]),
    ];
    expect(summarizeStory(story, { maxPoints: 4 }).points[0]?.text).not.toMatch(/^In the summer of 1982/);
  });
});

describe('an opening that tells a state lasting for years', () => {
  it('does not lead, and an object "them" with nothing before it to stand for is no point', () => {
    const story = [
      doc(
        'f',
        'Continental Dispatch',
        '2027-02-13T01:00:00Z',
        'Court orders miner to pay villagers $38 million',
        [
          'For almost three years, the people of Mulonga village have carried their drinking water from a borehole two miles away, because the river turned green.',
          'On Friday, a judge in Osk ordered the company that owns the copper mine upstream, Halvorsen Copper, to pay them and their neighbors $38 million.',
          'Judge Mary Nkonde ruled that Halvorsen had been negligent.',
        ],
      ),
      doc(
        'w',
        'Halyard Wire',
        '2027-02-12T13:00:00Z',
        'Court orders Halvorsen to pay $38 million over acid spill',
        [
          "Veldor's High Court on Friday ordered Halvorsen Copper to pay $38 million to about 1,200 villagers whose river was polluted by an acid spill from its mine.",
          'Judge Mary Nkonde found that the company had been negligent in failing to repair a leaking storage pond.',
        ],
      ),
    ];
    const points = summarizeStory(story, { maxPoints: 4 }).points.map((point) => point.text);
    expect(points[0]).not.toMatch(/^For almost three years/);
    expect(points.some((point) => /to pay them/.test(point))).toBe(false);
    // "them" with what it stands for before it in the sentence stands alone.
    const model = modelOf([
      'Rescuers pulled two children from the rubble and took them to hospital on Friday.',
    ]);
    expect(standaloneOf(model, 0)?.text).toMatch(/took them to hospital/);
  });
});

describe('a person named after a job and a rank', () => {
  it('is the name after them, never the place the job is of', () => {
    const sentence = 'Pathumwan police chief Pol Col Krit Thongdee said officers were studying footage.';
    // The place is known as a lone capital ("Bangkok's Pathumwan district" earlier in the article).
    expect(peopleIn(sentence, new Set(['Pathumwan']), new Set(['Pathumwan'])).map((p) => p.surname)).toEqual([
      'Thongdee',
    ]);
    expect(
      peopleIn('Deputy police commissioner Pol Maj Gen Anuwat Srisombat said two men were held.').map(
        (p) => p.name,
      ),
    ).toEqual(['Anuwat Srisombat']);
  });

  it('reads "Honourable" as a title, so "Honourable Mwape" is a surname the reader needs introduced', () => {
    expect(
      peopleIn('Minister of Environment Honourable Chola Mwape said the ruling was fair.').map((p) => p.name),
    ).toEqual(['Chola Mwape']);
    expect(peopleIn('"We welcome investment," Honourable Mwape said.').map((p) => p.name)).toEqual(['Mwape']);
  });

  it('reads a particle as the start of a surname, so "Te Rangi said" names her by surname alone', () => {
    const full = peopleIn('Former councillor Mere Te Rangi said the count was close.');
    expect(full.map((p) => [p.name, p.surname])).toEqual([['Mere Te Rangi', 'Te Rangi']]);
    const bare = peopleIn('"The specials have always favoured us," Te Rangi said.', new Set(['Te Rangi']));
    expect(bare.map((p) => [p.name, p.surname])).toEqual([['Te Rangi', 'Te Rangi']]);
    // Given names that look like particles stay given names.
    expect(peopleIn('Ben Okafor said the port was closed.').map((p) => p.surname)).toEqual(['Okafor']);
  });

  it('gives "he said" after such a sentence to the person, not the place', () => {
    const model = modelOf([
      "Four masked men robbed a jewellery shop in Bangkok's Pathumwan district on Friday night.",
      'Pathumwan police chief Pol Col Krit Thongdee said officers were studying footage from 40 cameras.',
      '"We know what they look like, and it is only a matter of time," he said.',
    ]);
    expect(standaloneOf(model, 2)?.text ?? '').not.toMatch(/Pathumwan said/);
  });
});

describe('a plan for "today" read the next morning', () => {
  const sumo = (planAt: string) => [
    doc('w', 'Compass Wire', '2027-01-24T10:20:00Z', 'Seiunzan wins New Year title, on verge of promotion', [
      'Tongan-born ozeki Seiunzan won the New Year Grand Tournament on Sunday, beating Hayatenami in a playoff to clinch his second straight title.',
      'The 27-year-old is the first wrestler born in Tonga to win a top-division championship.',
      'If approved, Seiunzan will become the first grand champion born in Tonga.',
    ]),
    doc('t', 'Tasman Post', planAt, "Auckland's Tongan community celebrates champion Seiunzan", [
      'Hundreds of people gathered in Auckland to celebrate the victory of Seiunzan in the New Year Grand Tournament.',
      "Japan's Deliberation Council meets today to consider his promotion to grand champion.",
      'Seiunzan moved to Auckland at 11 and was spotted by a scout while playing schoolboy rugby.',
    ]),
  ];
  const shown = (points: { text: string }[]) => points.some((point) => /meets today/.test(point.text));

  it('is no point once its report is half a day older than the reading time', () => {
    const readAt = new Date('2027-01-26T06:00:00Z');
    expect(shown(summarizeStory(sumo('2027-01-25T01:30:00Z'), { maxPoints: 8, readAt }).points)).toBe(false);
    // A report of the same morning still speaks of the reader's day.
    const early = new Date('2027-01-25T04:00:00Z');
    expect(shown(summarizeStory(sumo('2027-01-25T01:30:00Z'), { maxPoints: 8, readAt: early }).points)).toBe(
      true,
    );
  });
});
