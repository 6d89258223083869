import type { StoryView } from '../../render/digest-view';
import { html, type SafeHtml } from '../html';
import { layout, type PageChrome } from './layout';
import { leadPoint, momentLabel, pointOutlets, publicHead, sourceList, timeElement } from './public-parts';
import { type CtaView, signupCta } from './signup-cta';

/** One moment of a story told over several editions. */
export interface TimelineEntry {
  at: Date;
  text: string;
  /** Site-relative link (an edition page), when the entry has one. */
  href?: string;
}

export interface StoryPageView {
  story: StoryView;
  sectionTitle: string;
  /** When the edition this text comes from was built: the story's last update. */
  updatedAt: Date;
  /** Site-relative path of that edition's page. */
  editionHref: string;
  /** Per point: true when the previous edition with this story did not have it. */
  newPoints: readonly boolean[];
  /** Empty unless the story was in an earlier edition. */
  timeline: readonly TimelineEntry[];
  /** Absolute URL of this page (canonical, Open Graph). */
  url: string;
  cta: CtaView;
  /** Path of the time-zone script (the CTA's zone comes from the device). */
  script: string;
}

export function storyPage(chrome: PageChrome, view: StoryPageView): string {
  const { story } = view;
  const body = html`<article class="story">
<p class="kicker">${view.sectionTitle}</p>
<h1>${story.headline}</h1>
<p class="updated">Updated ${timeElement(view.updatedAt, momentLabel(view.updatedAt))} · <a href="${view.editionHref}">in this edition</a></p>
${timeline(view.timeline)}
<h2 class="visually-hidden">Key points</h2>
<ul class="points">${story.points.map(
    (point, index) =>
      html`<li>${view.newPoints[index] ? html`<strong class="new">New</strong> ` : html``}${point.text}${
        point.outlets.length > 0 ? html`<br>` : html``
      }${pointOutlets(point.outlets)}</li>`,
  )}</ul>
<p class="basis">${story.basedOn}</p>
${signupCta(chrome, view.cta)}
<section aria-labelledby="sources-title">
<h2 id="sources-title">Sources</h2>
${sourceList(story.sources)}
</section>
</article>`;
  return layout(chrome, {
    title: story.headline,
    body,
    script: view.script,
    publicHead: publicHead(chrome, {
      title: story.headline,
      description: leadPoint(story),
      url: view.url,
      type: 'article',
    }),
  });
}

function timeline(entries: readonly TimelineEntry[]): SafeHtml {
  if (entries.length === 0) return html``;
  return html`<section class="timeline" aria-labelledby="timeline-title">
<h2 id="timeline-title">How this story developed</h2>
<ol>${entries.map(
    (entry) =>
      html`<li>${timeElement(entry.at, momentLabel(entry.at))}: ${
        entry.href ? html`<a href="${entry.href}">${entry.text}</a>` : entry.text
      }</li>`,
  )}</ol>
</section>`;
}
