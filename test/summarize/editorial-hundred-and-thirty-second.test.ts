import { createClusterer } from '../../src/cluster';
import { otherIncidents, transportModes } from '../../src/shared/text/event-kinds';
import { contentTerms } from '../../src/shared/text/terms';
import { labelledDocs } from './fixture-doc';

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
    const morning = new Date('2031-10-22T06:00:00Z');
    const docs = [
      ...labelledDocs(SET, 'tenerife-anaga-coach-crash', morning),
      ...labelledDocs(SET, 'naviera-garajonay-ferry-adrift', morning),
    ].sort((a, b) => (a.publishedAt?.getTime() ?? 0) - (b.publishedAt?.getTime() ?? 0));
    let next = 0;
    const clusterer = createClusterer({ newStoryId: () => `s${++next}`, trackChanges: false });
    const storyOf = new Map(docs.map((doc) => [doc.id, clusterer.add(doc).storyId]));
    const stories = (event: string) =>
      new Set(docs.filter((doc) => doc.id.startsWith(event)).map((doc) => storyOf.get(doc.id)));
    const coach = stories('tenerife-anaga-coach-crash');
    const ferry = stories('naviera-garajonay-ferry-adrift');
    expect([...ferry].some((story) => coach.has(story))).toBe(false);
  });
});
