import { existsSync } from 'node:fs';
import path from 'node:path';
import { Hono } from 'hono';
import type { ArticleRepository } from '../db/article-repository.ts';
import type { DatabaseFileStatus } from '../db/live-repository.ts';

export type HealthOptions = {
  repository: () => ArticleRepository;
  distDir: string;
  /** The database file on disk, when the server watches one (see live-repository.ts). */
  databaseFile?: () => DatabaseFileStatus;
};

/**
 * `/healthz`: whether this server can serve readers, for a load balancer or a
 * monitor, from cheap real checks: a query on the open database, the file on
 * disk (gone, or a new one refused), the built app. 200 with `status: ok`, or
 * 503 with every problem found. `/livez`: only that the process answers, for
 * a supervisor that restarts it; it touches nothing.
 */
export function healthRoutes({ repository, distDir, databaseFile }: HealthOptions): Hono {
  const routes = new Hono();
  const appShell = path.join(distDir, 'index.html');

  routes.get('/healthz', (c) => {
    c.header('Cache-Control', 'no-store');
    const problems: string[] = [];
    let articles: number | undefined;
    try {
      articles = repository().listArticles({ languages: 'all', page: 1, pageSize: 1 }).total;
    } catch (error) {
      problems.push(`the database cannot be read: ${error instanceof Error ? error.message : String(error)}`);
    }
    const file = databaseFile?.();
    if (file?.missing) problems.push('the database file is missing (the one opened before is still read)');
    if (file?.refused) problems.push(`${file.refused} (the previous one is still served)`);
    if (!existsSync(appShell)) problems.push(`the built app is missing (${appShell}): run "npm run build"`);
    return problems.length === 0
      ? c.json({ status: 'ok', articles })
      : c.json({ status: 'failing', problems, ...(articles !== undefined && { articles }) }, 503);
  });

  routes.get('/livez', (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json({ status: 'alive' });
  });
  return routes;
}
