import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';

/**
 * Clients and caches may keep an answer for a minute and serve it stale for
 * ten more while they check again in the background; less than a minute when
 * a scheduled article appears sooner (freshFor), so that it shows up on time.
 */
export const apiCacheControl = (answering: Pick<AnswerVersion, 'freshFor'>) =>
  `public, max-age=${answering.freshFor(60)}, stale-while-revalidate=600`;

/** What API answers depend on: the version of what readers see, and how long it stays so. */
export type AnswerVersion = { version: string; freshFor(limit: number): number };

function entityTag(version: string, url: URL): string {
  const hash = createHash('sha1').update(`${version}\n${url.pathname}${url.search}`).digest('base64url').slice(0, 20);
  return `W/"${hash}"`;
}

const candidates = (ifNoneMatch: string | undefined) => ifNoneMatch?.split(',').map((tag) => tag.trim()) ?? [];

/**
 * ETags for API answers. An answer depends only on its URL and on the
 * database, which changes only with an import, so the tag is known before any
 * query runs and a matching If-None-Match is answered 304 straight away (the
 * tag was only ever given with a 200). `*` matches any answer that exists
 * (RFC 9110, 13.1.2), which only the route knows: it is answered 304 once the
 * route has answered 200, and a 404 or 400 stays what it is.
 */
export function apiCaching(answering: () => AnswerVersion): MiddlewareHandler {
  return async (c, next) => {
    const current = answering();
    const tag = entityTag(current.version, new URL(c.req.url));
    const cacheControl = apiCacheControl(current);
    const asked = candidates(c.req.header('If-None-Match'));
    const notModified = () => c.body(null, 304, { ETag: tag, 'Cache-Control': cacheControl });
    if (asked.includes(tag)) return notModified();
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
