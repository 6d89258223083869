/** asctime-date (RFC 9110 §5.6.7), e.g. "Sun Nov  6 08:49:37 1994": carries no zone but means GMT. */
const ASCTIME = /^[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2} \d{4}$/;

/**
 * Reads a Retry-After header (RFC 9110 §10.2.3): either delay-seconds or an HTTP-date
 * (IMF-fixdate, or the obsolete RFC 850 and asctime forms a recipient must still accept,
 * RFC 9110 §5.6.7). Returns the moment the server asked us to wait for, or null when the
 * header is absent, unreadable or already past (then it asks for nothing).
 */
export function parseRetryAfter(value: string | null | undefined, now: Date): Date | null {
  const text = value?.trim();
  if (!text) return null;
  if (/^\d+$/.test(text)) {
    const seconds = Number(text);
    if (!Number.isSafeInteger(seconds)) return null;
    return new Date(now.getTime() + seconds * 1000);
  }
  const millis = Date.parse(ASCTIME.test(text) ? `${text} GMT` : text);
  if (Number.isNaN(millis) || millis <= now.getTime()) return null;
  return new Date(millis);
}
