import type { EditionContent } from '../shared/types';
import { renderVariant, variantKey } from './render-variant';
import type { Brand, RenderedVariant, RenderOptions } from './types';

export interface VariantCacheOptions extends RenderOptions {
  /** Variants kept in memory; the oldest is dropped past this. Default 64 (an edition rarely has more). */
  maxEntries?: number;
}

export interface VariantCache {
  /** The rendered variant for these sections, compiling only on the first request. */
  get(edition: EditionContent, sectionIds: string[]): Promise<RenderedVariant>;
  /** Variants currently held. */
  size(): number;
}

/**
 * Compile once per (edition, variant), never per recipient (invariant 6), the way listmonk
 * compiles a campaign template once and executes it per subscriber. Concurrent requests for
 * the same variant share one compilation; a failed one is forgotten so a retry can succeed.
 */
export function createVariantCache(brand: Brand, options: VariantCacheOptions = {}): VariantCache {
  const maxEntries = options.maxEntries ?? 64;
  const entries = new Map<string, Promise<RenderedVariant>>();

  return {
    get(edition, sectionIds) {
      const key = `${edition.editionId}\u0000${variantKey(sectionIds)}`;
      const cached = entries.get(key);
      if (cached) return cached;
      const pending = renderVariant(edition, sectionIds, brand, options);
      entries.set(key, pending);
      pending.catch(() => entries.delete(key));
      while (entries.size > maxEntries) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
      return pending;
    },
    size: () => entries.size,
  };
}
