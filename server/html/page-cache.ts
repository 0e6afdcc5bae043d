import { LRUCache } from 'lru-cache';
import type { EncodedBody } from '../http/encoded-bodies.ts';
import type { CountLookup } from '../metrics/server-metrics.ts';

/**
 * A rendered page, compressed once in each encoding it is sent in. Its ETag
 * is there when caches in front may keep it too (a page found, rendered
 * without failing).
 */
export type RenderedPage = { status: 200 | 404; body: EncodedBody; etag?: string };

/**
 * Rendered pages, shared by every reader for a short while. A page depends on
 * its URL's path and the parameters the app reads, the database version and
 * the origin (see pageKey); the key holds all of them, so a new import or a
 * released article is never served from an old page. Readers asking for a
 * page that is being rendered wait for that render instead of starting their
 * own, so a crowd arriving at once costs one render.
 */
export function createPageCache({
  maxBytes,
  ttlMs,
  countLookup = () => undefined,
}: {
  maxBytes: number;
  ttlMs: number;
  countLookup?: CountLookup;
}) {
  const pages =
    maxBytes > 0
      ? new LRUCache<string, RenderedPage>({
          maxSize: maxBytes,
          // The page, and room for its compressed copies, made later (a fifth of it or less each).
          sizeCalculation: ({ body }, key) => Math.ceil(body.identity.length * 1.4) + key.length * 2,
          ttl: ttlMs,
        })
      : undefined;
  const rendering = new Map<string, Promise<RenderedPage>>();

  /** The page for `key`, kept or rendered now; `render` says whether what it made may be kept. */
  function get(key: string, render: () => Promise<{ page: RenderedPage; keep: boolean }>): Promise<RenderedPage> {
    const kept = pages?.get(key);
    // A reader who waits for a render already under way counts as a miss: the page was not kept.
    countLookup('pages', kept ? 'hit' : 'miss');
    if (kept) return Promise.resolve(kept);
    let pending = rendering.get(key);
    if (!pending) {
      pending = render()
        .then(({ page, keep }) => {
          if (keep) pages?.set(key, page);
          return page;
        })
        .finally(() => rendering.delete(key));
      rendering.set(key, pending);
    }
    return pending;
  }

  return { get, clear: () => pages?.clear() };
}

export type PageCache = ReturnType<typeof createPageCache>;
