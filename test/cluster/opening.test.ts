import type { ContentDoc } from '../../src/shared/types';
import { clusterStories } from './fixtures';

// docs/clustering.md, "Another event of the same actor": a report whose opening tells another
// event does not join a story that only its later background recalls, however soon it comes.

const HOUR = 3_600_000;
const start = Date.UTC(2027, 4, 10, 6);
let serial = 0;

function doc(hours: number, outlet: string, title: string, paragraphs: readonly string[]): ContentDoc {
  serial += 1;
  return {
    id: `o${serial}`,
    title,
    text: paragraphs.join('\n\n'),
    publishedAt: new Date(start + hours * HOUR),
    outlet,
    url: `https://example.com/o${serial}`,
  };
}

// Fictional company, mine, smelter and outlets.
const spill = [
  doc(0, 'Valley Herald', 'Tailings spill turns the Brena river grey below Halden Copper mine', [
    'A pipeline carrying tailings from the Halden Copper mine at Brena burst late on Monday, sending grey slurry into the Brena river, the regional water authority said.',
    'Halden Copper suspended processing at the Brena mine and said a crew had closed the pipeline within two hours of the burst.',
    'Villages downstream of the mine were told not to use river water for drinking or for their animals until tests are done.',
  ]),
  doc(4, 'Capital Ledger', 'Halden Copper halts Brena mine after tailings pipeline bursts', [
    'Halden Copper has halted its Brena mine after a tailings pipeline burst and spilled slurry into the Brena river, the company said on Tuesday.',
    'The regional water authority told villages downstream not to use water from the Brena river while it tests samples from the spill.',
    'Shares in Halden Copper fell 6 percent in early trading.',
  ]),
];

// Six hours later, the same company's smelter in another country: its opening tells the fumes,
// and its closing paragraphs recall the spill.
const fumes = doc(10, 'Border Courier', 'Sulphur fumes from smelter send 30 to hospital in Korvel', [
  'Thirty people went to hospital in Korvel on Tuesday with coughing and stinging eyes after sulphur dioxide from the town smelter rose to four times the hourly limit, the regional health office said.',
  'Schools kept pupils indoors and the town council urged residents to keep their windows shut until the readings fall.',
  'Inspectors were sent to the smelter, which roasts copper concentrate and should capture sulphur in its acid plant.',
  'The smelter belongs to Halden Copper, which halted its Brena mine this week after a tailings pipeline burst and spilled slurry into the Brena river.',
  'The Brena mine supplies most of the concentrate the Korvel smelter processes, and Halden Copper shares fell after the spill at Brena.',
]);

const cluster = clusterStories;

describe('a report drawn to a story by its background', () => {
  it('starts a story of its own when its opening tells another event', () => {
    const [first, second, third] = cluster([...spill, fumes]);
    expect(second).toBe(first);
    expect(third).not.toBe(first);
  });

  it('is what keeps it apart: without it the fumes join the spill', () => {
    const stories = cluster([...spill, fumes], { openingShare: 0 });
    expect(new Set(stories).size).toBe(1);
  });

  it('lets a report that opens on the event join it, whatever its background', () => {
    const followUp = doc(12, 'Border Courier', 'Brena villages get water tankers after Halden Copper spill', [
      'Water tankers reached villages below the Halden Copper mine on the Brena river on Tuesday evening, a day after a tailings pipeline burst and spilled slurry into the river.',
      'The regional water authority said tests of the Brena river would take until Thursday.',
      'Halden Copper, which also runs a copper smelter in Korvel, said it would pay for the tankers.',
    ]);
    expect(new Set(cluster([...spill, followUp])).size).toBe(1);
  });
});
