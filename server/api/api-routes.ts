import { Hono } from 'hono';
import { createProblem, invalidQueryProblem, parseArticleListQuery } from '../../src/api/contract.ts';
import type { ArticleRepository } from '../db/article-repository.ts';
import { problemResponse } from '../problem.ts';

/** The read-only JSON API. `repository` is asked anew per request so a re-import can swap it. */
export function apiRoutes(repository: () => ArticleRepository): Hono {
  const api = new Hono();

  api.get('/articles', (c) => {
    const parsed = parseArticleListQuery(new URL(c.req.url).searchParams);
    if (!parsed.success) return problemResponse(c, invalidQueryProblem(parsed.error));
    const query = parsed.data;
    const articles = repository();
    if (query.forum !== undefined && !articles.hasForum(query.forum)) {
      return problemResponse(c, createProblem(404, `There is no forum "${query.forum}".`));
    }
    if (query.topic !== undefined && !articles.hasTopic(query.topic)) {
      return problemResponse(c, createProblem(404, `There is no topic "${query.topic}".`));
    }
    return c.json(articles.listArticles(query));
  });

  api.get('/articles/:slug', (c) => {
    const slug = c.req.param('slug');
    const article = repository().getArticle(slug);
    if (!article) return problemResponse(c, createProblem(404, `There is no article "${slug}".`));
    return c.json(article);
  });

  api.get('/forums', (c) => c.json({ items: repository().listForums() }));
  api.get('/topics', (c) => c.json({ items: repository().listTopics() }));

  api.all('*', (c) => problemResponse(c, createProblem(404, `There is no API endpoint at ${c.req.path}.`)));
  return api;
}
