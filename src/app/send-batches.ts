import { MessageTemplate } from '../deliver';
import { personalize } from '../render';
import { BriefError } from '../shared/errors';
import type { Subscriber } from '../shared/types';
import type { Delivery, VariantRow } from '../store';
import { Batcher } from './batcher';
import type { AppContext } from './context';
import { ensureVariant } from './variants';

/** A claimed delivery with its reader (undefined reader: deleted since the delivery was made). */
export interface Claimed {
  delivery: Delivery;
  subscriber: Subscriber | undefined;
}

/** Templates and variants kept per process; an edition's are dropped once it is no longer sent. */
const KEPT_EDITIONS = 4;

/**
 * What the send jobs of one process share (docs/architecture.md "Sending"): claims and "sent"
 * updates of concurrent jobs batched into one statement each, and per (edition, variant) the
 * stored variant and, per local day and format, the message template, built once.
 */
export class SendBatches {
  readonly claims: Batcher<string, Claimed>;
  private readonly sent: Batcher<{ id: string; messageId: string }, true>;
  private readonly variants = new Map<string, Promise<VariantRow>>();
  private readonly templates = new Map<string, Promise<MessageTemplate>>();
  private readonly editions: string[] = [];

  constructor(private readonly context: AppContext) {
    this.claims = new Batcher((ids) => this.claimAll(ids));
    this.sent = new Batcher(async (entries) => {
      await context.store.deliveries.markSentMany(entries, context.now());
      return new Map(entries.map((entry) => [entry, true as const]));
    });
  }

  markSent(id: string, messageId: string): Promise<unknown> {
    return this.sent.load({ id, messageId });
  }

  /** The stored variant, read (or rendered, if no process did yet) once per process. */
  variant(delivery: Delivery): Promise<VariantRow> {
    const key = `${delivery.editionId}\u0000${delivery.variantKey}`;
    return this.remember(this.variants, key, delivery.editionId, async () => {
      const stored = await this.context.store.editions.getVariant(delivery.editionId, delivery.variantKey);
      if (stored) return stored;
      const edition = await this.context.store.editions.get(delivery.editionId);
      if (!edition)
        throw new BriefError(
          'deliver',
          'DELIVER_NO_EDITION',
          `edition ${delivery.editionId} no longer exists`,
        );
      return ensureVariant(this.context, edition, delivery.variantKey);
    });
  }

  /** The message template of a variant for one local day and format, built once per process. */
  template(
    delivery: Delivery,
    variant: VariantRow,
    html: boolean,
    shared: (subject: string) => Parameters<typeof MessageTemplate.build>[0],
  ): Promise<MessageTemplate> {
    const key = `${delivery.editionId}\u0000${delivery.variantKey}\u0000${delivery.localDate}\u0000${html}`;
    return this.remember(this.templates, key, delivery.editionId, () => {
      const { subject } = personalize(
        { subject: variant.subject, html: '', text: '' },
        {
          preferencesUrl: 'https://x.invalid/',
          unsubscribeUrl: 'https://x.invalid/',
          localDateLabel: localDateLabel(delivery.localDate),
        },
      );
      const input = shared(subject);
      return MessageTemplate.build({ ...input, html: html ? input.html : null });
    });
  }

  private async claimAll(ids: string[]): Promise<Map<string, Claimed>> {
    const { store } = this.context;
    const claimed = await store.deliveries.claimMany(ids, this.context.now());
    if (claimed.length === 0) return new Map();
    const readers = await store.subscribers.getMany([...new Set(claimed.map((row) => row.subscriberId))]);
    return new Map(
      claimed.map((delivery) => [delivery.id, { delivery, subscriber: readers.get(delivery.subscriberId) }]),
    );
  }

  /** One promise per key; a failed one is forgotten so the next job tries again. */
  private remember<T>(
    cache: Map<string, Promise<T>>,
    key: string,
    editionId: string,
    make: () => Promise<T>,
  ): Promise<T> {
    const kept = cache.get(key);
    if (kept) return kept;
    this.keepEdition(editionId);
    const made = make();
    cache.set(key, made);
    made.catch(() => cache.delete(key));
    return made;
  }

  private keepEdition(editionId: string): void {
    if (this.editions.includes(editionId)) return;
    this.editions.push(editionId);
    while (this.editions.length > KEPT_EDITIONS) {
      const dropped = this.editions.shift() as string;
      for (const cache of [this.variants, this.templates] as Map<string, unknown>[])
        for (const key of cache.keys()) if (key.startsWith(`${dropped}\u0000`)) cache.delete(key);
    }
  }
}

const LABEL_FORMAT = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
/** Labels by local date: formatting a date costs more than the rest of a message's personalizing. */
const labels = new Map<string, string>();

/** "Saturday 28 November 2026" for a local date "2026-11-28" (the reader's own calendar day). */
export function localDateLabel(localDate: string): string {
  let label = labels.get(localDate);
  if (label === undefined) {
    label = LABEL_FORMAT.format(new Date(`${localDate}T12:00:00Z`));
    if (labels.size > 1000) labels.clear();
    labels.set(localDate, label);
  }
  return label;
}
