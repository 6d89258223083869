import { withoutLeadIn } from '../../src/shared/text/furniture';
import { splitSentences } from '../../src/shared/text/sentences';
import { ANNOUNCED_UPDATE } from '../../src/summarize/opening-voice';
import { doc, morningPoints, pointsAt } from './fixture-doc';

// Shapes from the hundred-and-seventh round of labelled sets (docs/summarization.md, "Hundred-and-seventh
// and hundred-and-eighth rounds"). Outlets, people, firms and places of the news are fictional.

const SET = 'editorial-hundred-and-seventh';

describe("a Spanish ordinal before a street's name", () => {
  it('ends no sentence: "on 8a. Avenida, Colonia Los Cipresales"', () => {
    expect(
      splitSentences(
        'The collapse was recorded at 03:00 hours today on 8a. Avenida, Colonia Los Cipresales, zona 4. Families were evacuated.',
      ),
    ).toEqual([
      'The collapse was recorded at 03:00 hours today on 8a. Avenida, Colonia Los Cipresales, zona 4.',
      'Families were evacuated.',
    ]);
  });

  it('but one before a word that opens a sentence does', () => {
    expect(splitSentences('The team finished 3o. In the end it did not matter.')).toEqual([
      'The team finished 3o.',
      'In the end it did not matter.',
    ]);
  });
});

describe("a live page's older entry whose count a newer entry tells risen", () => {
  const page = (newer: string) =>
    doc('l1', 'Copperbelt TV', '2031-01-25T14:05:00Z', 'LIVE: Tanker fire death toll rises to nine', [
      '16:05',
      'The provincial minister has announced that the government will pay for the funerals of all the victims.',
      '11:45',
      newer,
      'Twenty-seven people are being treated in hospital.',
      '09:10',
      'Six people were confirmed dead last night after the tanker, which had overturned, caught fire while residents were collecting spilled petrol.',
    ]);

  it('is out of date', () => {
    const points = pointsAt(
      [page('The death toll has risen to nine, a hospital official said.')],
      '2031-01-26T06:00:00Z',
    );
    expect(points.some((point) => /^Six people were confirmed dead/.test(point))).toBe(false);
  });

  it('but not when the page gives the other figure without telling it risen', () => {
    const points = pointsAt(
      [page('Nine people are being treated for burns at Kabwe hospital, a hospital official said.')],
      '2031-01-26T06:00:00Z',
    );
    expect(points.some((point) => /^Six people were confirmed dead/.test(point))).toBe(true);
  });
});

describe("a release's feeling before its news", () => {
  it('goes from the point: "Sadly, the number of confirmed deaths has risen to five"', () => {
    expect(withoutLeadIn('Sadly, the number of confirmed deaths has risen to five.')).toBe(
      'The number of confirmed deaths has risen to five.',
    );
  });

  it('but an adverb that is the news stays', () => {
    const text = 'Sadly for the club, the stadium will stay closed until March.';
    expect(withoutLeadIn(text)).toBe(text);
  });
});

describe('a release that "wishes to update the nation on" what it then tells', () => {
  it('leads with the update it tells, and is no point itself', () => {
    const points = morningPoints(SET, 'zimbabwe-epworth-flash-floods', '2031-01-28T06:00:00Z');
    expect(points[0]).toMatch(/^The number of confirmed deaths has risen to five/);
    expect(points.some((point) => /wishes to update the nation/.test(point))).toBe(false);
    expect(
      ANNOUNCED_UPDATE.test('The Ministry wishes to update the public on the closure of the border post.'),
    ).toBe(true);
  });

  it('but a release that tells its news in the sentence is news', () => {
    expect(
      ANNOUNCED_UPDATE.test('The Ministry wishes to inform the public that the border post has reopened.'),
    ).toBe(false);
  });
});

describe('a history of trouble "before", told of the thing itself', () => {
  it('does not lead: "Maputo\'s chapas … have been at the centre of unrest before."', () => {
    const [lead] = morningPoints(SET, 'mozambique-maputo-chapa-strike', '2031-01-27T06:00:00Z');
    expect(lead).not.toMatch(/at the centre of unrest before/);
  });

  it('but "before" of a time is news', () => {
    const report = doc('m1', 'Maputo Record', '2031-01-26T18:00:00Z', 'Chapa operators call strike', [
      'Minibus operators in Maputo have called a strike from Monday, their association said on Sunday.',
      'The association said its members have been paid the old fare since the day before.',
    ]);
    const points = pointsAt([report], '2031-01-27T06:00:00Z');
    expect(points.some((point) => /since the day before/.test(point))).toBe(true);
  });
});
