import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';

/**
 * Clients and caches may keep an answer for a minute and serve it stale for
 * ten more while they check again in the background; less than a minute when
 * a scheduled article appears sooner, so that it shows up on time.
 */
export const apiCacheControl = (secondsUntilNextRelease?: number) =>
  `public, max-age=${Math.min(60, secondsUntilNextRelease ?? 60)}, stale-while-revalidate=600`;

/** What API answers depend on: the version of what readers see, and when it changes next. */
export type AnswerVersion = { version: string; secondsUntilNextRelease(): number | undefined };

function entityTag(version: string, url: URL): string {
  const hash = createHash('sha1').update(`${version}\n${url.pathname}${url.search}`).digest('base64url').slice(0, 20);
  return `W/"${hash}"`;
}

const matches = (ifNoneMatch: string | undefined, tag: string) =>
  ifNoneMatch?.split(',').some((candidate) => candidate.trim() === tag || candidate.trim() === '*') ?? false;

/**
 * ETags for API answers. An answer depends only on its URL and on the
 * database, which changes only with an import, so the tag is known before any
 * query runs and a matching If-None-Match is answered 304 straight away.
 */
export function apiCaching(answering: () => AnswerVersion): MiddlewareHandler {
  return async (c, next) => {
    const current = answering();
    const tag = entityTag(current.version, new URL(c.req.url));
    const cacheControl = apiCacheControl(current.secondsUntilNextRelease());
    if (matches(c.req.header('If-None-Match'), tag)) {
      return c.body(null, 304, { ETag: tag, 'Cache-Control': cacheControl });
    }
    await next();
    if (c.res.status === 200) {
      c.res.headers.set('ETag', tag);
      c.res.headers.set('Cache-Control', cacheControl);
    }
  };
}
