import type { SourceView, StoryView } from '../../render/digest-view';
import { sourceMeta } from '../../render/labels';
import { html, type SafeHtml } from '../html';
import type { PageChrome } from './layout';

/**
 * Pieces the story, edition and archive pages share: dates in UTC (a page is the same for every
 * visitor, so it cannot use a reader's zone), the source list and the Open Graph head.
 */

const DAY = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const MOMENT = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "Wednesday 3 December 2026" (UTC). */
export function dayLabel(date: Date): string {
  return DAY.format(date).replace(',', '');
}

/** "3 Dec 2026, 06:00 UTC". */
export function momentLabel(date: Date): string {
  return `${MOMENT.format(date)} UTC`;
}

export function timeElement(date: Date, label: string): SafeHtml {
  return html`<time datetime="${date.toISOString()}">${label}</time>`;
}

/** outlet • date • title, linked to the article when its URL is safe, newest first. */
export function sourceList(sources: readonly SourceView[]): SafeHtml {
  return html`<ul class="sources">${sources.map(
    (source) =>
      html`<li><span class="meta">${sourceMeta(source)} • </span>${
        source.url ? html`<a href="${source.url}">${source.title}</a>` : source.title
      }</li>`,
  )}</ul>`;
}

/** Outlets that reported a point, as the email prints them. */
export function pointOutlets(outlets: readonly string[]): SafeHtml {
  return outlets.length === 0 ? html`` : html`<span class="by">${outlets.join(' · ')}</span>`;
}

/** The story's lead point, the description a shared link previews. */
export function leadPoint(story: StoryView): string {
  return story.points[0]?.text ?? story.basedOn;
}

export interface ShareMeta {
  title: string;
  description: string;
  /** Absolute URL of the page. */
  url: string;
  type: 'article' | 'website';
}

/**
 * Head elements of a public page: indexable, a canonical URL, the Atom feed, and Open Graph /
 * Twitter card tags so a shared link previews with its title and lead point.
 */
export function publicHead(chrome: PageChrome, meta: ShareMeta): SafeHtml {
  return html`<meta name="description" content="${meta.description}">
<link rel="canonical" href="${meta.url}">
<link rel="alternate" type="application/atom+xml" title="${chrome.siteName}" href="${chrome.basePath}/feed.xml">
<meta property="og:type" content="${meta.type}">
<meta property="og:site_name" content="${chrome.siteName}">
<meta property="og:title" content="${meta.title}">
<meta property="og:description" content="${meta.description}">
<meta property="og:url" content="${meta.url}">
<meta name="twitter:card" content="summary">
<meta name="twitter:title" content="${meta.title}">
<meta name="twitter:description" content="${meta.description}">`;
}
