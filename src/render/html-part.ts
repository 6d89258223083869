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

function storyHtml(templates: Templates, story: StoryView, first: boolean): Html {
  const sources = story.sources.map((source) => sourceHtml(templates, source));
  if (story.moreSources > 0)
    sources.push(fillTemplate(templates, 'source-more', { label: moreSourcesLabel(story.moreSources) }));
  return fillTemplate(templates, 'story', {
    rule: first ? { html: '' } : fillTemplate(templates, 'rule', {}),
    headline: story.headline,
    points: joinHtml(story.points.map((point) => pointHtml(templates, point))),
    basedOn: story.basedOn,
    sources: joinHtml(sources),
  });
}

function sectionHtml(templates: Templates, section: SectionView): Html {
  const stories = section.stories.map((story, index) => storyHtml(templates, story, index === 0));
  return fillTemplate(templates, 'section', { title: section.title, stories: joinHtml(stories) });
}

function publicLink(templates: Templates, brand: Brand): SlotValue {
  const url = safeHttpUrl(brand.publicUrl);
  if (url === null) return cleanText(brand.publicUrl, 200);
  return fillTemplate(templates, 'link', { url, text: new URL(url).host });
}

export function buildMjml(templates: Templates, view: DigestView, brand: Brand): string {
  const senderName = cleanText(brand.senderName, 80) || 'Morning Brief';
  const body =
    view.storyCount === 0
      ? fillTemplate(templates, 'quiet', { preferencesUrl: marker('preferencesUrl') })
      : joinHtml(view.sections.map((section) => sectionHtml(templates, section)));
  return fillTemplate(templates, 'digest', {
    title: `${senderName}: ${marker('localDateLabel')}`,
    preview: previewLine(view),
    kicker: 'WORLD NEWS',
    senderName,
    dateLabel: marker('localDateLabel'),
    overview: overviewLine(view),
    body,
    publicLink: publicLink(templates, brand),
    preferencesUrl: marker('preferencesUrl'),
    unsubscribeUrl: marker('unsubscribeUrl'),
    postalAddress: cleanText(brand.postalAddress, 300),
  }).html;
}
