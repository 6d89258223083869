import { entityTag, matchesEtag, PageCache } from '../../src/web/page-cache';

/** The public pages' cache on its own: generations, misses, 404s and the size bound. */
describe('PageCache', () => {
  function setup(options: { maxEntries?: number } = {}) {
    const state = { generation: 'g1', reads: 0, now: 0 };
    const cache = new PageCache(
      async () => {
        state.reads += 1;
        return state.generation;
      },
      { recheckMs: 1000, clock: () => state.now, ...options },
    );
    return { state, cache };
  }

  test('a page is built once per generation; the generation is read at most once per recheck interval', async () => {
    const { state, cache } = setup();
    let builds = 0;
    const build = async () => `page ${++builds}`;
    expect((await cache.get('a', build))?.body).toBe('page 1');
    state.now = 999;
    state.generation = 'g2';
    expect((await cache.get('a', build))?.body).toBe('page 1');
    expect(state.reads).toBe(1);
    state.now = 1000;
    expect((await cache.get('a', build))?.body).toBe('page 2');
    expect(state.reads).toBe(2);
  });

  test('concurrent misses share one build; a page that is not found is not kept', async () => {
    const { cache } = setup();
    let builds = 0;
    const slow = async () => {
      builds += 1;
      await new Promise((done) => setTimeout(done, 10));
      return 'body';
    };
    const pages = await Promise.all([cache.get('a', slow), cache.get('a', slow), cache.get('a', slow)]);
    expect(builds).toBe(1);
    expect(new Set(pages.map((page) => page?.etag)).size).toBe(1);
    let lookups = 0;
    const missing = async () => {
      lookups += 1;
      return null;
    };
    expect(await cache.get('gone', missing)).toBeNull();
    expect(await cache.get('gone', missing)).toBeNull();
    expect(lookups).toBe(2);
  });

  test('a failed build is forgotten, and the oldest pages go past the size bound', async () => {
    const { cache } = setup({ maxEntries: 2 });
    await expect(cache.get('a', async () => Promise.reject(new Error('store down')))).rejects.toThrow();
    expect((await cache.get('a', async () => 'recovered'))?.body).toBe('recovered');
    await cache.get('b', async () => 'b');
    await cache.get('c', async () => 'c');
    expect((await cache.get('a', async () => 'rebuilt'))?.body).toBe('rebuilt');
    expect((await cache.get('c', async () => 'not rebuilt'))?.body).toBe('c');
  });

  test('entity tags name the body; If-None-Match compares weakly and accepts *', () => {
    const tag = entityTag('<p>hello</p>');
    expect(tag).toBe(entityTag('<p>hello</p>'));
    expect(tag).not.toBe(entityTag('<p>hello!</p>'));
    expect(matchesEtag(tag, tag)).toBe(true);
    expect(matchesEtag(`"x", W/${tag}`, tag)).toBe(true);
    expect(matchesEtag('*', tag)).toBe(true);
    expect(matchesEtag('"x"', tag)).toBe(false);
    expect(matchesEtag(undefined, tag)).toBe(false);
  });
});
