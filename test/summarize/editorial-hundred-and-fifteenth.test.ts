import { opensAsScene } from '../../src/summarize/scene-openings';
import { usableAlone } from '../../src/summarize/usable';
import { doc, readSentence, staleAfter } from './fixture-doc';

// Shapes from the hundred-and-fifteenth round (docs/summarization.md, "Hundred-and-fifteenth
// round"). Outlets, people and places are fictional.

describe('an alert told as kept at a level', () => {
  const kept =
    'Quake activity under Mount Orvel has fallen sharply, the observatory said on Sunday, though it kept the alert at yellow for now.';
  const sunday = doc('s', 'Island Wire', '2031-04-27T10:00:00Z', 'Orvel quakes ease', [kept]);
  const stale = (monday: string): boolean =>
    staleAfter(
      [sunday],
      [doc('m', 'Orvel Online', '2031-04-28T09:00:00Z', 'Orvel alert update', [monday])],
      kept,
    );

  it('is out of date once a newer report tells it moved to another level', () => {
    expect(
      stale('The observatory has lowered the Mount Orvel alert to green, and the summit reopens on Tuesday.'),
    ).toBe(true);
  });

  it('is not when the newer report retells how it came to that level', () => {
    expect(
      stale(
        'The observatory raised the Mount Orvel alert from green to yellow on Wednesday and closed the summit.',
      ),
    ).toBe(false);
  });
});

describe('a feature’s scene at a place’s edge, or a habit', () => {
  const scene = (text: string): boolean => {
    const page = doc('p', 'Harbour Voice', '2031-04-25T09:00:00Z', 'Five fishers missing off Corvo', [
      text,
      'Five fishers from Corvo have been missing since their boat failed to return on Wednesday evening, the coast guard said.',
    ]);
    return readSentence([page], text, opensAsScene);
  };

  it('is a scene', () => {
    expect(scene('At the bottom of the hill in Lagoa, the fishing boats have not moved for a week.')).toBe(
      true,
    );
    expect(
      scene(
        'At the end of the jetty in Vila Nova, a small group of women has been standing since dawn, looking north.',
      ),
    ).toBe(true);
    expect(scene('Every time an engine is heard beyond the reef, somebody stands up.')).toBe(true);
    expect(scene('Every morning before sunrise, Tomas Avila walks to the quay to check the weather.')).toBe(
      true,
    );
  });

  it('is not when the end is a meeting’s, or the sentence tells what happened', () => {
    expect(
      scene(
        'At the end of this meeting, the government decided to suspend the fee at the Corvo weighbridge for three months.',
      ),
    ).toBe(false);
    expect(
      scene(
        'The coast guard found the boat overturned at the foot of the cliffs on Thursday, officials said.',
      ),
    ).toBe(false);
  });
});

describe('the answer a feature’s question opens on', () => {
  const usable = (paragraphs: string[], text: string): boolean => {
    const page = doc(
      'q',
      'Atoll Dispatch',
      '2031-04-25T09:00:00Z',
      'Survey finds 38 percent of Tarvel corals bleached',
      [
        ...paragraphs,
        'The Tarvel Marine Institute said on Thursday that 38 percent of the coral colonies it examined at 12 reefs were bleached.',
      ],
    );
    return readSentence([page], text, usableAlone);
  };
  const answer = 'Divers around Tarvel atoll think they found out this month.';

  it('is no point: it leans on the question', () => {
    expect(
      usable([`How hot can the sea around Tarvel get before its reefs start to die? ${answer}`], answer),
    ).toBe(false);
  });

  it('is one when it stands in a paragraph of its own', () => {
    const told = 'Divers around Tarvel atoll found bleached corals on every reef.';
    expect(usable(['How hot can the sea around Tarvel get before its reefs start to die?', told], told)).toBe(
      true,
    );
  });
});
