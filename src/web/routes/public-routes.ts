import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { PUBLIC_PATHS, storyPath } from '../../shared/public-paths';
import { type CachedPage, matchesEtag, PageCache } from '../page-cache';
import { notFoundPage } from '../pages/layout';
import { PublicSite } from '../public-site';
import { sendHtml } from '../token-guard';
import type { WebContext } from '../web-context';
import { WebError } from '../web-error';

/**
 * Shared caches may keep a page five minutes: editions are built at most hourly, and a story
 * page changes only when one is (docs/web-pages.md "Caching").
 */
const CACHE_CONTROL = 'public, max-age=300';
/** Ids are UUIDs (`randomUUID`); anything else cannot name a story or an edition. */
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Archive pages are counted from 1; six digits is far past any real archive. */
const PAGE_NUMBER = /^[1-9][0-9]{0,5}$/;
/** Merged stories can chain (a merge into a story that merged later); a cycle cannot trap us. */
const MAX_MERGE_HOPS = 5;

interface IdParams {
  id: string;
}

/**
 * The public side (docs/web-pages.md): the latest edition at `/`, edition pages, the archive,
 * story pages and the Atom feed. Nothing here reads or writes reader data, so every answer is
 * the same for everyone and is cached with an ETag (RFC 9110 §8.8.3) and a 304 on a match.
 */
export function registerPublicRoutes(app: FastifyInstance, context: WebContext): void {
  const site = new PublicSite(context);
  const { deps } = context;
  const cache = new PageCache(() => deps.editions.generation(), {
    recheckMs: deps.config.pageRecheckMs ?? 1000,
  });
  const html = 'text/html; charset=utf-8';

  app.get(PUBLIC_PATHS.home, async (request, reply) =>
    sendPage(context, request, reply, html, await cache.get('home', () => site.home())),
  );

  app.get<{ Querystring: { page?: string } }>(PUBLIC_PATHS.editions, async (request, reply) => {
    const page = pageNumber(request.query.page);
    const cached = await cache.get(`archive:${page}`, () => site.archive(page));
    return sendPage(context, request, reply, html, cached);
  });

  app.get<{ Params: IdParams }>(`${PUBLIC_PATHS.editions}/:id`, async (request, reply) => {
    const id = validId(request.params.id, 'edition');
    return sendPage(context, request, reply, html, await cache.get(`edition:${id}`, () => site.edition(id)));
  });

  app.get<{ Params: IdParams }>('/stories/:id', async (request, reply) => {
    const id = validId(request.params.id, 'story');
    const cached = await cache.get(`story:${id}`, () => site.story(id));
    if (cached) return sendPage(context, request, reply, html, cached);
    const survivor = await mergedInto(context, id);
    if (!survivor) return sendPage(context, request, reply, html, null);
    return reply.redirect(`${context.chrome.basePath}${storyPath(survivor)}`, 301);
  });

  app.get(PUBLIC_PATHS.feed, async (request, reply) =>
    sendPage(
      context,
      request,
      reply,
      'application/atom+xml; charset=utf-8',
      await cache.get('feed', () => site.feed()),
    ),
  );
}

function sendPage(
  context: WebContext,
  request: FastifyRequest,
  reply: FastifyReply,
  type: string,
  page: CachedPage | null,
) {
  if (!page) return sendHtml(reply, 404, notFoundPage(context.chrome));
  reply.header('cache-control', CACHE_CONTROL).header('etag', page.etag);
  if (matchesEtag(request.headers['if-none-match'], page.etag)) return reply.code(304).send();
  return reply.code(200).type(type).send(page.body);
}

function validId(value: string, kind: string): string {
  if (!ID.test(value)) throw new WebError(400, 'BAD_REQUEST', `this is not a valid ${kind} address`);
  return value.toLowerCase();
}

function pageNumber(value: string | undefined): number {
  if (value === undefined) return 1;
  if (!PAGE_NUMBER.test(value)) throw new WebError(400, 'BAD_REQUEST', 'the page number is not valid');
  return Number(value);
}

/** A story merged into another (docs/clustering.md) leads to the survivor, once it has a page. */
async function mergedInto(context: WebContext, storyId: string): Promise<string | undefined> {
  const { stories, editions } = context.deps;
  let current = storyId;
  for (let hop = 0; hop < MAX_MERGE_HOPS; hop += 1) {
    const [row] = await stories.byIds([current]);
    if (!row?.merged_into) break;
    current = row.merged_into;
  }
  if (current === storyId) return undefined;
  return (await editions.withStory(current)).length > 0 ? current : undefined;
}
