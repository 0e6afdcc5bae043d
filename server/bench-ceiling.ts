import { Hono } from 'hono';

/**
 * For `npm run bench` only (BENCH_CEILING=1): a constant, pre-serialized JSON
 * body of a requested size, served by the same app and middleware as the API.
 * What it sustains is the ceiling that the real endpoints are compared with.
 */
export function benchCeilingRoutes(): Hono {
  const routes = new Hono();
  const bodies = new Map<number, string>();
  routes.get('/', (c) => {
    const bytes = Math.min(Math.max(Number(c.req.query('bytes')) || 2, 2), 1_000_000);
    let body = bodies.get(bytes);
    if (!body) {
      body = JSON.stringify({ padding: 'x'.repeat(Math.max(0, bytes - 14)) });
      bodies.set(bytes, body);
    }
    return c.body(body, 200, { 'Content-Type': 'application/json' });
  });
  return routes;
}
