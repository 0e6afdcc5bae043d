import { Hono } from 'hono';
import type { ArticleRepository } from './db/article-repository.ts';

/** Serves covers stored in the database. Names carry a content hash, so they never change. */
export function mediaRoutes(repository: () => ArticleRepository): Hono {
  const routes = new Hono();
  routes.get('/*', (c) => {
    const media = repository().getMedia(c.req.path.replace(/^\/media\//, ''));
    if (!media) return c.text('Not found', 404);
    return c.body(new Uint8Array(media.data), 200, {
      'Content-Type': media.mime,
      'Cache-Control': 'public, max-age=31536000, immutable',
      // An SVG opened on its own must not run anything it contains.
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    });
  });
  return routes;
}
