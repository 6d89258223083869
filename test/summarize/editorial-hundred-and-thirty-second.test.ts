import { otherIncidents, transportModes } from '../../src/shared/text/event-kinds';
import { contentTerms } from '../../src/shared/text/terms';
import { tollOf } from '../../src/summarize/counts';
import { opensAsFeature } from '../../src/summarize/feature-openings';
import { leansOutside } from '../../src/summarize/leans-outside';
import { peopleIn } from '../../src/summarize/people';
import { standaloneOf } from '../../src/summarize/standalone';
import { doc, readSentence, shareAStory } from './fixture-doc';

// Shapes from the hundred-and-thirty-second round (docs/summarization.md, "Hundred-and-thirty-second
// round"), read after it was run on the start of the day. People and figures are fictional.

const SET = 'editorial-hundred-and-thirty-second';

describe('two incidents of one island and days, told by what carried the people', () => {
  it('are a coach and a ferry, not one event', () => {
    const modes = (title: string) => transportModes(contentTerms(title));
    expect([...modes('Tourist coach falls into Tenerife ravine, killing four')]).toEqual(['road']);
    expect([...modes('Naviera Garajonay ferry adrift north of Tenerife after engine fire')]).toEqual(['sea']);
    const harm = new Set(['harm']);
    expect(otherIncidents(harm, new Set(['sea']), harm, new Set(['road']))).toBe(true);
    // A story whose headlines told both, or an event that is no harm done, is not split so.
    expect(otherIncidents(harm, new Set(['sea']), harm, new Set(['road', 'sea']))).toBe(false);
    expect(otherIncidents(new Set(['deal']), new Set(['sea']), harm, new Set(['road']))).toBe(false);
    // A fuel tanker is a lorry's or a ship's: it names neither.
    expect(modes('Tanker fire shuts highway').size).toBe(0);
  });

  it('keeps the ferry apart from the coach crash it drew near', () => {
    const events: [string, string] = ['tenerife-anaga-coach-crash', 'naviera-garajonay-ferry-adrift'];
    expect(shareAStory(SET, events, new Date('2031-10-22T06:00:00Z'))).toBe(false);
  });
});

describe('a storm named like a person', () => {
  it('is no one a pronoun can stand for', () => {
    const alone = new Set(['Ilse']);
    expect(
      peopleIn('Storm Ilse has claimed a third life after a roofer died in hospital.', new Set(), alone),
    ).toEqual([]);
    expect(
      peopleIn('Hurricane Odile Ramos made landfall on Tuesday.', new Set(), new Set(['Ramos'])),
    ).toEqual([]);
    // A person whose surname is a weather word is still a person.
    expect(
      peopleIn('Jonathan Storm, the harbour master, said the port was closed.', new Set(), new Set()).map(
        (person) => person.name,
      ),
    ).toEqual(['Jonathan Storm']);
  });

  it('leaves "He" of the roofer unresolved rather than named after the storm', () => {
    const page = doc('o', 'Hague Observer', '2031-10-16T09:00:00Z', 'Storm death toll rises to three', [
      'Storm Ilse has claimed a third life after a 44-year-old roofer who was struck by flying debris in Ghent died in hospital on Wednesday afternoon, Belgian authorities said.',
      'He had been in critical condition since Tuesday, when a sheet of metal torn from a warehouse roof hit him.',
      'Ilse is the first named storm of the season.',
      'Insurers put the damage in the Netherlands at about €310 million.',
    ]);
    const named = readSentence(
      [page],
      'He had been in critical condition since Tuesday, when a sheet of metal torn from a warehouse roof hit him.',
      (model, index) => /^Ilse\b/.test(standaloneOf(model, index)?.text ?? ''),
    );
    expect(named).toBe(false);
  });
});

describe('a death counted by the life a storm claimed', () => {
  it('gives the toll its title rose to', () => {
    expect(
      tollOf('Storm Ilse has claimed a third life after a roofer died in hospital, officials said.'),
    ).toBe('3');
    expect(tollOf('The flood took its fourth life on Sunday.')).toBe('4');
    // A second life given to a thing is no death.
    expect(tollOf('The restoration gave the old mill a second life.')).toBeNull();
  });
});

describe('a thing likened to one a pronoun owns', () => {
  it('leans on the sentence before', () => {
    const text = 'Letters like hers went out this week to about 31,000 clients whose data was stolen.';
    expect(leansOutside(text, text)).toBe(true);
    const owned = 'Residents say the land is theirs and always has been.';
    expect(leansOutside(owned, owned)).toBe(false);
  });
});

describe('someone named caught just after an everyday moment', () => {
  it('opens a feature, not the news', () => {
    expect(
      opensAsFeature(
        'Marie-Thérèse Goergen had just come back from the market in Grevenmacher on Friday when she found the envelope in her letterbox.',
      ),
    ).toBe(true);
    // A report's own narrative keeps its subject.
    expect(opensAsFeature('Police had just arrived when they came under fire from the roof.')).toBe(false);
    expect(opensAsFeature('The plane had just taken off when it lost power in one engine.')).toBe(false);
  });
});

describe('a noun that opens on an instruction verb', () => {
  it('is a subject, not an instruction to the reader', () => {
    const restored = 'Tap water was fully restored to all nine districts on Friday, the city council said.';
    expect(leansOutside(restored, restored)).toBe(false);
    const instruction = 'Tap the button below to see the latest figures.';
    expect(leansOutside(instruction, instruction)).toBe(true);
  });
});
