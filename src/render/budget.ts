import type { EditionContent } from '../shared/types';
import { buildDigestView, type DigestView, type TrimPlan } from './digest-view';
import { buildMjml } from './html-part';
import type { Templates } from './templates';
import type { Brand } from './types';

/**
 * Gmail clips a message whose HTML passes ~102 KB and hides the rest, footer and unsubscribe
 * link included. The cap is taken as 100 KiB of UTF-8 with room for the personal URLs.
 */
export const HTML_BYTE_LIMIT = 100 * 1024;
/** Per-recipient URLs (two links, ~300 bytes each, preferences used twice) plus a safety margin. */
const PERSONAL_RESERVE = 3 * 1024;
export const HTML_BYTE_TARGET = HTML_BYTE_LIMIT - PERSONAL_RESERVE;

/**
 * The compiled HTML is the MJML source with its tags replaced by table markup; `mj-text`
 * content passes through (minified: runs of whitespace collapsed). So its size is at most the
 * source size plus a fixed cost per document, per `mj-section` and per story `mj-text`.
 * Measured minified with leanHtml on mjml 5.4.1: 4,858 + 1,294 per section + 235–243 per story
 * across 0–32 stories; rounded up here, and test/render/budget.test.ts fails if a template
 * change makes them wrong.
 */
const OVERHEAD = { document: 4900, perSection: 1300, perStory: 245 } as const;

/**
 * Plans from generous to terse. The first whose estimate fits is used; the largest realistic
 * edition (4 sections × 8 stories × 8 points × 10 sources) needs one of the middle ones.
 * Sources go first (a title plus its URL is the costliest line), then points; every story
 * keeps its headline and "Summary based on N sources" until the last plans, which drop the
 * lowest-ranked stories of each section.
 */
export const PLANS: readonly TrimPlan[] = [
  { maxPoints: 8, maxSources: 10, maxStoriesPerSection: 1000 },
  { maxPoints: 8, maxSources: 5, maxStoriesPerSection: 1000 },
  { maxPoints: 6, maxSources: 4, maxStoriesPerSection: 1000 },
  { maxPoints: 5, maxSources: 3, maxStoriesPerSection: 1000 },
  { maxPoints: 4, maxSources: 2, maxStoriesPerSection: 1000 },
  { maxPoints: 3, maxSources: 2, maxStoriesPerSection: 1000 },
  { maxPoints: 3, maxSources: 1, maxStoriesPerSection: 1000 },
  { maxPoints: 3, maxSources: 1, maxStoriesPerSection: 10 },
  { maxPoints: 3, maxSources: 1, maxStoriesPerSection: 6 },
  { maxPoints: 3, maxSources: 1, maxStoriesPerSection: 4 },
  { maxPoints: 2, maxSources: 1, maxStoriesPerSection: 2 },
];

export interface PlannedVariant {
  plan: TrimPlan;
  view: DigestView;
  mjml: string;
  estimatedBytes: number;
  trimmed: boolean;
}

export function estimateHtmlBytes(mjml: string, view: DigestView): number {
  const sections = Math.max(view.sections.length, 1);
  return (
    Buffer.byteLength(mjml, 'utf8') +
    OVERHEAD.document +
    OVERHEAD.perSection * sections +
    OVERHEAD.perStory * view.storyCount
  );
}

/** Picks the most generous plan that fits the byte target; the last plan is used if none does. */
export function planVariant(
  templates: Templates,
  edition: EditionContent,
  sectionIds: string[],
  brand: Brand,
): PlannedVariant {
  let planned: PlannedVariant | null = null;
  for (const [index, plan] of PLANS.entries()) {
    const view = buildDigestView(edition, sectionIds, plan);
    const mjml = buildMjml(templates, view, brand);
    const estimatedBytes = estimateHtmlBytes(mjml, view);
    planned = { plan, view, mjml, estimatedBytes, trimmed: index > 0 };
    if (estimatedBytes <= HTML_BYTE_TARGET) return planned;
  }
  return planned as PlannedVariant;
}
