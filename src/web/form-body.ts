import type { FormValues } from '../subscriptions/preferences';
import { WebError } from './web-error';

/** A form-encoded body as field → string | string[]; anything else is a 400 naming the body. */
export function readForm(body: unknown): FormValues {
  if (body === undefined || body === null) return {};
  if (typeof body !== 'object' || Array.isArray(body)) {
    throw new WebError(400, 'BODY_INVALID', 'expected a form-encoded body', 'body');
  }
  const values: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(body)) {
    if (typeof value === 'string') values[name] = value;
    else if (Array.isArray(value) && value.every((item) => typeof item === 'string')) values[name] = value;
    else throw new WebError(400, 'FIELD_INVALID', `field "${name}" is not text`, name);
  }
  return values;
}

/** The first value of a field, or undefined. */
export function formField(form: FormValues, name: string): string | undefined {
  const value = form[name];
  if (value === undefined) return undefined;
  return typeof value === 'string' ? value : value[0];
}
