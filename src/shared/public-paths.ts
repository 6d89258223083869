/**
 * Paths of the public pages (docs/web-pages.md). The web routes serve them and the email links
 * to them, so both take them from here.
 */
export const PUBLIC_PATHS = {
  home: '/',
  subscribe: '/subscribe',
  editions: '/editions',
  feed: '/feed.xml',
} as const;

export function storyPath(storyId: string): string {
  return `/stories/${encodeURIComponent(storyId)}`;
}

export function editionPath(editionId: string): string {
  return `${PUBLIC_PATHS.editions}/${encodeURIComponent(editionId)}`;
}

/** An absolute page URL under the public base URL, which may carry a path prefix (reverse proxy). */
export function publicPageUrl(publicUrl: string, path: string): string {
  return `${publicUrl.replace(/\/+$/, '')}${path}`;
}
