import type { DigestView } from '../render/digest-view';
import { overviewLine } from '../render/labels';
import { escapeHtml } from '../shared/escape-html';
import { editionPath, storyPath } from '../shared/public-paths';
import { html } from './html';
import { dayLabel } from './pages/public-parts';

export interface FeedEdition {
  id: string;
  slot: Date;
  builtAt: Date;
  digest: DigestView;
}

export interface FeedView {
  siteName: string;
  /** Public base URL without a trailing slash. */
  base: string;
  editions: readonly FeedEdition[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The editions as an Atom feed (RFC 4287): one entry per edition, newest first, its content the
 * edition's headlines linked to their story pages and each lead point. An entry's id is
 * `urn:uuid:<edition id>` (§4.2.6: permanent, unlike a URL that moves with PUBLIC_URL). Every
 * text is escaped for XML; the HTML content is escaped once more, as `type="html"` requires.
 */
export function atomFeed(view: FeedView): string {
  const { base } = view;
  const updated = view.editions[0]?.builtAt ?? new Date(0);
  const entries = view.editions.map((edition) => entry(view, edition)).join('');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>${xml(view.siteName)}</title>
<subtitle>The world's news each morning, every story summarized from several outlets.</subtitle>
<id>${xml(`${base}/feed.xml`)}</id>
<link rel="self" type="application/atom+xml" href="${xml(`${base}/feed.xml`)}"/>
<link rel="alternate" type="text/html" href="${xml(`${base}/`)}"/>
<updated>${updated.toISOString()}</updated>
<author><name>${xml(view.siteName)}</name></author>
${entries}</feed>
`;
}

function entry(view: FeedView, edition: FeedEdition): string {
  const url = `${view.base}${editionPath(edition.id)}`;
  const id = UUID.test(edition.id) ? `urn:uuid:${edition.id.toLowerCase()}` : url;
  const content = html`<p>${overviewLine(edition.digest)}</p>${edition.digest.sections.map(
    (section) =>
      html`<h2>${section.title}</h2><ul>${section.stories.map(
        (story) =>
          html`<li><a href="${story.storyId ? `${view.base}${storyPath(story.storyId)}` : url}">${story.headline}</a>${
            story.points[0] ? html`: ${story.points[0].text}` : html``
          }</li>`,
      )}</ul>`,
  )}`;
  return `<entry>
<id>${xml(id)}</id>
<title>${xml(`${view.siteName}: ${dayLabel(edition.slot)}`)}</title>
<link rel="alternate" type="text/html" href="${xml(url)}"/>
<published>${edition.builtAt.toISOString()}</published>
<updated>${edition.builtAt.toISOString()}</updated>
<summary type="text">${xml(overviewLine(edition.digest))}</summary>
<content type="html">${xml(content.value)}</content>
</entry>
`;
}

/** Escaped for XML text and attributes; characters XML 1.0 forbids are dropped. */
function xml(value: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
  return escapeHtml(value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, ''));
}
