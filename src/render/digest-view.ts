import { cleanText } from '../shared/text/one-line';
import type { EditionContent, EditionSource, EditionStory } from '../shared/types';
import { basedOnLabel, shortDate } from './labels';
import { safeHttpUrl } from './safe-url';

/**
 * The digest as both parts show it: cleaned plain text, safe links, trimmed to a plan.
 * Built once per variant; the HTML and text parts are two views of this one object.
 */

/** Character caps per field: generous for real headlines, bounded for hostile feeds. */
export const LIMITS = { headline: 200, point: 480, outlet: 60, title: 200, section: 60 } as const;

/** How much of each story a variant shows; see budget.ts for why it can shrink. */
export interface TrimPlan {
  maxPoints: number;
  maxSources: number;
  maxStoriesPerSection: number;
}

export interface PointView {
  text: string;
  outlets: string[];
}
export interface SourceView {
  outlet: string;
  /** The wire whose text the outlet carries, or ''. */
  via: string;
  /** "28 Nov" (UTC), or '' when the feed gave no usable date. */
  date: string;
  title: string;
  url: string | null;
}
export interface StoryView {
  /** The story's id (its page is /stories/<id>); '' when a frozen edition lacks one. */
  storyId: string;
  headline: string;
  points: PointView[];
  /** "Summary based on 5 sources" or the single-source wording. */
  basedOn: string;
  sources: SourceView[];
  /** Sources not shown because of the plan. */
  moreSources: number;
}
export interface SectionView {
  id: string;
  title: string;
  stories: StoryView[];
}
export interface DigestView {
  /** The edition shown; its page is the email's "View in browser". */
  editionId: string;
  sections: SectionView[];
  storyCount: number;
  /** Distinct outlets across the stories shown. */
  outletCount: number;
  /** Stories left out because of the plan (0 unless the edition is huge). */
  omittedStories: number;
}

/** Newest first, undated last; a stable sort keeps the edition's order among equals. */
function newestFirst(sources: EditionSource[]): EditionSource[] {
  const time = (source: EditionSource) => {
    const parsed = source.publishedAt ? Date.parse(source.publishedAt) : Number.NaN;
    return Number.isNaN(parsed) ? Number.NEGATIVE_INFINITY : parsed;
  };
  return [...sources].sort((a, b) => time(b) - time(a));
}

function outletsOf(articleIds: string[], outletById: Map<string, string>): string[] {
  const outlets: string[] = [];
  for (const id of articleIds) {
    const outlet = outletById.get(id);
    if (outlet && !outlets.includes(outlet)) outlets.push(outlet);
  }
  return outlets;
}

/** Frozen JSON from the store: tolerate a missing list rather than fail the whole variant. */
function sourcesOf(story: EditionStory): EditionSource[] {
  return Array.isArray(story.sources) ? story.sources : [];
}

/** A story as shown: cleaned text, safe links, newest source first, at most what `plan` allows. */
export function storyView(story: EditionStory, plan: TrimPlan): StoryView | null {
  const sources = newestFirst(sourcesOf(story));
  const outletById = new Map(sources.map((s) => [s.articleId, cleanText(s.outlet, LIMITS.outlet)]));
  const points = (Array.isArray(story.points) ? story.points : [])
    .map((point) => ({
      text: cleanText(point.text, LIMITS.point),
      outlets: outletsOf(Array.isArray(point.sources) ? point.sources : [], outletById),
    }))
    .filter((point) => point.text.length > 0);
  const sourceViews = sources.map((source) => ({
    outlet: outletById.get(source.articleId) ?? '',
    via: cleanText(source.via ?? '', LIMITS.outlet),
    date: shortDate(source.publishedAt),
    title: cleanText(source.title, LIMITS.title) || 'Untitled article',
    url: safeHttpUrl(source.url),
  }));
  const headline = cleanText(story.headline, LIMITS.headline) || sourceViews[0]?.title || '';
  if (!headline) return null;
  return {
    storyId: typeof story.storyId === 'string' ? story.storyId : '',
    headline,
    points: points.slice(0, plan.maxPoints),
    basedOn: basedOnLabel(story, sourceViews[0]?.outlet ?? ''),
    sources: sourceViews.slice(0, plan.maxSources),
    moreSources: Math.max(0, sourceViews.length - plan.maxSources),
  };
}

/** Sections in edition order, only those the reader chose; empty sections are left out. */
export function buildDigestView(edition: EditionContent, sectionIds: string[], plan: TrimPlan): DigestView {
  const chosen = new Set(sectionIds);
  const sections: SectionView[] = [];
  const outlets = new Set<string>();
  let omittedStories = 0;
  for (const section of edition.sections) {
    if (!chosen.has(section.id)) continue;
    const stories: StoryView[] = [];
    for (const story of section.stories) {
      const view = storyView(story, plan);
      if (!view) continue;
      if (stories.length >= plan.maxStoriesPerSection) {
        omittedStories += 1;
        continue;
      }
      stories.push(view);
      for (const source of sourcesOf(story)) outlets.add(cleanText(source.outlet, LIMITS.outlet));
    }
    if (stories.length === 0) continue;
    sections.push({ id: section.id, title: cleanText(section.title, LIMITS.section) || section.id, stories });
  }
  outlets.delete('');
  const storyCount = sections.reduce((sum, section) => sum + section.stories.length, 0);
  return { editionId: edition.editionId, sections, storyCount, outletCount: outlets.size, omittedStories };
}
