import { createHash } from 'node:crypto';

/** A public page as sent: its body and the entity tag that names that body. */
export interface CachedPage {
  body: string;
  /** Strong validator (RFC 9110 §8.8.3): a hash of the body, so equal bodies share a tag. */
  etag: string;
}

export interface PageCacheOptions {
  /**
   * How long the editions' generation is trusted before it is read again. Another process (the
   * worker) adds editions, so this is how late a new edition can reach the pages. Default 1 s.
   */
  recheckMs?: number;
  /** Pages kept; past this the oldest is dropped. Default 5,000 (a few MB of HTML). */
  maxEntries?: number;
  /** Monotonic milliseconds; injectable for tests. */
  clock?: () => number;
}

/**
 * Rendered public pages (story, edition, archive, feed). They carry no reader data, so one copy
 * serves everyone until an edition is added: every page depends only on the stored editions, and
 * editions are never changed once frozen, so "how many, and the newest slot" is the cache's
 * generation. Checking it costs one read per `recheckMs`, not one per request
 * (docs/web-pages.md "Speed"). Concurrent misses for one page share one build.
 */
export class PageCache {
  private readonly entries = new Map<string, Promise<CachedPage | null>>();
  private readonly recheckMs: number;
  private readonly maxEntries: number;
  private readonly clock: () => number;
  private generation: string | undefined;
  private checkedAt = Number.NEGATIVE_INFINITY;
  private checking: Promise<void> | null = null;

  constructor(
    private readonly currentGeneration: () => Promise<string>,
    options: PageCacheOptions = {},
  ) {
    this.recheckMs = options.recheckMs ?? 1000;
    this.maxEntries = options.maxEntries ?? 5000;
    this.clock = options.clock ?? (() => performance.now());
  }

  /**
   * The page under `key`, built by `build` on a miss. A build that answers null (nothing to show:
   * a 404) is not kept, so unknown ids cannot fill the cache; a failed build is forgotten.
   */
  async get(key: string, build: () => Promise<string | null>): Promise<CachedPage | null> {
    await this.refresh();
    const kept = this.entries.get(key);
    if (kept) return kept;
    const pending = build().then((body) => (body === null ? null : { body, etag: entityTag(body) }));
    this.entries.set(key, pending);
    pending.then(
      (page) => {
        if (page === null && this.entries.get(key) === pending) this.entries.delete(key);
      },
      () => {
        if (this.entries.get(key) === pending) this.entries.delete(key);
      },
    );
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return pending;
  }

  private async refresh(): Promise<void> {
    if (this.clock() - this.checkedAt < this.recheckMs) return;
    this.checking ??= this.currentGeneration()
      .then((generation) => {
        if (generation !== this.generation) this.entries.clear();
        this.generation = generation;
        this.checkedAt = this.clock();
      })
      .finally(() => {
        this.checking = null;
      });
    await this.checking;
  }
}

export function entityTag(body: string): string {
  return `"${createHash('sha256').update(body, 'utf8').digest('base64url').slice(0, 27)}"`;
}

/**
 * True when an If-None-Match header names this tag (RFC 9110 §13.1.2: weak comparison, so a
 * `W/` tag a proxy weakened still matches; `*` matches any current page).
 */
export function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag);
}
