import { type Context, Hono } from 'hono';
import type * as z from 'zod/mini';
import {
  type ArticlePreview,
  articleListQuerySchema,
  articleQuerySchema,
  createProblem,
  invalidQueryProblem,
  parseQueryParams,
  readFilteredQuery,
  taxonomyQuerySchema,
} from '../../src/shared/contract.ts';
import type { ArticleRepository } from '../db/article-repository.ts';
import { httpProblem, problemResponse } from '../http/problem.ts';
import { type SearchCall, answerCall } from '../search/search-call.ts';
import { SearchDatabaseChanged, SearchesOverloaded } from '../search/search-pool.ts';
import { apiCacheControl, apiCaching } from './api-caching.ts';
import { responseCache } from './response-cache.ts';
import type { CountLookup } from '../metrics/server-metrics.ts';

/** Runs a search away from the thread that serves everything else (see server/search/search-pool.ts). */
export type SearchRunner = (call: SearchCall, version: string) => Promise<unknown>;

/**
 * The read-only JSON API. `repository` is asked anew per request so a
 * re-import can swap it. Requests with a search go to `searches` when given;
 * without it (tests, tools) they run here.
 */
export function apiRoutes(
  repository: () => ArticleRepository,
  {
    cacheBytes = 32 * 2 ** 20,
    searches,
    countLookup,
    cacheSeconds,
  }: { cacheBytes?: number; searches?: SearchRunner; countLookup?: CountLookup; cacheSeconds?: number } = {},
): Hono {
  const api = new Hono();
  const version = () => repository().version;

  // Before the caching below: an unpublished article is never kept by a shared cache or the answer cache.
  api.get('/preview/:key', (c) => {
    const parsed = parseQueryParams(articleQuerySchema, new URL(c.req.url).searchParams);
    if (!parsed.success) return problemResponse(c, invalidQueryProblem(parsed.error));
    const preview = repository().getPreview(c.req.param('key'));
    c.header('Cache-Control', 'private, no-store');
    c.header('X-Robots-Tag', 'noindex, nofollow');
    if (!preview || preview.article.lang !== parsed.data.lang) {
      return problemResponse(c, createProblem(404, 'There is no preview at this address.'));
    }
    const state = preview.draft ? 'draft' : preview.visible ? 'published' : 'scheduled';
    return c.json({ state, article: preview.article, cardSrc: preview.cardSrc } satisfies ArticlePreview);
  });

  api.use('*', apiCaching(repository, cacheSeconds));
  api.use('*', responseCache(version, cacheBytes, countLookup));

  async function answer(c: Context, call: SearchCall) {
    const articles = repository();
    if (call.query.q === undefined || !searches) return c.json(answerCall(articles, call));
    try {
      return c.json(await searches(call, articles.databaseVersion));
    } catch (error) {
      // Rare: the file changed under the worker; the server's own connection still reads the right one.
      if (error instanceof SearchDatabaseChanged) return c.json(answerCall(articles, call));
      if (!(error instanceof SearchesOverloaded)) throw error;
      c.header('Retry-After', String(error.retryAfterSeconds));
      return problemResponse(c, httpProblem(503, 'Search is busy right now. Please try again in a moment.'));
    }
  }

  function readFilters<Schema extends z.ZodMiniObject>(c: Context, schema: Schema) {
    const { query, problem } = readFilteredQuery(schema, new URL(c.req.url).searchParams, repository());
    return problem ? { failed: problemResponse(c, problem) } : { query };
  }

  api.get('/articles', (c) => {
    const { failed, query } = readFilters(c, articleListQuerySchema);
    return failed ?? answer(c, { method: 'listArticles', query });
  });

  api.get('/articles/:slug', (c) => {
    const slug = c.req.param('slug');
    const parsed = parseQueryParams(articleQuerySchema, new URL(c.req.url).searchParams);
    if (!parsed.success) return problemResponse(c, invalidQueryProblem(parsed.error));
    // The slug names the article within the language asked for: /zh/news/x reads the Chinese x.
    const articles = repository();
    const article = articles.getArticle(parsed.data.lang, slug);
    if (article) return c.json(article);
    const renamed = articles.renamedTo(parsed.data.lang, slug);
    if (renamed === undefined) return problemResponse(c, createProblem(404, `There is no article "${slug}".`));
    // Same URL with the slug it has now, same query (its language).
    const url = new URL(c.req.url);
    c.header('Cache-Control', apiCacheControl(articles, cacheSeconds));
    return c.redirect(`${url.pathname.replace(/[^/]*$/, encodeURIComponent(renamed))}${url.search}`, 301);
  });

  for (const [path, method] of [
    ['/forums', 'listForums'],
    ['/topics', 'listTopics'],
    ['/editions', 'listEditions'],
  ] as const) {
    api.get(path, (c) => {
      const { failed, query } = readFilters(c, taxonomyQuerySchema);
      return failed ?? answer(c, { method, query });
    });
  }

  api.all('*', (c) => problemResponse(c, createProblem(404, `There is no API endpoint at ${c.req.path}.`)));
  return api;
}
