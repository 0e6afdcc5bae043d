import type { MiddlewareHandler } from 'hono';
import { LRUCache } from 'lru-cache';
import type { CountLookup } from '../metrics/server-metrics.ts';

/** What one kept answer costs: strings are held as UTF-16, two bytes a character, key and body alike. */
export const answerBytes = (body: string, key: string) => (body.length + key.length) * 2;

/**
 * Keeps recent API answers as ready-to-send JSON. The database only changes
 * with an import, so an answer stays right until the version changes; the
 * cache then starts empty. Least recently used answers leave first once the
 * budget (API_CACHE_MB, 32 by default; 0 turns the cache off) is spent.
 */
export function responseCache(
  databaseVersion: () => string,
  budgetBytes: number,
  countLookup: CountLookup = () => undefined,
): MiddlewareHandler {
  // lru-cache wants whole numbers; sizes are whole, so flooring changes no answer's fate.
  const maxSize = Math.floor(budgetBytes);
  // One answer never crowds out the rest.
  const maxEntrySize = Math.floor(budgetBytes / 8);
  if (maxEntrySize < 1) return (_c, next) => next();

  // The cache owns the byte count: storing a key twice (two readers missing
  // the same URL at once) replaces the answer instead of counting it twice.
  const answers = new LRUCache<string, string>({ maxSize, maxEntrySize, sizeCalculation: answerBytes });
  let cachedVersion = '';

  return async (c, next) => {
    const version = databaseVersion();
    if (version !== cachedVersion) {
      answers.clear();
      cachedVersion = version;
    }
    const url = new URL(c.req.url);
    const key = `${url.pathname}${url.search}`;
    const hit = answers.get(key);
    countLookup('answers', hit === undefined ? 'miss' : 'hit');
    if (hit !== undefined) return c.body(hit, 200, { 'Content-Type': 'application/json' });

    await next();
    if (c.res.status !== 200 || !c.res.headers.get('Content-Type')?.startsWith('application/json')) return;
    // Read once and answered from the text, not through clone(): after a
    // clone, Node 20's fetch cancels the original response's stream once that
    // object is collected, while Hono's c.res hands the same stream on in a
    // new wrapper, so the reader would get an unusable body.
    const body = await c.res.text();
    answers.set(key, body);
    c.res = new Response(body, c.res);
  };
}
