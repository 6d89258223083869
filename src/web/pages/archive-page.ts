import type { DigestView } from '../../render/digest-view';
import { overviewLine } from '../../render/labels';
import { editionPath } from '../../shared/public-paths';
import { html } from '../html';
import { layout, type PageChrome } from './layout';
import { momentLabel, publicHead, timeElement } from './public-parts';

export interface ArchiveEntry {
  id: string;
  slot: Date;
  digest: DigestView;
}

export interface ArchivePageView {
  entries: readonly ArchiveEntry[];
  page: number;
  pageCount: number;
  /** Absolute URL of this page (canonical). */
  url: string;
}

/** Headlines shown per edition in the archive. */
const HEADLINES_SHOWN = 3;

export function archivePage(chrome: PageChrome, view: ArchivePageView): string {
  const { page, pageCount } = view;
  const pagePath = (n: number) => `${chrome.basePath}/editions${n === 1 ? '' : `?page=${n}`}`;
  const body = html`<h1>Archive</h1>
<p class="lead">Every edition, newest first${pageCount > 1 ? html` (page ${page} of ${pageCount})` : html``}.</p>
${view.entries.length === 0 ? html`<p>No edition has been built yet.</p>` : html``}
<ol class="archive">${view.entries.map((entry) => {
    const headlines = entry.digest.sections.flatMap((section) =>
      section.stories.map((story) => story.headline),
    );
    return html`<li><a href="${chrome.basePath}${editionPath(entry.id)}">${timeElement(entry.slot, momentLabel(entry.slot))}</a>
<p class="meta">${overviewLine(entry.digest)}</p>${
      headlines.length > 0
        ? html`<ul class="headlines">${headlines.slice(0, HEADLINES_SHOWN).map((headline) => html`<li>${headline}</li>`)}</ul>`
        : html``
    }</li>`;
  })}</ol>
${
  pageCount > 1
    ? html`<nav class="pager" aria-label="Archive pages">${
        page > 1 ? html`<a rel="prev" href="${pagePath(page - 1)}">Newer editions</a>` : html``
      }${page < pageCount ? html`<a rel="next" href="${pagePath(page + 1)}">Older editions</a>` : html``}</nav>`
    : html``
}`;
  return layout(chrome, {
    title: page === 1 ? 'Archive' : `Archive, page ${page}`,
    body,
    publicHead: publicHead(chrome, {
      title: `${chrome.siteName}: archive`,
      description: 'Every edition of the brief, newest first.',
      url: view.url,
      type: 'website',
    }),
  });
}
