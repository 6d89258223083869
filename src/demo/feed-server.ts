import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';

export interface FeedServerOptions {
  /** Folder whose top-level files are served (subfolders are not). */
  dir: string;
  /** Clock the fixture dates are rebased to; default: the real current time. */
  now?: Date;
  /** Interface to listen on; default 127.0.0.1. The port is always chosen by the OS. */
  host?: string;
}

export interface FeedServer {
  /** e.g. "http://127.0.0.1:41234"; a file `x.xml` is at `${baseUrl}/x.xml`. */
  baseUrl: string;
  /** How far every feed date was moved, in milliseconds (positive: into the future). */
  offsetMs: number;
  close(): Promise<void>;
}

interface ServedFile {
  body: Buffer;
  contentType: string;
  etag: string;
  lastModified: string;
}

/** Elements holding feed dates: RSS pubDate/lastBuildDate, Atom updated/published, dc:date… */
const DATE_ELEMENT =
  /<((?:[A-Za-z][\w.-]*:)?(?:pubDate|lastBuildDate|updated|published|date|modified|issued))(\s[^>]*)?>(\s*)([^<]+?)(\s*)<\/\1\s*>/g;
const RFC822 =
  /^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\s+(\d{2}):(\d{2})(?::(\d{2}))?\s+([+-]\d{4}|[A-Za-z]{1,3})$/;
const ISO8601 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
/** RFC 822 §5.1 zone names (RFC 5322 §4.3 keeps them as obsolete syntax that readers accept). */
const ZONES: Record<string, number> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
};
const HOUR = 3_600_000;

/**
 * Serves the fixture feeds of `dir` over HTTP on 127.0.0.1 (port chosen by the OS) for the demo
 * and the tests, with Content-Type (charset as the XML declaration says), ETag, Last-Modified and
 * 304 answers to conditional GETs (RFC 9110 §13.1.2, §13.1.3, evaluated in the order of §13.2.2).
 *
 * The fixtures carry fixed dates, so every date in every served XML file (RSS pubDate and
 * lastBuildDate, Atom updated and published, dc:date) is moved by one common offset, chosen so
 * that the newest date of the whole set lands 1 hour before `now` (to the second); relative spacing is kept and
 * each date keeps its original format and time zone. Only the date text changes: every other
 * byte is served as stored, so encoded fixtures stay in their encoding. Unreadable dates are
 * left alone.
 */
export async function startFeedServer(options: FeedServerOptions): Promise<FeedServer> {
  const now = options.now ?? new Date();
  const raw = await readTopLevelFiles(options.dir);
  const feeds = [...raw].filter(([name]) => isXml(name)).map(([, body]) => body);
  const newest = Math.max(...feeds.flatMap((body) => datesIn(body)).map((date) => date.getTime()));
  const offsetMs = Number.isFinite(newest) ? Math.round((now.getTime() - HOUR - newest) / 1000) * 1000 : 0;
  const files = new Map<string, ServedFile>();
  for (const [name, body] of raw) files.set(`/${name}`, prepare(name, body, offsetMs, now));

  const server = createServer((request, response) => answer(files, request, response));
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    offsetMs,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function readTopLevelFiles(dir: string): Promise<Map<string, Buffer>> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files = new Map<string, Buffer>();
  for (const entry of entries.filter((item) => item.isFile()).sort((a, b) => a.name.localeCompare(b.name))) {
    files.set(entry.name, await readFile(join(dir, entry.name)));
  }
  return files;
}

