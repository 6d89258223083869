import { canonicalUrl } from '../../src/sources';

describe('canonicalUrl', () => {
  it('removes tracking parameters and the fragment, keeps the rest in order', () => {
    expect(
      canonicalUrl('https://News.Example:443/a/b?utm_source=rss&id=7&UTM_Medium=x&fbclid=1&page=2#comments'),
    ).toBe('https://news.example/a/b?id=7&page=2');
  });

  it('drops an emptied query entirely and leaves untouched queries byte for byte', () => {
    expect(canonicalUrl('https://x.example/a?utm_source=rss&utm_medium=feed')).toBe('https://x.example/a');
    expect(canonicalUrl('https://x.example/search?q=a%20b&flag')).toBe(
      'https://x.example/search?q=a%20b&flag',
    );
  });

  it('resolves relative links against the feed URL', () => {
    expect(canonicalUrl('/news/1?utm_campaign=a', 'https://feeds.example/world.xml')).toBe(
      'https://feeds.example/news/1',
    );
  });

  it.each([
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'mailto:news@x.example',
    'ftp://x.example/file',
    'https://user:pass@x.example/',
    'not a url',
    '',
  ])('rejects %j', (raw) => {
    expect(canonicalUrl(raw)).toBeNull();
  });

  it('rejects URLs longer than 2048 characters', () => {
    expect(canonicalUrl(`https://x.example/${'a'.repeat(2100)}`)).toBeNull();
  });
});
