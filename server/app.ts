import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { apiRoutes } from './api/api-routes.ts';
import type { ArticleRepository } from './db/article-repository.ts';
import { mediaRoutes } from './media-routes.ts';
import { createProblem } from '../src/api/contract.ts';
import { problemResponse } from './problem.ts';
import { feedRoutes } from './feeds/feed-routes.ts';
import { pageRoutes } from './html/page-routes.ts';
import { staticRoutes } from './static-routes.ts';

export type AppOptions = { repository: () => ArticleRepository; distDir: string; publicUrl?: string };

export function createApp({ repository, distDir, publicUrl }: AppOptions): Hono {
  const app = new Hono();
  app.use(compress());
  app.get('/healthz', (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json({ status: 'ok', articles: repository().listArticles({ page: 1, pageSize: 1 }).total });
  });
  app.route('/api', apiRoutes(repository));
  app.route('/media', mediaRoutes(repository));
  app.route('/', feedRoutes({ repository, publicUrl }));
  app.route('/', staticRoutes(distDir));
  app.route('/', pageRoutes({ repository, distDir, publicUrl, api: async (request) => app.fetch(request) }));

  app.onError((error, c) => {
    console.error(error);
    return problemResponse(c, createProblem(500, 'Something went wrong on our side. Please try again.'));
  });
  return app;
}
