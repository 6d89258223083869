import { DEFAULT_TUNING, extractTerms } from '../../src/cluster';

const options = { ...DEFAULT_TUNING };

describe('extractTerms', () => {
  it('keeps stems of content words, drops stop words, numbers, URLs and punctuation', () => {
    const { counts } = extractTerms(
      'The officials were launching the rockets!',
      'See https://example.com/x and 42 more...',
      {
        ...options,
        titleWeight: 1,
      },
    );
    expect([...counts.keys()].sort()).toEqual(['launch', 'offici', 'rocket']);
  });

  it('reads irregular participles in -en as their verb, and leaves simple past forms alone', () => {
    const terms = (text: string) => [...extractTerms(text, '', options).counts.keys()].sort();
    expect(terms('Painting stolen, ship taken')).toEqual(terms('Painting steal, ship take'));
    expect(terms('stolen')).toEqual(['steal']);
    // "caught" stays itself (docs/clustering.md, "Fourth round").
    expect(terms('caught')).not.toEqual(terms('catch'));
  });

  it('reads a lower-case particle inside a name as part of it, not as a word of its own', () => {
    // docs/clustering.md, "One actor's events of other kinds": "del" of a railway's name is no
    // word its derailment and its takeover bid share.
    const terms = (text: string) => [...extractTerms('', text, options).counts.keys()].sort();
    expect(terms('A train of Ferrovías del Bravo derailed near Rio de la Plata.')).toEqual(
      ['bravo', 'derail', 'ferrovia', 'near', 'plata', 'rio', 'train'].sort(),
    );
    // Not between two capitalized words, it stays a word.
    expect(terms('The minister met del officials.')).toContain('del');
  });

  it('weights title terms by titleWeight and counts repeats', () => {
    const { counts, words } = extractTerms('Flood warning', 'Flood waters rise.', {
      ...options,
      titleWeight: 2,
    });
    expect(counts.get('flood')).toBe(3);
    expect(counts.get('warn')).toBe(2);
    expect(words).toBe(5);
  });

  it('reads at most leadWords content words of the body', () => {
    const body = Array.from({ length: 500 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}${i}`).join(
      ' ',
    );
    const { words } = extractTerms('', body, { ...options, leadWords: 40 });
    expect(words).toBe(40);
  });

  it('turns hashtags into words and splits CJK runs into bigrams', () => {
    expect([...extractTerms('#Elections tonight', '', options).counts.keys()]).toContain('elect');
    expect([...extractTerms('上海台风', '', options).counts.keys()]).toEqual(['上海', '海台', '台风']);
  });
});
