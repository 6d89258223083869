import type { ParsedMail } from 'mailparser';

/** A header as it was written (unfolded), read from the raw header lines mailparser keeps. */
export function header(mail: ParsedMail, name: string): string {
  const line = mail.headerLines.find((entry) => entry.key === name);
  if (!line) throw new Error(`missing header ${name}`);
  return line.line
    .slice(line.line.indexOf(':') + 1)
    .replace(/\r?\n\s+/g, ' ')
    .trim();
}
