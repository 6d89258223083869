import { type HtmlValue, html, type SafeHtml } from '../html';
import { PAGE_CSS_PATH, PAGE_CSS_VERSION } from './styles';

export interface PageChrome {
  siteName: string;
  /** Path prefix of the public URL ('' at the root), for links between pages. */
  basePath: string;
}

export interface PageOptions {
  title: string;
  body: HtmlValue;
  /** Site-relative path of one of our own scripts; pages work without it. */
  script?: string;
  /**
   * Public pages (stories, editions, archive) may be indexed and shared and carry their own
   * head elements (canonical link, Open Graph); reader pages are never indexed.
   */
  publicHead?: HtmlValue;
}

/**
 * The document shell: accessible landmarks, mobile viewport, our one stylesheet, and at most one
 * script of ours, deferred, that only enhances a page already usable without it. Both come from
 * our origin (see routes/asset-routes.ts).
 */
export function layout(chrome: PageChrome, page: PageOptions): string {
  const document: SafeHtml = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${page.publicHead ?? html`<meta name="robots" content="noindex, nofollow">`}
<title>${page.title} · ${chrome.siteName}</title>
<link rel="stylesheet" href="${chrome.basePath}${PAGE_CSS_PATH}?v=${PAGE_CSS_VERSION}">
${page.script ? html`<script src="${chrome.basePath}${page.script}" defer></script>` : html``}
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="masthead">
<a class="brand" href="${chrome.basePath}/">${chrome.siteName}</a>
<p class="tagline">The world's news each morning, every story summarized from several outlets.</p>
<nav aria-label="Site"><ul class="site-nav">
<li><a href="${chrome.basePath}/">Latest edition</a></li>
<li><a href="${chrome.basePath}/editions">Archive</a></li>
<li><a href="${chrome.basePath}/subscribe">Get the daily email</a></li>
</ul></nav>
</header>
<main id="main">
${page.body}
</main>
<footer>
<p>${chrome.siteName} sends one email a day at the hour you choose. Every email has a one-click unsubscribe link.</p>
</footer>
</body>
</html>
`;
  return document.value;
}

/** A short page with a heading and a few paragraphs (errors, "check your inbox", done pages). */
export function messagePage(chrome: PageChrome, title: string, body: HtmlValue): string {
  return layout(chrome, { title, body: html`<h1>${title}</h1>${body}` });
}

/** An unknown address, a story or an edition that does not exist: the same look as every page. */
export function notFoundPage(chrome: PageChrome): string {
  return messagePage(
    chrome,
    'Page not found',
    html`<p>There is nothing at this address. The story or edition may have been mistyped.</p>
<p><a href="${chrome.basePath}/">Read the latest edition</a> or <a href="${chrome.basePath}/editions">browse the archive</a>.</p>`,
  );
}
