import { freezeEdition, type RankedStory, slotOf } from '../edition/freeze-edition';
import {
  closerElsewhere,
  latestBurst,
  newestHeadlineGroup,
  sinceOtherEvent,
  unlikeHeadline,
} from '../edition/latest-burst';
import { rankStories } from '../edition/rank-stories';
import { openingOf, sameEventGroups, withoutOtherLeads } from '../edition/same-event';
import { daySlotsBefore, pointsShown, shownUnchanged } from '../edition/shown-before';
import type { ContentDoc, StorySummary } from '../shared/types';
import { type ArticleRow, rowToArticle, type StoredEdition } from '../store';
import { summarizeStory, summarizeStoryWithLlm } from '../summarize';
import { clusterPending } from './cluster-pending';
import type { AppContext } from './context';

/** Most recent articles of a story given to the summarizer; older ones add little but cost time. */
const ARTICLES_PER_SUMMARY = 12;
/** Candidates summarized per section, as a multiple of the stories it shows. */
const CANDIDATE_FACTOR = 3;
/** A section is filled with single-source stories only up to this many. */
const MIN_STORIES_PER_SECTION = 3;

/** An edition for the slot, or why none can be built yet (the first edition waits, see below). */
export type BuildOutcome =
  | { edition: StoredEdition; built: boolean; waiting?: undefined }
  | { edition: null; built: false; waiting: string };

/** Unpolled source ids named in the reason a first edition waits; the rest are counted. */
const NAMED_SOURCES = 5;

/**
 * Why the first edition may not be built yet, or null when it may (docs/ingest.md "Cold start"):
 * until one exists, every enabled source must have been polled once, its articles stored or its
 * failure recorded (a failed poll counts as done), so the first readers never get an edition
 * built from an empty or half-filled store. Once any edition exists this asks nothing more.
 */
export async function firstEditionWait(context: AppContext): Promise<string | null> {
  const { store } = context;
  if ((await store.editions.count()) > 0) return null;
  const enabled = await store.sources.countPollable();
  if (enabled === 0) return 'no source is enabled yet, so nothing has been polled';
  const unpolled = await store.sources.listUnpolled();
  if (unpolled.length === 0) return null;
  const named = unpolled.slice(0, NAMED_SOURCES).map((source) => source.id);
  const more = unpolled.length > named.length ? ` and ${unpolled.length - named.length} more` : '';
  return `${unpolled.length} of ${enabled} enabled sources not polled yet (${named.join(', ')}${more})`;
}

/**
 * Builds and freezes the edition for a slot (idempotent: an existing edition is returned as is).
 * The first edition waits until every enabled source has been polled once (`firstEditionWait`);
 * it then clusters what is pending (so everything those polls stored), ranks the stories active
 * within the look-back, summarizes the best candidates of each section and stores the frozen
 * content.
 */
