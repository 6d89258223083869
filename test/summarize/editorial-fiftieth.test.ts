import { junkKind } from '../../src/shared/text/page-junk';
import { summarizeStory } from '../../src/summarize';
import { repeatsShown } from '../../src/summarize/repeats';
import { analyzeStory } from '../../src/summarize/summarize-story';
import { doc } from './fixture-doc';

// Shapes from the fiftieth round of labelled sets (docs/summarization.md, "Fiftieth to
// fifty-second rounds"). Outlets, people and places are fictional.

describe('a line that sends the reader elsewhere', () => {
  it.each([
    'The full annual report is available on the bank’s website, under Investors.',
    'A recording of the briefing will be available on the ministry’s video page.',
    'The regulator’s guidance on green claims is available on its website.',
    'Updates will be posted on this page.',
  ])('is not news: %s', (line) => {
    expect(junkKind(line)).not.toBeNull();
  });

  it.each([
    'Ticket sales are available again on the app from Monday.',
    'The vaccine is available at all pharmacies from Monday.',
    'The regulator said the report is available on its website.',
    'The airline has published the new timetable on its website.',
  ])('stays news: %s', (line) => {
    expect(junkKind(line)).toBeNull();
  });
});

describe('a figure told again with the years it ran', () => {
  const release = doc(
    'r',
    'Consumer Watchdog Media',
    '2029-03-14T01:00:00Z',
    'Court orders Ferrovale to pay record penalty',
    [
      'The Federal Court has ordered energy retailer Ferrovale Ltd to pay $41 million in penalties for telling customers its Green Home Power plan was carbon neutral.',
      'Customers on the plan paid an additional $4.20 per month, which Ferrovale said would offset the emissions from the power they used.',
    ],
  );
  const business = (charge: string) =>
    doc('b', 'Capital Street Daily', '2029-03-14T03:00:00Z', 'Ferrovale hit with record greenwashing fine', [
      'Ferrovale shares fell 2 per cent after the Federal Court ordered the retailer to pay a record $41 million penalty over its carbon neutral claims.',
      `Customers on the plan were charged an extra ${charge} a month between 2022 and 2025.`,
    ]);
  const repeats = (charge: string): boolean => {
    const { model } = analyzeStory([release, business(charge)]);
    const at = (article: number, start: string) =>
      model.sentences.findIndex(
        (sentence) => sentence.article === article && sentence.text.startsWith(start),
      );
    return repeatsShown(model, at(1, 'Customers on the plan'), [
      at(0, 'The Federal Court'),
      at(0, 'Customers on the plan'),
    ]);
  };

  it('is the shown charge again', () => {
    expect(repeats('$4.20')).toBe(true);
  });

  it('is news with another charge', () => {
    expect(repeats('$5.10')).toBe(false);
  });
});

describe('what was done to a thing a participle follows', () => {
  const wire = doc(
    'w',
    'Savanna Press Agency',
    '2029-03-09T02:00:00Z',
    'Court halts Msafiri Air pilots strike',
    [
      'A court in Dodoma on Thursday ordered pilots at Msafiri Air to suspend a strike that had forced the airline to cancel 64 flights.',
      'The pilots walked out on Wednesday over unpaid allowances.',
    ],
  );
  const live = doc('l', 'Dodoma Live', '2029-03-09T03:00:00Z', 'Msafiri Air strike: live updates', [
    'Hundreds of passengers queued for a second day at the airport in Dodoma as the walkout went on.',
    "The Labour Court has suspended the pilots' strike pending a hearing on 14 March.",
    'Passengers queued at the airport for rebooking.',
  ]);

  it('is the suspended strike told again', () => {
    const { model } = analyzeStory([wire, live]);
    const at = (start: string) => model.sentences.findIndex((sentence) => sentence.text.startsWith(start));
    expect(repeatsShown(model, at('The Labour Court'), [at('A court in Dodoma')])).toBe(true);
  });
});

describe('an opening with a phrase of its speaker in quotation marks', () => {
  const local = doc(
    's',
    'Coastline Sentinel',
    '2029-03-10T23:50:00Z',
    'Workers flown off Tasman platform after gas leak',
    [
      'About 40 workers have been flown off an offshore gas platform in the Tasman Sea after a gas leak was detected early on Sunday morning.',
      'Two workers were taken to hospital in Hawera with suspected gas inhalation, the ambulance service said.',
      'The leak was found about 5.40am on Kereru Energy’s Pohutu Alpha platform, about 40 kilometres off the coast.',
    ],
  );
  const national = doc(
    'n',
    'National Broadcast News',
    '2029-03-11T04:30:00Z',
    'Kereru Energy says Tasman gas leak ‘under control’ as 47 workers evacuated',
    [
      'Kereru Energy says a gas leak on one of its platforms in the Tasman Sea is "under control" after 47 workers were flown to shore on Sunday.',
      'The leak was detected at about 5.40am on the Pohutu Alpha platform.',
      'The company said it had shut down production and was reducing pressure in the platform’s pipework.',
      'Two workers were taken to hospital with suspected gas inhalation and were in a stable condition.',
    ],
  );

  it('leads with the newest report, which gives the count', () => {
    const lead = summarizeStory([local, national]).points[0]?.text ?? '';
    expect(lead).toContain('47 workers');
  });
});
