import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BriefError, errorMessage } from '../shared/errors';
import { escapeHtml } from '../shared/escape-html';

/**
 * The MJML templates in `templates/`. A template holds `{{name}}` slots; `fillTemplate` fills
 * them in one pass (a value is never re-scanned, so feed text cannot inject a slot) and
 * escapes every value unless it is an `Html` fragment built from another template.
 */

export const TEMPLATE_NAMES = [
  'digest',
  'section',
  'story',
  'headline-link',
  'rule',
  'point',
  'point-unattributed',
  'source',
  'source-unlinked',
  'source-more',
  'quiet',
  'link',
  'view-in-browser',
] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];
export type Templates = Record<TemplateName, string>;

/** Markup produced by filling a template; inserted as is. Anything else is text and is escaped. */
export interface Html {
  readonly html: string;
}
export type SlotValue = string | Html;

const SLOT = /\{\{([a-zA-Z]+)\}\}/g;

export function fillTemplate(
  templates: Templates,
  name: TemplateName,
  values: Record<string, SlotValue>,
): Html {
  const html = templates[name].replace(SLOT, (_whole, key: string) => {
    const value = values[key];
    if (value === undefined) {
      throw new BriefError(
        'render',
        'RENDER_TEMPLATE_SLOT',
        `template ${name}.mjml has slot {{${key}}} with no value`,
      );
    }
    return typeof value === 'string' ? escapeHtml(value) : value.html;
  });
  return { html };
}

export function joinHtml(parts: Html[]): Html {
  return { html: parts.map((part) => part.html).join('') };
}

/** Finds `templates/` from this file both under `src/render` (tsx, jest) and `dist/src/render` (build). */
export function defaultTemplatesDir(): string {
  let dir = __dirname;
  for (let depth = 0; depth < 5; depth++) {
    const candidate = join(dir, 'templates');
    if (existsSync(join(candidate, 'digest.mjml'))) return candidate;
    dir = dirname(dir);
  }
  throw new BriefError('render', 'RENDER_TEMPLATES_MISSING', `no templates/digest.mjml above ${__dirname}`);
}

const cache = new Map<string, Templates>();

/** Reads every template once per directory; the files are tiny and never change at run time. */
export function loadTemplates(dir: string = defaultTemplatesDir()): Templates {
  const cached = cache.get(dir);
  if (cached) return cached;
  const entries = TEMPLATE_NAMES.map((name) => [name, readTemplate(dir, name)] as const);
  const templates = Object.fromEntries(entries) as Templates;
  cache.set(dir, templates);
  return templates;
}

function readTemplate(dir: string, name: TemplateName): string {
  const file = join(dir, `${name}.mjml`);
  try {
    return readFileSync(file, 'utf8').trim();
  } catch (error) {
    throw new BriefError(
      'render',
      'RENDER_TEMPLATES_MISSING',
      `cannot read template ${file}: ${errorMessage(error)}`,
      {
        cause: error,
      },
    );
  }
}
