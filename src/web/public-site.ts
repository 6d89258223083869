import {
  buildDigestView,
  type DigestView,
  LIMITS,
  type StoryView,
  storyView,
  type TrimPlan,
} from '../render/digest-view';
import { editionPath, publicPageUrl, storyPath } from '../shared/public-paths';
import { cleanText } from '../shared/text/one-line';
import { words } from '../shared/text/terms';
import type { EditionContent, EditionSource, EditionStory } from '../shared/types';
import { TIME_ZONE_SCRIPT_PATH, TIME_ZONE_SCRIPT_VERSION } from './assets/time-zone-script';
import { atomFeed } from './atom-feed';
import { type ArchiveEntry, archivePage } from './pages/archive-page';
import { editionPage, noEditionPage } from './pages/edition-page';
import { storyPage, type TimelineEntry } from './pages/story-page';
import type { WebContext } from './web-context';
import type { PublicEdition } from './web-deps';

/** A page shows a story whole: the size budget that trims the email does not apply. */
const WHOLE: TrimPlan = {
  maxPoints: Number.POSITIVE_INFINITY,
  maxSources: Number.POSITIVE_INFINITY,
  maxStoriesPerSection: Number.POSITIVE_INFINITY,
};
/** Editions per archive page and in the feed. */
export const EDITIONS_PER_PAGE = 20;

/**
 * Builds the public pages from the stored editions (docs/web-pages.md). Each function answers the
 * page's HTML (or XML), or null when there is nothing at that address.
 */
export class PublicSite {
  constructor(private readonly context: WebContext) {}

  private get base(): string {
    return this.context.deps.config.publicUrl.replace(/\/+$/, '');
  }

  async story(storyId: string): Promise<string | null> {
    const { editions } = this.context.deps;
    const refs = await editions.withStory(storyId);
    const latest = refs[0] && (await editions.get(refs[0].id));
    const found = latest && findStory(latest.content, storyId);
    const view = found && storyView(found, WHOLE);
    if (!latest || !found || !view) return null;
    const previous = refs[1] ? await editions.get(refs[1].id) : undefined;
    const previousStory = previous && findStory(previous.content, storyId);
    const oldestRef = refs.length > 2 ? refs[refs.length - 1] : undefined;
    const oldest = oldestRef ? await editions.get(oldestRef.id) : previous;
    const newPoints = newPointMarks(view, previousStory);
    const { deps, chrome, consent } = this.context;
    const section = sectionOf(this.context, latest.content, found.section);
    return storyPage(chrome, {
      story: view,
      sectionTitle: section.title,
      updatedAt: latest.builtAt,
      editionHref: `${chrome.basePath}${editionPath(latest.id)}`,
      newPoints,
      timeline: previous
        ? timeline(this.context, storyId, latest, previous, oldest ?? previous, newPoints)
        : [],
      url: publicPageUrl(this.base, storyPath(storyId)),
      cta: {
        section,
        consent,
        timezone: deps.config.schedule.defaultTimezone,
        sendHour: deps.config.schedule.defaultSendHour,
      },
      script: `${TIME_ZONE_SCRIPT_PATH}?v=${TIME_ZONE_SCRIPT_VERSION}`,
    });
  }

  async edition(editionId: string): Promise<string | null> {
    const edition = await this.context.deps.editions.get(editionId);
    if (!edition) return null;
    return editionPage(this.context.chrome, {
      digest: digestOf(edition.content),
      slot: new Date(edition.slot),
      builtAt: edition.builtAt,
      url: publicPageUrl(this.base, editionPath(edition.id)),
      latest: false,
    });
  }

  /** The latest edition, the default sections only; a short note before the first edition. */
  async home(): Promise<string> {
    const { deps, chrome } = this.context;
    const [edition] = await deps.editions.page(0, 1);
    if (!edition) return noEditionPage(chrome);
    return editionPage(chrome, {
      digest: buildDigestView(edition.content, [...deps.config.defaultSections], WHOLE),
      slot: new Date(edition.slot),
      builtAt: edition.builtAt,
      url: `${this.base}/`,
      latest: true,
    });
  }

