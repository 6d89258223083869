import type { AppConfig } from '../config/load-config';
import { personalize, renderVariant, variantKey } from '../render';
import type { StoredEdition, VariantRow } from '../store';
import type { AppContext } from './context';

/** The variant a reader gets: their sections that still exist (else the defaults), as a sorted key. */
export function variantKeyFor(config: Readonly<AppConfig>, sections: string[]): string {
  const chosen = config.sections.map((section) => section.id).filter((id) => sections.includes(id));
  return variantKey(chosen.length > 0 ? chosen : [...config.defaultSections]);
}

/**
 * Returns the rendered (edition, variant), compiling the MJML only when no process has stored it
 * yet: invariant 6, once per (edition, variant), never per recipient.
 */
export async function ensureVariant(
  context: AppContext,
  edition: StoredEdition,
  key: string,
): Promise<VariantRow> {
  const stored = await context.store.editions.getVariant(edition.id, key);
  if (stored) return stored;
  const { config } = context;
  const rendered = await renderVariant(edition.content, key.split('+'), {
    senderName: config.sender.name,
    postalAddress: config.sender.postalAddress,
    publicUrl: config.publicUrl,
  });
  const saved = await context.store.editions.saveVariant({
    edition_id: edition.id,
    variant_key: key,
    subject: rendered.subject,
    html: rendered.html,
    text: rendered.text,
    created_at: context.now().toISOString(),
  });
  context.logger.info(
    { edition_id: edition.id, variant: key, html_bytes: rendered.htmlBytes, trimmed: rendered.trimmed },
    'variant rendered',
  );
  await writePreview(context, edition.id, saved);
  return saved;
}

/** Without SMTP, the outbox also gets one browsable HTML preview per variant (links point nowhere). */
async function writePreview(context: AppContext, editionId: string, variant: VariantRow): Promise<void> {
  const { mailer } = context;
  if (!('writePreview' in mailer)) return;
  const base = context.config.publicUrl.replace(/\/+$/, '');
  const filled = personalize(variant, {
    preferencesUrl: `${base}/p/preview`,
    unsubscribeUrl: `${base}/u/preview`,
    localDateLabel: 'Preview',
  });
  await mailer.writePreview(variant.variant_key, editionId, filled.html);
}
