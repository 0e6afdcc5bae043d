import { type Context, Hono } from 'hono';
import type * as z from 'zod/mini';
import {
  articleListQuerySchema,
  articleQuerySchema,
  createProblem,
  invalidQueryProblem,
  parseQueryParams,
  readFilteredQuery,
  taxonomyQuerySchema,
} from '../../src/shared/contract.ts';
import type { ArticleRepository } from '../db/article-repository.ts';
import { problemResponse } from '../http/problem.ts';
import { apiCaching } from './api-caching.ts';
import { responseCache } from './response-cache.ts';

/** The read-only JSON API. `repository` is asked anew per request so a re-import can swap it. */
export function apiRoutes(repository: () => ArticleRepository, cacheBytes = 32 * 2 ** 20): Hono {
  const api = new Hono();
  const version = () => repository().version;
  api.use('*', apiCaching(version));
  api.use('*', responseCache(version, cacheBytes));

  function readFilters<Schema extends z.ZodMiniObject>(c: Context, schema: Schema) {
    const articles = repository();
    const { query, problem } = readFilteredQuery(schema, new URL(c.req.url).searchParams, articles);
    return problem ? { failed: problemResponse(c, problem) } : { query, articles };
  }

  api.get('/articles', (c) => {
    const { failed, query, articles } = readFilters(c, articleListQuerySchema);
    return failed ?? c.json(articles.listArticles(query));
  });

  api.get('/articles/:slug', (c) => {
    const slug = c.req.param('slug');
    const parsed = parseQueryParams(articleQuerySchema, new URL(c.req.url).searchParams);
    if (!parsed.success) return problemResponse(c, invalidQueryProblem(parsed.error));
    // The slug names the article within the language asked for: /zh/news/x reads the Chinese x.
    const article = repository().getArticle(parsed.data.lang, slug);
    if (!article) return problemResponse(c, createProblem(404, `There is no article "${slug}".`));
    return c.json(article);
  });

  api.get('/forums', (c) => {
    const { failed, query, articles } = readFilters(c, taxonomyQuerySchema);
    return failed ?? c.json({ items: articles.listForums(query) });
  });
  api.get('/topics', (c) => {
    const { failed, query, articles } = readFilters(c, taxonomyQuerySchema);
    return failed ?? c.json({ items: articles.listTopics(query) });
  });
  api.get('/editions', (c) => {
    const { failed, query, articles } = readFilters(c, taxonomyQuerySchema);
    return failed ?? c.json({ items: articles.listEditions(query) });
  });

  api.all('*', (c) => problemResponse(c, createProblem(404, `There is no API endpoint at ${c.req.path}.`)));
  return api;
}
