import { type AnswerVersion, DEFAULT_CACHE_SECONDS } from '../api/api-caching.ts';

/**
 * How long pages may be kept. A browser asks again every time (max-age=0)
 * and gets a 304 when nothing changed, so a new import shows at once. A
 * shared cache in front (a CDN, or deploy/nginx.conf) may keep a page for a
 * minute (CACHE_SECONDS), or less when a scheduled article is released sooner (freshFor);
 * serve it for ten minutes more while it asks again in the background; and
 * for a day when no server behind it answers, so readers still get the news.
 */
export const pageCacheControl = (answering: Pick<AnswerVersion, 'freshFor'>, seconds = DEFAULT_CACHE_SECONDS) =>
  `public, max-age=0, s-maxage=${answering.freshFor(seconds)}, stale-while-revalidate=600, stale-if-error=86400`;
