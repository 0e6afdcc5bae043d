import { LRUCache } from 'lru-cache';

export type RenderedPage = { status: 200 | 404; html: string };

/**
 * Rendered pages, shared by every reader for a short while. A page depends on
 * its URL's path and the parameters the app reads, the database version and
 * the origin (see pageKey); the key holds all of them, so a new import or a
 * released article is never served from an old page. Readers asking for a
 * page that is being rendered wait for that render instead of starting their
 * own, so a crowd arriving at once costs one render.
 */
export function createPageCache({ maxBytes, ttlMs }: { maxBytes: number; ttlMs: number }) {
  const pages =
    maxBytes > 0
      ? new LRUCache<string, RenderedPage>({
          maxSize: maxBytes,
          // Strings are held as UTF-16, two bytes a character.
          sizeCalculation: (page, key) => (page.html.length + key.length) * 2 || 1,
          ttl: ttlMs,
        })
      : undefined;
  const rendering = new Map<string, Promise<RenderedPage>>();

  /** The page for `key`, kept or rendered now; `render` says whether what it made may be kept. */
  function get(key: string, render: () => Promise<{ page: RenderedPage; keep: boolean }>): Promise<RenderedPage> {
    const kept = pages?.get(key);
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
