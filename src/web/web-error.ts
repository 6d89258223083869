import { BriefError } from '../shared/errors';

/** An error with the HTTP status it should produce (RFC 9110 §15). */
export class WebError extends BriefError {
  readonly statusCode: number;
  /** The request field at fault, for 400s. */
  readonly field: string | null;

  constructor(statusCode: number, code: string, message: string, field: string | null = null) {
    super('web', code, message);
    this.name = 'WebError';
    this.statusCode = statusCode;
    this.field = field;
  }
}

/** Maps a coded error from a service (e.g. the admin service) to an HTTP status, or null. */
export function statusForCode(code: string): number | null {
  if (code === 'NOT_FOUND' || code.endsWith('_NOT_FOUND')) return 404;
  if (code === 'CONFLICT' || code.startsWith('ALREADY_') || code.endsWith('_CONFLICT')) return 409;
  if (code === 'BAD_REQUEST' || code.startsWith('INVALID') || code.endsWith('_INVALID')) return 400;
  return null;
}

/** The status an error should produce: our own, a coded service error, Fastify's 4xx, else 500. */
export function statusOf(error: unknown): number {
  if (error instanceof WebError) return error.statusCode;
  if (error instanceof BriefError) return statusForCode(error.code) ?? 500;
  const statusCode = (error as { statusCode?: unknown } | null)?.statusCode;
  if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) return statusCode;
  return 500;
}
