import type mjml2htmlType from 'mjml';
import { BriefError, errorMessage } from '../shared/errors';

let compilations = 0;
let mjml2html: typeof mjml2htmlType | null = null;

/**
 * MJML (with htmlnano and cssnano) is loaded on the first compilation, not at import: a send
 * worker reads rendered variants from the store and never compiles, and the library is ~100 MB
 * of its memory otherwise (docs/email.md "Sending at scale").
 */
function loadMjml(): typeof mjml2htmlType {
  // A deferred require, not import(): under jest an import() is an ES module load it refuses.
  mjml2html ??= require('mjml') as typeof mjml2htmlType;
  return mjml2html;
}

/**
 * MJML compilations run by this process so far: invariant 6 says one per (edition, variant),
 * whatever the number of readers; `npm run bench:send` reports it and a test checks it.
 */
export function mjmlCompilations(): number {
  return compilations;
}

/**
 * The real MJML compiler, strict: a template that does not validate is a `render:` error,
 * never a silently broken email.
 *
 * - `minify: true`: mjml 5 runs htmlnano over the output and cssnano over the styles. cssnano
 *   must be a direct dependency (it is): nested under mjml-core it is not found, mjml warns on
 *   every call and the CSS stays as it was. `leanHtml` then drops what indentation is left
 *   (conditional comments for Outlook keep theirs). Sizes before and after: docs/email.md.
 * - `fonts: {}` turns off MJML's default Google Fonts imports: no remote resources at all.
 * - `ignoreIncludes`: templates are self-contained; nothing may pull files in at render time.
 */
export async function compileMjml(mjml: string): Promise<string> {
  compilations += 1;
  let result: Awaited<ReturnType<typeof mjml2htmlType>>;
  try {
    result = await loadMjml()(mjml, {
      validationLevel: 'strict',
      fonts: {},
      keepComments: false,
      minify: true,
      beautify: false,
      ignoreIncludes: true,
    });
  } catch (error) {
    throw new BriefError('render', 'RENDER_MJML_INVALID', `MJML did not compile: ${mjmlErrorText(error)}`, {
      cause: error,
    });
  }
  if (result.errors.length > 0) {
    const detail = result.errors.map((e) => e.formattedMessage).join('; ');
    throw new BriefError('render', 'RENDER_MJML_INVALID', `MJML did not compile: ${detail}`);
  }
  return result.html;
}

function mjmlErrorText(error: unknown): string {
  const details = (error as { errors?: Array<{ formattedMessage?: string }> } | null)?.errors;
  if (Array.isArray(details) && details.length > 0) {
    return details.map((detail) => detail.formattedMessage ?? 'unknown error').join('; ');
  }
  return errorMessage(error).trim();
}

/**
 * Drops the indentation MJML puts on every line. It is 15–20% of the output and costs the
 * 100 KB budget for nothing; feed text never holds a newline (cleanText), and the output has
 * no <pre> or <textarea>, so leading whitespace is never significant.
 */
export function leanHtml(html: string): string {
  return html.replace(/\n[ \t]+/g, '\n').replace(/\n{2,}/g, '\n');
}