function prepare(name: string, stored: Buffer, offsetMs: number, now: Date): ServedFile {
  const xml = isXml(name);
  const body = xml ? rebaseDates(stored, offsetMs) : stored;
  const newest = Math.max(...datesIn(body).map((date) => date.getTime()));
  // Last-Modified must not lie in the future (RFC 9110 §8.8.2.1).
  const modified = Number.isFinite(newest) ? new Date(Math.min(newest, now.getTime())) : now;
  return {
    body,
    contentType: xml
      ? xmlContentType(body)
      : (OTHER_TYPES[extname(name).toLowerCase()] ?? 'application/octet-stream'),
    etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`,
    lastModified: modified.toUTCString(),
  };
}

function isXml(name: string): boolean {
  return extname(name).toLowerCase() === '.xml';
}

const OTHER_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.yaml': 'application/yaml; charset=utf-8',
  '.yml': 'application/yaml; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.json': 'application/json',
};

/**
 * Works on the bytes as latin1, which maps each byte to one char and back unchanged, so files in
 * any ASCII-compatible encoding (UTF-8, ISO-8859-1, windows-1252) round-trip byte for byte.
 */
function rebaseDates(body: Buffer, offsetMs: number): Buffer {
  if (offsetMs === 0) return body;
  const text = body.toString('latin1').replace(DATE_ELEMENT, (whole, tag, attrs, lead, value, trail) => {
    const moved = shiftDate(value, offsetMs);
    return moved === null ? whole : `<${tag}${attrs ?? ''}>${lead}${moved}${trail}</${tag}>`;
  });
  return Buffer.from(text, 'latin1');
}

function datesIn(body: Buffer): Date[] {
  const dates: Date[] = [];
  for (const match of body.toString('latin1').matchAll(DATE_ELEMENT)) {
    const parsed = parseFeedDate(match[4] ?? '');
    if (parsed) dates.push(parsed.date);
  }
  return dates;
}

interface ParsedDate {
  date: Date;
  offsetMinutes: number;
  format: (local: Date) => string;
}

/** Reads an RFC 822 or ISO 8601 date and remembers how to write it back in the same style and zone. */
function parseFeedDate(value: string): ParsedDate | null {
  const rfc = RFC822.exec(value);
  if (rfc) {
    const [, day, month, year, hour, minute, second, zone = ''] = rfc;
    const monthIndex = MONTHS.findIndex((name) => name.toLowerCase() === month?.toLowerCase());
    const offsetMinutes = zoneMinutes(zone);
    if (monthIndex < 0 || offsetMinutes === null) return null;
    const local = Date.UTC(
      Number(year),
      monthIndex,
      Number(day),
      Number(hour),
      Number(minute),
      Number(second ?? 0),
    );
    const withWeekday = /^[A-Za-z]{3},/.test(value);
    const withSeconds = second !== undefined;
    return {
      date: new Date(local - offsetMinutes * 60_000),
      offsetMinutes,
      format: (d) =>
        `${withWeekday ? `${DAYS[d.getUTCDay()]}, ` : ''}${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ` +
        `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}${withSeconds ? `:${pad(d.getUTCSeconds())}` : ''} ${zone}`,
    };
  }
  const isoMatch = ISO8601.exec(value);
  if (!isoMatch) return null;
  const [, year, month, day, hour, minute, second, fraction = '', zone = 'Z'] = isoMatch;
  const offsetMinutes = zone === 'Z' ? 0 : isoZoneMinutes(zone);
  const local = Date.UTC(
    Number(year),
    Number(month) - 1,
    Number(day),
    Number(hour),
    Number(minute),
    Number(second ?? 0),
  );
  return {
    date: new Date(local - offsetMinutes * 60_000),
    offsetMinutes,
    format: (d) =>
      `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}` +
      `${second !== undefined ? `:${pad(d.getUTCSeconds())}${fraction}` : ''}${zone}`,
  };
}

function shiftDate(value: string, offsetMs: number): string | null {
  const parsed = parseFeedDate(value);
  if (!parsed) return null;
  const local = new Date(parsed.date.getTime() + offsetMs + parsed.offsetMinutes * 60_000);
  return parsed.format(local);
}

function zoneMinutes(zone: string): number | null {
  if (/^[+-]\d{4}$/.test(zone)) return isoZoneMinutes(zone);
  return ZONES[zone.toUpperCase()] ?? null;
}

function isoZoneMinutes(zone: string): number {
  const digits = zone.replace(':', '');
  const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
  return digits.startsWith('-') ? -minutes : minutes;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** Feed media type from the root element; charset from the XML declaration (UTF-8 if none). */
function xmlContentType(body: Buffer): string {
  const head = body.subarray(0, 2048).toString('latin1');
  const charset =
    /^\s*<\?xml[^>]*\sencoding\s*=\s*["']([^"']+)["']/.exec(head)?.[1]?.toLowerCase() ?? 'utf-8';
  const type = /<rss[\s>]/.test(head)
    ? 'application/rss+xml'
    : /<feed[\s>]/.test(head)
      ? 'application/atom+xml'
      : /<rdf:RDF[\s>]/.test(head)
        ? 'application/rdf+xml'
        : 'application/xml';
  return `${type}; charset=${charset}`;
}

function answer(files: Map<string, ServedFile>, request: IncomingMessage, response: ServerResponse): void {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
    response.end('method not allowed\n');
    return;
  }
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (path === '/') {
    const index = `${[...files.keys()].join('\n')}\n`;
    response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
    response.end(request.method === 'HEAD' ? undefined : index);
    return;
  }
  const file = files.get(safeDecode(path));
  if (!file) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('not found\n');
    return;
  }
  const validators = { etag: file.etag, 'last-modified': file.lastModified, 'cache-control': 'no-cache' };
  if (notModified(request, file)) {
    // RFC 9110 §15.4.5: a 304 carries the validators a 200 would have sent.
    response.writeHead(304, validators);
    response.end();
    return;
  }
  response.writeHead(200, {
    ...validators,
    'content-type': file.contentType,
    'content-length': file.body.length,
  });
  response.end(request.method === 'HEAD' ? undefined : file.body);
}

/**
 * RFC 9110 §13.2.2: If-None-Match first (weak comparison, §13.1.2; "*" matches any); only when
 * it is absent, If-Modified-Since (§13.1.3), which holds when the file is not newer.
 */
function notModified(request: IncomingMessage, file: ServedFile): boolean {
  const ifNoneMatch = request.headers['if-none-match'];
  if (ifNoneMatch !== undefined) {
    const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
    return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(file.etag));
  }
  const since = Date.parse(request.headers['if-modified-since'] ?? '');
  return !Number.isNaN(since) && Date.parse(file.lastModified) <= since;
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
