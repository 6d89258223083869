import { charsetParameter, decodeFeedBody } from '../../src/sources/decode-body';
import { edgeFixture } from './helpers/fixtures';

describe('decodeFeedBody', () => {
  const latin1 = edgeFixture('latin1-feed.xml');
  const cp1252 = edgeFixture('windows-1252-feed.xml');

  it('uses the XML declaration when the header has no charset', () => {
    const { text, encoding } = decodeFeedBody(latin1, 'application/rss+xml');
    expect(encoding).toBe('windows-1252');
    expect(text).toContain('Neige précoce dans le Valais');
    expect(text).toContain('« Prudence »');
  });

  it('decodes the windows-1252 range 0x80–0x9F (€, curly quotes, dashes, ellipsis)', () => {
    const { text } = decodeFeedBody(cp1252, null);
    expect(text).toContain('Harbour fees rise to €12 – “a fair price”, says board');
    expect(text).toContain('board’s new fees — the first');
  });

  it('does not believe a header charset=utf-8 when the bytes are not UTF-8', () => {
    const { text, encoding } = decodeFeedBody(latin1, 'text/xml; charset=utf-8');
    expect(encoding).toBe('windows-1252');
    expect(text).toContain('À Genève');
    expect(text).not.toContain('\uFFFD');
  });

  it('lets the header charset win over the declaration (RFC 7303 §3.2)', () => {
    const body = Buffer.from('<?xml version="1.0" encoding="utf-8"?><rss>\u00e9</rss>', 'latin1');
    expect(decodeFeedBody(body, 'application/xml; charset="ISO-8859-1"').text).toContain('é');
  });

  it('reads UTF-8 when either the header or the declaration says so and the bytes agree', () => {
    const body = Buffer.from('<?xml version="1.0" encoding="UTF-8"?><rss>Grindavík</rss>', 'utf8');
    expect(decodeFeedBody(body, 'text/xml; charset=iso-8859-1').text).toContain('Grindavík');
  });

  it('honours a byte order mark above everything', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<rss>ü</rss>', 'utf16le')]);
    expect(decodeFeedBody(utf16, 'text/xml; charset=iso-8859-1').text).toBe('<rss>ü</rss>');
  });

  it('falls back to windows-1252 for undeclared non-UTF-8 bytes, and ignores unknown labels', () => {
    const body = Buffer.from('<rss>caf\u00e9</rss>', 'latin1');
    expect(decodeFeedBody(body, 'text/xml; charset=x-unknown').text).toBe('<rss>café</rss>');
  });

  it('reads the charset parameter', () => {
    expect(charsetParameter('application/rss+xml; charset="UTF-8"')).toBe('utf-8');
    expect(charsetParameter('text/xml')).toBeNull();
    expect(charsetParameter(null)).toBeNull();
  });
});
