import { editionPath, publicPageUrl, storyPath } from '../shared/public-paths';
import { cleanText } from '../shared/text/one-line';
import type { DigestView, PointView, SectionView, SourceView, StoryView } from './digest-view';
import { moreSourcesLabel, overviewLine, previewLine, sourceMeta } from './labels';
import { marker } from './markers';
import { safeHttpUrl } from './safe-url';
import { fillTemplate, type Html, joinHtml, type SlotValue, type Templates } from './templates';
import type { Brand } from './types';

/**
 * Builds the MJML document of a variant from its view. Every value passes through
 * `fillTemplate`, which escapes it; per-recipient values are left as markers.
 */

function pointHtml(templates: Templates, point: PointView): Html {
  if (point.outlets.length === 0) return fillTemplate(templates, 'point-unattributed', { text: point.text });
  return fillTemplate(templates, 'point', { text: point.text, outlets: point.outlets.join(' · ') });
}

function sourceHtml(templates: Templates, source: SourceView): Html {
  const values = { meta: sourceMeta(source), title: source.title };
  if (source.url === null) return fillTemplate(templates, 'source-unlinked', values);
  return fillTemplate(templates, 'source', { ...values, url: source.url });
}

/** The headline links to the story's page on the web (docs/web-pages.md); plain text without one. */
function headlineHtml(templates: Templates, story: StoryView, brand: Brand): SlotValue {
  const url = story.storyId ? safeHttpUrl(publicPageUrl(brand.publicUrl, storyPath(story.storyId))) : null;
  if (url === null) return story.headline;
  return fillTemplate(templates, 'headline-link', { url, text: story.headline });
}

function storyHtml(templates: Templates, story: StoryView, first: boolean, brand: Brand): Html {
  const sources = story.sources.map((source) => sourceHtml(templates, source));
  if (story.moreSources > 0)
    sources.push(fillTemplate(templates, 'source-more', { label: moreSourcesLabel(story.moreSources) }));
  return fillTemplate(templates, 'story', {
    rule: first ? { html: '' } : fillTemplate(templates, 'rule', {}),
    headline: headlineHtml(templates, story, brand),
    points: joinHtml(story.points.map((point) => pointHtml(templates, point))),
    basedOn: story.basedOn,
    sources: joinHtml(sources),
  });
}

function sectionHtml(templates: Templates, section: SectionView, brand: Brand): Html {
  const stories = section.stories.map((story, index) => storyHtml(templates, story, index === 0, brand));
  return fillTemplate(templates, 'section', { title: section.title, stories: joinHtml(stories) });
}

function publicLink(templates: Templates, brand: Brand): SlotValue {
  const url = safeHttpUrl(brand.publicUrl);
  if (url === null) return cleanText(brand.publicUrl, 200);
  return fillTemplate(templates, 'link', { url, text: new URL(url).host });
}

/** "View in browser": the edition's page, the same for every reader of the edition. */
function editionLink(templates: Templates, brand: Brand, editionId: string): SlotValue {
  const url = safeHttpUrl(publicPageUrl(brand.publicUrl, editionPath(editionId)));
  if (url === null) return '';
  return fillTemplate(templates, 'view-in-browser', { url });
}

export function buildMjml(templates: Templates, view: DigestView, brand: Brand): string {
  const senderName = cleanText(brand.senderName, 80) || 'Morning Brief';
  const body =
    view.storyCount === 0
      ? fillTemplate(templates, 'quiet', { preferencesUrl: marker('preferencesUrl') })
      : joinHtml(view.sections.map((section) => sectionHtml(templates, section, brand)));
  return fillTemplate(templates, 'digest', {
    title: `${senderName}: ${marker('localDateLabel')}`,
    preview: previewLine(view),
    kicker: 'WORLD NEWS',
    senderName,
    dateLabel: marker('localDateLabel'),
    overview: overviewLine(view),
    viewInBrowser: editionLink(templates, brand, view.editionId),
    body,
    publicLink: publicLink(templates, brand),
    preferencesUrl: marker('preferencesUrl'),
    unsubscribeUrl: marker('unsubscribeUrl'),
    postalAddress: cleanText(brand.postalAddress, 300),
  }).html;
}
