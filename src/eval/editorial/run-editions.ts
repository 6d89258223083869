import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildEdition } from '../../app/build-edition';
import { closeContext, createContext } from '../../app/context';
import { loadConfig } from '../../config/load-config';
import { silentLogger } from '../../shared/logger';
import type { EditionContent } from '../../shared/types';
import { normalizeFeedItems, type ParsedItem } from '../../sources';
import type { LabelledArticle } from './fixture';

/** The hour (UTC) of the morning editions the evaluation builds, one per day. */
export const EDITION_HOUR_UTC = 6;
const HOUR_MS = 3_600_000;

export interface EvaluatedEdition {
  slot: Date;
  content: EditionContent;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An article as its outlet's feed would carry it: full text as HTML paragraphs. */
function feedItem(article: LabelledArticle): ParsedItem {
  return {
    guid: article.id,
    link: article.url,
    title: article.title,
    summary: '',
    content: article.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('\n'),
    publishedAt: article.published,
    updatedAt: null,
    author: null,
    siteUrl: null,
    language: 'en',
  };
}

function sourceId(outlet: string): string {
  // A letter outside a–z opening or closing the name ("Ñandutí Times") leaves no dash at its ends.
  return outlet
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Morning slots from the day after the first article to the day after the last. */
function morningSlots(articles: readonly LabelledArticle[]): Date[] {
  const times = articles.map((article) => article.published.getTime());
  const first = new Date(Math.min(...times));
  const last = new Date(Math.max(...times));
  const slots: Date[] = [];
  const slot = new Date(
    Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), first.getUTCDate() + 1, EDITION_HOUR_UTC),
  );
  while (slot.getTime() <= last.getTime() + 24 * HOUR_MS) {
    slots.push(new Date(slot));
    slot.setUTCDate(slot.getUTCDate() + 1);
  }
  return slots;
}

/**
 * Runs the labelled articles through production code as a fresh installation would see them:
 * each outlet's items through the sources stage's normalization (as one feed), stored in a
 * SQLite database of its own, and one edition built each morning by buildEdition with the
 * shipped configuration (config/brief.yaml and the defaults: cluster window, look-back,
 * thresholds, points per story), from the articles published by then.
 */
/** A successful poll at `at`, as the sources stage records one. */
function polled(at: Date) {
  return {
    etag: null,
    lastModified: null,
    nextFetchAt: new Date(at.getTime() + 30 * 60_000),
    lastFetchedAt: at,
    errorCount: 0,
    lastError: null,
    errorClass: null,
    note: null,
    status: 'active',
  };
}

export async function runEditions(
  articles: readonly LabelledArticle[],
  root: string,
): Promise<EvaluatedEdition[]> {
  const dir = mkdtempSync(join(tmpdir(), 'brief-editorial-'));
  const outlets = [...new Set(articles.map((article) => article.outlet))];
  const sources = outlets.map((outlet) => ({
    id: sourceId(outlet),
    outlet,
    url: `https://${sourceId(outlet)}.example/feed.xml`,
    section: 'world',
  }));
  const sourcesFile = join(dir, 'sources.yaml');
  writeFileSync(
    sourcesFile,
    `sources:\n${sources.map((s) => `  - {id: ${s.id}, outlet: "${s.outlet}", url: "${s.url}", section: world}`).join('\n')}\n`,
  );
  const config = loadConfig({
    env: {},
    cwd: root,
    overrides: {
      databaseUrl: `sqlite:${join(dir, 'editorial.db')}`,
      sourcesFile,
      outboxDir: join(dir, 'outbox'),
      tokenSecret: 'editorial-evaluation-secret-0123456789',
    },
  });
  let now = new Date(0);
  const context = await createContext({ config, logger: silentLogger, cwd: dir, now: () => now });
  try {
    await context.store.sources.syncFromConfig(
      config.sources.map((source) => ({ ...source, enabled: true })),
      now,
    );
    const pending = await normalizeOutlets(articles);
    const editions: EvaluatedEdition[] = [];
    for (const slot of morningSlots(articles)) {
      now = slot;
      const due = pending.filter((article) => (article.publishedAt?.getTime() ?? 0) <= slot.getTime());
      await context.store.articles.insertNew(due, (article) => article.contentHash);
      // Each outlet's items stand for a poll of its feed: record it, as ingest does, so the first
      // edition (which waits for a poll of every source, docs/ingest.md "Cold start") is built.
      for (const source of config.sources) await context.store.sources.recordFetch(source.id, polled(slot));
      const outcome = await buildEdition(context, slot);
      if (!outcome.edition) throw new Error(`editorial: no edition built: ${outcome.waiting}`);
      editions.push({ slot, content: outcome.edition.content });
    }
    return editions;
  } finally {
    await closeContext(context);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every outlet's items through normalizeFeedItems, as one poll of its feed. */
async function normalizeOutlets(articles: readonly LabelledArticle[]) {
  const byOutlet = new Map<string, LabelledArticle[]>();
  for (const article of articles)
    byOutlet.set(article.outlet, [...(byOutlet.get(article.outlet) ?? []), article]);
  let next = 0;
  const polls = [...byOutlet].map(async ([outlet, own]) => {
    const fetchedAt = new Date(Math.max(...own.map((article) => article.published.getTime())) + HOUR_MS);
    const context = {
      source: { id: sourceId(outlet), outlet, section: 'world' },
      feedUrl: `https://${sourceId(outlet)}.example/feed.xml`,
      fetchedAt,
      maxArticleAgeHours: 24 * 365,
      newId: () => `article-${++next}`,
    };
    return (await normalizeFeedItems(own.map(feedItem), context)).articles;
  });
  return (await Promise.all(polls)).flat();
}
