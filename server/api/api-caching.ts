import type { MiddlewareHandler } from 'hono';
import { askedTags, namesTag, weakTag } from '../http/entity-tags.ts';

/** How long an answer or a page may be kept before it is checked again (CACHE_SECONDS). */
export const DEFAULT_CACHE_SECONDS = 60;

/**
 * Clients and caches may keep an answer for a minute (CACHE_SECONDS) and
 * serve it stale for ten more while they check again in the background;
 * less when a scheduled article appears sooner (freshFor), so that it shows up on time.
 */
export const apiCacheControl = (answering: Pick<AnswerVersion, 'freshFor'>, seconds = DEFAULT_CACHE_SECONDS) =>
  `public, max-age=${answering.freshFor(seconds)}, stale-while-revalidate=600`;

/** What API answers depend on: the version of what readers see, and how long it stays so. */
export type AnswerVersion = { version: string; freshFor(limit: number): number };

const entityTag = (version: string, url: URL) => weakTag(`${version}\n${url.pathname}${url.search}`);

/**
 * ETags for API answers. An answer depends only on its URL and on the
 * database, which changes only with an import, so the tag is known before any
 * query runs and a matching If-None-Match is answered 304 straight away (the
 * tag was only ever given with a 200). `*` matches any answer that exists
 * (RFC 9110, 13.1.2), which only the route knows: it is answered 304 once the
 * route has answered 200, and a 404 or 400 stays what it is.
 */
export function apiCaching(answering: () => AnswerVersion, cacheSeconds = DEFAULT_CACHE_SECONDS): MiddlewareHandler {
  return async (c, next) => {
    const current = answering();
    const tag = entityTag(current.version, new URL(c.req.url));
    const cacheControl = apiCacheControl(current, cacheSeconds);
    const asked = askedTags(c.req.header('If-None-Match'));
    const notModified = () => c.body(null, 304, { ETag: tag, 'Cache-Control': cacheControl });
    if (namesTag(asked, tag)) return notModified();
    await next();
    if (c.res.status !== 200) return;
    if (asked.includes('*')) {
      c.res = notModified();
      return;
    }
    c.res.headers.set('ETag', tag);
    c.res.headers.set('Cache-Control', cacheControl);
  };
}
