import path from 'node:path';

// Every path and port the server and the import use, read once from the
// environment so tests and operators can point them elsewhere.
const root = path.resolve(import.meta.dirname, '..');

export const config = {
  contentDir: path.resolve(process.env.CONTENT_DIR ?? path.join(root, 'content')),
  databaseFile: path.resolve(process.env.DATABASE_FILE ?? path.join(root, 'data', 'wiotc.db')),
  distDir: path.resolve(process.env.DIST_DIR ?? path.join(root, 'dist')),
  port: Number(process.env.PORT ?? 3000),
  host: process.env.HOST ?? '127.0.0.1',
  apiCacheBytes: Number(process.env.API_CACHE_MB ?? 32) * 2 ** 20,
  /** The public address, e.g. https://news.example.org, when it differs from the request's host. */
  publicUrl: process.env.PUBLIC_URL?.replace(/\/+$/, '') || undefined,
};
