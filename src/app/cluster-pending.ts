import { createClusterer, type StoryMemory } from '../cluster';
import type { ArticleRow, StoryRow } from '../store';
import type { AppContext } from './context';

/** Articles clustered per call; the rest wait for the next call. */
const BATCH = 5000;

export interface ClusterRunResult {
  clustered: number;
  newStories: number;
  merged: number;
}

/**
 * Assigns every unclustered article to a story, in publication order, through the same online
 * clusterer `brief cluster` uses. The clusterer's memory (recent stories and learned IDF) is
 * loaded from the store and its changes written back in one transaction with the assignments,
 * so a crash never counts an article twice.
 */
export async function clusterPending(context: AppContext): Promise<ClusterRunResult> {
  const { store, config } = context;
  const total: ClusterRunResult = { clustered: 0, newStories: 0, merged: 0 };
  for (;;) {
    const pending = await store.articles.listUnclustered(BATCH);
    if (pending.length === 0) return total;
    const result = await clusterBatch(context, pending, config.cluster.windowHours);
    total.clustered += result.clustered;
    total.newStories += result.newStories;
    total.merged += result.merged;
    if (pending.length < BATCH) return total;
  }
}

async function clusterBatch(
  context: AppContext,
  pending: ArticleRow[],
  windowHours: number,
): Promise<ClusterRunResult> {
  const { store } = context;
  const oldest = Math.min(...pending.map((row) => Date.parse(row.published_at ?? row.fetched_at)));
  const rows = await store.stories.loadRecent(new Date(oldest - windowHours * 3_600_000));
  const stats = await store.stories.loadTermStats();
  const sections = new Map(rows.map((row) => [row.id, row.section]));
  const clusterer = createClusterer(
    { windowHours, newStoryId: context.newId },
    {
      docCount: stats.docCount,
      df: stats.df,
      stories: rows.map((row) => JSON.parse(row.centroid) as StoryMemory),
    },
  );
  const assignments: { articleId: string; storyId: string }[] = [];
  let newStories = 0;
  for (const row of pending) {
    const { storyId, isNew } = clusterer.add({
      id: row.id,
      title: row.title,
      text: row.text,
      publishedAt: new Date(row.published_at ?? row.fetched_at),
      outlet: row.outlet,
      url: row.canonical_url,
    });
    if (isNew) {
      newStories++;
      sections.set(storyId, row.section);
    }
    assignments.push({ articleId: row.id, storyId });
  }
  // A story may have been merged into another later in the batch: point at the survivor.
  for (const assignment of assignments) assignment.storyId = clusterer.resolve(assignment.storyId);
  const changes = clusterer.takeChanges();
  await store.transaction(async (repos) => {
    await repos.stories.saveTermStats(changes.docCount, changes.dfChanges);
    const fallback = context.now().toISOString();
    await repos.stories.upsert(
      changes.stories.map((memory) => toStoryRow(memory, sections.get(memory.id) ?? 'world', fallback)),
    );
    await repos.articles.assignStories(assignments);
    for (const merge of changes.merged) {
      await repos.stories.markMerged(merge.from, merge.into);
      await repos.articles.repointStory(merge.from, merge.into);
    }
  });
  context.logger.info(
    { clustered: pending.length, new_stories: newStories, merged: changes.merged.length },
    'articles clustered',
  );
  return { clustered: pending.length, newStories, merged: changes.merged.length };
}

/** Stories made from production articles always have times; `fallback` covers the type's null. */
function toStoryRow(memory: StoryMemory, section: string, fallback: string): StoryRow {
  return {
    id: memory.id,
    section,
    first_seen_at: memory.firstSeenAt ?? fallback,
    last_seen_at: memory.lastSeenAt ?? fallback,
    centroid: JSON.stringify(memory),
    article_count: memory.articleCount,
    outlet_count: memory.outlets.length,
    merged_into: null,
  };
}
