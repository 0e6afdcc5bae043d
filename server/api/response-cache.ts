import type { MiddlewareHandler } from 'hono';

/**
 * Keeps recent API answers as ready-to-send JSON. The database only changes
 * with an import, so an answer stays right until the version changes; the
 * cache then starts empty. Least recently used answers leave first once the
 * budget (API_CACHE_MB, 32 by default; 0 turns the cache off) is spent.
 */
export function responseCache(databaseVersion: () => string, budgetBytes: number): MiddlewareHandler {
  const entries = new Map<string, string>();
  let usedBytes = 0;
  let cachedVersion = '';

  return async (c, next) => {
    if (budgetBytes <= 0) return next();
    const version = databaseVersion();
    if (version !== cachedVersion) {
      entries.clear();
      usedBytes = 0;
      cachedVersion = version;
    }
    const url = new URL(c.req.url);
    const key = `${url.pathname}${url.search}`;
    const hit = entries.get(key);
    if (hit !== undefined) {
      entries.delete(key); // re-insert: Map order is the recency order
      entries.set(key, hit);
      return c.body(hit, 200, { 'Content-Type': 'application/json' });
    }
    await next();
    if (c.res.status !== 200 || !c.res.headers.get('Content-Type')?.startsWith('application/json')) return;
    const body = await c.res.clone().text();
    const size = body.length * 2 + key.length * 2;
    if (size > budgetBytes / 8) return; // one answer never crowds out the rest
    entries.set(key, body);
    usedBytes += size;
    for (const [oldest, oldBody] of entries) {
      if (usedBytes <= budgetBytes) break;
      entries.delete(oldest);
      usedBytes -= oldBody.length * 2 + oldest.length * 2;
    }
  };
}
