import { htmlToArticleText, htmlToPlainText } from '../../../src/shared/text/html-to-text';

describe('htmlToPlainText', () => {
  it('strips tags, decodes entities and collapses whitespace', () => {
    const html = '<p>Hello <b>world</b> &amp; friends&#8217;\n\n  news&nbsp;today</p><p>Second&hellip;</p>';
    expect(htmlToPlainText(html)).toBe('Hello world & friends’ news today Second…');
  });

  it('drops script, style, iframe, svg and form contents, keeps no attributes', () => {
    const html =
      '<p onclick="x()">Lead<script>alert(1)</script></p><style>p{}</style><iframe src="https://e.example">frame</iframe>' +
      '<svg><text>svg</text></svg><form><button>Go</button></form><a href="javascript:alert(1)">link</a>';
    expect(htmlToPlainText(html)).toBe('Lead link');
  });

  it('removes markup that was escaped twice instead of showing it', () => {
    expect(htmlToPlainText('&lt;script&gt;alert(1)&lt;/script&gt;&lt;p&gt;Text&lt;/p&gt;')).toBe('Text');
  });

  it('keeps paragraphs apart when one writes a placeholder or a ticker in angle brackets', () => {
    // A page's "type HSC <space> board" or a wire's "<SAE.L>" reads as escaped markup: the second
    // pass must not run the article into one line, where its byline, stamp and caption join the news.
    const html = [
      'Staff Correspondent',
      'Published: 11 Dec 2030, 09:30 PM',
      'The death toll rose to six on Wednesday.',
      'Check results by SMS: type HSC &lt;space&gt; board &lt;space&gt; roll and send to 16222',
      'Shares of Seldon &lt;SAE.L&gt; fell 4%.',
      'Police detained the manager.',
    ]
      .map((paragraph) => `<p>${paragraph}</p>`)
      .join('\n');
    const paragraphs = htmlToArticleText(html).split('\n\n');
    expect(paragraphs[0]).toBe('Staff Correspondent');
    expect(paragraphs[1]).toBe('Published: 11 Dec 2030, 09:30 PM');
    expect(paragraphs[2]).toBe('The death toll rose to six on Wednesday.');
    expect(paragraphs.at(-1)).toBe('Police detained the manager.');
    expect(paragraphs).toHaveLength(6);
    expect(htmlToArticleText(html)).not.toMatch(/<[a-z]/i);
  });

  it('keeps a "<" that cannot open a tag and neutralizes one that could', () => {
    expect(htmlToPlainText('p &lt; 0.05 in the trial')).toBe('p < 0.05 in the trial');
    expect(htmlToPlainText('a &lt;&lt;b')).not.toMatch(/<[a-z]/i);
  });

  it('drops "Read more" and "Continue reading" tails', () => {
    expect(htmlToPlainText('<p>The plan was approved.</p><p><a href="/x">Read more »</a></p>')).toBe(
      'The plan was approved.',
    );
    expect(htmlToPlainText('Countries agreed the text. Continue reading...')).toBe(
      'Countries agreed the text.',
    );
    expect(htmlToPlainText('Fees take effect in January… Read more')).toBe('Fees take effect in January…');
    expect(htmlToPlainText('<p>Lead <a href="/x">Continue reading</a></p>')).toBe('Lead');
  });

  it('keeps "read more" when it is part of a sentence', () => {
    expect(htmlToPlainText('Children who read more books sleep better')).toBe(
      'Children who read more books sleep better',
    );
  });

  it('drops WordPress footers, paywall teasers and bracketed ellipses after a full stop', () => {
    const html =
      '<p>Rescuers reached families on rooftops. [&#8230;]</p><p>The post <a href="/p">Floods</a> appeared first on <a href="/">The Daily Compass</a>.</p>';
    expect(htmlToPlainText(html)).toBe('Rescuers reached families on rooftops.');
    expect(htmlToPlainText('<p>A cut excerpt [...]</p>')).toBe('A cut excerpt…');
    expect(htmlToPlainText('<p>Lead.</p><p>Subscribe to read the full story.</p>')).toBe('Lead.');
  });

  it('drops image credits in captions, credit lines and parentheses', () => {
    const html =
      '<figure><img src="a.jpg"><figcaption>Photograph: Jane Roe/Agency</figcaption></figure><p>Lead (Photo: J. Roe/Agency) text.</p><p>Image credit: Observatory</p>';
    expect(htmlToPlainText(html)).toBe('Lead text.');
  });

  it('removes bidi overrides, zero-width and control characters', () => {
    const text = htmlToPlainText('a\u202Eb\u202Cc\u200Bd\u0007e\u00ADf');
    for (const invisible of ['\u202E', '\u202C', '\u200B', '\u0007', '\u00AD'])
      expect(text).not.toContain(invisible);
    expect(text.replace(/ /g, '')).toBe('abcdef');
  });

  it('cuts long text at a word boundary with an ellipsis', () => {
    const text = htmlToPlainText('word '.repeat(100), 42);
    expect(text.length).toBeLessThanOrEqual(42);
    expect(text.endsWith('word…')).toBe(true);
  });
});

describe('text without markup', () => {
  /** Deterministic pseudo-random strings of words, spaces, controls and punctuation. */
  function samples(count: number): string[] {
    let state = 7;
    const next = () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648;
    };
    const pieces = [
      'Harbour',
      'council',
      'Read more',
      'Continue reading »',
      'Photo: Jane Doe',
      '(Photo: Agency)',
      '[…]',
      '[...]',
      'The post',
      'appeared first on',
      'Subscribe to read the full story',
      '.',
      '?',
      '"',
      "'",
      '>',
      ' ',
      '  ',
      '\t',
      '\n',
      '\r\n',
      '\f',
      '\u200b',
      '\u00a0',
      '\u202e',
      '\u00ad',
      '\u0007',
      '\u0092',
      'é',
      'ß',
      '東京',
      '0.05',
      'p',
      'READ MORE',
      'full story',
      '|',
      '—',
      '»',
    ];
    return Array.from({ length: count }, () =>
      Array.from(
        { length: 1 + Math.floor(next() * 14) },
        () => pieces[Math.floor(next() * pieces.length)],
      ).join(''),
    );
  }

  // A <span> sends the same text through sanitize-html and html-to-text; bare text skips both.
  it('is cleaned as the same text inside markup would be', () => {
    for (const text of samples(3000)) {
      expect([text, htmlToPlainText(text)]).toEqual([text, htmlToPlainText(`<span>${text}</span>`)]);
      expect([text, htmlToPlainText(text, 40)]).toEqual([text, htmlToPlainText(`<span>${text}</span>`, 40)]);
    }
  });
});