export async function buildEdition(context: AppContext, slot: Date): Promise<BuildOutcome> {
  const { store, config } = context;
  const slotKey = slotOf(slot).toISOString();
  const existing = await store.editions.bySlot(slotKey);
  if (existing) return { edition: existing, built: false };
  const waiting = await firstEditionWait(context);
  if (waiting) {
    context.logger.info(
      { slot: slotKey, reason: waiting },
      'first edition waits for the first poll of every source',
    );
    return { edition: null, built: false, waiting };
  }

  await clusterPending(context);
  const now = context.now();
  const stories = await store.stories.loadRecent(
    new Date(now.getTime() - config.edition.lookbackHours * 3_600_000),
  );
  const articles = groupByStory(await store.articles.byStories(stories.map((story) => story.id)));
  const ranked = rankStories(
    stories.map((story) => {
      const own = articles.get(story.id) ?? [];
      return {
        id: story.id,
        articleTimes: own.map(articleTime),
        outlets: own.map((row) => row.outlet),
        tieKey: own.map((row) => row.canonical_url).sort()[0],
      };
    }),
    now,
  );
  const sectionOf = new Map(stories.map((story) => [story.id, story.section]));
  const summarized: RankedStory[] = [];
  for (const section of config.sections) {
    const inSection = ranked.filter((story) => sectionOf.get(story.id) === section.id);
    const chosen = inSection.slice(0, section.maxStories * CANDIDATE_FACTOR);
    const titlesOf = (id: string) => (articles.get(id) ?? []).map((row) => row.title ?? '');
    for (const story of chosen) {
      const others = chosen.filter((other) => other.id !== story.id).map((other) => titlesOf(other.id));
      summarized.push({
        storyId: story.id,
        section: section.id,
        summary: await summarizeRows(context, articles.get(story.id) ?? [], others),
      });
    }
  }
  const before: StoredEdition[] = [];
  for (const day of daySlotsBefore(slotKey, config.edition.lookbackHours)) {
    const edition = await store.editions.bySlot(day);
    if (edition) before.push(edition);
  }
  const candidates = withoutShownBefore(
    context,
    withoutOtherLeads(await mergeSameEvents(context, summarized, articles)),
    {
      slot: slotKey,
      before,
    },
  );
  const content = freezeEdition({
    editionId: context.newId(),
    slot: new Date(slotKey),
    builtAt: now,
    sections: config.sections,
    ranked: candidates,
    minOutlets: config.edition.minOutlets,
    minStoriesPerSection: MIN_STORIES_PER_SECTION,
  });
  const edition = await store.editions.createForSlot(content);
  const counts = content.sections.map((section) => `${section.id}:${section.stories.length}`).join(' ');
  context.logger.info({ edition_id: edition.id, slot: slotKey, stories: counts }, 'edition built');
  return { edition, built: edition.id === content.editionId };
}

/**
 * The candidates without the stories the editions of the mornings before showed unchanged
 * (shown-before.ts), unless `edition.repeatUnchanged` is set. A story left out stays on its page
 * and comes back as soon as a new report adds a point.
 */
function withoutShownBefore(
  context: AppContext,
  candidates: RankedStory[],
  { slot, before }: { slot: string; before: StoredEdition[] },
): RankedStory[] {
  if (before.length === 0 || context.config.edition.repeatUnchanged) return candidates;
  const shown = pointsShown(before.map((edition) => edition.content));
  const kept = candidates.filter((story) => !shownUnchanged(story.summary, shown));
  const left = candidates.filter((story) => !kept.includes(story)).map((story) => story.storyId);
  if (left.length > 0)
    context.logger.info({ slot, stories: left }, 'stories shown unchanged the day before left out');
  return kept;
}

function recentDocs(rows: ArticleRow[]): ContentDoc[] {
  return rows.slice(-ARTICLES_PER_SUMMARY).map(toContentDoc);
}

/**
 * A story's summary for the edition, written from its latest burst of reporting (latest-burst.ts)
 * when that burst is corroborated on its own (the edition's `minOutlets` independent reports);
 * without the burst when it is one report whose headline shares only names with the story's (one
 * actor's other event, shown once a second report confirms it) or more with another story of the
 * morning than with its own, and not at all when nothing else of the story is within the look-back;
 * from the bursts after one actor's other event (`sinceOtherEvent`) when they are corroborated,
 * then from the newest headlines' group when it tells another event than the older headlines and
 * is corroborated (`newestHeadlineGroup`);
 * otherwise from its most recent articles, as before. A summary with no points is no candidate.
 */
async function summarizeRows(
  context: AppContext,
  rows: ArticleRow[],
  otherStories: readonly (readonly string[])[] = [],
): Promise<StorySummary> {
  const burst = latestBurst(rows, (row) => articleTime(row).getTime());
  if (burst !== null) {
    const summary = await summarize(context, recentDocs(burst));
    if (summary.reportCount >= context.config.edition.minOutlets) return summary;
    const before = rows.slice(0, rows.length - burst.length);
    const lone = burst.length === 1 ? burst[0] : undefined;
    const titles = before.map((row) => row.title ?? '');
    if (
      lone !== undefined &&
      (unlikeHeadline(lone.title ?? '', titles) || closerElsewhere(lone.title ?? '', titles, otherStories))
    ) {
      // Without the lone report the story may have had nothing within the look-back: then it is
      // no candidate this morning (its last reports were shown on their own mornings).
      const newest = before.at(-1);
      const since = context.now().getTime() - context.config.edition.lookbackHours * 3_600_000;
      if (newest === undefined || articleTime(newest).getTime() < since) return { ...summary, points: [] };
      return summarize(context, recentDocs(before));
    }
    // One actor's other event in an earlier burst: written from the bursts after it when they
    // are corroborated on their own.
    const since = sinceOtherEvent(
      rows,
      (row) => articleTime(row).getTime(),
      (row) => row.title ?? '',
    );
    if (since.length < rows.length) {
      const later = await summarize(context, recentDocs([...since]));
      if (later.reportCount >= context.config.edition.minOutlets) return later;
    }
  }
  // The newest headlines tell another event of the story's actor than the older ones', after a
  // quiet spell shorter than a burst's or longer: written from them alone when they are corroborated.
  const group = newestHeadlineGroup(
    rows,
    (row) => articleTime(row).getTime(),
    (row) => row.title ?? '',
  );
  if (group !== null) {
    const summary = await summarize(context, recentDocs(group));
    if (summary.reportCount >= context.config.edition.minOutlets) return summary;
  }
  return summarize(context, recentDocs(rows));
}

