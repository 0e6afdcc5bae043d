import type { Context, MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import { matchPage } from '../../src/shared/pages.ts';
import type { ServerMetrics } from './server-metrics.ts';
import { nodeResponse } from '../http/node-response.ts';

/**
 * The route a request was for, as a label with few values: the pattern of
 * the first route with a method that matched (`/api/articles/:slug`), even
 * when a middleware answered for it from a cache; never the path itself,
 * which would make a series of every URL ever asked for. The catch-all
 * routes are named by what they served: a build file, a page by its kind,
 * or `other`.
 */
export function routeLabel(c: Context): string {
  // Middleware (`use`) is registered for every method, as ALL.
  const pattern = matchedRoutes(c).find((route) => route.method !== 'ALL')?.path ?? '*';
  if (pattern !== '/*' && pattern !== '*') return pattern;
  if (c.req.path.startsWith('/assets/')) return '/assets/*';
  const page = matchPage(c.req.path);
  return page ? `page:${page.id}` : 'other';
}

/**
 * Counts and times every request answered over HTTP once its answer has been
 * sent, or the reader has gone (status `aborted`). Like the request log, it
 * watches Node's response, so the app's own in-process API calls while
 * rendering a page are not counted as requests. The route is known before
 * any handler runs: routing comes first.
 */
export function requestMetrics(metrics: ServerMetrics): MiddlewareHandler {
  return async (c, next) => {
    const outgoing = nodeResponse(c);
    if (!outgoing) return next();
    const started = performance.now();
    outgoing.once('close', () => {
      const status = outgoing.writableFinished ? String(outgoing.statusCode) : 'aborted';
      metrics.observe(routeLabel(c), c.req.method, status, (performance.now() - started) / 1000);
    });
    await next();
  };
}
