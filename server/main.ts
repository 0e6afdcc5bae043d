import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { config } from './config.ts';
import { createArticleRepository } from './db/article-repository.ts';
import { openDatabase } from './db/open-database.ts';

const db = openDatabase(config.databaseFile);
const repository = createArticleRepository(db);
const app = createApp({
  repository: () => repository,
  distDir: config.distDir,
  publicUrl: config.publicUrl,
  benchCeiling: process.env.BENCH_CEILING === '1',
  apiCacheBytes: config.apiCacheBytes,
});

const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
  const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
  console.log(`WIOTC News Center is running at http://${host}:${info.port}/`);
});

// Finish the requests in flight, refuse new ones, then close the database.
function shutDown(signal: string) {
  console.log(`${signal} received; closing the server`);
  server.close(() => {
    db.close();
    process.exit(0);
  });
  if ('closeIdleConnections' in server) server.closeIdleConnections();
  setTimeout(() => process.exit(1), 10_000).unref();
}
process.once('SIGTERM', () => shutDown('SIGTERM'));
process.once('SIGINT', () => shutDown('SIGINT'));