/**
 * One story per event (same-event.ts): candidates that report one event become the best-ranked
 * one, summarized again from all their articles; the others are recorded as merged into it, as
 * the clusterer records its own merges, so their ids lead to the survivor.
 */
async function mergeSameEvents(
  context: AppContext,
  candidates: RankedStory[],
  articles: Map<string, ArticleRow[]>,
): Promise<RankedStory[]> {
  const merged: RankedStory[] = [];
  const compared = candidates.map((story) => ({
    ...story,
    opening: openingOf(recentDocs(articles.get(story.storyId) ?? [])),
  }));
  for (const group of sameEventGroups(compared)) {
    const [first, ...rest] = group.map((index) => candidates[index]).filter((story) => story !== undefined);
    if (first === undefined) continue;
    if (rest.length === 0) {
      merged.push(first);
      continue;
    }
    const rows = [first, ...rest].flatMap((story) => articles.get(story.storyId) ?? []);
    rows.sort((a, b) => articleTime(a).getTime() - articleTime(b).getTime());
    articles.set(first.storyId, rows);
    await context.store.transaction(async (repos) => {
      for (const story of rest) {
        await repos.stories.markMerged(story.storyId, first.storyId);
        await repos.articles.repointStory(story.storyId, first.storyId);
      }
    });
    context.logger.info(
      { story_id: first.storyId, merged: rest.map((story) => story.storyId) },
      'stories of one event merged for the edition',
    );
    merged.push({ ...first, summary: await summarizeRows(context, rows) });
  }
  return merged;
}

function groupByStory(rows: ArticleRow[]): Map<string, ArticleRow[]> {
  const groups = new Map<string, ArticleRow[]>();
  for (const row of rows) {
    if (!row.story_id) continue;
    const list = groups.get(row.story_id) ?? [];
    list.push(row);
    groups.set(row.story_id, list);
  }
  return groups;
}

function articleTime(row: ArticleRow): Date {
  return new Date(row.published_at ?? row.fetched_at);
}

function toContentDoc(row: ArticleRow): ContentDoc {
  const article = rowToArticle(row);
  return {
    id: article.id,
    title: article.title,
    titleDerived: article.titleDerived === true,
    text: article.text,
    publishedAt: article.publishedAt,
    outlet: article.outlet,
    url: article.url,
  };
}

/**
 * Extractive by default; with LLM_BASE_URL set, the grounded abstractive mode, which drops any
 * generated point no source sentence supports and falls back to extractive on error or timeout.
 */
async function summarize(context: AppContext, docs: ContentDoc[]): Promise<StorySummary> {
  const { maxPoints, llm } = context.config.summarize;
  const readAt = context.now();
  if (!llm.baseUrl || !llm.model) return summarizeStory(docs, { maxPoints, readAt });
  const result = await summarizeStoryWithLlm(docs, {
    maxPoints,
    readAt,
    llm: { baseUrl: llm.baseUrl, model: llm.model, apiKey: llm.apiKey, timeoutMs: llm.timeoutMs },
  });
  if (result.mode === 'extractive' || result.dropped > 0) {
    context.logger.info(
      { mode: result.mode, dropped: result.dropped, reason: result.fallbackReason },
      'llm summary fell back',
    );
  }
  return result;
}
