import { BriefError } from '../shared/errors';
import { cleanText, truncateAtWord } from '../shared/text/one-line';
import type { EditionContent } from '../shared/types';
import { HTML_BYTE_LIMIT, planVariant } from './budget';
import { compileMjml, leanHtml } from './compile-mjml';
import type { DigestView } from './digest-view';
import { countMarkers, marker, type PlaceholderName } from './markers';
import { loadTemplates } from './templates';
import { buildTextPart } from './text-part';
import type { Brand, RenderedVariant, RenderOptions } from './types';

/** The variant key: the reader's section ids, deduplicated, sorted, joined by '+'. */
export function variantKey(sectionIds: string[]): string {
  return [...new Set(sectionIds)].sort().join('+');
}

function subjectFor(view: DigestView, brand: Brand): string {
  const senderName = cleanText(brand.senderName, 80) || 'Morning Brief';
  const lead = view.sections[0]?.stories[0]?.headline;
  const tail = lead ? truncateAtWord(lead, 90) : 'a quiet morning';
  return `${senderName} — ${marker('localDateLabel')}: ${tail}`;
}

/** A part that lost a link the reader needs must not go out: fail loudly (invariant 7). */
function requireMarkers(part: string, source: string, required: PlaceholderName[]): void {
  const counts = countMarkers(source);
  const missing = required.filter((name) => counts[name] === 0);
  if (missing.length === 0) return;
  throw new BriefError(
    'render',
    'RENDER_TEMPLATE_BROKEN',
    `${part} part lost its ${missing.join(', ')} placeholder`,
  );
}

/**
 * Renders one edition for one set of sections: MJML compiled exactly once, plus the text
 * part and the subject, all with per-recipient markers for `personalize` to fill.
 *
 * Sections follow the edition's order; ids the edition does not have are ignored. A variant
 * with no stories renders a short "quiet morning" email rather than failing. When the
 * edition is too large for the HTML budget (see budget.ts), stories show fewer points and
 * sources, the same in both parts, and `trimmed` says so.
 *
 * @throws BriefError `RENDER_MJML_INVALID` when a template does not validate,
 *   `RENDER_TEMPLATE_BROKEN` when the output lost a required link,
 *   `RENDER_TOO_LARGE` when the HTML is over budget even at the tersest plan.
 */
export async function renderVariant(
  edition: EditionContent,
  sectionIds: string[],
  brand: Brand,
  options: RenderOptions = {},
): Promise<RenderedVariant> {
  const compile = options.compile ?? compileMjml;
  const templates = loadTemplates(options.templatesDir);
  const key = variantKey(sectionIds);
  const sorted = key === '' ? [] : key.split('+');
  const planned = planVariant(templates, edition, sorted, brand);

  const html = leanHtml(await compile(planned.mjml));
  const htmlBytes = Buffer.byteLength(html, 'utf8');
  if (htmlBytes > HTML_BYTE_LIMIT) {
    throw new BriefError(
      'render',
      'RENDER_TOO_LARGE',
      `edition ${edition.editionId} variant "${key}" is ${htmlBytes} bytes of HTML, over the ${HTML_BYTE_LIMIT} byte budget`,
    );
  }
  const text = buildTextPart(planned.view, brand);
  requireMarkers('html', html, ['preferencesUrl', 'unsubscribeUrl']);
  requireMarkers('text', text, ['preferencesUrl', 'unsubscribeUrl']);

  return {
    editionId: edition.editionId,
    variantKey: key,
    sectionIds: sorted,
    storyCount: planned.view.storyCount,
    subject: subjectFor(planned.view, brand),
    html,
    text,
    htmlBytes,
    plan: planned.plan,
    trimmed: planned.trimmed,
    omittedStories: planned.view.omittedStories,
  };
}
