import { normalizeSignupEmail } from './email-address';
import { canonicalTimeZone } from './time-zones';

/** One reader to import, with the file line it came from (1 is the header). */
export interface ImportRow {
  line: number;
  email: string;
  sections: string[];
  sendHour: number;
  timezone: string;
}

export interface ImportRules {
  sections: ReadonlySet<string>;
  defaultSections: readonly string[];
  defaultHour: number;
  defaultTimezone: string;
}

export type ImportParse = { ok: true; rows: ImportRow[] } | { ok: false; errors: string[] };

const HEADER = ['email', 'sections', 'hour', 'timezone'];

/**
 * Reads a CSV of readers (`email,sections,hour,timezone`; sections separated by ";"; an empty
 * sections, hour or time zone takes the configured default). Fields may be quoted as RFC 4180
 * allows. Every bad line is reported by number, and any error rejects the whole file: an import
 * is all or nothing (docs/operations.md).
 */
export function parseSubscriberCsv(text: string, rules: ImportRules): ImportParse {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = splitCsvLine(lines[0] ?? '');
  if (!header || header.map((name) => name.trim().toLowerCase()).join(',') !== HEADER.join(',')) {
    return { ok: false, errors: [`line 1: expected the header "${HEADER.join(',')}"`] };
  }
  const rows: ImportRow[] = [];
  const errors: string[] = [];
  const seen = new Map<string, number>();
  for (const [index, text] of lines.slice(1).entries()) {
    const line = index + 2;
    if (text.trim() === '') continue;
    const parsed = parseRow(text, rules);
    const earlier = typeof parsed === 'string' ? undefined : seen.get(parsed.email);
    if (typeof parsed === 'string') errors.push(`line ${line}: ${parsed}`);
    else if (earlier !== undefined)
      errors.push(`line ${line}: ${parsed.email} is already on line ${earlier}`);
    else {
      seen.set(parsed.email, line);
      rows.push({ line, ...parsed });
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows };
}

function parseRow(text: string, rules: ImportRules): Omit<ImportRow, 'line'> | string {
  const fields = splitCsvLine(text);
  if (!fields) return 'unbalanced quotes';
  if (fields.length !== HEADER.length) return `expected ${HEADER.length} fields, found ${fields.length}`;
  const [rawEmail, rawSections, rawHour, rawZone] = fields.map((field) => field.trim()) as [
    string,
    string,
    string,
    string,
  ];
  const email = normalizeSignupEmail(rawEmail);
  if (!email.ok) return `"${rawEmail.slice(0, 80)}" is not an email address`;
  const sections =
    rawSections === '' ? [...rules.defaultSections] : rawSections.split(';').map((id) => id.trim());
  const unknown = sections.filter((id) => !rules.sections.has(id));
  if (unknown.length > 0)
    return `unknown section(s) ${unknown.join(', ')}; configured: ${[...rules.sections].join(', ')}`;
  const sendHour = rawHour === '' ? rules.defaultHour : Number(rawHour);
  if (!/^\d{0,2}$/.test(rawHour) || !Number.isInteger(sendHour) || sendHour < 0 || sendHour > 23)
    return `hour "${rawHour.slice(0, 10)}": expected 0-23`;
  const timezone = rawZone === '' ? rules.defaultTimezone : canonicalTimeZone(rawZone);
  if (!timezone) return `time zone "${rawZone.slice(0, 40)}": not an IANA time zone such as Europe/Paris`;
  return { email: email.email, sections: [...new Set(sections)], sendHour, timezone };
}

/** Splits one CSV line; a quoted field may hold commas and doubled quotes. Null when quotes do not close. */
function splitCsvLine(text: string): string[] | null {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (char === ',') {
      fields.push(field);
      field = '';
    } else field += char;
  }
  if (quoted) return null;
  fields.push(field);
  return fields;
}
