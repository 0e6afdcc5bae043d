import { Hono } from 'hono';
import { generatedCoverFor } from './content/generated-cover.ts';
import { generatedCoverFile } from './content/generated-cover-file.ts';
import type { ArticleRepository } from './db/article-repository.ts';

/**
 * Serves covers and preview cards stored in the database, and draws generated
 * covers. Every name carries a content hash or a design version, so it never changes.
 */
export function mediaRoutes(repository: () => ArticleRepository): Hono {
  const routes = new Hono();
  routes.get('/*', async (c) => {
    const path = c.req.path.replace(/^\/media\//, '');
    const generated = generatedCoverFor(path);
    const media = generated ? await generatedCoverFile(path, generated) : repository().getMedia(path);
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
