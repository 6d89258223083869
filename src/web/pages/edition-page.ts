import type { DigestView } from '../../render/digest-view';
import { overviewLine } from '../../render/labels';
import { storyPath } from '../../shared/public-paths';
import { html, type SafeHtml } from '../html';
import { layout, type PageChrome } from './layout';
import { dayLabel, momentLabel, publicHead, timeElement } from './public-parts';

export interface EditionPageView {
  digest: DigestView;
  /** The slot the edition was built for. */
  slot: Date;
  builtAt: Date;
  /** Absolute URL of this page (canonical, Open Graph). */
  url: string;
  /** True on the home page: the latest edition, default sections only. */
  latest: boolean;
}

/** Every story of an edition by section, each headline linking to its story page. */
export function editionPage(chrome: PageChrome, view: EditionPageView): string {
  const { digest } = view;
  const day = dayLabel(view.slot);
  const body = html`<p class="kicker">${view.latest ? 'Latest edition' : 'Edition'}</p>
<h1>${day}</h1>
<p class="updated">${overviewLine(digest)} · built ${timeElement(view.builtAt, momentLabel(view.builtAt))}</p>
${digest.sections.map((section, index) => sectionBlock(chrome, section, index))}
${digest.storyCount === 0 ? html`<p>No section of this edition had a story several outlets were reporting.</p>` : html``}
<aside class="cta" aria-labelledby="get-email">
<h2 id="get-email">Get this brief by email every morning</h2>
<p class="hint">Choose your sections and the hour it arrives; every email has a one-click unsubscribe.</p>
<p class="actions"><a class="button" href="${chrome.basePath}/subscribe">Get the daily email</a> <a href="${chrome.basePath}/editions">Earlier editions</a></p>
</aside>`;
  const lead = digest.sections[0]?.stories[0];
  return layout(chrome, {
    title: view.latest ? 'Latest edition' : `Edition of ${day}`,
    body,
    publicHead: publicHead(chrome, {
      title: `${chrome.siteName}: ${day}`,
      description: lead ? lead.headline : overviewLine(digest),
      url: view.url,
      type: 'website',
    }),
  });
}

function sectionBlock(chrome: PageChrome, section: DigestView['sections'][number], index: number): SafeHtml {
  const id = `section-${index + 1}`;
  return html`<section class="edition-section" aria-labelledby="${id}">
<h2 id="${id}" class="section-title">${section.title}</h2>
<ol class="story-list">${section.stories.map(
    (story) =>
      html`<li><h3>${
        story.storyId
          ? html`<a href="${chrome.basePath}${storyPath(story.storyId)}">${story.headline}</a>`
          : story.headline
      }</h3>${story.points[0] ? html`<p>${story.points[0].text}</p>` : html``}<p class="basis">${story.basedOn}</p></li>`,
  )}</ol>
</section>`;
}

/** Before the first edition: say so, and point to the sign-up. */
export function noEditionPage(chrome: PageChrome): string {
  return layout(chrome, {
    title: 'The first edition is on its way',
    body: html`<h1>The first edition is on its way</h1>
<p>No edition has been built yet. The first one appears here as soon as it is ready.</p>
<p><a class="button" href="${chrome.basePath}/subscribe">Get the daily email</a></p>`,
  });
}