  async archive(page: number): Promise<string | null> {
    const { editions } = this.context.deps;
    const pageCount = Math.max(1, Math.ceil((await editions.count()) / EDITIONS_PER_PAGE));
    if (page > pageCount) return null;
    const rows = await editions.page((page - 1) * EDITIONS_PER_PAGE, EDITIONS_PER_PAGE);
    const entries: ArchiveEntry[] = rows.map((edition) => ({
      id: edition.id,
      slot: new Date(edition.slot),
      digest: digestOf(edition.content),
    }));
    const query = page === 1 ? '' : `?page=${page}`;
    return archivePage(this.context.chrome, {
      entries,
      page,
      pageCount,
      url: `${this.base}/editions${query}`,
    });
  }

  async feed(): Promise<string> {
    const rows = await this.context.deps.editions.page(0, EDITIONS_PER_PAGE);
    return atomFeed({
      siteName: this.context.chrome.siteName,
      base: this.base,
      editions: rows.map((edition) => ({
        id: edition.id,
        slot: new Date(edition.slot),
        builtAt: edition.builtAt,
        digest: digestOf(edition.content),
      })),
    });
  }
}

function digestOf(content: EditionContent): DigestView {
  return buildDigestView(
    content,
    content.sections.map((section) => section.id),
    WHOLE,
  );
}

function findStory(content: EditionContent, storyId: string): EditionStory | undefined {
  for (const section of content.sections) {
    const story = section.stories.find((candidate) => candidate.storyId === storyId);
    if (story) return story;
  }
  return undefined;
}

/** The section as configured (its title may have changed since), else as the edition froze it. */
function sectionOf(context: WebContext, content: EditionContent, id: string): { id: string; title: string } {
  const configured = context.deps.config.sections.find((section) => section.id === id);
  if (configured) return { id, title: configured.title };
  return { id, title: content.sections.find((section) => section.id === id)?.title ?? id };
}

/** Per point: true when the previous edition's telling of the story lacked it (none: no marks). */
function newPointMarks(view: StoryView, previousStory: EditionStory | undefined): boolean[] {
  if (!previousStory) return view.points.map(() => false);
  const seen = new Set((storyView(previousStory, WHOLE)?.points ?? []).map((point) => pointKey(point.text)));
  return view.points.map((point) => !seen.has(pointKey(point.text)));
}

/** Two points are the same when their words are, whatever their punctuation and case. */
function pointKey(text: string): string {
  return words(text).join(' ');
}

/**
 * When the story was first reported and by whom (the oldest dated source of its first and
 * latest editions), when it first made the brief, the edition before this one, and this update.
 */
function timeline(
  context: WebContext,
  storyId: string,
  latest: PublicEdition,
  previous: PublicEdition,
  oldest: PublicEdition,
  newPoints: readonly boolean[],
): TimelineEntry[] {
  const { basePath } = context.chrome;
  const entries: TimelineEntry[] = [];
  const firstReport = earliestSource(
    [oldest, latest].flatMap((edition) => {
      const sources = findStory(edition.content, storyId)?.sources;
      return Array.isArray(sources) ? sources : [];
    }),
  );
  if (firstReport) entries.push({ at: firstReport.at, text: `First reported by ${firstReport.outlet}` });
  if (oldest.id !== previous.id)
    entries.push({
      at: new Date(oldest.slot),
      text: 'First in the brief',
      href: `${basePath}${editionPath(oldest.id)}`,
    });
  entries.push({
    at: new Date(previous.slot),
    text: 'Previous edition',
    href: `${basePath}${editionPath(previous.id)}`,
  });
  const added = newPoints.filter(Boolean).length;
  entries.push({
    at: new Date(latest.slot),
    text:
      added === 0
        ? 'This update: no new points'
        : `This update: ${added} new ${added === 1 ? 'point' : 'points'}`,
  });
  return entries.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** The oldest dated source and its outlet, or undefined when no source has a usable date. */
function earliestSource(sources: readonly EditionSource[]): { at: Date; outlet: string } | undefined {
  let earliest: { at: Date; outlet: string } | undefined;
  for (const source of sources) {
    const time = source.publishedAt ? Date.parse(source.publishedAt) : Number.NaN;
    const outlet = cleanText(source.outlet, LIMITS.outlet);
    if (Number.isNaN(time) || !outlet) continue;
    if (!earliest || time < earliest.at.getTime()) earliest = { at: new Date(time), outlet };
  }
  return earliest;
}
