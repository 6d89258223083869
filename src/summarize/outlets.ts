import type { ContentDoc, SourceRef } from '../shared/types';

/**
 * Who reported a story. "Summary based on N sources" counts outlets, not articles: two
 * articles of one outlet are one source. The outlet name decides; without it the URL host
 * ("www." dropped); without either each article counts on its own.
 */

export function hostOf(url: string): string {
  if (!/^https?:\/\//i.test(url)) return '';
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

export function outletKey(doc: ContentDoc): string {
  const outlet = doc.outlet.trim().toLowerCase().replace(/\s+/g, ' ');
  if (outlet.length > 0) return `outlet:${outlet}`;
  const host = hostOf(doc.url);
  if (host.length > 0) return `host:${host}`;
  return `article:${doc.id}`;
}

export function countOutlets(docs: ContentDoc[]): number {
  return new Set(docs.map(outletKey)).size;
}

function validDate(date: Date | null): Date | null {
  return date instanceof Date && !Number.isNaN(date.getTime()) ? date : null;
}

function time(date: Date | null): number {
  const value = date?.getTime();
  return value === undefined || Number.isNaN(value) ? Number.NEGATIVE_INFINITY : value;
}

/** The source list, newest first; undated articles last, in input order. `via` names the wire each carries. */
export function sourceList(docs: ContentDoc[], titles: string[], via: (string | null)[] = []): SourceRef[] {
  const refs = docs.map((doc, i) => ({
    ref: {
      articleId: doc.id,
      outlet: doc.outlet.trim() || hostOf(doc.url),
      title: titles[i] ?? '',
      url: /^https?:\/\//i.test(doc.url) ? doc.url : '',
      publishedAt: validDate(doc.publishedAt),
      via: via[i] ?? null,
    },
    order: i,
  }));
  refs.sort((a, b) => time(b.ref.publishedAt) - time(a.ref.publishedAt) || a.order - b.order);
  return refs.map((entry) => entry.ref);
}
