/**
 * A connection URL fit for a log line or an error: the password (and a token given as the user
 * name, as Redis allows) is replaced by "***". Text that does not parse as a URL keeps only its
 * scheme and what follows the last "@", so a malformed URL cannot leak its credentials either.
 */
export function urlWithoutPassword(value: string): string {
  try {
    const url = new URL(value);
    if (url.password) url.password = '***';
    else if (url.username && url.protocol.startsWith('redis')) url.username = '***';
    return url.toString();
  } catch {
    const at = value.lastIndexOf('@');
    if (at < 0) return value;
    const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(value)?.[0] ?? '';
    return `${scheme}***@${value.slice(at + 1)}`;
  }
}
