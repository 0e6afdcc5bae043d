import { Hono } from 'hono';
import { compress } from 'hono/compress';
import type { Logger } from 'pino';
import { type AdminOptions, adminRoutes } from './admin/admin-routes.ts';
import { type SearchRunner, apiRoutes } from './api/api-routes.ts';
import { benchCeilingRoutes } from './bench-ceiling.ts';
import type { ArticleRepository } from './db/article-repository.ts';
import { mediaRoutes } from './media-routes.ts';
import { httpProblem, problemResponse } from './http/problem.ts';
import { type HealthOptions, healthRoutes } from './http/health-routes.ts';
import { requestGuards } from './http/request-guards.ts';
import { requestLog } from './http/request-log.ts';
import { securityHeaders } from './http/security-headers.ts';
import { feedRoutes } from './feeds/feed-routes.ts';
import { pageRoutes } from './html/page-routes.ts';
import { readBootScript } from './html/boot-script.ts';
import { staticRoutes } from './static-routes.ts';
import { requestMetrics } from './metrics/request-metrics.ts';
import type { ServerMetrics } from './metrics/server-metrics.ts';

export type AppOptions = {
  repository: () => ArticleRepository;
  distDir: string;
  publicUrl?: string;
  /** Without publicUrl, the hosts absolute URLs may name (ALLOWED_HOSTS); unset, any. */
  allowedHosts?: readonly string[];
  /** Adds /__bench/ceiling for the benchmark; never on in production. */
  benchCeiling?: boolean;
  /** Memory for ready-to-send API answers; 0 turns the cache off. */
  apiCacheBytes?: number;
  /** Runs searches off the main thread; without it they run in line. */
  searches?: SearchRunner;
  /** True while shutting down: every answer then closes its connection. */
  draining?: () => boolean;
  /** Logs one line per request; tests leave it out. */
  logger?: Logger;
  /** The database file on disk, for /healthz (main.ts); tests without one leave it out. */
  databaseFile?: HealthOptions['databaseFile'];
  /** The web editor at /admin (ADMIN_ENABLED=1); without it /admin is a page like any unknown one, a 404. */
  admin?: AdminOptions;
  /** How long answers and pages may be kept before a cache checks again (CACHE_SECONDS). */
  cacheSeconds?: number;
  /** Counts requests and cache lookups for /metrics (METRICS_PORT); tests may leave it out. */
  metrics?: ServerMetrics;
};

export function createApp({
  repository,
  distDir,
  publicUrl,
  allowedHosts,
  benchCeiling = false,
  apiCacheBytes,
  searches,
  draining = () => false,
  logger,
  admin,
  databaseFile,
  metrics,
  cacheSeconds,
}: AppOptions): Hono {
  const app = new Hono();
  // Without a logger (in tests) failures still show on the console.
  const logError = (error: unknown, message: string) =>
    logger ? logger.error({ err: error }, message) : console.error(message, error);
  // First, so that its duration covers every other middleware.
  if (logger) app.use(requestLog(logger));
  if (metrics) app.use(requestMetrics(metrics));
  const boot = readBootScript(distDir);
  app.use(securityHeaders({ inlineScripts: boot ? [boot.cspHash] : [] }));
  app.use(async (c, next) => {
    await next();
    // Clients stop reusing connections to a server that is about to stop.
    if (draining()) c.res.headers.set('Connection', 'close');
  });
  app.use(requestGuards());
  app.use(compress());
  app.route('/', healthRoutes({ repository, distDir, databaseFile }));
  if (benchCeiling) app.route('/__bench/ceiling', benchCeilingRoutes());
  if (admin) app.route('/', adminRoutes(admin, distDir));
  const countLookup = metrics?.countLookup;
  app.route('/api', apiRoutes(repository, { cacheBytes: apiCacheBytes, searches, countLookup, cacheSeconds }));
  app.route('/media', mediaRoutes(repository));
  app.route('/', feedRoutes({ repository, publicUrl, allowedHosts }));
  app.route('/', staticRoutes(distDir));
  app.route(
    '/',
    pageRoutes({
      repository,
      distDir,
      publicUrl,
      allowedHosts,
      logError,
      boot,
      countLookup,
      cacheSeconds,
      api: async (request) => app.fetch(request),
    }),
  );

  app.onError((error, c) => {
    logError(error, 'Unhandled error');
    return problemResponse(c, httpProblem(500, 'Something went wrong on our side. Please try again.'));
  });
  return app;
}
