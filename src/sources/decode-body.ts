/**
 * Turns feed bytes into text. feedparser (through sax) decodes every Buffer as UTF-8, so
 * feeds in other encodings are transcoded here first, with the WHATWG decoders built into
 * Node (TextDecoder, full ICU) plus one table: no extra dependency. Labels follow the WHATWG
 * Encoding Standard, which maps "iso-8859-1" and "us-ascii" to windows-1252 as browsers do.
 */

export interface DecodedBody {
  text: string;
  /** Encoding actually used, as a WHATWG name (e.g. "utf-8", "windows-1252"). */
  encoding: string;
}

const XML_DECLARATION = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/;

/**
 * Picks the encoding in the order RFC 7303 §3.2 gives XML consumers: a byte order mark is
 * authoritative, then the charset parameter of Content-Type, then the XML declaration, then
 * UTF-8. Servers often send a site-wide charset that contradicts the feed, so where the header
 * and the declaration disagree the bytes decide: text that is valid UTF-8 is read as UTF-8 when
 * either names it, and text that is not valid UTF-8 cannot be UTF-8 (then the declaration is
 * believed, or windows-1252 as browsers do). Otherwise every accented letter would become
 * mojibake or U+FFFD.
 */
export function decodeFeedBody(body: Buffer, contentType?: string | null): DecodedBody {
  const bom = bomEncoding(body);
  if (bom) return { text: decode(body.subarray(bom.length), bom.encoding), encoding: bom.encoding };

  const declared = declaredEncoding(body);
  const fromHeader = supported(charsetParameter(contentType));
  const chosen = fromHeader ?? declared ?? 'utf-8';
  const utf8 = chosen === 'utf-8' || declared === 'utf-8' ? strictUtf8(body) : null;
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  if (chosen !== 'utf-8') return { text: decode(body, chosen), encoding: chosen };
  const fallback = declared && declared !== 'utf-8' ? declared : 'windows-1252';
  return { text: decode(body, fallback), encoding: fallback };
}

/** The charset parameter of a Content-Type value (RFC 9110 §8.3), lowercased, or null. */
export function charsetParameter(contentType: string | null | undefined): string | null {
  const match = contentType?.match(/;\s*charset\s*=\s*"?([^";\s]+)"?/i);
  return match?.[1] ? match[1].toLowerCase() : null;
}

function declaredEncoding(body: Buffer): string | null {
  // The declaration is ASCII in every ASCII-compatible encoding and must come first.
  const head = body.subarray(0, 256).toString('latin1');
  return supported(head.match(XML_DECLARATION)?.[1] ?? null);
}

/** The WHATWG name for a label this runtime can decode, or null for unknown labels. */
function supported(label: string | null): string | null {
  if (!label) return null;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

function bomEncoding(body: Buffer): { encoding: string; length: number } | null {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (body[0] === 0xfe && body[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  if (body[0] === 0xff && body[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  return null;
}

function strictUtf8(body: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    return null;
  }
}

/**
 * WHATWG index-windows-1252 for bytes 0x80–0x9F (the rest equals ISO-8859-1). Node 20's
 * TextDecoder("windows-1252") decodes this range as C1 controls, losing € ’ “ ” — …, so this
 * one encoding is decoded here; every other label goes to ICU.
 */
export const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decode(body: Buffer, encoding: string): string {
  if (encoding === 'windows-1252') return decodeWindows1252(body);
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
}

function decodeWindows1252(body: Buffer): string {
  const units = new Uint16Array(body.length);
  for (let index = 0; index < body.length; index += 1) {
    const byte = body[index] ?? 0;
    units[index] = byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH.charCodeAt(byte - 0x80) : byte;
  }
  return new TextDecoder('utf-16le').decode(units);
}
